// Viewport rectangles of text ranges, merged per line, clipped to what is visible.
import { piecesIn, type TextMap } from './text-map';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Rectangles of [start, end) in a contenteditable, measured per text run (never whole blocks). */
export function rangeRects(map: TextMap, start: number, end: number): Box[] {
  const out: Box[] = [];
  for (const piece of piecesIn(map, start, end)) {
    if (piece.kind === 'atom') {
      out.push(toBox(piece.node.getBoundingClientRect()));
      continue;
    }
    if (piece.kind !== 'text') continue;
    const range = piece.node.ownerDocument.createRange();
    range.setStart(piece.node, piece.nodeOffset);
    range.setEnd(piece.node, piece.nodeOffset + (piece.end - piece.start));
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) out.push(toBox(r));
  }
  return mergeLines(out);
}

export function toBox(r: { left: number; top: number; width: number; height: number }): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** Joins rectangles that sit side by side on the same line. */
export function mergeLines(boxes: Box[]): Box[] {
  const out: Box[] = [];
  for (const b of boxes) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.top - b.top) < 2 && Math.abs(last.height - b.height) < 2 && b.left - (last.left + last.width) < 2 && b.left >= last.left - 1) {
      last.width = Math.max(last.width, b.left + b.width - last.left);
    } else out.push({ ...b });
  }
  return out;
}

/** The part of a box inside the clip box, or undefined when none of it is visible. */
export function clip(b: Box, c: Box): Box | undefined {
  const left = Math.max(b.left, c.left);
  const top = Math.max(b.top, c.top);
  const right = Math.min(b.left + b.width, c.left + c.width);
  const bottom = Math.min(b.top + b.height, c.top + c.height);
  if (right <= left || bottom <= top) return undefined;
  return { left, top, width: right - left, height: bottom - top };
}

export function contains(b: Box, x: number, y: number, slack = 0): boolean {
  return x >= b.left - slack && x <= b.left + b.width + slack && y >= b.top - slack && y <= b.top + b.height + slack;
}

/** The visible part of an element: its box clipped by every scrolling ancestor. */
export function visibleBox(el: Element): Box | undefined {
  let box: Box | undefined = toBox(el.getBoundingClientRect());
  for (let a = parentAcrossShadow(el); a && box; a = parentAcrossShadow(a)) {
    const style = getComputedStyle(a);
    if (/(auto|scroll|hidden|clip)/.test(style.overflow + style.overflowX + style.overflowY)) box = clip(box, toBox(a.getBoundingClientRect()));
  }
  return box && clip(box, { left: 0, top: 0, width: innerWidth, height: innerHeight });
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
