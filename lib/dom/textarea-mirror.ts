// Measures text inside a textarea by laying the same text out in a hidden copy with the same
// box and font, placed over the textarea inside Guardrail's own layer (never in the page's DOM).
import { mergeLines, toBox, type Box } from './rects';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'lineHeight', 'textTransform', 'textIndent',
  'wordSpacing', 'tabSize', 'direction', 'textAlign',
] as const;

export class TextareaMirror {
  private el: HTMLDivElement;
  private textNode: Text;
  private scrollX = 0;
  private scrollY = 0;

  constructor(container: Node) {
    this.el = document.createElement('div');
    this.el.setAttribute('aria-hidden', 'true');
    this.textNode = document.createTextNode('');
    this.el.append(this.textNode);
    container.appendChild(this.el);
  }

  /** Copies the textarea's box, font and text; call before measuring. */
  sync(area: HTMLTextAreaElement): void {
    const cs = getComputedStyle(area);
    const s = this.el.style;
    for (const k of COPIED) s[k] = cs[k];
    const r = area.getBoundingClientRect();
    Object.assign(s, {
      position: 'fixed',
      left: `${r.left}px`,
      top: `${r.top}px`,
      visibility: 'hidden',
      overflow: 'hidden',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      margin: '0',
      pointerEvents: 'none',
    });
    // A scrollbar narrows the textarea's content box; keep the copy's wrapping identical.
    s.width =
      cs.boxSizing === 'border-box'
        ? `${area.clientWidth + parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth)}px`
        : `${area.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)}px`;
    if (this.textNode.data !== area.value) this.textNode.data = area.value;
    this.el.scrollTop = 0;
    this.scrollX = area.scrollLeft;
    this.scrollY = area.scrollTop;
  }

  rects(start: number, end: number): Box[] {
    const len = this.textNode.data.length;
    const range = document.createRange();
    range.setStart(this.textNode, Math.min(start, len));
    range.setEnd(this.textNode, Math.min(end, len));
    const out: Box[] = [];
    for (const r of range.getClientRects()) {
      if (r.width > 0 && r.height > 0) out.push({ ...toBox(r), left: r.left - this.scrollX, top: r.top - this.scrollY });
    }
    return mergeLines(out);
  }

  remove(): void {
    this.el.remove();
  }
}
