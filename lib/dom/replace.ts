// Puts a fix into the editor so that the editor's own model follows, as one undo step:
// each editor framework listens to a different input path (see reference/composers.md).
import type { EditorKind, Editable } from './editor';
import { isTextField } from './editor';
import type { Edit } from '../engine/types';
import { buildTextMap, domPoint } from './text-map';

/** One replacement of [start, end) of the editor's text. */
export type Replacement = Edit;

const tick = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));

/** Treats the no-break spaces editors render as plain spaces when comparing texts. */
const comparable = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\n+$/, '');

function selectInContentEditable(el: Editable, start: number, end: number): boolean {
  const map = buildTextMap(el);
  const a = domPoint(map, start, 'start');
  const b = domPoint(map, end, 'end');
  const sel = el.ownerDocument.getSelection();
  if (!sel) return false;
  if (!a || !b) {
    // Empty editor or the very end: place the caret at the end of the editor.
    const r = el.ownerDocument.createRange();
    r.selectNodeContents(el);
    r.collapse(false);
    sel.removeAllRanges();
    sel.addRange(r);
    return true;
  }
  sel.setBaseAndExtent(a.node, a.offset, start === end ? a.node : b.node, start === end ? a.offset : b.offset);
  return true;
}

function dispatchPaste(el: Editable, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

function insert(text: string): boolean {
  return text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text);
}

/**
 * Replaces [start, end) of the editor's text and reports whether the editor now holds the
 * expected text (read back after a tick: execCommand reports success even when cancelled).
 */
export async function replaceText(el: Editable, kind: EditorKind, read: () => string, r: Replacement): Promise<boolean> {
  const before = read();
  const expected = before.slice(0, r.start) + r.text + before.slice(r.end);
  el.focus({ preventScroll: true });
  if (isTextField(el)) {
    el.setSelectionRange(r.start, r.end);
    // The native editing path keeps the browser's undo stack and fires the input events React listens to.
    if (!insert(r.text)) return false;
  } else {
    if (!selectInContentEditable(el, r.start, r.end)) return false;
    // Let the editor pick the new selection up from selectionchange before editing.
    await tick();
    if (kind === 'draft' && r.text !== '') {
      dispatchPaste(el, r.text);
      // Firefox's Draft.js takes a synthetic paste and changes nothing; its input path takes
      // the text. Only an editor still unchanged after a while gets the second way: on a busy
      // page Draft.js can take longer than a frame to apply the paste, and a second insert then
      // lands on top of it as a second undo step, so one Ctrl+Z no longer undoes the fix.
      for (let waited = 0; waited < 400 && read() === before; waited += 20) await tick(20);
      if (read() === before) insert(r.text);
    } else insert(r.text);
  }
  await tick(30);
  return comparable(read()) === comparable(expected);
}

/** A fix's edits as one replacement, so that applying it is a single undo step. */
export function combineEdits(text: string, edits: Edit[]): Replacement {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0]?.start ?? text.length;
  let end = start;
  let out = '';
  for (const e of sorted) {
    out += text.slice(end, Math.max(end, e.start)) + e.text;
    end = Math.max(end, e.end);
  }
  return { start, end, text: out };
}

