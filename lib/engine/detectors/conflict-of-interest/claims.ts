// A product's health claim as its promotion: beside a stated tie ("Pharmacor took us to dinner"),
// saying what the product cures, stops or prevents ("this drug STOPS migraines before they start",
// "it literally catches every heart attack", "previenen la influenza") sells it as surely as "try
// it". Read with the medical-claims efficacy frames (English and Spanish), where the pack's
// products and partners' products are remedies.
import type { Doc } from '../../doc';
import { efficacyClaims, type Spans } from '../medical-claims/efficacy';
import { spanishClaims } from '../medical-claims/spanish';
import type { Hit } from '../shared/match';

/** Efficacy claims anywhere in the draft, with `products` (the pack's names found in it) counted as remedies. */
export function productClaims(doc: Doc, products: Spans): Hit[] {
  const out: Hit[] = [];
  for (const s of doc.sentences) {
    for (const c of efficacyClaims(s, { remedyInDoc: true, remedyNear: true }, products)) {
      if (c.kind === 'efficacy') out.push({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) });
    }
    for (const c of spanishClaims(s, false, true)) if (c.kind === 'efficacy') out.push({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) });
  }
  return out;
}
