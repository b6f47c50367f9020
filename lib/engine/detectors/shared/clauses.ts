// Clauses of a sentence, and the clause a marker governs. A word that cites, doubts or debunks
// ("according to the filing", "it's a myth that", "I'm skeptical") speaks for its own clause, not
// for the whole sentence: "stop the antibiotic, finishing the course is a myth" still advises.
import { scan } from './match';

// Where a new clause starts: a semicolon or a dash, a conjunction after a comma, a contrast, or
// "and" opening a new subject ("and there's no evidence ..."). A lead-in's comma ("According to the filing, they ...") is no break.
const CLAUSE_BREAK = /[;—–]|\s-\s|,\s*(?:and|but|plus|while|although|though|whereas|yet|so)\b|\s(?:but|although|though|whereas|yet)\s|\sand\s(?=(?:he|she|they|his|her|their|the|there|now|still|also|everyone|everybody)\b)/giu;
// A marker's scope is read finer: a bare comma or a colon also ends the clause it stands in
// ("finishing the course is a myth" after a comma is its own statement).
const SCOPE_BREAK = new RegExp(`${CLAUSE_BREAK.source}|[,:]`, 'giu');

export interface Span {
  start: number;
  end: number;
}

function spansBetween(text: string, re: RegExp): Span[] {
  const cuts = [0, ...[...text.matchAll(re)].map((m) => m.index), text.length];
  return cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1] })).filter((c) => c.end > c.start);
}

/** The clause of `text` (split at CLAUSE_BREAK) that holds offset `at`. */
export function clauseAround(text: string, at: number): Span {
  const all = spansBetween(text, CLAUSE_BREAK);
  return all.find((c) => c.start <= at && at < c.end) ?? all[all.length - 1] ?? { start: 0, end: text.length };
}

// What a marker clause may hold besides the marker and still be only a comment on a neighbour:
// anaphors, copulas, the writer, intensifiers ("that's a total myth", "I'm skeptical", "which is unproven").
const COMMENT_WORDS = /^(?:and|but|so|yet|though|although|while|plus|that|this|it|its|it's|that's|which|what|is|are|was|were|be|been|'s|a|an|the|whole|total|complete|utter|big|huge|pure|just|all|another|still|honestly|frankly|totally|completely|very|pretty|so|i|i'm|im|am|we|we're|me|personally|remain|stay|rather|quite|kinda|bit|little|for|of|about|on|any|at|least|yet|really|though|thing|one|claim|claims|idea|lol|imo|tbh|sorry|nope|no)$/i;
const WORD = /[\p{L}\p{N}'’]+/gu;
const DENIAL = /(?:^|[^\p{L}])(?:not|never|no)(?:[^\p{L}]|$)|n[’']t\b/iu;
const CONDITION = /^\W*(?:if|when|whenever|anytime|any time|once)\b/i;

/**
 * The spans that markers (found by `marker`) govern in `text`: the clause each stands in; all
 * that follows a colon after it ("Red flags: ..."); a condition just before it ("if a tea says
 * it cures X, be skeptical"). A marker clause that says nothing else ("that's a myth", "I'm
 * skeptical") comments on a neighbour: the clause after it when it opens the sentence, else the
 * clause before it, unless that one denies (then the denial is the writer's own claim).
 */
export function governedSpans(text: string, marker: RegExp): Span[] {
  const hits = scan(marker, text);
  if (!hits.length) return [];
  const parts = spansBetween(text, SCOPE_BREAK);
  const out: Span[] = [];
  for (const h of hits) {
    const i = parts.findIndex((p) => p.start <= h.start && h.start < p.end);
    if (i < 0) continue;
    // The marker may span a break ("claims that, ..."): its clause runs to the marker's end at least.
    const own = { start: parts[i].start, end: Math.max(parts[i].end, h.end) };
    out.push(own);
    const rest = text.slice(own.start, h.start) + ' ' + text.slice(h.end, own.end);
    // "If a supplement says it cures arthritis, be skeptical": the condition is what the marker is about.
    const condition = parts[i - 1] && CONDITION.test(text.slice(parts[i - 1].start, parts[i - 1].end));
    if (condition) out.push(parts[i - 1]);
    // "Red flags to watch for: ..., ..., and ...": a colon after the marker introduces all that follows.
    if (text[own.end] === ':') {
      out.push({ start: own.end, end: text.length });
      continue;
    }
    const bare = (rest.match(WORD) ?? []).every((w) => COMMENT_WORDS.test(w.replace('’', "'")));
    if (!bare || condition) continue;
    const introduces = i === 0;
    const neighbour = introduces ? parts[i + 1] : parts[i - 1];
    // "you don't need X, that's a myth": the comment sides with a denial (the myth is the need), which stands.
    if (neighbour && (introduces || !DENIAL.test(text.slice(neighbour.start, neighbour.end)))) out.push(neighbour);
  }
  return out;
}

/** Whether `span` starts inside one of the `spans` a marker governs. */
export function governed(spans: readonly Span[], span: Span): boolean {
  return spans.some((g) => g.start <= span.start && span.start < g.end);
}
