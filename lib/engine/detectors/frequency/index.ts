// The frequency guardrail: a pack may ask people not to post more than N times a day on a site
// (detectors: { frequency: { maxPostsPerDay: 5 } }). The engine stays pure: how many posts
// went out today comes in with the check (CheckOptions.postsToday), counted from the event log.
import type { Detector } from '../../policy';
import { makeFinding } from '../shared/finding';

export const frequency: Detector = {
  id: 'frequency',
  category: 'quality',
  run(doc, config) {
    const max = config.maxPostsPerDay;
    const posted = doc.postsToday;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 0 || posted === undefined) return [];
    // This draft would be post number posted + 1.
    if (posted < max || !doc.sentences.length) return [];
    // Anchored on the first sentence: the whole draft is the subject, but one underline is enough.
    const { start, end } = doc.sentences[0];
    const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
    return [
      makeFinding(config, {
        ruleId: 'frequency/posts-per-day',
        category: 'quality',
        severity: 'warning',
        start,
        end,
        message: `You have posted ${times(posted)} on this site today`,
        explanation: `Your organization's policy suggests posting at most ${times(max)} a day on one site: frequent posts crowd followers' feeds and are more often written in a hurry. Consider scheduling this one for tomorrow.`,
        confidence: 1,
        evidence: [{ start, end, kind: 'posts-today' }],
      }),
    ];
  },
};
