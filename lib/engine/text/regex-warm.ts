// A new regular expression is compiled once, to native code (issue 16, item 4). V8 runs a new
// expression first in its bytecode interpreter and compiles it to native code on its next run;
// for the engine's /u and /iu expressions (Unicode classes, look-arounds on \p{L}) the bytecode
// step, with its peephole pass, costs more than the native compile, and most expressions run
// again on the next sentence anyway. V8 skips that step when the first subject is at least 1,000
// characters long (JSRegExp::kTierUpForSubjectLengthValue), so the scanning helpers run each new
// expression once on such a filler, which no expression here matches (measured: the first
// check's own time 395 -> 280 ms). Elsewhere it costs one search of the filler.

export const FILLER = '\u0001'.repeat(1000);
const done = new WeakSet<RegExp>();
// By flags and source as well: V8 shares one compiled expression among a regex's copies (such
// as the one matchAll makes), so a copy needs no filler.
const sources = new Set<string>();

/** Compiles `re` to native code on its first call (see above); the same answer either way. */
export function warm(re: RegExp): void {
  if (done.has(re)) return;
  done.add(re);
  // An expression with its own exec (a keyed alternation, keyed.ts; a gated one, regex-gate.ts)
  // compiles its parts, or itself once its gate lets a text through, itself.
  if (re.exec !== RegExp.prototype.exec) return;
  const key = `${re.flags}/${re.source}`;
  if (sources.has(key)) return;
  sources.add(key);
  const at = re.lastIndex;
  re.lastIndex = 0;
  re.exec(FILLER);
  re.lastIndex = at;
}
