// Facts, cues and subjects looked up by sentence, built once per draft: the linking asks "what
// is in these few sentences" for every subject, and a scan of the whole list for each is
// quadratic on a long draft. Results keep the list's own order, as a filter of it would.

export class SentenceIndex<T extends { sentence: number }> {
  private readonly positions = new Map<number, number[]>();

  constructor(private readonly items: readonly T[]) {
    items.forEach((item, i) => {
      const list = this.positions.get(item.sentence);
      if (list) list.push(i);
      else this.positions.set(item.sentence, [i]);
    });
  }

  /** items.filter((x) => x.sentence === sentence) */
  at(sentence: number): T[] {
    return (this.positions.get(sentence) ?? []).map((i) => this.items[i]);
  }

  /** items.filter((x) => sentences.has(x.sentence)), in the list's order. */
  in(sentences: Iterable<number>): T[] {
    const found: number[] = [];
    let runs = 0;
    for (const s of new Set(sentences)) {
      const list = this.positions.get(s);
      if (!list) continue;
      for (const i of list) found.push(i);
      runs++;
    }
    if (runs > 1) found.sort((a, b) => a - b);
    return found.map((i) => this.items[i]);
  }
}
