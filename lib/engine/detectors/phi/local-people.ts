// People a small community can name by what they are there, with no place name needed: the one
// holder of an office ("the retired fire chief", "our homecoming king", "the Channel 6 weather
// guy"), someone known by the business they keep ("Marv from Marv's Diner", "the lady from the
// bakery on Maple", "the owner of that taco truck"), a family's child ("the Kessler boy"), and
// the same in Spanish ("el señor de la tienda", "la niña de los Ortega", "el del camión de tamales").
import type { Doc } from '../../doc';
import { isFirstName, nameKey } from '../../lexicons/names';
import type { Subject } from './subjects';
import { tokenStartingAt } from '../../token-index';

// Offices a town has one of (or a handful everybody knows).
const OFFICE = String.raw`(?:fire\s+chief|police\s+chief|chief\s+of\s+police|postmaster|postmistress|mayor|sheriff|judge|principal|vice\s+principal|superintendent|city\s+manager|town\s+clerk|county\s+clerk|fire\s+marshal|game\s+warden|coroner|district\s+attorney|homecoming\s+(?:king|queen)|prom\s+(?:king|queen)|valedictorian|quarterback|head\s+coach|football\s+coach|basketball\s+coach|band\s+director|choir\s+director|athletic\s+director|weather\s*(?:man|guy|girl|lady|woman)|news\s+anchor|(?:city\s+)?council(?:man|woman|\s+member)|county\s+commissioner|state\s+(?:senator|rep)|deacon|pastor|youth\s+pastor|priest|rabbi|imam|cheer\s+captain|team\s+captain|ferry\s+captain|postman|mail\s+carrier|mailman|crossing\s+guard)`;
const MODIFIER = String.raw`(?:(?:retired|former|old|new|longtime|beloved|local|sweet|favorite|fav|tiny\s+town's|town's|county's|city's)\s+|\d{1,3}[- ]?(?:yr|year)s?[- ]old\s+|(?:channel|ch\.?)\s*\d+\s+|[\p{Lu}][\p{L}'’-]+\s+){0,3}`;
// "the retired fire chief", "our Channel 6 weather guy"; with "a", only a retired or local one ("a retired judge").
const ONE_OFFICE = new RegExp(String.raw`\b(?:(?:the|our|that|this)\s+${MODIFIER}|(?:a|an)\s+(?:(?:sweet|old|tall|\d{1,3}[- ]?(?:yr|year)s?[- ]old)\s+)*(?:retired|former|local)\s+${MODIFIER}|(?<=,\s)(?:retired|former)\s+)${OFFICE}\b`, 'giu');

// Businesses and places of a town that people are known by.
const BUSINESS = String.raw`(?:diner|cafe|café|bakery|feed\s+store|hardware\s+store|grocery(?:\s+store)?|gas\s+station|bait\s+shop|taco\s+truck|food\s+truck|hot\s+dog\s+(?:stand|cart)|barber\s*shop|salon|bank(?:\s+drive\s+thru)?|post\s+office|library|tavern|pub|pizza\s+place|pizzeria|deli|butcher\s+shop|flower\s+shop|drugstore|co-?op|grain\s+elevator|sawmill|mill|dealership|body\s+shop|car\s+wash|motel|laundromat|daycare|bowling\s+alley|shelter|trailer\s+(?:park|court)|courthouse|city\s+hall|fire\s+station|coffee\s+shop|bean\s+bar|bar|restaurant|store|shop)`;
// (Either case of a business word's first letter: "Marv's Diner", "the feed store".)
const ANY_CASE_BUSINESS = BUSINESS.replace(/(?<![\\\w])([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
// "Marv from Marv's Diner", "the lady from the bakery on Maple", "the owner of that new taco truck".
// (Up to two words describe them first: "the cute new girl at the bank drive thru", "the tall redhead from the diner".)
const FROM_BUSINESS = new RegExp(String.raw`\b(?:(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:guy|lady|man|woman|gentleman|owner|kid|girl|boy|dude|fella|regular|one|redhead|blonde|brunette)|(?<![\p{L}])[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+)?)\s+(?:from|of|at|who\s+(?:runs|owns|works\s+at|works|manages))\s+(?:the\s+|that\s+|our\s+)?(?:new\s+|old\s+|little\s+)?(?:[\p{Lu}][\p{L}'’]+\s+){0,3}${ANY_CASE_BUSINESS}\b`, 'gu');
// "the Kessler boy", "the Hendersons' boy": a family's child, by surname.
const FAMILY_CHILD = /\bthe\s+[\p{Lu}][\p{Ll}]+(?:s['’])?\s+(?:boy|girl|kid|baby|twins|children|kids)\b/gu;
// Spanish: "el señor de la tienda", "la muchacha que atiende en la panadería", "la niña de los
// Ortega", "el del camión de tamales", "el cartero de Elm St".
const SPANISH = new RegExp(String.raw`(?<![\p{L}])(?:el|la)\s+(?:(?:señor|señora|señorita|muchach[oa]|niñ[oa]|chav[oa]|viejit[oa]|dueñ[oa]|carter[oa]|maestr[oa]|bebé|hij[oa])\s+(?:[\p{L}]+\s+)?(?:de\s+(?:la|el|los)|del|que\s+(?:atiende|trabaja|vende)\s+en)|del?)\s+(?:la\s+|el\s+|los\s+)?(?:tienda|panader[ií]a|cami[oó]n|taquer[ií]a|troca|iglesia|farmacia|escuela|primaria|kinder|kínder|mercado|carnicer[ií]a|tortiller[ií]a|gasolinera|banco|calle|[\p{Lu}][\p{Ll}]+)(?![\p{L}])`, 'gu');
const CLINICAL = /\b(?:nurse|doctor|doc|dr|clinic|hospital|pharmacy)\b/i;

function personToken(doc: Doc, start: number): boolean {
  const t = tokenStartingAt(doc, start);
  if (!t || ['Date', 'Place', 'Organization', 'Month', 'WeekDay'].some((g) => t.tags.has(g))) return false;
  // Mid-sentence, a capitalized word the NLP reads as a proper noun is a name ("to Marv from Marv's Diner").
  return t.tags.has('Person') || t.tags.has('FirstName') || (t.tags.has('ProperNoun') && t.start > (doc.sentenceAt(start)?.start ?? 0));
}

export function localPeople(doc: Doc): Subject[] {
  const out: Subject[] = [];
  for (const s of doc.sentences) {
    for (const re of [ONE_OFFICE, FROM_BUSINESS, FAMILY_CHILD, SPANISH]) {
      for (const m of s.text.matchAll(re)) {
        const start = s.start + m.index;
        // A capitalized word before "from" is a person only when it is a given name ("Marv from ...", not "Lunch from ...").
        const first = /^[\p{Lu}][\p{Ll}]+/u.exec(m[0])?.[0];
        // (Or one the NLP reads as a person; never a day or a place: "Thursday at the library".)
        if (re === FROM_BUSINESS && first && !/^(?:The|That|This)$/.test(first) && !isFirstName(nameKey(first)) && !personToken(doc, start)) continue;
        out.push({ kind: 'descriptor', hipaa: 'other-id', start, end: start + m[0].length, sentence: s.index, ...(CLINICAL.test(m[0]) ? { clinician: true } : {}) });
      }
    }
  }
  return out;
}
