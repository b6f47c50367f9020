// One underline element per finding, drawn over its words, plus hit-testing for hover
// (the underlines let pointer events through so the editor keeps its clicks and caret).
import type { Finding } from '../../lib/engine/types';
import type { Box } from '../../lib/dom/rects';
import { contains } from '../../lib/dom/rects';
import { el } from './host';

export interface Placed {
  finding: Finding;
  boxes: Box[];
}

export class UnderlineLayer {
  private layer: HTMLDivElement;
  private placed: Placed[] = [];
  private elements: HTMLElement[] = [];

  constructor(root: ShadowRoot) {
    this.layer = el('div', 'underlines');
    root.append(this.layer);
  }

  draw(placed: Placed[]): void {
    this.placed = placed;
    while (this.elements.length > placed.length) this.elements.pop()!.remove();
    placed.forEach((p, i) => {
      const f = p.finding;
      let node = this.elements[i];
      if (!node) {
        node = el('div', 'finding');
        node.setAttribute('data-guardrail-finding', '');
        this.layer.append(node);
        this.elements.push(node);
      }
      node.setAttribute('data-category', f.category);
      node.setAttribute('data-severity', f.severity);
      node.setAttribute('data-rule', f.ruleId);
      node.hidden = p.boxes.length === 0;
      if (!p.boxes.length) return;
      const left = Math.min(...p.boxes.map((b) => b.left));
      const top = Math.min(...p.boxes.map((b) => b.top));
      const right = Math.max(...p.boxes.map((b) => b.left + b.width));
      const bottom = Math.max(...p.boxes.map((b) => b.top + b.height));
      Object.assign(node.style, { left: `${left}px`, top: `${top}px`, width: `${right - left}px`, height: `${bottom - top}px` });
      while (node.childElementCount > p.boxes.length) node.lastElementChild!.remove();
      p.boxes.forEach((b, j) => {
        const piece = (node.children[j] as HTMLElement | undefined) ?? node.appendChild(el('div', 'piece'));
        Object.assign(piece.style, { left: `${b.left - left}px`, top: `${b.top - top}px`, width: `${b.width}px`, height: `${b.height}px` });
      });
    });
  }

  /** The finding drawn under a viewport point, if any. */
  hit(x: number, y: number): Finding | undefined {
    return this.placed.find((p) => p.boxes.some((b) => contains(b, x, y, 1)))?.finding;
  }

  boxesOf(f: Finding): Box[] {
    return this.placed.find((p) => p.finding === f)?.boxes ?? [];
  }

  setActive(f: Finding | undefined): void {
    this.placed.forEach((p, i) => this.elements[i]?.toggleAttribute('data-active', p.finding === f));
  }
}
