// Drafts the engine's Worker checks between real checks once a policy loads, before the first
// real draft: the first check of a session pays for V8 compiling the detectors' expressions (each
// keyed lexicon branch on its first use, the identifier patterns), compromise's first parses and
// the lexicons' decoding. These drafts differ, since per-sentence results are cached, and touch
// every detector: names, health words, claims, codes, links, hashtags.
export const WARM_UP_DRAFTS = [
  'Warming up: Mrs. Lee in room 4 had her surgery on June 3 and the new supplement cures arthritis with no side effects, says Dr. Ray at North Clinic. I work here, use my code SAVE20 at shop.example.com #ad #health',
  'Second pass: our nurse John Park (age 52) said the merger and the layoffs are confidential, the strike is rumored, and that doctor is a fraud who botched a case. Great care team, best hospital ever!!',
  'Third pass: call 555-201-3344 or email care@example.org about MRN 12345678; stop taking your insulin, the detox flushes toxins. Views are my own.',
];
// V8 compiles each regex again for two-byte text (any emoji makes a draft two-byte), and most
// posts have one: the same drafts again with an emoji in each sentence.
WARM_UP_DRAFTS.push(...WARM_UP_DRAFTS.map((d) => d.replace(/([.!?])(\s|$)/g, '$1 \u{1F642}$2')));
