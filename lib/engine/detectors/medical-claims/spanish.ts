// The medical-claims frames in Spanish, as written in mixed Spanish-English posts: a remedy + a
// verb of efficacy + an illness or a clitic standing for it ("el té de orégano te lo quita en 2
// días", "la vitamina C cura la gripa", "previenen la influenza mejor que la vacuna"), and an
// imperative to stop or withhold a medicine ("deja la amoxicilina", "no le des más el
// antibiótico", "ya no se tome la pastilla"). Read over tokens, whose normal form has no accents;
// English remedy and illness classes (efficacy.ts) count too, since the posts mix languages.
import type { DocSentence, DocToken } from '../../doc';
import { ailmentAt, endsClause, remedyAt, word } from './efficacy';
import { isCare } from './unneeded';

/** Verbs of efficacy in the third person, present and past ("cura", "quitó", "previenen", "limpia"). */
const EFFICACY = /^(?:cura|curan|curo|curaron|curaba|sana|sanan|sano|sanaron|quita|quitan|quito|quitaron|previene|previenen|elimina|eliminan|elimino|revierte|revierten|revirtio|limpia|limpian|desinflama|desinflaman|protege|protegen|baja|bajan|controla|controlan|desaparece|desaparecen|fortalece|fortalecen|mata|matan|destruye|destruyen)$/;
// "sirve para", "funciona para": efficacy said with the plainest verb.
const FOR = /^(?:sirve|sirven|funciona|funcionan|es bueno|es buena)$/;
/** Remedies by their Spanish names; "té" loses its accent, so it counts after an article. */
const REMEDIES = new Set(['aceite', 'ajo', 'miel', 'canela', 'jugo', 'vitamina', 'vitaminas', 'gomitas', 'hierba', 'hierbas', 'remedio', 'remedios', 'bicarbonato', 'vinagre', 'suplemento', 'suplementos', 'jengibre', 'manzanilla', 'sabila', 'nopal', 'limon', 'gordolobo', 'curcuma', 'oregano', 'agua', 'licuado', 'pomada', 'unguento', 'tintura', 'capsulas', 'gotas']);
const TEA_ARTICLE = /^(?:el|un|su|mi|tu|del|ese|este|al)$/;
/** Illnesses and organs by their Spanish names. */
const AILMENTS = new Set(['gripa', 'gripe', 'resfriado', 'tos', 'fiebre', 'infeccion', 'infecciones', 'dolor', 'dolores', 'diabetes', 'azucar', 'presion', 'cancer', 'tumor', 'tumores', 'rinones', 'higado', 'influenza', 'asma', 'artritis', 'colesterol', 'insuficiencia', 'fosforo', 'anemia', 'migrana', 'migranas', 'ansiedad', 'depresion', 'acne', 'inflamacion', 'pulmones', 'sangre', 'enfermedad', 'enfermedades', 'virus', 'bacterias', 'covid', 'sistema']);
// Object clitics that stand for the illness named earlier ("te lo quita", "se le quita").
const CLITIC = /^(?:lo|la|los|las|se|le|les|te|me|nos)$/;
const NEGATION = /^(?:no|nunca|ni|tampoco)$/;
// Words that open a new clause.
const CLAUSE = /^(?:pero|y|o|porque|si|cuando|que|aunque)$/;

const isRemedy = (s: DocSentence, i: number): boolean => {
  const w = word(s.tokens[i]);
  if (REMEDIES.has(w) || remedyAt(s, i) === 'remedy') return true;
  return w === 'te' && TEA_ARTICLE.test(word(s.tokens[i - 1]));
};
const isAilment = (s: DocSentence, i: number): boolean => AILMENTS.has(word(s.tokens[i])) || ailmentAt(s, i);

export interface SpanishClaim {
  kind: 'efficacy' | 'stopTreatment';
  start: number;
  end: number;
  /** Said of a particular person's treatment ("tu binder", "no le des"). */
  particular?: boolean;
}

/** A remedy back from the verb at `v`, within its clause: its index, or -1. */
function remedyBefore(s: DocSentence, v: number): number {
  for (let i = v - 1; i >= Math.max(0, v - 8); i--) {
    const t = s.tokens[i];
    if (i < v - 1 && endsClause(t)) return -1;
    if (NEGATION.test(word(t)) && i >= v - 3) return -1;
    if (isRemedy(s, i)) return i;
    if (CLAUSE.test(word(t)) && i < v - 1) return -1;
  }
  return -1;
}

/** What the verb at `v` acts on: an illness, or clitics that stand for one. The last token's index, or -1. */
function objectAfter(s: DocSentence, v: number, cliticBefore: boolean): number {
  for (let i = v + 1; i < Math.min(s.tokens.length, v + 5); i++) {
    if (isAilment(s, i)) return i;
    if (endsClause(s.tokens[i])) break;
  }
  // "te lo quita en 2 días", "se le quita seguro": the illness named before the clitics.
  return cliticBefore ? v : -1;
}

function claims(s: DocSentence, remedyNear: boolean): SpanishClaim[] {
  const out: SpanishClaim[] = [];
  const toks = s.tokens;
  for (let v = 0; v < toks.length; v++) {
    const w = word(toks[v]);
    const plain = FOR.test(w) && word(toks[v + 1]) === 'para';
    if (!EFFICACY.test(w) && !plain) continue;
    if (NEGATION.test(word(toks[v - 1])) || (CLITIC.test(word(toks[v - 1])) && NEGATION.test(word(toks[v - 2])))) continue;
    const clitic = CLITIC.test(word(toks[v - 1]));
    const remedy = remedyBefore(s, v);
    const obj = objectAfter(s, plain ? v + 1 : v, clitic && /^(?:quita|quitan|quito|cura|curan|curo|sana|elimina)$/.test(w));
    // "se le quita seguro" with no remedy named: an illness promised gone on its own, a claim only beside a remedy.
    // Spanish drops the subject: a sentence that opens with the verb speaks of the remedy just named ("Previenen la influenza").
    const dropped = v === 0 && remedyNear;
    if (obj < 0 || (remedy < 0 && !dropped && !(clitic && s.tokens.some((_, k) => isRemedy(s, k))))) continue;
    out.push({ kind: 'efficacy', start: toks[remedy >= 0 ? remedy : v].start, end: toks[Math.max(obj, v)].end });
  }
  return out;
}

// Verbs that stop or withhold a medicine, in the forms said to someone ("deja", "no le des", "no se tome").
const STOP = /^(?:deja|deje|dejen|suspende|suspenda|suspendan|quitale|quitele)$/;
const WITHHOLD = /^(?:des|de|den|tomes|tome|tomen|uses|use|usen|pongas|ponga|pongan|sigas|siga)$/;
const PARTICULAR = /^(?:tu|su|sus|tus|le|les)$/;
const MEDICINE_ES = /^(?:antibioticos?|pastillas?|medicinas?|medicamentos?|insulina|inhalador|inhaladores|vacunas?|jarabe|quimio|quimioterapia|dialisis|ibuprofeno|paracetamol|binders?|\p{L}+(?:cilina|micina|formina|statina|prazol|pril|sartan|olol|floxacino))$/u;

function isMedicine(s: DocSentence, t: DocToken): boolean {
  return MEDICINE_ES.test(word(t)) || (isCare(s, t) && !/^(?:shot|shots)$/.test(word(t)));
}

function stops(s: DocSentence, medicineNear: boolean): SpanishClaim[] {
  const out: SpanishClaim[] = [];
  const toks = s.tokens;
  for (let v = 0; v < toks.length; v++) {
    const w = word(toks[v]);
    let from = -1;
    // "deja la amoxicilina", "deja de tomar tu binder".
    if (STOP.test(w)) from = word(toks[v + 1]) === 'de' ? v + 3 : v + 1;
    // "no le des más el antibiótico", "ya no se tome la pastilla", "no lo uses".
    else if (w === 'no') {
      let j = v + 1;
      while (CLITIC.test(word(toks[j]))) j++;
      if (WITHHOLD.test(word(toks[j]))) from = j + 1;
      // "no lo uses" of a medicine named just before.
      if (from > 0 && medicineNear && j > v + 1 && /^(?:lo|la|los|las)$/.test(word(toks[j - 1]))) {
        out.push({ kind: 'stopTreatment', start: toks[v].start, end: toks[j].end, particular: true });
        continue;
      }
    }
    if (from < 0) continue;
    for (let i = from; i < Math.min(toks.length, from + 4); i++) {
      if (isMedicine(s, toks[i])) {
        const particular = toks.slice(v, i).some((t) => PARTICULAR.test(word(t)));
        out.push({ kind: 'stopTreatment', start: toks[v].start, end: toks[i].end, particular });
        break;
      }
      if (endsClause(toks[i])) break;
    }
  }
  return out;
}

/** Whether a sentence names a medicine in Spanish or English, which a later "lo" may stand for. */
export const namesMedicineEs = (s: DocSentence): boolean => s.tokens.some((t) => isMedicine(s, t));

/**
 * Spanish claims and stop-advice in one sentence; `medicineNear` lets "no lo uses" stand for a
 * medicine named before, `remedyNear` lets a verb without its subject stand for a remedy.
 */
export function spanishClaims(s: DocSentence, medicineNear = false, remedyNear = false): SpanishClaim[] {
  if (/[¿?]/.test(s.text.trim().slice(-1)) || /^¿/.test(s.text.trim())) return [];
  return [...claims(s, remedyNear), ...stops(s, medicineNear)];
}
