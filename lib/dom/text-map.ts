// The text of a contenteditable editor as the engine sees it, with a map back to DOM points.
// Blocks and <br> become "\n", emoji <img alt> become their alt text, and invisible
// zero-width characters are left out of the text while the map keeps their DOM positions.

/** A run of the text that comes from one place in the DOM. */
export type Segment =
  | { kind: 'text'; start: number; end: number; node: Text; nodeOffset: number }
  | { kind: 'atom'; start: number; end: number; node: Element }
  | { kind: 'break'; start: number; end: number };

export interface TextMap {
  text: string;
  segments: Segment[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Zero-width characters editors insert as caret anchors; ZWJ and ZWNJ stay (they join emoji and scripts). */
const INVISIBLE = /[\u200B\u2060\uFEFF]/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function buildTextMap(root: Element): TextMap {
  const segments: Segment[] = [];
  let text = '';
  // A block boundary was crossed after some content: the next content starts a new line.
  let pendingBreak = false;
  let sawContent = false;
  let blockStart = 0;

  const flushBreak = () => {
    if (pendingBreak) {
      segments.push({ kind: 'break', start: text.length, end: text.length + 1 });
      text += '\n';
    }
    pendingBreak = false;
    sawContent = true;
  };
  const addText = (node: Text) => {
    const data = node.data;
    let runStart = -1;
    for (let i = 0; i <= data.length; i++) {
      const visible = i < data.length && !INVISIBLE.test(data[i]);
      if (visible && runStart < 0) runStart = i;
      if (!visible && runStart >= 0) {
        flushBreak();
        segments.push({ kind: 'text', start: text.length, end: text.length + i - runStart, node, nodeOffset: runStart });
        text += data.slice(runStart, i);
        runStart = -1;
      }
    }
  };
  const addBreak = (br: Element) => {
    const before = text.length > blockStart;
    const after = hasContentAfter(br, nearestBlock(br, root));
    // An empty block's placeholder <br> is an empty line; a block's trailing <br> is nothing.
    if (!before && !after) return flushBreak();
    if (!after) return;
    flushBreak();
    segments.push({ kind: 'break', start: text.length, end: text.length + 1 });
    text += '\n';
  };
  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        addText(child as Text);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const e = child as Element;
      const tag = e.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') addBreak(e);
      else if (tag === 'IMG') {
        const alt = e.getAttribute('alt') ?? '';
        if (!alt) continue;
        flushBreak();
        segments.push({ kind: 'atom', start: text.length, end: text.length + alt.length, node: e });
        text += alt;
      } else if (BLOCK_TAGS.has(tag)) {
        if (sawContent) pendingBreak = true;
        const saved = blockStart;
        blockStart = text.length + (pendingBreak ? 1 : 0);
        walk(e);
        blockStart = saved;
        if (sawContent) pendingBreak = true;
      } else walk(e);
    }
  };
  walk(root);
  return { text, segments };
}

function nearestBlock(node: Node, root: Element): Node {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((n as Element).tagName.toUpperCase())) return n;
  }
  return root;
}

/** Whether text, a <br> or an image follows the node inside the block. */
function hasContentAfter(node: Node, block: Node): boolean {
  for (let n: Node | null = node; n && n !== block; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) if (hasContent(s)) return true;
  }
  return false;
}

function hasContent(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return [...(node as Text).data].some((c) => !INVISIBLE.test(c));
  if (node.nodeType !== ELEMENT_NODE) return false;
  const tag = (node as Element).tagName.toUpperCase();
  if (tag === 'BR' || (tag === 'IMG' && (node as Element).getAttribute('alt'))) return true;
  if (SKIPPED_TAGS.has(tag)) return false;
  for (let c = node.firstChild; c; c = c.nextSibling) if (hasContent(c)) return true;
  return false;
}

function pointAtSegment(seg: Segment, offset: number, side: 'start' | 'end'): DomPoint | undefined {
  if (seg.kind === 'text') return { node: seg.node, offset: seg.nodeOffset + (offset - seg.start) };
  if (seg.kind === 'atom') {
    const parent = seg.node.parentNode;
    if (!parent) return undefined;
    const index = Array.prototype.indexOf.call(parent.childNodes, seg.node) as number;
    const after = side === 'end' ? offset >= seg.end : offset > seg.start;
    return { node: parent, offset: after ? index + 1 : index };
  }
  return undefined;
}

/** The DOM point for a text offset. Starts snap forward past line breaks, ends snap back. */
export function domPoint(map: TextMap, offset: number, side: 'start' | 'end'): DomPoint | undefined {
  const segs = map.segments;
  if (side === 'start') {
    for (const seg of segs) {
      if (seg.kind === 'break') continue;
      if (offset < seg.end || (offset === seg.end && seg === lastReal(segs))) return pointAtSegment(seg, Math.max(offset, seg.start), side);
    }
  } else {
    for (let i = segs.length - 1; i >= 0; i--) {
      const seg = segs[i];
      if (seg.kind === 'break') continue;
      if (offset > seg.start || (offset === seg.start && seg === firstReal(segs))) return pointAtSegment(seg, Math.min(offset, seg.end), side);
    }
  }
  return undefined;
}

function lastReal(segs: Segment[]): Segment | undefined {
  for (let i = segs.length - 1; i >= 0; i--) if (segs[i].kind !== 'break') return segs[i];
  return undefined;
}
function firstReal(segs: Segment[]): Segment | undefined {
  return segs.find((s) => s.kind !== 'break');
}

/** The pieces of [start, end) that lie in text or atoms, for measuring without block boxes. */
export function piecesIn(map: TextMap, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  for (const seg of map.segments) {
    if (seg.kind === 'break' || seg.end <= start || seg.start >= end) continue;
    if (seg.kind === 'atom') out.push(seg);
    else {
      const s = Math.max(start, seg.start);
      const e = Math.min(end, seg.end);
      out.push({ kind: 'text', start: s, end: e, node: seg.node, nodeOffset: seg.nodeOffset + (s - seg.start) });
    }
  }
  return out;
}
