// Logistic regression on sparse binary features: full-batch gradient descent with Adam and an
// L2 penalty. Small data (a few thousand drafts), so simple and exact beats clever.
export interface Example { features: readonly string[]; label: boolean; weight?: number; /** Who wrote it: the writer floor counts these. */ group?: string }
export interface Trained { bias: number; weights: Map<string, number> }

export interface TrainOptions {
  epochs?: number; l2?: number; rate?: number; positiveWeight?: number;
  /** Drafts a feature must occur in to get a weight. */
  minCount?: number;
  /** Groups (writers) a feature must occur in to get a weight: a word only one or two writers use is their style, not the category's. */
  minGroups?: number;
}

/** The features that occur in at least `minCount` examples and in the examples of at least `minGroups` groups. */
export function vocabulary(examples: readonly Example[], minCount: number, minGroups: number): string[] {
  const counts = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const f of new Set(e.features)) {
      counts.set(f, (counts.get(f) ?? 0) + 1);
      if (minGroups > 1) {
        const g = groups.get(f) ?? groups.set(f, new Set()).get(f)!;
        g.add(e.group ?? '');
      }
    }
  }
  return [...counts].filter(([f, c]) => c >= minCount && (minGroups <= 1 || groups.get(f)!.size >= minGroups)).map(([f]) => f);
}

export function trainLogistic(examples: readonly Example[], o: TrainOptions = {}): Trained {
  const epochs = o.epochs ?? 300, l2 = o.l2 ?? 3e-3, rate = o.rate ?? 0.05;
  const vocab = new Map<string, number>();
  for (const f of vocabulary(examples, o.minCount ?? 2, o.minGroups ?? 1)) vocab.set(f, vocab.size);
  const rows = examples.map((e) => Int32Array.from(e.features.filter((f) => vocab.has(f)).map((f) => vocab.get(f)!)));
  const n = vocab.size + 1; // last slot: the bias
  const w = new Float64Array(n), m = new Float64Array(n), v = new Float64Array(n), g = new Float64Array(n);
  const positives = examples.filter((e) => e.label).length;
  const pw = o.positiveWeight ?? Math.min(4, Math.max(1, (examples.length - positives) / Math.max(1, positives) / 2));
  const total = examples.reduce((a, e) => a + (e.weight ?? 1) * (e.label ? pw : 1), 0);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    g.fill(0);
    examples.forEach((e, i) => {
      let z = w[n - 1];
      for (const k of rows[i]) z += w[k];
      const p = 1 / (1 + Math.exp(-z));
      const d = ((p - (e.label ? 1 : 0)) * (e.weight ?? 1) * (e.label ? pw : 1)) / total;
      for (const k of rows[i]) g[k] += d;
      g[n - 1] += d;
    });
    for (let k = 0; k < n - 1; k++) g[k] += l2 * w[k];
    for (let k = 0; k < n; k++) {
      m[k] = 0.9 * m[k] + 0.1 * g[k];
      v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k];
      const mh = m[k] / (1 - 0.9 ** epoch), vh = v[k] / (1 - 0.999 ** epoch);
      w[k] -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const weights = new Map<string, number>();
  for (const [f, k] of vocab) weights.set(f, w[k]);
  return { bias: w[n - 1], weights };
}

export function predict(model: Trained, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Keeps the `keep` weights of largest magnitude: what ships must stay small. */
export function prune(model: Trained, keep: number): Trained {
  const top = [...model.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, keep);
  return { bias: model.bias, weights: new Map(top) };
}
