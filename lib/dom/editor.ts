// One composer's editable element: what kind of editor it is, its text, and where that
// text is on screen. The page's DOM is only read here, never changed.
import { clip, rangeRects, visibleBox, type Box } from './rects';
import { buildTextMap, type TextMap } from './text-map';
import { TextareaMirror } from './textarea-mirror';

export type EditorKind = 'draft' | 'lexical' | 'prosemirror' | 'quill' | 'textarea' | 'contenteditable';

export type Editable = HTMLElement;

/** Composers that are plain text fields (single-line inputs are search boxes, never posts). */
export function isTextField(el: Element): el is HTMLTextAreaElement {
  return el instanceof HTMLTextAreaElement;
}

export function editorKind(el: Editable): EditorKind {
  if (isTextField(el)) return 'textarea';
  if (el.closest('.DraftEditor-root') || el.classList.contains('public-DraftEditor-content')) return 'draft';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  if (el.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

/** The editable element a marker or focus target stands for: a textarea, or the outermost contenteditable. */
export function resolveEditable(el: Element): Editable | undefined {
  if (isTextField(el)) return el;
  if (el instanceof HTMLElement && el.isContentEditable) {
    let top: HTMLElement = el;
    for (let p = el.parentElement; p && p.isContentEditable; p = p.parentElement) top = p;
    return top;
  }
  const inner = el.querySelector('textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"][contenteditable]');
  return inner ? resolveEditable(inner) : undefined;
}

/** Reads an editor's text and measures ranges of it; remeasure() after any change. */
export class EditorView {
  readonly kind: EditorKind;
  private map: TextMap | undefined;
  private mirror: TextareaMirror | undefined;

  constructor(readonly el: Editable, layer: Node) {
    this.kind = editorKind(el);
    if (isTextField(el)) this.mirror = new TextareaMirror(layer);
  }

  text(): string {
    if (isTextField(this.el)) return this.el.value;
    this.map = buildTextMap(this.el);
    return this.map.text;
  }

  /** The map of the last text() call (contenteditable editors only). */
  textMap(): TextMap {
    return this.map ?? buildTextMap(this.el);
  }

  /** Visible rectangles of [start, end), clipped to the editor's visible area. */
  rects(start: number, end: number): Box[] {
    const frame = this.visibleFrame();
    if (!frame) return [];
    let boxes: Box[];
    if (isTextField(this.el) && this.mirror) {
      this.mirror.sync(this.el);
      boxes = this.mirror.rects(start, end);
    } else boxes = rangeRects(this.textMap(), start, end);
    return boxes.map((b) => clip(b, frame)).filter((b): b is Box => !!b);
  }

  visibleFrame(): Box | undefined {
    return visibleBox(this.el);
  }

  dispose(): void {
    this.mirror?.remove();
  }
}
