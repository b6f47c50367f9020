// Searches done sentence by sentence must find what a search of the whole draft finds, and a
// re-check after an edit must search again only the sentence that changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { execAllDoc, execDoc, findBySentence, scanDoc, testDoc } from '../../../lib/engine/by-sentence';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';

const docOf = (text: string, cache = new SentenceCache()) => buildDoc(text, 'generic', '', cache);
const whole = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

const DRAFT = 'Mrs. Alvarez in room 412 went home today. Her son called at 2:15 p.m.\nDr. Lee said the 41M in bed 3 is stable.\n\nSee you Monday!';

describe('scanDoc', () => {
  it('finds what a scan of the whole text finds, with draft offsets', () => {
    const doc = docOf(DRAFT);
    for (const re of [/\b(?:Mrs|Dr)\.?\s+[A-Z][a-z]+/g, /\b\d{1,3}[MF]\b(?=[,\s.])/g, /\b\d{1,2}:\d{2}\b/g, /^Mrs/g, /Monday!$/g]) {
      expect(scanDoc(doc, re)).toEqual(whole(re, doc.text));
    }
  });

  it('sees the characters around a sentence: anchors and look-arounds hold as in the whole text', () => {
    const doc = docOf('It was 41M\nthen home. Done');
    // The look-ahead sees the line break after "41M"; ^ matches only at the start of the draft.
    expect(scanDoc(doc, /\b\d{1,3}[MF]\b(?=[,\s.])/g).map((h) => h.text)).toEqual(['41M']);
    expect(scanDoc(doc, /^\w+/g).map((h) => h.text)).toEqual(['It']);
    expect(scanDoc(doc, /\w+$/g).map((h) => h.text)).toEqual(['Done']);
  });

  it('keeps a match that runs on across a line break, and not the overlapped one after it', () => {
    const doc = docOf('Please ask Mr.\nOyelaran Smith about it.');
    expect(doc.sentences.length).toBe(2);
    const re = /\bMr\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/g;
    expect(scanDoc(doc, re).map((h) => h.text)).toEqual(['Mr.\nOyelaran Smith']);
    expect(scanDoc(doc, /[A-Z][a-z]+ [A-Z][a-z]+/g)).toEqual(whole(/[A-Z][a-z]+ [A-Z][a-z]+/g, doc.text));
  });

  it('matches $ only at the end of the draft, also where a run-on paste is cut without a space', () => {
    const doc = docOf(`${'a'.repeat(1_500)} done`);
    expect(doc.sentences.length).toBeGreaterThan(1);
    expect(scanDoc(doc, /a+$/g)).toEqual([]);
    expect(scanDoc(doc, /e$/g).map((h) => h.start)).toEqual([doc.text.length - 1]);
  });

  it('does not report a match that starts between sentences', () => {
    const doc = docOf('One.  Two.');
    expect(scanDoc(doc, / {2}/g)).toEqual([]);
  });

  it('property: equals a whole-text scan for short patterns on sentence-shaped text', () => {
    const word = fc.constantFrom('nurse', 'Mrs.', 'Dr.', 'Lee', 'room 412', 'today', '41M', 'ok!', 'Why?', 'the', 'ER', 'BED 3');
    const sep = fc.constantFrom(' ', ' ', '. ', '\n', '\n\n', ', ');
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 30 }).map((p) => p.map(([w, s]) => w + s).join('').trim());
    const patterns = [/\b[A-Z][a-z]+\b/g, /\broom \d+\b/g, /\b\d+[MF]\b(?=[,\s.])/g, /[A-Z]{2,}/g, /\bnurse\b/gi];
    fc.assert(
      fc.property(text, (t) => {
        const doc = docOf(t);
        for (const re of patterns) expect(scanDoc(doc, re)).toEqual(whole(re, doc.text));
      }),
      { numRuns: 150 },
    );
  });
});

describe('testDoc, execDoc and execAllDoc', () => {
  it('agree with the whole text', () => {
    const doc = docOf(DRAFT);
    expect(testDoc(doc, /\bbed \d+/i)).toBe(true);
    expect(testDoc(doc, /\bward \d+/i)).toBe(false);
    expect(testDoc(doc, /^Her/)).toBe(false);
    const re = /\b(Mrs|Dr)\.\s+([A-Z][a-z]+)/g;
    expect(execDoc(doc, re).map((m) => [m.start, m.match[2]])).toEqual([...doc.text.matchAll(re)].map((m) => [m.index, m[2]]));
    const group = [/\broom \d+/g, /\bbed \d+/g, /\bnothing here\b/g];
    expect(execAllDoc(doc, group).map((list) => list.map((m) => m.match[0]))).toEqual([['room 412'], ['bed 3'], []]);
  });
});

describe('findBySentence memo', () => {
  it('after a one-character edit, searches again only the edited sentence', () => {
    const cache = new SentenceCache();
    const lines = Array.from({ length: 12 }, (_, i) => `Line number ${i} says nothing much at all here.`);
    const searched: string[] = [];
    const key = {};
    const find = (text: string) => {
      searched.push(text);
      return whole(/\bnumber \d+/g, text).map(({ start, end }) => ({ start, end }));
    };
    findBySentence(docOf(lines.join('\n'), cache), key, find);
    expect(searched.length).toBe(12);
    searched.length = 0;
    lines[6] = lines[6].replace('here', 'herex');
    const spans = findBySentence(docOf(lines.join('\n'), cache), key, find);
    expect(spans.length).toBe(12);
    expect(searched).toEqual([expect.stringContaining('herex')]);
    // An edit among the first words also changes what the sentence before sees after it.
    searched.length = 0;
    lines[6] = lines[6].replace('Line', 'Lines');
    findBySentence(docOf(lines.join('\n'), cache), key, find);
    expect(searched.length).toBe(2);
  });
});
