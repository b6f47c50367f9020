// How a pack's `sensitivity` (low, medium, high) moves a detector's bar. Detectors give each
// finding a confidence (hedged readings sit below 0.8); low keeps only the sure ones, high lets
// the learned second opinion speak when less sure. Medium is the setting everything is tuned at.
import type { DetectorConfig } from './policy';

type Sensitivity = DetectorConfig['sensitivity'];

/** The least confidence a detector's finding needs to be raised at this sensitivity. */
const FLOOR: Record<Sensitivity, number> = { low: 0.8, medium: 0, high: 0 };

/** How far the trained threshold of the second opinion moves, and the bounds it stays within. */
const LEARNED_SHIFT: Record<Sensitivity, number> = { low: 0.1, medium: 0, high: -0.1 };
const LEARNED_MIN = 0.5;
const LEARNED_MAX = 0.95;

export function raisedAt(sensitivity: Sensitivity, confidence: number): boolean {
  return confidence >= FLOOR[sensitivity];
}

export function learnedThreshold(sensitivity: Sensitivity, trained: number): number {
  if (sensitivity === 'medium') return trained;
  // The bounds hold the shift in, never move a calibrated threshold that already lies outside them.
  return Math.min(Math.max(LEARNED_MAX, trained), Math.max(Math.min(LEARNED_MIN, trained), trained + LEARNED_SHIFT[sensitivity]));
}
