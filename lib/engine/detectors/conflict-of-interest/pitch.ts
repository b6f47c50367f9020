// A pitch read from the sentence's tokens, weaker than a promotion: beside a stated tie it sells
// (the FTC's endorsement), alone it is a tip. Frames, whatever the product:
//   ask your clinician:  a verb of asking or telling aimed at the reader's clinician, a WordNet
//                        clinician or a specialist's short name ("talk to your neuro", "ask your
//                        pediatrician to write it"), or the thing "worth asking about";
//   everyone should:     a quantified reader who should, needs or must ("every CMO reading this
//                        should be piloting it", "any family should trust");
//   through the writer:  "DM me to book", "message me for the link";
//   go and do:           a clause opening on "go" or "come" and a verb ("go support them"), or on a
//                        verb of contact with a name ("talk to Summit", "call Harlan Concrete");
//   the best:            the thing or the reader is the best, #1 or the future ("you're the best in
//                        the business", "its the best", "it's the future of ..."), or the most
//                        anything the writer has seen, used or tried;
//   results sold:        "clinically proven", "guarantees".
import type { DocSentence, DocToken } from '../../doc';
import { verbLemma } from '../../nlp';
import { wordClasses } from '../../lexicons/wordnet';
import type { Hit } from '../shared/match';

/** Verbs of asking or telling someone. */
// Not "see" or "call your doctor": that is safety advice, not a pitch.
const ASK = new Set(['ask', 'talk', 'tell', 'text', 'message', 'email']);
/** Clinicians by their short names, which WordNet lacks. */
const CLINICIAN_SHORT = /^(?:doc|docs|doctor|neuro|endo|derm|pcp|ob|obgyn|cardio|ortho|gi|pharmacist|provider|np|pa|dentist|surgeon|therapist|pt|vet|midwife|pediatrician|peds)$/;
const clinician = (t: DocToken) => CLINICIAN_SHORT.test(t.normal) || /(?:ologist|iatrist|ician)s?$/.test(t.normal) || wordClasses(t.normal).includes('clinician');
/** A quantified reader: "every", "any", "all". */
const EVERY = /^(?:every|any|all|everyone|everybody|anyone|anybody)$/;
const MODAL = /^(?:should|needs|need|must|ought|gotta|has)$/;
/** Verbs of getting in touch with a business by name. */
const CONTACT = new Set(['call', 'contact', 'visit', 'see', 'talk', 'try', 'support', 'check']);
/** Verbs of getting or buying. */
const GET = new Set(['get', 'grab', 'buy', 'book', 'download', 'order', 'shop', 'sign', 'cop', 'snag']);
const COPULA = /^(?:is|are|'re|'s|its|it's|you're|they're|he's|she's|was|were)$/;
const SELLS = /^(?:clinically|guarantee|guarantees|guaranteed)$/;

const ends = (t: DocToken) => /[.!?;:,(]/.test(t.post) || /[-–—]\s*$/.test(t.post);

/** The pitches of one sentence. */
export function pitches(s: DocSentence): Hit[] {
  if (/\?\s*$/.test(s.text.trim())) return [];
  const toks = s.tokens;
  const out: Hit[] = [];
  const span = (a: number, b: number): Hit => ({ start: toks[a].start, end: toks[b].end, text: s.text.slice(toks[a].start - s.start, toks[b].end - s.start) });
  const opens = (i: number) => i === 0 || ends(toks[i - 1]) || /^(?:and|so|just|then|pls|please)$/.test(toks[i - 1].normal);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const lemma = t.tags.has('Verb') || opens(i) ? verbLemma(t) : t.normal;
    // "ask your neuro", "talk to your pediatrician", "tell ur doc you want it".
    if (ASK.has(lemma)) {
      let k = i + 1;
      if (toks[k]?.normal === 'to') k++;
      if (/^(?:your|ur|their|yer)$/.test(toks[k]?.normal ?? '')) {
        const who = toks.slice(k + 1, k + 3).findIndex(clinician);
        // Asked for or about something, or told what the reader wants: not "ask your surgeon or anesthesia team what to do".
        // Or the call ends there ("... still a solid pick, talk to your neuro"): what to ask for is the post's product.
        const last = toks[k + 1 + who];
        if (who >= 0 && (/^(?:for|about|if|you|u|to)$/.test(toks[k + 2 + who]?.normal ?? '') || (ends(last) && !/[,:(]/.test(last.post)) || k + 2 + who === toks.length)) {
          out.push(span(i, k + 1 + who));
          continue;
        }
      }
    }
    // "worth asking about", "worth asking your doctor about", "worth a try": the thing is worth the reader's asking or trying.
    if (t.normal === 'worth' && (/^(?:asking|trying|requesting|a)$/.test(toks[i + 1]?.normal ?? '')) && (toks[i + 1].normal !== 'a' || /^(?:try|shot)$/.test(toks[i + 2]?.normal ?? ''))) {
      out.push(span(i, i + 1));
      continue;
    }
    // "every CMO reading this should be piloting it", "any family should trust".
    if (EVERY.test(t.normal)) {
      const m = toks.slice(i + 1, i + 6).findIndex((x, k, a) => MODAL.test(x.normal) && !a.slice(0, k).some(ends) && (x.normal !== 'has' || a[k + 1]?.normal === 'to') && (x.normal !== 'need' && x.normal !== 'needs' || k > 0));
      if (m >= 0 && toks.slice(i + 1, i + 1 + m).some((x) => x.tags.has('Noun') || /^(?:one|body)$/.test(x.normal)) || (m >= 0 && /^(?:everyone|everybody|anyone|anybody)$/.test(t.normal))) {
        out.push(span(i, i + 1 + m));
        continue;
      }
    }
    // "DM me to book", "message me for the link".
    if (/^(?:dm|pm|message|inbox|hmu)$/.test(t.normal) && /^me$/.test(toks[i + 1]?.normal ?? '') && /^(?:to|for|and|if)$/.test(toks[i + 2]?.normal ?? '')) {
      out.push(span(i, i + 2));
      continue;
    }
    // "go support a local business", "come see us"; "talk to Summit Travel", "call Harlan Concrete".
    // Not "come see us" (a business's own voice) or "go say hi": the reader is sent to get or back something.
    if (opens(i) && t.normal === 'go' && toks[i + 1] && (CONTACT.has(verbLemma(toks[i + 1])) || GET.has(verbLemma(toks[i + 1])))) {
      out.push(span(i, i + 1));
      continue;
    }
    if (opens(i) && (CONTACT.has(lemma) || t.normal === 'go') && t.normal === lemma) {
      const k = toks[i + 1]?.normal === 'to' || toks[i + 1]?.normal === 'out' ? i + 2 : i + 1;
      if (t.normal === 'go' && k === i + 1) continue;
      if (toks[k] && /^\p{Lu}/u.test(toks[k].text) && !toks[k].tags.has('Pronoun') && !toks[k].tags.has('Person')) {
        out.push(span(i, k));
        continue;
      }
    }
    // "you're the best in the business", "its the best", "it's the future of", "is #1".
    if (COPULA.test(t.normal) && toks[i + 1]?.normal === 'the' && /^(?:best|future|greatest|goat)$/.test(toks[i + 2]?.normal ?? '') && !/^(?:part|way|thing|advice|we|i|practice|evidence|bet)$/.test(toks[i + 3]?.normal ?? '')) {
      out.push(span(i, i + 2));
      continue;
    }
    if (COPULA.test(t.normal) && /^#1$|^#?1$/.test(toks[i + 1]?.text.replace(/[!.]+$/, '') ?? '')) {
      out.push(span(i, i + 1));
      continue;
    }
    // "the most intuitive platform I have seen", "the best one I've tried".
    if ((t.tags.has('Superlative') || t.normal === 'most' || t.normal === 'best') && toks[i - 1]?.normal === 'the') {
      // Of products only: what the writer has seen, used, tried or bought, not "watched" or "worked with".
      const j = toks.slice(i + 1, i + 6).findIndex((x, k, a) => /^(?:i|i've|ive)$/.test(x.normal) && toks.slice(i + 2 + k, i + 5 + k).some((y) => /^(?:seen|used|tried|bought|owned)$/.test(y.normal)) && !a.slice(0, k).some(ends));
      if (j >= 0) {
        out.push(span(i, i + 2 + j));
        continue;
      }
    }
    // "clinically proven to boost focus", "guarantees your kiddo will talk".
    if (SELLS.test(t.normal) && (t.normal !== 'clinically' || /^(?:proven|tested|shown)$/.test(toks[i + 1]?.normal ?? ''))) out.push(span(i, Math.min(toks.length - 1, i + 1)));
  }
  return out;
}
