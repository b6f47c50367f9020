// The large editor of the training page, with the in-page overlay drawn over it.
import { useEffect, useRef } from 'react';
import type { Finding } from '../../lib/engine/types';
import { LiveOverlay, type CheckContext } from './live-overlay';

export interface LiveEditorProps {
  context: CheckContext | undefined;
  /** The text to show; changing `textKey` replaces what is in the editor with it. */
  text: string;
  textKey: string;
  onFindings(findings: Finding[]): void;
  /** Receives the overlay, so the trainer's keys can step through its cards. */
  overlayRef?: (overlay: LiveOverlay | undefined) => void;
}

export function LiveEditor({ context, text, textKey, onFindings, overlayRef }: LiveEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const overlay = useRef<LiveOverlay>(undefined);
  const report = useRef(onFindings);
  report.current = onFindings;

  useEffect(() => {
    const o = new LiveOverlay(area.current!, (f) => report.current(f));
    overlay.current = o;
    overlayRef?.(o);
    return () => {
      overlayRef?.(undefined);
      o.destroy();
    };
    // The overlay lives as long as the editor element; its callbacks are read through refs.
  }, []);
  useEffect(() => overlay.current?.setContext(context), [context]);
  // Only a new card replaces the text: what the trainer typed since stays while `text` is the same card's.
  useEffect(() => overlay.current?.setText(text), [textKey]);

  return (
    <textarea
      ref={area}
      className="tr-editor"
      data-testid="training-editor"
      aria-label="Practice post"
      placeholder="Type a post here and watch Guardrail check it as you type. Nothing you type is stored."
      autoComplete="off"
      spellCheck={false}
    />
  );
}
