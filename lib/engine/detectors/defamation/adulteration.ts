// A product said to hold what it must not: a contaminant (a heavy metal, a germ, a banned or
// undeclared drug) found in it ("has lead in it", "full of heavy metals", "tested positive for
// arsenic"), or put there ("laced with sibutramine", "spiked with a banned stimulant"). Said of a
// brand, a shop or a maker, it is an accusation of selling something dangerous. The detector
// decides who the target is; this module only finds the claim in one sentence.
import type { DocSentence, DocToken } from '../../doc';
import { wordClasses } from '../../lexicons/wordnet';
import { bareWord } from '../shared/bare-word';

const set = (words: string) => new Set(words.split(' '));
const word = bareWord;

// What must not be in a product: heavy metals, germs and filth, and drugs it does not declare.
const CONTAMINANTS = set(
  'lead mercury arsenic cadmium thallium metals metal bacteria germs mold mould fungus salmonella listeria ecoli coli staph pseudomonas ' +
  'glass asbestos benzene formaldehyde steroids steroid sibutramine dmaa dmha ephedra ephedrine sildenafil tadalafil phenolphthalein ' +
  'stimulant stimulants amphetamine fentanyl rat feces urine maggots',
);
// "heavy metals", "banned stimulant", "undeclared steroids": a modifier that makes a word a contaminant.
const MAKES_CONTAMINANT = set('heavy banned undeclared hidden illegal toxic');
// Putting it there: the verbs of adulterating, read with "with" ("laced with", "cut with").
const ADULTERATE = set('lace laced lacing laces spike spiked spiking spikes cut cuts cutting taint tainted tainting taints contaminate contaminated contaminating contaminates dose dosed');
// Finding it there: "tested positive for", "full of", "loaded with", "caught with ... in it".
const FULL = set('full loaded packed riddled');
// A building's water or air found contaminated is an incident at a place, the crisis detector's matter, not a product sold.
const PLACE_SUPPLY = set('water tap taps pipe pipes plumbing fountain fountains air vent vents duct ducts building buildings ceiling ceilings wall walls soil well pool');

// Thinning what is sold, or passing it off as another: "waters down the cough syrup", "relabels
// expired serums", "sells mislabeled jars". ("Dilute" is also how a drug is given, so only the idiom counts.)
const WATER = set('water waters watered watering');
const PASS_OFF = set('relabel relabels relabeled relabelled relabeling relabelling mislabel mislabels mislabeled mislabelled mislabeling counterfeit counterfeits counterfeited counterfeiting');
// What a patient or a customer is sold or given: the drugs (WordNet's class) and the forms they come in.
const PRODUCTS = set('syrup syrups serum serums supplement supplements vitamin vitamins botox filler fillers shot shots dose doses injection injections bag bags drip drips formula formulas product products cream creams jar jars bottle bottles vial vials suspension suspensions medicine medicines meds medication medications pills tablets capsules powder powders');
const isProduct = (w: string) => PRODUCTS.has(w) || wordClasses(w).includes('drug');

const isContaminant = (toks: DocToken[], k: number) => {
  const w = word(toks[k]);
  if (!CONTAMINANTS.has(w) && !(MAKES_CONTAMINANT.has(word(toks[k - 1] ?? toks[k])) && (wordClasses(w).includes('drug') || /^(?:substances?|ingredients?|chemicals?)$/.test(w)))) return false;
  // "lead" the verb ("she will lead the team"), "metal" the adjective: a contaminant is a noun.
  return !toks[k].tags.has('Verb') || toks[k].tags.has('Noun');
};

/** Claims that a product holds a contaminant, offsets absolute like the tokens. */
export function adulterationHits(s: DocSentence): { start: number; end: number; text: string }[] {
  const toks = s.tokens.filter((t) => word(t));
  const ws = toks.map(word);
  const out: { start: number; end: number; text: string }[] = [];
  const push = (a: number, b: number) => out.push({ start: toks[a].start, end: toks[b].end, text: s.text.slice(toks[a].start - s.start, toks[b].end - s.start) });
  for (let k = 0; k < toks.length; k++) {
    const thinned = WATER.has(ws[k]) ? passedOff(ws, k, ws.indexOf('down', k + 1)) : PASS_OFF.has(ws[k]) ? passedOff(ws, k, k) : -1;
    if (thinned >= 0) { push(k, thinned); break; }
    if (!isContaminant(toks, k)) continue;
    if (ws.slice(0, k).some((o) => PLACE_SUPPLY.has(o))) break;
    const before = ws.slice(Math.max(0, k - 4), k);
    // "laced with", "spiked with": the act.
    const w = before.lastIndexOf('with');
    if (w >= 0 && ADULTERATE.has(before[w - 1] ?? '')) { push(k - before.length + w - 1, k); break; }
    // "tested positive for", "full of", "loaded with".
    const p = before.lastIndexOf('positive');
    if (p >= 0 && before[p + 1] === 'for') { push(k - before.length + p, k); break; }
    const f = before.findIndex((o, j) => FULL.has(o) && (before[j + 1] === 'of' || before[j + 1] === 'with'));
    if (f >= 0) { push(k - before.length + f, k); break; }
    // "has lead in it", "had bacteria in its eye drops", "got caught with lead in it".
    const has = before.findIndex((o) => /^(?:has|have|had|having|with)$/.test(o));
    if (has >= 0 && ws[k + 1] === 'in' && /^(?:it|them|its|their|his|her|the|every|each|all)$/.test(ws[k + 2] ?? '')) { push(k - before.length + has, k + 2); break; }
  }
  return out;
}

/** The product that the act at `k` thins or passes off ("water the syrup down", "mislabeled jars"), or -1. */
function passedOff(ws: string[], k: number, down: number): number {
  // "water ... down" only as the idiom: "down" within three words.
  if (down < 0 || down > k + 3) return -1;
  for (let j = k + 1; j <= Math.min(ws.length - 1, down + 4); j++) if (isProduct(ws[j])) return j;
  return -1;
}
