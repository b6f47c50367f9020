import { describe, expect, it } from 'vitest';
import { combineEdits } from '../../../lib/dom/replace';

describe('combineEdits', () => {
  const text = 'Our diabetics and addicts matter.';

  it('turns one edit into itself', () => {
    expect(combineEdits(text, [{ start: 4, end: 13, text: 'people with diabetes' }])).toEqual({ start: 4, end: 13, text: 'people with diabetes' });
  });

  it('merges several edits into one replacement (one undo step) keeping the text between them', () => {
    const edits = [
      { start: 18, end: 25, text: 'people with a substance use disorder' },
      { start: 4, end: 13, text: 'people with diabetes' },
    ];
    const r = combineEdits(text, edits);
    const applied = text.slice(0, r.start) + r.text + text.slice(r.end);
    expect(applied).toBe('Our people with diabetes and people with a substance use disorder matter.');
    expect([r.start, r.end]).toEqual([4, 25]);
  });

  it('appends at the end when the edit is an insertion there', () => {
    const r = combineEdits(text, [{ start: text.length, end: text.length, text: ' #ad' }]);
    expect(text.slice(0, r.start) + r.text + text.slice(r.end)).toBe(`${text} #ad`);
  });
});
