// Care in Spanish as US community posts mix it into English ("mi paciente de la cama 3 empezó
// quimio", "lo dieron de alta"): care events, settings and patient references, built from verb
// stems and clitics rather than listed sentences. Accents are optional, as people type them.
import type { Mention } from '../../doc';
import { mayMatch, gated } from '../../text/regex-gate';
import { warm } from '../../text/regex-warm';

// A word boundary that knows accented letters (JavaScript's \\b does not, even with /u).
const W = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
const a = (s: string) => s.replace(/[aá]/g, '[aá]').replace(/[eé]/g, '[eé]').replace(/[ií]/g, '[ií]').replace(/[oó]/g, '[oó]').replace(/[uú]/g, '[uú]');

// Events of care, each a verb whose forms are written out from its stem: preterite (3rd person,
// "they" and "he/she"), participle and the "lo/la/le + verb" of something done to a person.
interface Verb { stem: string; ar: boolean }
const EVENTS: Verb[] = [
  { stem: 'intern', ar: true }, { stem: 'hospitaliz', ar: true }, { stem: 'oper', ar: true }, { stem: 'intub', ar: true },
  { stem: 'extub', ar: true }, { stem: 'trasplant', ar: true }, { stem: 'amput', ar: true }, { stem: 'diagnostic', ar: true },
  { stem: 'transfer', ar: false }, { stem: 'fallec', ar: false }, { stem: 'sed', ar: true }, { stem: 'anestesi', ar: true },
];
// Preterite he/she and they, participles m/f/plural. Without its accent the he/she form of an
// -ar verb is often another word ("opero", "interno"), so it counts only after a clitic ("lo opero").
function forms(v: Verb): string[] {
  return v.ar
    ? [`${v.stem}ó`, `${v.stem}aron`, `${v.stem}ado`, `${v.stem}ada`, `${v.stem}ados`, `${v.stem}adas`, `${v.stem}ando`]
    : [`${v.stem}ió`, `${v.stem}io`, `${v.stem}ieron`, `${v.stem}ido`, `${v.stem}ida`];
}
const unaccented = (v: Verb) => (v.ar ? `${v.stem}o` : `${v.stem}io`);
const EVENT_WORDS = EVENTS.flatMap(forms);
const CARE_EVENT = gated(new RegExp(
  `${W}(?:(?:lo|la|le|los|las|les)\\s+)?(?:${EVENT_WORDS.join('|')})${W}|${W}(?:lo|la|le|los|las|les)\\s+(?:${EVENTS.map(unaccented).join('|')})${W}` +
  // Discharge and death: "lo dieron de alta", "le dan de alta", "dado de alta", "se nos fue", "murió"
  `|${W}(?:(?:lo|la|le|los|las|les)\\s+)?(?:dieron|dio|dan|van a dar|dado|dada|dar)\\s+de\\s+alta${W}|${W}se\\s+(?:nos\\s+)?(?:muri${a('o')}|fue al cielo)${W}|${W}muri${a('o')}${W}`,
  'giu',
));
// Daily care counts once the sentence has placed someone in a bed or room: "comió", "caminó".
const DAILY = gated(new RegExp(`${W}(?:comi${a('o')}|camin${a('o')}|durmi${a('o')}|se\\s+levant${a('o')}|se\\s+ba[ñn]${a('o')}|se\\s+fue\\s+a\\s+(?:su\\s+)?casa)${W}`, 'giu'));
/** A person placed by bed or room number in Spanish: "cama 3", "habitación 12". */
export const PLACED_ES = gated(new RegExp(`${W}(?:cama|cuarto|habitaci${a('o')}n|camilla|cub${a('i')}culo)\\s*#?\\s*\\d{1,4}${W}`, 'iu'));
// Conditions and treatments typed in Spanish: quimio(terapia), diálisis, derrame, infarto... (words
// spelled as in English, "diabetes", "cancer", are the English lexicon's, with its name checks).
const CONDITION = gated(new RegExp(
  `${W}(?:quimio(?:terapia)?|radioterapia|di${a('a')}lisis|derrame(?:\\s+cerebral)?|infarto|embarazad[ao]s?|cáncer|tumores|az${a('u')}car\\s+alta|presi${a('o')}n\\s+alta|convulsi(?:${a('o')}n|ones)|sobredosis|neumon${a('i')}a|cirug${a('i')}a|operaci${a('o')}n|parto|ces${a('a')}rea|aborto|depresi${a('o')}n|demencia)${W}`,
  'giu',
));
// Procedures and treatments of one visit: stitches, a cast, an IV, scans and biopsies, shots.
const PROCEDURE = gated(new RegExp(
  `${W}(?:puntadas|puntos\\s+de\\s+sutura|yeso|f${a('e')}rula|suero|biops${a('i')}a|tomograf${a('i')}a|resonancia(?:\\s+magn${a('e')}tica)?|radiograf${a('i')}a|rayos\\s+x|ultrasonido|mamograf${a('i')}a|colonoscop${a('i')}a|endoscop${a('i')}a|marcapasos|transfusi${a('o')}n|vacunas?|inyecci${a('o')}n(?:es)?)${W}`,
  'giu',
));
// Where care happens, in Spanish: "en urgencias", "en terapia intensiva", "la sala de emergencias".
const SETTING = gated(new RegExp(`${W}(?:urgencias|sala\\s+de\\s+emergencias?|terapia\\s+intensiva|cuidados\\s+intensivos|unidad\\s+de\\s+cuidados)${W}`, 'giu'));
// "mi paciente", "una paciente", "la señora de la cama 3", "el muchacho del cuarto 12"
const PATIENT_REF = gated(new RegExp(
  `${W}(?:mi|mis|nuestr[oa]s?|un[oa]?|el|la|este|esta)\\s+(?:(?:nuev[oa]|viejit[oa]|pobre)\\s+)?pacientes?${W}` +
  `|${W}(?:el|la)\\s+(?:se[ñn]or|se[ñn]ora|se[ñn]orita|muchach[oa]|chamac[oa]|ni[ñn][oa]|viejit[oa]|abuelit[oa]|don|do[ñn]a)\\s+(?:de\\s+la|del|en\\s+la|en\\s+el)\\s+(?:cama|cuarto|habitaci${a('o')}n|camilla|sala|cub${a('i')}culo)\\s*#?\\s*\\d{1,4}${W}`,
  'giu',
));

/** Spanish care events, conditions and patient references in one sentence. */
export function matchSpanish(text: string): Mention[] {
  const out: Mention[] = [];
  const push = (re: RegExp, layer: string, kind: string, confidence: number) => {
    if (!mayMatch(re, text)) return;
    warm(re);
    for (const m of text.matchAll(re)) out.push({ layer, kind, start: m.index, end: m.index + m[0].length, confidence, value: m[0].toLowerCase() });
  };
  push(CARE_EVENT, 'health', 'care-event', 0.6);
  warm(PLACED_ES);
  const placed = PLACED_ES.exec(text);
  if (placed) for (const m of text.matchAll(DAILY)) if (m.index > placed.index) out.push({ layer: 'health', kind: 'care-event', start: m.index, end: m.index + m[0].length, confidence: 0.6, value: 'daily care' });
  push(CONDITION, 'health', 'condition', 0.9);
  push(PROCEDURE, 'health', 'procedure', 0.8);
  push(SETTING, 'health', 'care-setting', 0.8);
  push(PATIENT_REF, 'cue', 'patient-ref', 0.8);
  return out;
}
