// The learned second opinion: a linear model per category (trained by `npm run train` on the
// tuning writers' drafts) that raises a warning where the rules and detectors said nothing of
// that category and the model is confident. It points at the sentence whose features weighed
// most and names the words behind them.
import type { Doc } from '../doc';
import { debunksClaim } from '../detectors/medical-claims';
import type { Category, Finding } from '../types';
import type { Features } from './features';
import type { CategoryModel, ModelWeights } from './types';

const LABEL: Record<string, string> = {
  phi: 'patient privacy',
  defamation: 'a damaging claim about someone',
  'conflict-of-interest': 'an undisclosed connection',
  confidential: 'confidential information',
  crisis: 'an active crisis topic',
  'medical-claims': 'a health claim or personal medical advice',
  'brand-voice': 'the brand voice rules',
};

// A sentence that reports or debunks a health claim makes none, as the medical-claims detector
// reads it; the model weighs "cures" and the illness and cannot tell "be skeptical of" apart.
const DEBUNKS: Partial<Record<Category, (sentence: string) => boolean>> = { 'medical-claims': debunksClaim };

export function probability(model: CategoryModel, features: Features): number {
  let z = model.bias;
  for (const f of features.keys()) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The sentence whose features add most to the score, and the features that did. */
function strongestSentence(model: CategoryModel, features: Features): { sentence: number; top: string[] } {
  const bySentence = new Map<number, number>();
  for (const [f, sentences] of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (const s of sentences) if (s >= 0) bySentence.set(s, (bySentence.get(s) ?? 0) + w);
  }
  let sentence = 0;
  let best = -Infinity;
  for (const [s, v] of bySentence) if (v > best) [sentence, best] = [s, v];
  const top = [...features.entries()]
    .filter(([f, ss]) => ss.includes(sentence) && (model.weights[f] ?? 0) > 0 && /^[wbc]:/.test(f))
    .sort((a, b) => model.weights[b[0]] - model.weights[a[0]])
    .slice(0, 4)
    .map(([f]) => f.slice(2).replace('_', ' '));
  return { sentence, top };
}

/**
 * `threshold` gives the bar for a category from its trained threshold (the pack's sensitivity
 * moves it), or undefined where the second opinion must stay silent.
 */
export function secondOpinion(doc: Doc, features: Features, weights: ModelWeights, threshold: (c: Category, trained: number) => number | undefined): Finding[] {
  const out: Finding[] = [];
  for (const [category, model] of Object.entries(weights.categories) as [Category, CategoryModel][]) {
    const bar = threshold(category, model.threshold);
    if (bar === undefined || !doc.sentences.length) continue;
    const p = probability(model, features);
    if (p < bar) continue;
    const { sentence, top } = strongestSentence(model, features);
    const s = doc.sentences[sentence] ?? doc.sentences[0];
    const debunks = DEBUNKS[category];
    if (debunks?.(doc.text.slice(s.start, s.end))) continue;
    const cues = top.length ? ` What weighed most here: ${top.map((t) => `"${t}"`).join(', ')}.` : '';
    out.push({
      ruleId: `learned/${category}`,
      category,
      severity: 'warning',
      start: s.start,
      end: s.end,
      message: `This sentence reads like ${LABEL[category] ?? category} (a second opinion, no rule matched).`,
      explanation:
        `Guardrail's rules found nothing of this kind, but a model trained on many writers' labelled drafts is ${Math.round(p * 100)}% sure this draft raises ${LABEL[category] ?? category}.${cues} Read it again with that in mind.`,
      policy: { pack: 'healthcare-core', section: 'learned second opinion' },
      confidence: Math.round(p * 100) / 100,
      evidence: [{ start: s.start, end: s.end, kind: 'learned' }],
      fixes: [],
    });
  }
  return out;
}
