// The trainer's keyboard: the page can be driven from a presentation clicker or a keyboard
// without touching the mouse. Keys typed into the editor stay the editor's (Escape leaves it).
import { useEffect, useRef } from 'react';
import type { Verdict } from './deck';

export interface TrainerActions {
  next(): void;
  previous(): void;
  reveal(): void;
  /** Space: reveal the card, or go on to the next once revealed. */
  advance(): void;
  answer(v: Verdict): void;
  presenter(): void;
  mode(index: number): void;
  finding(delta: number): void;
  editor(): void;
  help(): void;
}

export const KEYS: [string, string][] = [
  ['→ / PageDown', 'next card'],
  ['← / PageUp', 'previous card'],
  ['Space', 'reveal, then next card'],
  ['R', 'reveal the lesson'],
  ['Y / N', 'quiz: would post / would not post'],
  ['] / [', 'open the next / previous finding'],
  ['P', 'presenter mode'],
  ['1 2 3', 'practice, deck, quiz'],
  ['E', 'type in the editor (Escape to leave it)'],
  ['?', 'this help'],
];

/** Where keys belong to a control, not to the trainer. */
function ownsKeys(t: EventTarget | null): boolean {
  return t instanceof HTMLTextAreaElement || t instanceof HTMLInputElement || t instanceof HTMLSelectElement || (t instanceof Element && t.localName === 'guardrail-ui');
}

export function useTrainerKeys(actions: TrainerActions): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (ownsKeys(e.target)) {
        if (e.key === 'Escape' && e.target instanceof HTMLElement) e.target.blur();
        return;
      }
      // A focused button keeps Space and Enter for itself.
      if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
      const a = ref.current;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const run: Record<string, () => void> = {
        ArrowRight: a.next,
        PageDown: a.next,
        ArrowLeft: a.previous,
        PageUp: a.previous,
        ' ': a.advance,
        r: a.reveal,
        y: () => a.answer('post'),
        n: () => a.answer('rethink'),
        p: a.presenter,
        '1': () => a.mode(0),
        '2': () => a.mode(1),
        '3': () => a.mode(2),
        ']': () => a.finding(1),
        '[': () => a.finding(-1),
        e: a.editor,
        '?': a.help,
      };
      const action = run[key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
