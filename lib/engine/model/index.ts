// The shipped weights of the learned second opinion (written by `npm run train`).
import type { ModelWeights } from './types';
import weights from './weights.json';

export const SECOND_OPINION = weights as ModelWeights;
export type { ModelWeights } from './types';
