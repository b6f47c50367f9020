// The threshold choice of `npm run train`: the learned second opinion speaks only at a bar where,
// on writers it never saw, its added warnings are nearly always right and touch almost no clean
// draft. Small synthetic out-of-fold predictions, made up for these tests.
import { describe, expect, it } from 'vitest';
import { chooseThresholds, f1, roundFolds, type Calibration, type Outcome } from '../../../lib/cli/train/cross-validate';
import { vocabulary } from '../../../lib/cli/train/logistic';

const CAL: Calibration = { minPrecision: 0.9, maxCleanAdded: 0.01, minGain: 0.003 };

/** `n` drafts alike: risky ones the rules missed, clean ones, or ones the rules flagged. */
const many = (n: number, o: Partial<Outcome> & { p: number }): Outcome[] =>
  Array.from({ length: n }, () => ({ want: false, rule: false, silent: false, clean: false, ...o }));
const missed = (n: number, p: number) => many(n, { want: true, p });
const clean = (n: number, p: number) => many(n, { clean: true, p });
const caught = (n: number) => many(n, { want: true, rule: true, p: 0.99 });

/** One category alone, with a whole-model budget that does not bind: its own calibration decides. */
const chooseThreshold = (data: Outcome[], c: Calibration) => chooseThresholds({ a: data }, { ...c, maxCleanTotal: 1 }).a;

describe('the calibration of one category', () => {
  it('speaks down to where its added warnings stop being right nine times in ten', () => {
    const data = [...caught(50), ...missed(30, 0.8), ...missed(10, 0.5), ...clean(10, 0.45), ...clean(900, 0.05)];
    const choice = chooseThreshold(data, CAL);
    // At 0.5 it adds 40 right and none wrong; at 0.45 ten clean drafts come in.
    expect(choice.threshold).toBe(0.5);
    expect(choice.added).toEqual({ tp: 40, fp: 0 });
    expect(choice.withModel).toEqual({ tp: 90, fp: 0, fn: 0 });
    expect(f1(choice.rules)).toBeLessThan(f1(choice.withModel));
  });

  it('has no floor of its own: a low probability that is reliably right is a fine bar', () => {
    const data = [...caught(20), ...missed(20, 0.3), ...clean(500, 0.1)];
    expect(chooseThreshold(data, CAL).threshold).toBe(0.3);
  });

  it('stays off when its confident warnings are wrong too often', () => {
    const data = [...caught(50), ...missed(8, 0.9), ...clean(2, 0.95), ...clean(500, 0.05)];
    const choice = chooseThreshold(data, { ...CAL, maxCleanAdded: 1 });
    expect(choice.threshold).toBe(Infinity);
    expect(choice.withModel).toEqual(choice.rules);
    expect(choice.added).toEqual({ tp: 0, fp: 0 });
  });

  it('counts one wrong warning more than seen, so a few lucky hits do not pass', () => {
    expect(chooseThreshold([...caught(10), ...missed(5, 0.9), ...clean(100, 0.1)], CAL).threshold).toBe(Infinity);
    expect(chooseThreshold([...caught(10), ...missed(9, 0.9), ...clean(100, 0.1)], CAL).threshold).toBe(0.9);
  });

  it('keeps the share of clean drafts it warns under the cap even when precision would allow more', () => {
    // 200 right and 3 clean wrong at 0.7 passes the precision floor, but 3 of 100 clean drafts is 3%.
    const data = [...caught(10), ...missed(100, 0.9), ...missed(100, 0.7), ...clean(3, 0.75), ...clean(97, 0.1)];
    const choice = chooseThreshold(data, CAL);
    expect(choice.threshold).toBe(0.9);
    expect(choice.cleanAdded).toBe(0);
  });

  it('never speaks where the rules cleared the category, nor counts what the rules already flagged', () => {
    const data = [...caught(10), ...many(20, { clean: true, silent: true, p: 0.99 }), ...missed(20, 0.8), ...many(5, { rule: true, clean: true, p: 0.99 })];
    const choice = chooseThreshold(data, CAL);
    expect(choice.threshold).toBe(0.8);
    expect(choice.added).toEqual({ tp: 20, fp: 0 });
    expect(choice.cleanAdded).toBe(0);
    expect(choice.rules).toEqual({ tp: 10, fp: 5, fn: 20 });
  });

  it('stays off when what it adds does not raise F1 by the minimum gain', () => {
    const data = [...caught(1000), ...missed(10, 0.9), ...clean(100, 0.1)];
    expect(chooseThreshold(data, { ...CAL, minGain: 0.05 }).threshold).toBe(Infinity);
  });
});

describe('chooseThresholds: one clean budget for the whole model', () => {
  // 1000 clean drafts and a budget of 0.3 points: three clean drafts warned in all, before a margin.
  const BUDGET: Calibration = { ...CAL, maxCleanAdded: 0.01, maxCleanTotal: 0.003, cleanMargin: 1 };
  const quiet = clean(1000, 0.05);
  /** A category whose model reaches `right` missed drafts at 0.9, and `wrong` clean drafts at `pWrong` with `more` missed drafts beside them. */
  const category = (right: number, wrong: number, more: number, pWrong = 0.6) => [...caught(20), ...missed(right, 0.9), ...missed(more, pWrong), ...clean(wrong, pWrong), ...quiet];

  it('lets each category spend clean drafts while the sum stays in budget', () => {
    const choices = chooseThresholds({ a: category(30, 1, 40), b: category(30, 1, 40) }, BUDGET);
    // Each spends one clean draft for 40 more right warnings: two in all, within three.
    expect(choices.a.threshold).toBe(0.6);
    expect(choices.b.threshold).toBe(0.6);
    expect(choices.a.cleanCount + choices.b.cleanCount).toBe(2);
  });

  it('spends the budget where it buys the most right warnings, and keeps the others to their clean-free bar', () => {
    const choices = chooseThresholds({ a: category(30, 2, 40), b: category(30, 2, 10), c: category(30, 2, 30) }, BUDGET);
    const spent = Object.values(choices).reduce((n, c) => n + c.cleanCount, 0);
    expect(spent).toBeLessThanOrEqual(3);
    expect(choices.a.threshold).toBe(0.6);
    expect(choices.b.threshold).toBe(0.9);
    expect(choices.c.threshold).toBe(0.9);
  });

  it('divides the budget by the margin that new writers showed over cross-validation', () => {
    const data = { a: category(30, 1, 40), b: category(30, 1, 40) };
    const choices = chooseThresholds(data, { ...BUDGET, cleanMargin: 4 });
    // 3 / 4 rounds down to no clean draft at all: both keep the bar that warns none.
    expect(choices.a.threshold).toBe(0.9);
    expect(choices.b.threshold).toBe(0.9);
  });

  it('turns a category off rather than break the per-category calibration', () => {
    const choices = chooseThresholds({ a: [...caught(50), ...missed(8, 0.9), ...clean(2, 0.95), ...quiet] }, BUDGET);
    expect(choices.a.threshold).toBe(Infinity);
  });
});

describe('roundFolds', () => {
  it('holds out a later round as one fold, deals the first writers into a few folds, and keeps other groups apart', () => {
    const rounds = new Map([['w01', 0], ['w02', 0], ['w03', 0], ['w04', 1], ['w05', 1], ['w06', 2]]);
    const folds = roundFolds(['w01', 'w02', 'w03', 'w04', 'w05', 'w06', 'shared-dev'], rounds, 2);
    expect(folds.get('w04')).toBe(folds.get('w05'));
    expect(folds.get('w06')).not.toBe(folds.get('w04'));
    expect(folds.get('w01')).toBe(folds.get('w03'));
    expect(folds.get('w02')).not.toBe(folds.get('w01'));
    expect(folds.get('shared-dev')).toBe('shared-dev');
    expect(new Set(folds.values()).size).toBe(5);
  });
});

describe('vocabulary: the writer floor', () => {
  it('keeps a feature only when enough writers used it, however often one writer did', () => {
    const ex = (group: string, ...features: string[]) => ({ features, label: false, group });
    const data = [ex('w1', 'mine', 'shared'), ex('w1', 'mine', 'shared'), ex('w1', 'mine'), ex('w2', 'shared', 'two'), ex('w3', 'shared', 'two')];
    expect(vocabulary(data, 2, 3).sort()).toEqual(['shared']);
    expect(vocabulary(data, 2, 2).sort()).toEqual(['shared', 'two']);
    expect(vocabulary(data, 2, 1).sort()).toEqual(['mine', 'shared', 'two']);
  });
});
