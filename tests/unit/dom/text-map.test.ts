// The text<->DOM map on the markup real editors produce (Draft.js, Lexical, ProseMirror,
// Quill, plain contenteditable), parsed with linkedom (no layout needed for the map).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextMap, domPoint, piecesIn } from '../../../lib/dom/text-map';

function editor(html: string): Element {
  const { document } = parseHTML(`<html><body><div id="ed">${html}</div></body></html>`);
  return document.getElementById('ed')!;
}

describe('buildTextMap', () => {
  it('joins Draft.js blocks with one line break and keeps empty blocks as empty lines', () => {
    const block = (t: string) => `<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">${t}</span></span></div></div>`;
    const empty = '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>';
    const root = editor(`<div data-contents="true">${block('First line')}${empty}${block('Third')}</div>`);
    expect(buildTextMap(root).text).toBe('First line\n\nThird');
  });

  it('reads Lexical paragraphs, soft line breaks and an empty paragraph', () => {
    const root = editor('<p><span data-lexical-text="true">one</span><br><span data-lexical-text="true">two</span></p><p><br></p><p><span>three</span></p>');
    expect(buildTextMap(root).text).toBe('one\ntwo\n\nthree');
  });

  it('ignores ProseMirror trailing breaks but keeps a hard break before them', () => {
    expect(buildTextMap(editor('<p>alpha<br class="ProseMirror-trailingBreak"></p><p>beta</p>')).text).toBe('alpha\nbeta');
    expect(buildTextMap(editor('<p>alpha<br><br class="ProseMirror-trailingBreak"></p>')).text).toBe('alpha\n');
  });

  it('gives an empty editor an empty text', () => {
    expect(buildTextMap(editor('<p><br></p>')).text).toBe('');
    expect(buildTextMap(editor('')).text).toBe('');
  });

  it('reads emoji images as their alt text and maps them as one unit', () => {
    const root = editor('<p>Go team <img alt="🎉" src="x.png"> today</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('Go team 🎉 today');
    const atom = map.segments.find((s) => s.kind === 'atom')!;
    expect(map.text.slice(atom.start, atom.end)).toBe('🎉');
  });

  it('leaves zero-width caret anchors out of the text but maps offsets to the right DOM positions', () => {
    const root = editor('<p>\u200Bab\uFEFFcd</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('abcd');
    const node = root.querySelector('p')!.firstChild!;
    expect(domPoint(map, 2, 'start')).toEqual({ node, offset: 4 });
    expect(domPoint(map, 2, 'end')).toEqual({ node, offset: 3 });
  });

  it('keeps zero-width joiners inside emoji sequences', () => {
    expect(buildTextMap(editor('<p>👩\u200D⚕️ nurse</p>')).text).toBe('👩\u200D⚕️ nurse');
  });

  it('skips style and script content', () => {
    expect(buildTextMap(editor('<style>.x{}</style><p>text</p>')).text).toBe('text');
  });
});

describe('domPoint and piecesIn', () => {
  const root = editor('<p><span>Hello</span> <b>world</b></p><p>again</p>');
  const map = buildTextMap(root);

  it('maps the start and end of a word inside formatting to its text node', () => {
    expect(map.text).toBe('Hello world\nagain');
    const start = domPoint(map, 6, 'start')!;
    const end = domPoint(map, 11, 'end')!;
    expect(start.node.textContent).toBe('world');
    expect([start.offset, end.offset]).toEqual([0, 5]);
  });

  it('snaps a start on a line break forward and an end on it back', () => {
    expect(domPoint(map, 11, 'start')!.node.textContent).toBe('again');
    expect(domPoint(map, 12, 'end')!.node.textContent).toBe('world');
  });

  it('splits a range across blocks into the text runs it covers', () => {
    const pieces = piecesIn(map, 8, 14);
    expect(pieces.map((p) => map.text.slice(p.start, p.end))).toEqual(['rld', 'ag']);
  });
});
