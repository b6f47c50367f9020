// Front coding for sorted lists of [a-z] keys: each entry is one digit (how many leading letters
// it shares with the previous key, at most 9) followed by the rest of its letters. A sorted
// name list shrinks to roughly half its plain size, and decoding is one linear pass.

/** The lookup key of a name: lower case, accents stripped, only the letters a-z ("O'Brien" -> "obrien"). */
export function nameKey(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '');
}

export function encodeSorted(keys: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const key of keys) {
    let shared = 0;
    while (shared < 9 && shared < prev.length && shared < key.length && prev[shared] === key[shared]) shared++;
    out += String(shared) + key.slice(shared);
    prev = key;
  }
  return out;
}

export function decodeToSet(encoded: string): Set<string> {
  const set = new Set<string>();
  let prev = '';
  let i = 0;
  while (i < encoded.length) {
    const shared = encoded.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < encoded.length) {
      const c = encoded.charCodeAt(j);
      if (c >= 48 && c <= 57) break;
      j++;
    }
    prev = prev.slice(0, shared) + encoded.slice(i + 1, j);
    set.add(prev);
    i = j;
  }
  return set;
}

/**
 * The keys of a front-coded list as a set decoded a first letter at a time, on the first look-up
 * of a key with that letter: a draft's words need a few letters of the 50,000 names (issue 16).
 * A key that shares nothing with the one before ("0...") starts the next letter's run.
 */
export function lazySet(encoded: string): { has(key: string): boolean } {
  const runs = new Map<string, Set<string> | [number, number][]>();
  for (let from = 0; from < encoded.length; ) {
    let to = encoded.indexOf('0', from + 1);
    if (to < 0) to = encoded.length;
    const letter = encoded[from + 1];
    const known = runs.get(letter) as [number, number][] | undefined;
    if (known) known.push([from, to]);
    else runs.set(letter, [[from, to]]);
    from = to;
  }
  return {
    has(key) {
      let keys = runs.get(key[0]);
      if (!keys) return false;
      if (!(keys instanceof Set)) {
        keys = new Set(keys.flatMap(([from, to]) => [...decodeToSet(encoded.slice(from, to))]));
        runs.set(key[0], keys);
      }
      return keys.has(key);
    },
  };
}
