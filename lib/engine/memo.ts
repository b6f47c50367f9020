// A bounded memo for pure functions of a string: the oldest entry goes first when it is full.
// Lines, sentences and expressions come back on every check, so their results are kept.

export function boundedMemo<T>(size: number, compute: (key: string) => T): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(key);
      if (kept.size >= size) kept.delete(kept.keys().next().value!);
      kept.set(key, value);
    }
    return value;
  };
}
