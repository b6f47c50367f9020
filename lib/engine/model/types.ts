// The learned second opinion's weights, as `npm run train` writes them (lib/engine/model/weights.json).
export interface CategoryModel {
  bias: number;
  /** Probability at or above which the model raises a warning (chosen on held-out writers). */
  threshold: number;
  /** Feature -> weight; features absent here weigh nothing. */
  weights: Record<string, number>;
}

export interface ModelWeights {
  version: number;
  /** How and on what it was trained, for the README and the note. */
  trainedOn: string;
  categories: Record<string, CategoryModel>;
}
