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
