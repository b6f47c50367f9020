import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/nlp';
import { buildDoc, SentenceCache } from '../../../../lib/engine/doc';
import { identifierRecognizer, recognizeIdentifiers } from '../../../../lib/engine/recognizers/identifiers';

describe('recognizeIdentifiers', () => {
  it('returns offsets into the text as typed, through normalization', () => {
    // A fullwidth digit and a zero-width space are folded for matching; offsets still point at the original.
    const text = '\u200BCall ５55-010-4477 now';
    const [phone] = recognizeIdentifiers(text);
    expect(phone.kind).toBe('phone');
    expect(text.slice(phone.start, phone.end)).toBe('５55-010-4477');
  });
  it('handles several sentences and lines', () => {
    const text = 'Mr. Tanaka is in room 12.\nHis SSN is 123-45-6789.';
    expect(recognizeIdentifiers(text).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`)).toEqual([
      'name:Mr. Tanaka',
      'other-id:12',
      'ssn:123-45-6789',
    ]);
  });
  it('returns nothing for ordinary text', () => {
    expect(recognizeIdentifiers('Flu shots are free this week. Bring your questions!')).toEqual([]);
  });
});

describe('identifierRecognizer', () => {
  it('emits identifier mentions with kind, confidence and value relative to the sentence', () => {
    const sentence = 'Pt Mr. Oduya, 72 y/o, MRN 4471902.';
    const mentions = identifierRecognizer.run(sentence, analyze(sentence));
    const byKind = Object.fromEntries(mentions.map((m) => [m.kind, m]));
    expect(Object.keys(byKind).sort()).toEqual(['age', 'mrn', 'name']);
    expect(mentions.every((m) => m.layer === 'identifier' && m.confidence > 0 && m.confidence <= 1)).toBe(true);
    expect(sentence.slice(byKind.mrn.start, byKind.mrn.end)).toBe('4471902');
    expect(byKind.name.value).toBe('title+name');
    expect(byKind.mrn.value).toBe('context:mrn');
  });
  it('marks relative dates with a lower confidence than exact ones', () => {
    const sentence = 'Seen last Friday and again on March 3, 2024.';
    const [relative, exact] = identifierRecognizer.run(sentence, analyze(sentence)).filter((m) => m.kind === 'date');
    expect(relative.value).toBe('relative');
    expect(relative.confidence).toBeLessThan(exact.confidence);
  });
});

describe('in the annotated Doc', () => {
  it('identifier mentions carry absolute offsets into the normalized text', () => {
    const doc = buildDoc('Great shift today. Mrs. Ilves in bed 7 waved at me!', 'x', 'nurse', new SentenceCache());
    const ids = doc.mentions.filter((m) => m.layer === 'identifier').map((m) => `${m.kind}:${doc.text.slice(m.start, m.end)}`);
    expect(ids).toEqual(['name:Mrs. Ilves', 'other-id:7']);
  });
});
