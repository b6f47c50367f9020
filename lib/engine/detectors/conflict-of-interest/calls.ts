// Promotion read from the sentence's structure rather than set phrases:
//   a call to act: a clause that opens on a verb of acquiring or choosing, aimed at a product
//                  ("Grab some!", "order one today", "Pick one up!", "bring it up at your next visit");
//   a superlative with its field: the best, smartest or softest one out there, available, on the
//                  market, or that the writer has ever had ("the smartest monitor out there");
//   nothing beats it: "nothing touches it", "nothing compares to them".
import type { DocSentence, DocToken } from '../../doc';
import { verbLemma } from '../../nlp';
import type { Hit } from '../shared/match';

/** Verbs of acquiring or choosing a product. */
const CALL = new Set(['grab', 'buy', 'order', 'try', 'book', 'download', 'pick', 'switch', 'choose', 'shop', 'snag', 'get', 'bring', 'stock']);
/** What a call points at: the product, a unit of it, or the writer's recommendation. */
const AIMED = /^(?:one|ones|some|it|them|yours|this|these|those|a|pair|box|bottle|jar|up|now|today|asap)$/i;
/** Words that may open a clause before its verb ("so grab one", "just try it", "go get some"). */
const OPENERS = /^(?:so|just|go|seriously|honestly|and|then|definitely|def|please|pls|y'all|yall|everyone|everybody|friends|folks)$/i;
/** Where a superlative's field is named: the market, the writer's experience. */
const FIELD = /^(?:there|available|anywhere|around|market|ever|money|period|hands)$/i;
/** "nothing touches it": every rival falls short. */
const BEATS = new Set(['touch', 'beat', 'compare', 'come', 'top', 'match']);

const ends = (t: DocToken) => /[.!?;:,]/.test(t.post) || /[-–—]\s*$/.test(t.post);

/** Calls, superlatives of a product, and "nothing beats it" in one sentence. */
export function structuralPromotion(s: DocSentence): Hit[] {
  if (/\?\s*$/.test(s.text.trim())) return [];
  const toks = s.tokens;
  const out: Hit[] = [];
  const span = (a: number, b: number): Hit => ({ start: toks[a].start, end: toks[b].end, text: s.text.slice(toks[a].start - s.start, toks[b].end - s.start) });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // The clause opens here, perhaps after an opener: "Grab some!", "so just order one".
    let k = i;
    while (k > 0 && OPENERS.test(toks[k - 1].normal) && !ends(toks[k - 1])) k--;
    const opens = k === 0 || ends(toks[k - 1]);
    if (opens && CALL.has(verbLemma(t)) && t.normal === verbLemma(t)) {
      const next = toks[i + 1];
      if (next && AIMED.test(next.normal) && !/^(?:a)$/i.test(t.normal)) {
        out.push(span(i, i + 1));
        continue;
      }
    }
    if (t.tags.has('Superlative') || t.normal === 'best' || (t.normal === 'most' && toks[i + 1]?.tags.has('Adjective'))) {
      const j = toks.slice(i + 1, i + 7).findIndex((x) => FIELD.test(x.normal));
      const field = j >= 0 ? toks[i + 1 + j] : undefined;
      // "out there", "on the market", "I've ever had", "money can buy", "hands down"; not "the best part".
      if (field && !toks.slice(i, i + 1 + j).some((x, m) => m > 0 && ends(toks[i + m - 1])) && fieldReads(toks, i + 1 + j)) {
        out.push(span(i, i + 1 + j));
        continue;
      }
    }
    if (t.normal === 'nothing' && toks[i + 1] && BEATS.has(verbLemma(toks[i + 1]))) {
      const j = toks.slice(i + 2, i + 5).findIndex((x) => /^(?:it|them|this|these|that|their|close)$/i.test(x.normal));
      if (j >= 0) out.push(span(i, i + 2 + j));
    }
  }
  return out;
}

/** The field word in its phrase: "out there", "on the market", "I've ever", "money can buy", "hands down". */
function fieldReads(toks: readonly DocToken[], j: number): boolean {
  const w = toks[j].normal;
  const prev = toks[j - 1]?.normal ?? '';
  const next = toks[j + 1]?.normal ?? '';
  if (w === 'there') return prev === 'out';
  if (w === 'market') return prev === 'the' && toks[j - 2]?.normal === 'on';
  if (w === 'ever') return /^(?:i|i've|i'd|ive|have|had|we've)$/.test(prev) || /^(?:i|i've|ive|we)$/.test(toks[j - 2]?.normal ?? '');
  if (w === 'money') return next === 'can';
  if (w === 'hands') return next === 'down';
  return true;
}
