// The replacement frame: the reader urged to use a remedy in place of a medicine, or before one
// ("try it instead of metformin", "you should try beet juice before taking pills", "do the
// cleanse before you let your doctor put you on meds"). Offered so, the remedy is said to do
// the medicine's job. Read over the sentence's words, with a remedy named here or just before.
import type { DocSentence } from '../../doc';
import { MEDICINE } from '../../lexicons/policy/health-claims';
import { gated } from '../../text/regex-gate';

// An urging verb, then the remedy (a few words), then "instead of" or "before" a medicine is taken or started.
const INSTEAD = gated(
  new RegExp(
    String.raw`\b(?:try|use|take|do|eat|drink|get|start|switch to|go with|stick with)\b(?:\s+\S+){0,6}?\s+(?:instead of|rather than|before (?:taking|starting|going on|getting on|you (?:let|take|start|go on|try)|they put you on|reaching for))(?:\s+\S+){0,6}?\s+${MEDICINE}(?=\W|$)`,
    'iu',
  ),
);
// Said of a clinician's own plan or as a question ("ask whether you can try it instead of"), it is no urging.
const NOT_URGED = /\b(?:ask (?:your|ur|the)|talk (?:to|with)|check with|whether|if (?:your|ur) (?:doctor|doc|provider)|don't|do not|never)\b/i;

/** The span of a remedy urged in place of a medicine in one sentence, or none. */
export function insteadOfCare(s: DocSentence, remedyNear: boolean): { start: number; end: number }[] {
  if (!remedyNear || /\?\s*$/.test(s.text.trim()) || NOT_URGED.test(s.text)) return [];
  const m = INSTEAD.exec(s.text);
  return m ? [{ start: s.start + m.index, end: s.start + m.index + m[0].length }] : [];
}
