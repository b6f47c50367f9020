// Builds the compact medical lexicon (lib/engine/lexicons/medical/terms.ts) from the public
// vocabularies in ../shared/data/medical (see its README). Run: npx tsx lib/cli/lexicons/medical.ts [dataDir]
// The raw sets are long-tailed clinical titles; posts use short, common names, so the filters
// below keep short head phrases and drop anything that is also an everyday English word.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { MedicalVocabulary } from '../../engine/lexicons/medical';
import { MEDICAL_WORD, termKey } from '../../engine/recognizers/health/tokens';
import { isMain } from './is-main';

type Kind =
  | 'condition'
  | 'procedure'
  | 'medication'
  | 'symptom'
  | 'pregnancy'
  | 'mental-health'
  | 'substance-use'
  | 'infectious'
  | 'care-setting'
  | 'body-part';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const OUT = path.join(ROOT, 'lib/engine/lexicons/medical/terms.ts');
export const MEDICAL_DATA_DIR = path.join(ROOT, '../shared/data/medical');

function readTsv(file: string): Record<string, string>[] {
  const [head, ...lines] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const cols = head.split('\t');
  return lines.map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').replace(/^"|"$/g, '')]));
  });
}

function readCsvColumn(file: string, keyCol: number, valueCol: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
    const cells = line.split(',');
    if (cells[keyCol]) out.set(cells[keyCol].toLowerCase(), Number(cells[valueCol]));
  }
  return out;
}

// Everyday English words (compromise's own lexicon) make poor single-word health terms:
// "fall", "attack", "shot", "stroke" of luck. The ones that are mostly medical come back by hand.
const english = new Set(Object.keys((nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model.one.lexicon));
// Discontinued brands that are also English words or look like them ("well versed", "a triad").
const DISCONTINUED_WORDS = new Set(['versed', 'triad', 'metra', 'banan', 'trest', 'sulla', 'quide', 'pytest', 'imagent', 'factive', 'fastin', 'genesa', 'stimate', 'synera', 'prelay', 'solage', 'mandol', 'gamene', 'ganite', 'permax', 'capex', 'candex', 'belix', 'lonox', 'orlex', 'povan', 'wilpo', 'zmax', 'rubex', 'sodium', 'naqua']);
const KEEP_SINGLE = new Set(['stroke', 'seizure', 'cancer', 'tumor', 'fracture', 'surgery', 'diabetes', 'asthma', 'flu', 'overdose', 'chemo', 'chemotherapy', 'dialysis', 'pneumonia', 'sepsis', 'covid', 'hiv', 'aids', 'leukemia', 'lymphoma', 'dementia', 'depression', 'anxiety', 'insulin', 'heroin', 'cocaine', 'morphine', 'amputation', 'concussion', 'miscarriage', 'pregnancy']);
// Terms that pass the filters but, in posts, are rarely about one person's health.
const STOP = new Set(['health', 'care', 'patient', 'disease', 'syndrome', 'disorder', 'infection', 'condition', 'death', 'life', 'aging', 'ageing', 'birth', 'body', 'blood', 'today', 'muse', 'dial', 'amen', 'allay', 'soma', 'ella', 'plan b', 'advance', 'nurse', 'hospital', 'clinic', 'delivery', 'recovery', 'exercise', 'therapy', 'nutrition', 'counseling', 'sleep', 'weight', 'prevention', 'screening', 'emergency', 'grief', 'stress', 'burnout', 'loneliness', 'outbreak', 'epidemic', 'pandemic', 'growth', 'vaccination', 'immunization', 'alcohol', 'caffeine', 'tobacco', 'nicotine', 'smoking', 'walking', 'running', 'swimming', 'dancing', 'music', 'massage', 'yoga', 'meditation', 'humor', 'laughter', 'gardening', 'cooking', 'reading', 'writing', 'research', 'hygiene', 'anatomy', 'physiology', 'nursing', 'medicine', 'felon', 'sinus', 'crab', 'worm', 'plague', 'arson', 'gambling', 'meridian', 'futility', 'difficulty', 'abnormality', 'rigor', 'viral', 'sighing', 'hive', 'suggestion', 'mange', 'injury', 'inflammation', 'surgery', 'pathology', 'rehabilitation', 'emergency', 'malnutrition', 'starvation', 'sedative', 'lisping', 'stuttering', 'sunburn', 'dandruff', 'baldness', 'flushing', 'belching', 'rale', 'fecal', 'tattoo', 'tattoos', 'tattooing', 'tattoo removal', 'pain', 'symptom', 'dry eye']);

/** Whether a word is a common personal name, by the name lists next to the medical data. */
function nameTest(data: string): (w: string) => boolean {
  const firstNames = readCsvColumn(path.join(data, '../names/ssa-first-names/ssa_first_names.csv'), 0, 1);
  const surnameRanks = readCsvColumn(path.join(data, '../names/census-2010-surnames/census_2010_surnames.csv'), 0, 1);
  return (w) => (firstNames.get(w) ?? 0) >= 500 || (surnameRanks.get(w) ?? Infinity) <= 30_000;
}

/** Returns the post-language form of a vocabulary term, or null when it should be dropped. */
function clean(raw: string, maxWords: number, isName: (w: string) => boolean): string | null {
  let t = raw.trim().replace(/\s+NOS$/i, '').replace(/\s+/g, ' ');
  if (!t || /[,;:[\]{}()<>0-9@#=+%&*"]/.test(t)) return null;
  t = t.toLowerCase();
  const words = t.split(/[\s-]+/);
  if (words.length > maxWords || t.length < 3) return null;
  if (/^(other|unspecified|encounter|personal|family|history|screening|status|presence|long term|acquired|absence|contact|exposure)\b/.test(t)) return null;
  if (/\b(unspecified|specified|classified|elsewhere|nec|nos|site|sites|type|due|following|other|without|initial|subsequent|sequela)\b/.test(t)) return null;
  if (STOP.has(t) || STOP.has(termKey(t))) return null;
  // Upper-case entry terms ("CMPD") are abbreviations: the case-aware table handles those.
  if (!/\s/.test(raw.trim()) && /^[A-Z0-9-]+$/.test(raw.trim())) return null;
  if (words.length === 1) {
    const w = words[0];
    if (w.length < 4) return null;
    if (!KEEP_SINGLE.has(w) && (english.has(w) || english.has(w.replace(/s$/, '')) || isName(w))) return null;
  }
  return t;
}

/** "Coronary (artery) disease" -> both "coronary artery disease" and "coronary disease". */
function optionalWords(t: string): string[] {
  const m = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(t);
  if (!m) return [t];
  return [`${m[1]} ${m[2]} ${m[3]}`, `${m[1]} ${m[3]}`].map((s) => s.replace(/\s+/g, ' ').trim());
}

/** The head phrase of an ICD title: up to the first comma or qualifier. */
function icdHead(title: string): string {
  return title.split(/,| with | without | due to | in | of unspecified | and other /i)[0].trim();
}

const SALTS = /\s+(hydrochloride|hcl|hydrobromide|sodium|potassium|calcium|magnesium|sulfate|maleate|tartrate|mesylate|acetate|citrate|phosphate|besylate|succinate|fumarate|bromide|chloride|disodium|dihydrate|monohydrate|hyclate|bitartrate|propionate|dipropionate|valerate|furoate|besilate|tromethamine|lysine|anhydrous|trihydrate|hemihydrate)$/;
function baseIngredient(s: string): string {
  let t = s.toLowerCase().trim();
  for (let i = 0; i < 3; i++) t = t.replace(SALTS, '');
  return t;
}

function meshKind(groups: string, trees: string): Kind | null {
  const g = groups.split(';');
  const tr = trees.split(';');
  if (tr.some((t) => t.startsWith('F03.900') || t.startsWith('C25.775'))) return 'substance-use';
  if (g.includes('mental_disorder')) return 'mental-health';
  if (g.includes('disease')) {
    if (tr.some((t) => t.startsWith('C13.703'))) return 'pregnancy';
    if (tr.every((t) => t.startsWith('C23.888'))) return 'symptom';
    if (tr.some((t) => t.startsWith('C01'))) return 'infectious';
    return 'condition';
  }
  if (g.includes('procedure')) return 'procedure';
  if (g.includes('drug') || g.includes('drug_class')) return 'medication';
  if (g.includes('anatomy')) return tr.some((t) => t.startsWith('A01')) ? 'body-part' : null;
  return null;
}

/** The coarse group of an ICD-10-CM code, from its chapter; external causes (V-Y) are dropped. */
function icdKind(code: string): Kind | null {
  const c = code[0];
  if (/^F1\d/.test(code)) return 'substance-use';
  if (c === 'A' || c === 'B') return 'infectious';
  if (c === 'F') return 'mental-health';
  if (c === 'O') return 'pregnancy';
  if (c === 'R') return 'symptom';
  if (c >= 'V') return null;
  return 'condition';
}

// Upper-case acronyms that posts mostly use in their everyday sense (PSA = public service
// announcement, PTA = parent-teacher association, TLC = tender loving care).
const NOT_MEDICAL_ACRONYMS = new Set(['DM', 'PD', 'MAR', 'ATM', 'CAB', 'AMP', 'APC', 'BSA', 'COM', 'CPR', 'CPP', 'DDD', 'DNS', 'DSA', 'EOL', 'GEM', 'GFP', 'GRS', 'IPA', 'MPA', 'MSA', 'NAC', 'NPC', 'PAC', 'PCA', 'PDA', 'PPV', 'PSA', 'PSO', 'PTA', 'RCT', 'SAB', 'SBP', 'SCA', 'SND', 'SRS', 'TDR', 'TEM', 'TLC', 'TOPO', 'UST', 'VAC', 'WNE', 'TABS', 'MCC', 'MFS', 'MPI', 'MTS', 'NCS', 'PFS', 'PLG', 'PPI', 'SDX', 'SWS', 'TCC', 'TDM', 'TPT', 'UPD', 'CTC', 'CTS', 'CVS', 'DFS', 'GEM', 'HPL', 'IOM', 'LOC', 'MIP', 'MPQ', 'PBT', 'PCP', 'PKR', 'SSC', 'STS', 'IGA', 'IED', 'FACS', 'DBS', 'ECP', 'LPR', 'PRES', 'CIC', 'CIS', 'LND', 'TOF']);

// Care settings in the words people post with; MeSH's N02.278 is mostly administration.
const CARE_SETTING_WORDS = /\b(unit|units|ward|wards|room|rooms|department|departments|hospice|hospices|nursing homes?)\b/;

/** Front coding: each sorted term is written as (shared prefix length, base 36) + the rest. */
function frontCode(sorted: string[]): string {
  let prev = '';
  return sorted
    .map((t) => {
      let p = 0;
      while (p < 35 && p < t.length && p < prev.length && t[p] === prev[p]) p++;
      prev = t;
      return p.toString(36) + t.slice(p);
    })
    .join('|');
}

export function deriveMedical(DATA = MEDICAL_DATA_DIR): { lexicon: MedicalVocabulary; counts: Record<string, number>; total: number; abbreviationCount: number } {
  const isName = nameTest(DATA);
  const byKind = new Map<Kind, Set<string>>();
  // Three-word vocabulary terms are clinical titles ("basophil degranulation test"); posts say
  // the short form, whose head word or pair is in the list anyway.
  // Longer terms are still remembered, to give abbreviations ("CHF") the group of their expansion.
  const expansions = new Map<string, Kind>();
  const add = (kind: Kind | null, raw: string, maxWords = 2) => {
    if (!kind) return;
    for (const variant of optionalWords(raw)) {
      const long = clean(variant, 5, isName);
      if (long && kind !== 'body-part' && !expansions.has(termKey(long))) expansions.set(termKey(long), kind);
      const t = clean(variant, maxWords, isName);
      const key = t && termKey(t);
      if (!key) continue;
      const set = byKind.get(kind) ?? new Set<string>();
      byKind.set(kind, set);
      set.add(key);
    }
  };

  const meshKindById = new Map<string, Kind>();
  for (const r of readTsv(path.join(DATA, 'mesh/mesh2024_selected.tsv'))) {
    const kind = meshKind(r.groups, r.tree_numbers);
    if (kind) meshKindById.set(r.descriptor_ui, kind);
    const names = [r.preferred_name, ...r.entry_terms.split('|').filter(Boolean)];
    // Drug entry terms are mostly foreign brands and chemical names; the Orange Book has US brands.
    if (kind === 'medication') add(kind, baseIngredient(r.preferred_name), 2);
    else if (kind) for (const n of names) add(kind, n, 2);
    if (r.groups.includes('care_setting') || r.groups.includes('medical_specialty')) {
      for (const n of names) if (r.groups.includes('medical_specialty') || CARE_SETTING_WORDS.test(n.toLowerCase())) add('care-setting', n);
    }
  }

  for (const r of readTsv(path.join(DATA, 'disease-ontology/doid_2016-09-01_terms.tsv'))) {
    const meshKindOf = r.mesh_xrefs.split('|').map((x) => meshKindById.get(x)).find(Boolean);
    const icd = r.icd10cm_xrefs.split('|')[0];
    // Terms with neither a billing code nor a MeSH heading are mostly research categories.
    if (!icd && !meshKindOf) continue;
    const kind = meshKindOf ?? icdKind(icd);
    for (const n of [r.name, ...r.exact_synonyms.split('|').filter(Boolean)]) add(kind, n, 2);
  }

  for (const r of readTsv(path.join(DATA, 'icd10cm/icd10cm_fy2022.tsv'))) {
    if (r.code.length > 4 || r.code[0] === 'Z') continue;
    add(icdKind(r.code), icdHead(r.description), 2);
  }
  for (const r of readTsv(path.join(DATA, 'icd10cm-inclusion-terms/icd10cm_2014_inclusion_terms.tsv'))) {
    if (r.code[0] !== 'Z') add(icdKind(r.code.replace('.', '')), r.inclusion_term, 2);
  }

  for (const r of readTsv(path.join(DATA, 'symptom-ontology/symp_terms.tsv'))) {
    for (const n of [r.name, ...r.exact_synonyms.split('|').filter(Boolean)]) add('symptom', n);
  }

  const orangeBook = readTsv(path.join(DATA, 'orange-book/orange_book_products_2024-11.tsv'));
  const marketed = new Set(orangeBook.filter((r) => r.marketing_type !== 'DISCN').map((r) => r.ingredient));
  for (const r of orangeBook) {
    // A discontinued product still names a drug people take or remember (Vicodin, Zofran, Lortab
    // under its old brand): its brand is kept, not its ingredients (those are in the marketed rows).
    // A generic sold under its ingredient's name adds nothing.
    // Only brands of a drug still marketed, as a tablet or capsule (the pills people name), to stay small.
    if (r.marketing_type === 'DISCN') {
      if (!/(?:TABLET|CAPSULE).*ORAL/.test(r.dosage_form_route) || !marketed.has(r.ingredient)) continue;
      const brand = r.trade_name.replace(/\s+[A-Z]{1,4}(\s.*)?$/, '');
      // (Short old brands read as words or names too often: "Tral", "Ogen"; a few longer ones are words.)
      if (brand.length >= 5 && !DISCONTINUED_WORDS.has(brand.toLowerCase()) && !r.ingredient.split('; ').some((ing) => brand.startsWith(ing.split(' ')[0]))) add('medication', brand.toLowerCase(), 1);
      continue;
    }
    for (const ing of r.ingredient.split('; ')) add('medication', baseIngredient(ing), 2);
    // Release and combination suffixes ("XR", "HCT") add nothing to the brand.
    add('medication', r.trade_name.replace(/\s+[A-Z]{1,4}(\s.*)?$/, '').toLowerCase(), 1);
  }
  for (const r of readTsv(path.join(DATA, 'icd10cm-drug-table/icd10cm_drug_table_2019.tsv'))) {
    // Only the brand redirects (Prozac -> fluoxetine): the other substances are in MeSH or the Orange Book.
    if (r.level === '0' && r.see) add('medication', r.term, 1);
  }

  // Abbreviations: kept when the expansion is itself a health term, tagged with its group.
  const abbreviations = new Map<string, Kind>();
  for (const r of readTsv(path.join(DATA, 'abbreviations/medical_abbreviations.tsv'))) {
    const abbr = r.abbreviation.trim();
    if (NOT_MEDICAL_ACRONYMS.has(abbr.toUpperCase())) continue;
    if (!/^[A-Za-z][A-Za-z0-9/-]{1,6}$/.test(abbr) || !/[A-Z]/.test(abbr)) continue;
    const meaning = r.meaning.toLowerCase().replace(/\s*\(.*\)\s*/g, ' ').trim();
    const kind = expansions.get(termKey(meaning));
    // Two letters, or a form that is also a word or a name ("MS", "AS", "PAT"), is ambiguous:
    // marked "~", the recognizer counts it only in upper case next to another health term.
    const lower = abbr.toLowerCase();
    const key = (abbr.length <= 2 || english.has(lower) || isName(lower) ? '~' : '') + abbr.toUpperCase();
    if (kind && !abbreviations.has(key) && !abbreviations.has(key.replace('~', ''))) abbreviations.set(key, kind);
  }

  // A phrase whose last word is already a term ("pancreatic carcinoma") adds nothing to matching.
  const heads = new Set<string>();
  for (const [kind, set] of byKind) if (kind !== 'body-part') for (const key of set) if (!key.includes(' ')) heads.add(key);
  const groups: Record<string, string> = {};
  const counts: Record<string, number> = {};
  for (const [kind, set] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    // Words the recognizer knows by their ending ("-itis", "-ectomy") need no entry either.
    const lastWord = (k: string) => k.slice(k.lastIndexOf(' ') + 1);
    const terms = [...set].filter((k) => (!k.includes(' ') || !heads.has(lastWord(k))) && (kind === 'body-part' || !MEDICAL_WORD.test(lastWord(k)))).sort();
    counts[kind] = terms.length;
    groups[kind] = frontCode(terms);
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  // Grouped by kind, without expansions, to stay small; the hand list in lay.ts has meanings.
  const abbr: Record<string, string[]> = {};
  for (const [a, kind] of [...abbreviations].sort(([x], [y]) => x.localeCompare(y))) (abbr[kind] ??= []).push(a);
  const abbreviationsByKind = Object.fromEntries(Object.entries(abbr).map(([k, v]) => [k, v.join('|')]));
  return { lexicon: { terms: groups, abbreviations: abbreviationsByKind }, counts, total, abbreviationCount: abbreviations.size };
}

if (isMain(import.meta.url)) {
  const { lexicon, counts, total, abbreviationCount } = deriveMedical(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  const body = `// Generated by lib/cli/lexicons/medical.ts from ../shared/data/medical (MeSH 2024 by NLM, Human
// Disease Ontology, Symptom Ontology, ICD-10-CM, FDA Orange Book; filtered, lower-cased). Do not edit.
// ${total} terms, ${abbreviationCount} abbreviations, as the JSON of a MedicalVocabulary (index.ts;
// terms are match keys, see health/tokens.ts, front-coded: a base-36 digit, the length of the prefix
// shared with the previous term, then the rest, joined by "|").
export const MEDICAL_LEXICON =
  ${JSON.stringify(JSON.stringify(lexicon))};
`;
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, body);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${(body.length / 1024).toFixed(0)} KB, ${total} terms, ${abbreviationCount} abbreviations`, counts);
}
