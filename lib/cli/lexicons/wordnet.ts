// Derives broad lexical classes ("any illness", "any procedure", "any wrongdoing", ...) from
// WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet): every lemma below a class's root
// synsets by hyponymy, kept only when the lemma's most frequent sense (WordNet lists senses by
// frequency) lies in the class, so "cold" the illness is in and "bill" the invoice is not.
// Instances (named people and places) are left out; verb classes go one level down only, since
// deeper verb hyponyms drift ("prevent" -> "blockade").
// Writes lib/engine/lexicons/wordnet/classes.ts. Run: npm run lexicons:wordnet [wordnetDir]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Pos = 'noun' | 'verb';
/** A class: root synsets as "lemma.pos.sense" (WordNet's own naming). */
export const CLASSES: Record<string, string[]> = {
  illness: ['illness.n.1', 'disease.n.1', 'disorder.n.1', 'injury.n.1', 'symptom.n.1', 'pathological_state.n.1', 'mental_disorder.n.1', 'addiction.n.1', 'pregnancy.n.1', 'infection.n.1', 'wound.n.1', 'abnormality.n.1'],
  procedure: ['medical_procedure.n.1', 'surgery.n.1', 'medical_care.n.1', 'therapy.n.1', 'diagnostic_procedure.n.1', 'anesthesia.n.1'],
  drug: ['drug.n.1', 'medicine.n.2', 'vaccine.n.1', 'dietary_supplement.n.1', 'vitamin.n.1'],
  'body-part': ['body_part.n.1', 'organ.n.1', 'bone.n.1'],
  wrongdoing: ['crime.n.1', 'fraud.n.1', 'negligence.n.1', 'malpractice.n.1', 'abuse.n.1', 'sexual_assault.n.1', 'larceny.n.1', 'cover-up.n.1', 'bribery.n.1'],
  'wrongdoing-verb': ['steal.v.1', 'cheat.v.1', 'victimize.v.1', 'embezzle.v.1', 'falsify.v.1', 'abuse.v.1', 'assault.v.1', 'molest.v.1', 'bribe.v.1', 'overcharge.v.1'],
  'heal-verb': ['cure.v.1', 'heal.v.1', 'prevent.v.1', 'treat.v.3', 'remedy.v.1', 'detoxify.v.1', 'reverse.v.1', 'boost.v.1'],
  relative: ['relative.n.1', 'spouse.n.1', 'kin.n.1', 'family.n.1', 'neighbor.n.1', 'friend.n.1'],
  clinician: ['health_professional.n.1', 'medical_practitioner.n.1', 'nurse.n.1', 'pharmacist.n.1', 'therapist.n.1', 'surgeon.n.1'],
  patient: ['patient.n.1', 'sick_person.n.1', 'case.n.7'],
  money: ['monetary_unit.n.1', 'income.n.1', 'salary.n.1', 'payment.n.1', 'budget.n.1', 'profit.n.1', 'loss.n.2', 'revenue.n.1'],
  gift: ['gift.n.1', 'bribe.n.1', 'fee.n.1', 'commission.n.4', 'stock.n.1', 'share.n.1', 'honorarium.n.1', 'sample.n.1'],
};

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../../engine/lexicons/wordnet/classes.ts');

interface Synset { words: string[]; hyponyms: string[] }

function readData(dir: string, pos: Pos): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(dir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointers = parseInt(f[at++], 10);
    const hyponyms = [];
    for (let i = 0; i < pointers; i++, at += 4) if (f[at] === '~') hyponyms.push(f[at + 1]);
    out.set(f[0], { words, hyponyms });
  }
  return out;
}

/** lemma -> synset offsets, most frequent sense first. */
function readIndex(dir: string, pos: Pos): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const senses = parseInt(f[2], 10);
    out.set(f[0], f.slice(f.length - senses));
  }
  return out;
}

export function deriveWordnet(dir = '/usr/share/wordnet'): Record<string, string[]> {
  const data = { noun: readData(dir, 'noun'), verb: readData(dir, 'verb') };
  const index = { noun: readIndex(dir, 'noun'), verb: readIndex(dir, 'verb') };
  const result: Record<string, string[]> = {};
  for (const [name, roots] of Object.entries(CLASSES)) {
    const members = new Set<string>();
    let pos: Pos = 'noun';
    for (const root of roots) {
      const [lemma, p, sense] = root.split('.');
      pos = p === 'v' ? 'verb' : 'noun';
      const offset = index[pos].get(lemma)?.[Number(sense) - 1];
      if (!offset) throw new Error(`${name}: no synset ${root}`);
      const maxDepth = pos === 'verb' ? 1 : Infinity;
      const stack: [string, number][] = [[offset, 0]];
      while (stack.length) {
        const [o, depth] = stack.pop()!;
        if (members.has(o)) continue;
        members.add(o);
        if (depth < maxDepth) for (const h of data[pos].get(o)?.hyponyms ?? []) stack.push([h, depth + 1]);
      }
    }
    const lemmas = new Set<string>();
    for (const o of members) {
      for (const w of data[pos].get(o)!.words) {
        // One or two words, letters only: what a post would say, and what a token pair can match.
        if (!/^[a-z]+(?:_[a-z]+)?$/.test(w) || w.length < 3) continue;
        const first = index[pos].get(w)?.[0];
        if (first && members.has(first)) lemmas.add(w.replace('_', ' '));
      }
    }
    result[name] = [...lemmas].sort();
  }
  return result;
}

function main(): void {
  const dir = process.argv[2] ?? '/usr/share/wordnet';
  const classes = deriveWordnet(dir);
  const body = Object.entries(classes).map(([k, v]) => `  '${k}': ${JSON.stringify(v.join('|'))},`).join('\n');
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `// Generated by lib/cli/lexicons/wordnet.ts from WordNet 3.0 (Princeton University; see the\n// README's attributions). Each class: its lemmas joined by "|". Do not edit by hand.\nexport const WORDNET_CLASSES: Record<string, string> = {\n${body}\n};\n`);
  for (const [k, v] of Object.entries(classes)) console.log(k.padEnd(16), v.length, v.slice(0, 12).join(', '));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
