// The pieces of `npm run train` that an experiment reuses: the labelled rows (features of every
// tuning and shared-dev draft), out-of-fold probabilities (each group scored by a model that
// never saw it) and the threshold choice on them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker } from '../../engine/checker';
import { corpus, sharedDev, type Draft } from '../corpus';
import { compileStack, loadStack } from '../packs';
import { predict, prune, trainLogistic, type Example } from './logistic';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../../..');

export interface Row { draft: Draft; group: string; features: string[]; flagged: Set<string>; cleared: Set<string> }

/** Weights kept per category (the largest): the shipped weights stay under 300 KB. */
export const KEEP = 1000;
/** The most the model may add to the share of clean drafts warned, per category. */
const CLEAN_BUDGET = 0.006;
/** The model raises a warning only when at least this sure: a second opinion speaks when confident. */
const MIN_CONFIDENCE = 0.6;

export function rows(): Row[] {
  const policy = compileStack(loadStack([path.join(ROOT, 'policies/examples/riverbend.yaml')], true));
  policy.model = null;
  const checker = createChecker(policy);
  const drafts: [Draft, string][] = [...corpus('tuning').map((d): [Draft, string] => [d, d.writer ?? d.id.slice(0, 3)]), ...sharedDev().map((d): [Draft, string] => [d, 'shared-dev'])];
  return drafts.map(([draft, group]) => {
    const r = checker.features(draft.text, { platform: draft.platform, author: draft.author });
    return { draft, group, features: [...r.features.keys()], flagged: r.flagged, cleared: r.cleared };
  });
}

export const examples = (rs: readonly Row[], category: string): Example[] => rs.map((r) => ({ features: r.features, label: r.draft.labels.includes(category as never) }));

/** Each row's probability from a model trained without its fold (`foldOf` a group; by default the group itself). */
export function outOfFold(data: readonly Row[], category: string, foldOf: (group: string) => string = (g) => g): number[] {
  const oof = new Array<number>(data.length).fill(0);
  for (const fold of new Set(data.map((r) => foldOf(r.group)))) {
    const m = prune(trainLogistic(examples(data.filter((r) => foldOf(r.group) !== fold), category)), KEEP);
    data.forEach((r, i) => { if (foldOf(r.group) === fold) oof[i] = predict(m, r.features); });
  }
  return oof;
}

const f1 = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

export interface Choice { threshold: number; base: number; best: number; cleanAdded: number }

export function chooseThreshold(data: readonly Row[], category: string, oof: readonly number[]): Choice {
  const want = data.map((r) => r.draft.labels.includes(category as never));
  const rule = data.map((r) => r.flagged.has(category));
  const silent = data.map((r) => r.cleared.has(category));
  const clean = data.filter((r) => r.draft.labels.length === 0).length;
  const score = (t: number) => {
    let tp = 0, fp = 0, fn = 0, cleanAdded = 0;
    data.forEach((r, i) => {
      const has = rule[i] || (!silent[i] && oof[i] >= t);
      if (want[i] && has) tp++;
      else if (has) { fp++; if (!rule[i] && r.draft.labels.length === 0) cleanAdded++; }
      else if (want[i]) fn++;
    });
    return { f: f1(tp, fp, fn), cleanAdded: cleanAdded / Math.max(1, clean) };
  };
  const base = score(Infinity).f;
  let best: Choice = { threshold: Infinity, base, best: base, cleanAdded: 0 };
  for (let t = MIN_CONFIDENCE; t < 1; t += 0.01) {
    const th = Number(t.toFixed(2));
    const s = score(th);
    if (s.cleanAdded <= CLEAN_BUDGET && s.f > best.best + 0.003) best = { threshold: th, base, best: s.f, cleanAdded: s.cleanAdded };
  }
  return best;
}
