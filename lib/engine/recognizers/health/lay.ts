// Hand-written health vocabulary that the clinical sources lack: lay and colloquial forms,
// care events, unit words and clinical shorthand, grouped by the kind a mention gets.
// "weak" entries are everyday words too ("sugar", "fall", "rehab"): they count only with
// another health term or a care cue nearby (the detector decides).

export interface LayEntry {
  kind: string;
  terms: string[];
  weak?: boolean;
}

export const LAY: LayEntry[] = [
  {
    kind: 'condition',
    terms: [
      'heart attack', 'congestive heart failure', 'chronic kidney disease', 'end stage renal disease', 'coronary artery disease', 'chronic obstructive pulmonary disease', 'traumatic brain injury', 'spinal cord injury', 'acute kidney injury', 'type 1 diabetes', 'type 2 diabetes', "parkinson's", "crohn's", "huntington's", "hodgkin's", "tourette's", "asperger's", "lou gehrig's", "graves' disease", 'the big c', 'high blood pressure', 'low blood pressure', 'heart failure', 'heart condition',
      'heart problems', 'bad heart', 'kidney stone', 'kidney failure', 'liver failure', 'collapsed lung',
      'blood clot', 'brain bleed', 'brain tumor', 'cardiac arrest', 'broken hip', 'broken leg', 'broken arm',
      'broken wrist', 'broken ankle', 'broken neck', 'broken back', 'broken rib', 'broken ribs', 'broke her hip',
      'broke his hip', 'hip fracture', 'dislocated shoulder', 'torn acl', 'gunshot wound', 'stab wound',
      'pressure ulcer', 'bed sore', 'bedsore', 'diabetic', 'type 1', 'type 2', 'type one', 'type two', 't1d', 't2d',
      'prediabetes', 'a-fib', 'afib', 'sickle cell', 'stage 1', 'stage 2', 'stage 3', 'stage 4', 'stage i',
      'stage ii', 'stage iii', 'stage iv', 'cancer-free', 'in remission', 'relapse of', 'memory loss',
      'memory problems', 'alzheimers', 'paralyzed', 'quadriplegic', 'paraplegic', 'wheelchair-bound',
      'wheelchair bound', 'in a coma', 'brain dead', 'brain damage', 'allergic reaction', 'anaphylaxis',
      'concussion', 'third-degree burns', 'frostbite', 'food poisoning', 'dehydrated', 'dehydration', 'the cancer',
      'her cancer', 'his cancer', 'autistic', 'on the spectrum', 'down syndrome', 'cerebral palsy', 'spina bifida',
      'heart defect', 'heart murmur', 'irregular heartbeat', 'high cholesterol', 'blood sugar', 'low sugar',
      'high sugar', 'diabetes', 'malignant', 'cancerous', 'metastatic',
      // Clinical shorthand for wounds ("a head lac", "a scalp lac").
      'car vs tree', 'car vs pole', 'car vs pedestrian', 'car versus tree', 'rollover', 'head-on collision', 'head lac', 'scalp lac', 'facial lac', 'chin lac', 'hand lac', 'forehead lac', 'laceration',
    ],
  },
  {
    kind: 'symptom',
    terms: [
      'chest pain', 'shortness of breath', 'short of breath', 'trouble breathing', 'difficulty breathing',
      "couldn't breathe", "couldn't catch her breath", "couldn't catch his breath", "can't breathe", 'night sweats',
      'joint pain', 'back pain', 'belly pain', 'stomach pain', 'abdominal pain', 'burning pain', 'in pain',
      'passed out', 'fainted', 'blacked out', 'dizzy', 'dizziness', 'vomiting', 'throwing up', 'nausea', 'fever',
      'fevers', 'high fever', 'seizures', 'disoriented', 'slurred speech', 'face droop', 'numbness', 'bleeding out',
      'coughing up blood', 'headache', 'migraine', 'migraines', 'tremors', 'hallucinating', 'sundowning',
    ],
  },
  {
    kind: 'procedure',
    terms: [
      'new hip', 'new knee', 'new heart', 'new kidney', 'new liver', 'new lungs', 'cardiac rehab', 'pulmonary rehab', 'stroke rehab', 'inpatient rehab', 'bypass', 'triple bypass', 'quadruple bypass', 'bypass surgery', 'open heart surgery', 'heart surgery',
      'brain surgery', 'back surgery', 'knee surgery', 'hip surgery', 'knee replacement', 'hip replacement',
      'shoulder replacement', 'valve replacement', 'c-section', 'c section', 'trach', 'tracheostomy', 'chemo',
      'chemotherapy', 'radiation therapy', 'dialysis', 'dialysis runs', 'kidney transplant', 'liver transplant',
      'heart transplant', 'lung transplant', 'bone marrow transplant', 'surgery', 'surgeries', 'sutures', 'ct scan',
      'cat scan', 'x-ray', 'xray', 'x-rays', 'x-rayed', 'xrayed', 'casted', 'splinted', 'root canal', 'tooth extraction', 'wisdom teeth', 'dental implant', 'dental implants', 'deep cleaning', 'pet scan', 'ultrasound', 'biopsy', 'mammogram', 'colonoscopy',
      'endoscopy', 'lab work', 'bloodwork', 'blood work', 'blood test', 'blood draw', 'iv antibiotics', 'iv fluids',
      'ventilator', 'feeding tube', 'peg tube', 'peg feeds', 'chest tube', 'catheter', 'wound care',
      'physical therapy', 'occupational therapy', 'speech therapy', 'memory testing', 'cognitive testing',
      'insulin pump', 'pacemaker', 'defibrillator', 'stent', 'stents', 'amputation', 'amputated', 'lap chole',
      'appy', 'whipple', 'mastectomy', 'double mastectomy', 'lumpectomy', 'hysterectomy', 'vasectomy',
      'circumcision', 'tonsillectomy', 'appendectomy', 'cabg', 'angioplasty', 'heart cath', 'cardiac cath',
      'intubation', 'defib', 'rounds of chemo', 'round of chemo', 'radiation treatments', 'blood transfusion',
      'transfusion', 'follow-up imaging', 'pap smear', 'skin graft', 'suctioned', 'on oxygen', 'off o2', 'bipap',
      'cpap', 'nebulizer', 'second opinion', 'hospice care', 'palliative care',
    ],
  },
  {
    kind: 'medication',
    terms: [
      'meds', 'medication', 'medications', 'pills', 'prescription', 'prescriptions', 'antibiotics', 'antibiotic',
      'painkillers', 'pain meds', 'pain medication', 'blood thinner', 'blood thinners', 'insulin', 'narcan',
      'naloxone', 'suboxone', 'methadone', 'oxy', 'oxycodone', 'heparin', 'b12', 'b12 shot', 'antidepressant',
      'antidepressants', 'anxiety meds', 'birth control', 'steroids', 'prednisone', 'morphine', 'fentanyl',
      'dilaudid', 'tylenol', 'advil', 'ibuprofen', 'aspirin', 'benadryl', 'epipen', 'blood pressure meds', 'statins',
      'statin', 'chemo pills', 'ozempic', 'wegovy', 'metformin', 'lisinopril', 'metoprolol', 'xanax', 'adderall',
      'ativan', 'ambien', 'prozac', 'zoloft', 'lexapro', 'double dose', 'benzos', 'benzo', 'benzodiazepines',
      'opiates', 'sleeping pills', 'sleep meds', 'muscle relaxers', 'antipsychotics', 'mood stabilizers', 'anxiety pills',
    ],
  },
  {
    kind: 'care-event',
    terms: [
      'admitted', 'readmitted', 'discharged', 'discharge', 'discharge day', 'coded', 'code blue', 'intubated',
      'extubated', 'passed away', 'pronounced', 'time of death', 'flatlined', 'resuscitated', 'revived', 'hospitalized', 'in the hospital',
      'in hospital', 'sent home', 'went home', 'headed home', 'home from the hospital', 'checked in', 'post-op',
      'postop', 'pre-op', 'preop', 'diagnosed', 'diagnosis', 'prognosis', 'rang the bell', 'ring the bell',
      'narcanned', 'on a ventilator', 'on the vent', 'off the vent', 'off the ventilator', 'off oxygen', 'off the ventilator', 'on life support', 'life support', 'left ama',
      'against medical advice', 'left against medical advice', 'refused treatment', 'do not resuscitate',
      'comfort care', 'end of life', 'on hospice', 'in hospice', 'fall risk', 'rolled up to', 'brought in',
      'came in with', 'came in for', 'walked into the ed', 'walked into the er', 'came into the er',
      'came into the ed', 'recovery from', 'recover from', 'on the mend', 'operated on', 'stitched up',
      'went into labor', 'rapid response', 'life flighted', 'airlifted', 'critical condition', 'serious condition',
      'fair condition', 'in surgery', 'out of surgery', 'under anesthesia', 'got a pulse back', 'got him back', 'got her back', 'shocked him', 'shocked her',
      'drowning', 'near-drowning', 'near drowning', 'drowned',
      'wound vac', 'wound care', 'dressing change', 'picc line', 'central line', 'feeding tube', 'ostomy bag',
      'swallow test', 'swallow study', 'sleep study', 'stress test', 'smoke inhalation', 'blood transfusion',
    ],
  },
  {
    kind: 'care-setting',
    terms: [
      'icu', 'nicu', 'picu', 'ccu', 'micu', 'sicu', 'cvicu', 'pacu', 'l&d', 'labor and delivery', 'cath lab',
      'step-down unit', 'step down', 'stepdown', 'med-surg', 'med surg', 'oncology', 'oncology unit',
      'behavioral health', 'behavioral health unit', 'psych ward', 'psych unit', 'inpatient psych', 'the er',
      'the ed', 'emergency room', 'emergency department', 'trauma bay', 'trauma center', 'burn unit',
      'dialysis center', 'cancer center', 'infusion center', 'infusion chair', 'nursing home', 'memory care',
      'rehab facility', 'detox unit', 'urgent care', 'mother-baby', 'maternity ward', 'pediatrics', 'hematology',
      'cardiology', 'neurology', 'neuro icu', 'orthopedics', 'dermatology', 'psychiatry', 'isolation room',
      'the operating room', 'operating room', 'recovery room', 'sti clinic', 'std clinic', 'methadone clinic',
      'fertility clinic', 'wound clinic', 'pain clinic', 'stroke unit',
    ],
  },
  {
    kind: 'pregnancy',
    terms: [
      'delivered twins', 'delivered triplets', 'delivered a baby', 'delivered her baby', 'gave birth to', 'pregnant', 'pregnancy', 'miscarriage', 'miscarried', 'lost the baby', 'lost her baby', 'lost their baby',
      'stillbirth', 'stillborn', 'gave birth', 'in labor', 'weeks pregnant', 'due date', 'abortion', 'ectopic',
      'preemie', 'micropreemie', 'weeks gestation', 'postpartum', 'prenatal', 'morning sickness', 'ultrasound',
      'baby bump', 'infertility', 'fertility treatments',
    ],
  },
  {
    kind: 'mental-health',
    terms: [
      'depression', 'anxiety', 'panic attack', 'panic attacks', 'nightmares', 'night terrors', 'flashbacks', 'hearing voices', 'suicidal', 'suicide attempt', 'attempted suicide',
      'tried to kill', 'thinking about dying', 'wanted to die', 'self-harm', 'self harm', 'psych hold', '5150',
      'involuntary hold', 'bipolar', 'schizophrenia', 'schizophrenic', 'eating disorder', 'anorexia', 'bulimia',
      'nervous breakdown', 'safety plan', 'psychosis', 'psychotic', 'mental breakdown', 'in therapy',
      'grief counseling', 'hearing voices', 'hoarding', 'hoarder',
    ],
  },
  {
    kind: 'substance-use',
    terms: [
      'his drinking', 'her drinking', 'alcoholic', 'alcoholism', 'in recovery', 'relapsed', 'overdose', 'overdosed',
      "od'd", 'oded', 'overdosing', 'dts', 'the dts', 'delirium tremens', 'alcohol withdrawal', 'withdrawals', 'narcan', 'suboxone', 'methadone', 'opioid', 'opioids', 'heroin', 'fentanyl', 'meth',
      'cocaine', 'using again', 'track marks', 'addiction', 'addicted', 'the oxy thing', 'pills problem', 'etoh',
      'intoxicated', 'needle exchange',
    ],
  },
  {
    kind: 'infectious',
    terms: [
      'covid', 'covid-19', 'coronavirus', 'flu', 'the flu', 'influenza', 'hiv positive', 'gonorrhea', 'chlamydia',
      'syphilis', 'herpes', 'hep c', 'hepatitis', 'tuberculosis', 'mrsa', 'c diff', 'c. diff', 'sepsis', 'pneumonia',
      'strep', 'strep throat', 'ear infection', 'measles', 'mumps', 'whooping cough', 'norovirus', 'shingles',
      'lyme', 'lyme disease', 'meningitis', 'monkeypox', 'mpox',
    ],
  },
  {
    kind: 'condition',
    weak: true,
    terms: [
      'fall', 'a fall', 'fell', 'the accident', 'accident', 'injury', 'injured', 'hurt', 'sick', 'ill', 'illness',
      'the knee', 'bad knee', 'bad back', 'rollover', 'crash', 'car crash', 'car accident', 'wreck', 'mass', 'lump',
      'terminal', 'burns', 'disability', 'remission', 'coma', 'tumor', 'tumors',
    ],
  },
  {
    kind: 'procedure',
    weak: true,
    terms: [
      'shot', 'follow-up', 'follow up', 'followup', 'appointment', 'therapy', 'treatment', 'checkups', 'results',
      'paperwork', 'bill', 'billed', 'walker', 'wheelchair', 'cane', 'crutches', 'brace', 'cast', 'physical', 'echo',
      'scan', 'scans', 'vent', 'labs', 'radiation', 'operation', 'suction', 'oxygen', 'sling', 'splint', 'shots',
      'injection', 'callback', 'more images', 'swab', 'compressions', 'shocked', 'cath', 'rehab', 'check-up',
      'checkup', 'stitches', 'infusion', 'infusions', 'transplant',
    ],
  },
  {
    kind: 'care-setting',
    weak: true,
    terms: [
      'waiting room', 'the unit', 'our unit', 'the floor', 'our floor', 'the clinic', 'our clinic', 'exam room',
      'the hospital', 'the office', 'the lobby', 'clinic lobby', 'call room', 'isolation', 'imaging', 'psych',
      'ortho', 'peds', 'postpartum', 'pre-op', 'radiology', 'hospice', 'detox',
    ],
  },
  {
    kind: 'care-event',
    weak: true,
    terms: [
      'passed', 'died', 'released', 'cleared', 'stable', 'declined', 'treated', 'treating', 'delivered', 'code',
      'transferred', 'in with', 'doing better', 'feeling better', 'recovering', 'ambulance', 'by ambulance', 'admit',
      'admission', 'went into', 'vitals', 'triaged',
    ],
  },
  {
    kind: 'pregnancy',
    weak: true,
    terms: [
      'labor', 'expecting', 'premature', 'born at', 'newborn', 'breastfeeding', 'delivered a',
    ],
  },
  {
    kind: 'substance-use',
    weak: true,
    terms: [
      'crack', 'drinking', 'drunk', 'sober', 'sobriety', 'rehab', 'detox', 'withdrawal', 'withdrawals', 'high on',
      'relapse', 'relapsing', 'clean and sober', 'addict',
    ],
  },
  {
    kind: 'mental-health',
    weak: true,
    terms: [
      'cutting', 'breakdown', 'manic', 'depressed',
    ],
  },
  {
    kind: 'medication',
    weak: true,
    terms: [
      'dose', 'doses', 'booster', 'vaccine', 'medicine', 'script', 'scripts', 'refill', 'the pill', 'inhaler',
    ],
  },
  {
    kind: 'infectious',
    weak: true,
    terms: [
      'infection', 'infected', 'prep', 'septic',
    ],
  },
  {
    kind: 'symptom',
    weak: true,
    terms: [
      'collapsed', 'found down', 'confused', 'confusion', 'weakness', 'fatigue', 'bleeding', 'swelling', 'seizing', 'chills', 'rash',
    ],
  },
];

/**
 * Short forms matched through the abbreviation path (case-aware): upper case always, lower
 * case only for those in LOWER_CASE_SHORTHAND. "~" marks the ambiguous ones.
 */
export const SHORTHAND: [string, string, string][] = [
  ['S/P', 'shorthand', 'status post'], ['DTS', 'substance-use', 'delirium tremens'], ['ROSC', 'care-event', 'return of spontaneous circulation'], ['H/O', 'shorthand', 'history of'], ['C/O', 'shorthand', 'complains of'],
  ['N/V', 'symptom', 'nausea and vomiting'], ['~HX', 'shorthand', 'history'], ['~DX', 'shorthand', 'diagnosis'],
  ['~TX', 'shorthand', 'treatment'], ['RX', 'medication', 'prescription'], ['~SX', 'shorthand', 'symptoms'],
  ['~FX', 'condition', 'fracture'], ['~BX', 'procedure', 'biopsy'], ['~SZ', 'symptom', 'seizure'],
  ['~SOB', 'symptom', 'shortness of breath'], ['GSW', 'condition', 'gunshot wound'], ['MVA', 'condition', 'motor vehicle accident'],
  ['MVC', 'condition', 'motor vehicle collision'], ['CHF', 'condition', 'congestive heart failure'], ['COPD', 'condition', 'chronic obstructive pulmonary disease'],
  ['HTN', 'condition', 'hypertension'], ['DKA', 'condition', 'diabetic ketoacidosis'], ['CVA', 'condition', 'stroke'],
  ['TIA', 'condition', 'transient ischemic attack'], ['DVT', 'condition', 'deep vein thrombosis'], ['AFIB', 'condition', 'atrial fibrillation'],
  ['~PRN', 'medication', 'as needed'], ['BID', 'medication', 'twice a day'], ['~TID', 'medication', 'three times a day'],
  ['QID', 'medication', 'four times a day'], ['A1C', 'test-result', 'hemoglobin A1c'], ['HBA1C', 'test-result', 'hemoglobin A1c'],
  ['INR', 'test-result', 'clotting time'], ['BMP', 'test-result', 'basic metabolic panel'], ['CBC', 'test-result', 'complete blood count'],
  ['NPO', 'care-event', 'nothing by mouth'], ['DNR', 'care-event', 'do not resuscitate'], ['ETOH', 'substance-use', 'alcohol'],
  ['CABG', 'procedure', 'coronary artery bypass graft'], ['STD', 'infectious', 'sexually transmitted disease'], ['STI', 'infectious', 'sexually transmitted infection'],
  ['HPV', 'infectious', 'human papillomavirus'], ['RSV', 'infectious', 'respiratory syncytial virus'], ['UTI', 'infectious', 'urinary tract infection'],
  ['~TB', 'infectious', 'tuberculosis'], ['HIV', 'infectious', 'HIV'], ['AIDS', 'infectious', 'AIDS'], ['PREP', 'medication', 'HIV pre-exposure prophylaxis'],
  ['IV', 'procedure', 'intravenous line'], ['~CT', 'procedure', 'CT scan'], ['MRI', 'procedure', 'MRI scan'], ['EKG', 'procedure', 'electrocardiogram'],
  ['ECG', 'procedure', 'electrocardiogram'], ['EEG', 'procedure', 'electroencephalogram'], ['IVF', 'pregnancy', 'in vitro fertilization'],
  ['O2', 'procedure', 'oxygen'], ['OCD', 'mental-health', 'obsessive-compulsive disorder'], ['ADHD', 'mental-health', 'ADHD'],
  ['PTSD', 'mental-health', 'post-traumatic stress disorder'], ['~DTS', 'substance-use', 'delirium tremens'], ['~AMA', 'care-event', 'against medical advice'],
  ['ICU', 'care-setting', 'intensive care unit'], ['NICU', 'care-setting', 'neonatal intensive care unit'], ['PICU', 'care-setting', 'pediatric intensive care unit'],
  ['PACU', 'care-setting', 'post-anesthesia care unit'], ['CCU', 'care-setting', 'cardiac care unit'], ['~ER', 'care-setting', 'emergency room'],
  ['~ED', 'care-setting', 'emergency department'], ['L&D', 'care-setting', 'labor and delivery'], ['~OR', 'care-setting', 'operating room'],
  ['~MI', 'condition', 'heart attack'], ['~PE', 'condition', 'pulmonary embolism'], ['~MS', 'condition', 'multiple sclerosis'],
  ['~OD', 'substance-use', 'overdose'], ['CPR', 'procedure', 'cardiopulmonary resuscitation'], ['~ALS', 'condition', 'ALS'],
];

/** Shorthand that clinicians type in lower case too; other abbreviations need upper case. */
export const LOWER_CASE_SHORTHAND = new Set(['hiv', 'covid', 'nicu', 'picu', 'icu', 's/p', 'h/o', 'c/o', 'n/v', 'hx', 'dx', 'tx', 'sx', 'fx', 'bx', 'sz', 'gsw', 'mva', 'mvc', 'chf', 'copd', 'htn', 'dka', 'afib', 'prn', 'a1c', 'hba1c', 'etoh', 'cabg', 'dvt', 'uti', 'icu', 'nicu', 'picu', 'pacu', 'ekg', 'mri']);
