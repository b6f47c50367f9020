// Word classes of the efficacy frame (detectors/medical-claims/efficacy.ts): what is sold or
// recommended as a remedy, what a claim says it does, and what it says it does it to. Classes
// by kind of thing, not brands: the therapy words follow MeSH's Complementary Therapies branch
// (E02.190) and its dietary-supplement and plant-preparation headings. Lower case; matched
// against one token's normal form, or two tokens joined by a space.

/** Forms a remedy comes in, and the alternative therapies, as head nouns. */
export const REMEDY_FORMS: readonly string[] = [
  'supplement', 'supplements', 'vitamin', 'vitamins', 'multivitamin', 'mineral', 'minerals', 'herb', 'herbs', 'herbal', 'botanical', 'botanicals',
  'tea', 'teas', 'tincture', 'tinctures', 'extract', 'extracts', 'oil', 'oils', 'essential oil', 'essential oils', 'gummy', 'gummies', 'capsule', 'capsules',
  'powder', 'powders', 'shake', 'smoothie', 'juice', 'juicing', 'drip', 'drips', 'iv', 'infusion', 'infusions', 'cocktail', 'protocol', 'protocols',
  'cleanse', 'cleanses', 'detox', 'fast', 'fasting', 'diet', 'keto', 'carnivore', 'paleo', 'adjustment', 'adjustments', 'chiropractic', 'chiro',
  'acupuncture', 'cupping', 'reiki', 'homeopathy', 'homeopathic', 'naturopathic', 'ayurvedic', 'remedy', 'remedies', 'tonic', 'elixir', 'salve', 'balm',
  'cream', 'serum', 'patch', 'patches', 'tape', 'panel', 'red light', 'light therapy', 'cryotherapy', 'ozone', 'hyperbaric', 'chelation', 'stack',
  'formula', 'blend', 'probiotic', 'probiotics', 'enzyme', 'enzymes', 'peptide', 'peptides', 'nootropic', 'nootropics', 'adaptogen', 'adaptogens',
  'mushroom', 'mushrooms', 'cbd', 'kratom', 'sauna', 'cold plunge', 'grounding', 'earthing', 'massage', 'aromatherapy', 'moxibustion', 'qigong',
  'reflexology', 'prolotherapy', 'prp', 'vinegar', 'honey', 'method',
  // Wellness devices sold on the same claims (the FDA's "general wellness" gadgets): unambiguous heads only.
  'wristband', 'wristbands', 'smartwatch', 'smart ring', 'weighted blanket', 'weighted blankets', 'insoles', 'salt lamp', 'diffuser',
  'blue light', 'gua sha', 'ionizer', 'magnetic bracelet', 'copper bracelet', 'pemf', 'tens unit', 'vagus', 'posture corrector',
];

/** Natural substances sold as remedies, by their generic names. */
export const REMEDY_SUBSTANCES: readonly string[] = [
  'turmeric', 'curcumin', 'ginger', 'garlic', 'cinnamon', 'elderberry', 'echinacea', 'ashwagandha', 'zinc', 'magnesium', 'melatonin', 'd3',
  'b12', 'colostrum', 'collagen', 'oregano', 'black seed', 'sea moss', 'chlorella', 'spirulina', 'moringa', 'ginseng', 'maca', 'valerian',
  'lysine', 'quercetin', 'nad', 'nad+', 'glutathione', 'coq10', 'red yeast', 'fish oil', 'omega-3', 'castor', 'coconut', 'silver', 'acv',
  'apple cider', 'beet', 'lemon', 'cayenne', 'mistletoe', 'kombucha', 'bone broth', 'berberine', 'milk thistle', 'dandelion', 'chamomile',
  'lavender', 'peppermint', 'eucalyptus', 'frankincense', 'tea tree', 'aloe', 'propolis', 'royal jelly', 'bee pollen', 'shilajit', 'sulforaphane',
  'resveratrol', 'chaga', 'reishi', "lion's mane", 'cordyceps', 'psyllium', 'fenugreek', 'saw palmetto', 'ivermectin', 'hydroxychloroquine',
  'methylene blue', 'borax', 'turpentine', 'kinesio',
  'ginkgo', 'astragalus', "cat's claw", 'nettle', 'goldenseal', 'licorice', 'slippery elm', 'kava', 'black cohosh', 'feverfew', 'butterbur',
  'nopal', 'hibiscus', 'garcinia', 'green tea', 'charcoal', 'hydrogen peroxide', 'bentonite', 'dmso', 'chlorine dioxide', 'raw milk',
  'alkaline', 'iodine', 'selenium', 'apricot', 'graviola', 'soursop', 'guanábana', 'guanabana', 'noni', 'neem', 'manuka', 'creatine', 'whey',
];

/**
 * Verbs of efficacy by their stems, with how strong a claim they make of themselves: "strong"
 * verbs claim a cure whatever the subject, so even an approved medicine is held to them;
 * "effect" verbs are ordinary of medicines ("metformin treats diabetes") and a claim only when
 * a remedy is their subject.
 */
export const EFFICACY_VERBS: Record<string, 'strong' | 'effect'> = {
  cure: 'strong', revers: 'strong', eliminat: 'strong', eras: 'strong', regrow: 'strong', rebuild: 'strong', regenerat: 'strong',
  dissolv: 'strong', shrink: 'strong', eradicat: 'strong',
  prevent: 'effect', heal: 'effect', fix: 'effect', clear: 'effect', stop: 'effect', kill: 'effect', beat: 'effect', restor: 'effect',
  repair: 'effect', boost: 'effect', strengthen: 'effect', improv: 'effect', fight: 'effect', protect: 'effect', treat: 'effect',
  reliev: 'effect', balanc: 'effect', reset: 'effect', detox: 'effect', supercharg: 'effect', rewir: 'effect', unclog: 'effect', flush: 'effect',
  // Detection claimed of a device ("catches every heart attack"): a claim only when stated as absolute.
  catch: 'effect',
  // Everyday verbs of riddance ("melts belly fat", "wiped out my burnout", "knocks out a cold").
  melt: 'effect', wip: 'effect', knock: 'effect', banish: 'effect',
  // Verbs of control and relief a remedy is sold on ("lowers your blood pressure", "resolves ear infections", "calms anxiety").
  resolv: 'effect', lower: 'effect', calm: 'effect', sooth: 'effect', regulat: 'effect', normaliz: 'effect', starv: 'effect',
  // Verbs of correction, relief and victory over an illness ("corrects ear infections", "eases arthritis", "combats candida").
  correct: 'effect', alleviat: 'effect', ease: 'effect', reduc: 'effect', combat: 'effect', counteract: 'effect', neutraliz: 'effect',
  conquer: 'effect', defeat: 'effect', overcom: 'effect',
};

/** Targets that are not illnesses but are what remedies are sold to fix: body systems and markers. */
export const BODY_SYSTEMS: readonly string[] = [
  'immune', 'immunity', 'immune system', 'gut', 'liver', 'hormones', 'hormone', 'brain', 'joints', 'cartilage', 'metabolism', 'blood sugar',
  'sugars', 'cholesterol', 'blood pressure', 'inflammation', 'nervous system', 'adrenals', 'thyroid', 'wrinkles', 'cells', 'dna', 'aging', 'sick',
  'cavities', 'cavity', 'tooth decay', 'gum disease', 'belly fat', 'arteries', 'lungs', 'kidneys', 'immune systems',
  // States the wellness trade sells cures for, which no disease lexicon lists.
  'burnout', 'brain fog', 'jet lag', 'hangover', 'hangovers', 'bloating', 'cellulite', 'adrenal fatigue',
  // What infections are caught from ("prevents every virus", "kills the bacteria").
  'virus', 'viruses', 'bacteria', 'germs', 'covid', 'covid-19', 'coronavirus',
];

/** Treatments an efficacy comparison measures a remedy against ("works better than ibuprofen"). */
export const STANDARD_TREATMENTS: readonly string[] = [
  'medication', 'medications', 'meds', 'medicine', 'medicines', 'drugs', 'drug', 'prescription', 'prescriptions', 'pills', 'pill', 'antibiotics',
  'antivirals', 'vaccine', 'vaccines', 'shot', 'surgery', 'chemo', 'chemotherapy', 'radiation', 'injections', 'steroids', 'botox', 'insulin',
  'statins', 'antidepressants', 'therapy', 'physical therapy', 'rest',
  // Drug classes by their plural names, which no suffix of one medicine names.
  'triptans', 'nsaids', 'ssris', 'ppis', 'opioids', 'antacids', 'antihistamines', 'inhalers', 'stimulants', 'blood thinners', 'beta blockers', 'biologics', 'fillings', 'root canals',
];

/** Words for vaccines, for the claims against them. */
export const VACCINE_WORDS: readonly string[] = ['vaccine', 'vaccines', 'vaccination', 'vaccinations', 'shot', 'shots', 'jab', 'jabs', 'booster', 'boosters', 'mmr', 'vacuna'];

/** Proven preventive and obstetric care that claims of harm are also made against ("epidurals cause autism"). */
export const PROVEN_CARE: readonly string[] = ['fluoride', 'epidural', 'epidurals', 'sunscreen', 'pitocin', 'vitamin k', 'folic acid'];

/**
 * What a claim against proven care says of it: a fraud, a poison, a harm, worthless or
 * unneeded ("antidepressants are a scam", "stims are basically meth", "the flu shot tanks your
 * mood"). Words after the care word in its clause; the detector reads them with a negation
 * check ("vaccines are not poison" is the opposite claim).
 */
export const DISPARAGING: readonly string[] = [
  'scam', 'scams', 'hoax', 'fraud', 'racket', 'poison', 'poisons', 'poisonous', 'poisoning', 'toxic', 'toxins', 'useless', 'worthless', 'pointless',
  'bandaid', 'band-aid', 'meth', 'junk', 'garbage', 'overrated', 'dangerous', 'deadly', 'lie', 'lies',
];

/** Verbs of harm done to the body ("weakens your immune system", "tanks your mood", "eat up your liver"). */
export const HARM_VERBS: readonly string[] = [
  'weaken', 'weakens', 'weakened', 'tank', 'tanks', 'destroy', 'destroys', 'wreck', 'wrecks', 'ruin', 'ruins', 'damage', 'damages', 'fry', 'fries',
  'rot', 'rots', 'kill', 'kills', 'thin', 'thins', 'shut', 'shuts', 'stop', 'stops', 'suppress', 'suppresses',
];

/** Care words a claim against proven care is made of, beyond vaccines and medicine names. */
export const CARE_CLASSES: readonly string[] = [
  'meds', 'medication', 'medications', 'medicine', 'medicines', 'drugs', 'pills', 'antibiotics', 'antidepressants', 'statins', 'stimulants', 'stims',
  'benzos', 'ssris', 'chemo', 'chemotherapy', 'insulin', 'inhaler', 'inhalers', 'steroids', 'antivirals', 'prescriptions', 'fluoride',
];
