import { describe, expect, it } from 'vitest';
import { checkerFor } from './helpers';

const check = checkerFor(`
  - id: t/length
    type: limit
    category: quality
    count: characters
    perPlatform: { x: 280, bluesky: 300, linkedin: 3000 }
  - id: t/tags
    type: limit
    category: quality
    count: hashtags
    max: 3
    perPlatform: { instagram: 30 }
  - id: t/caps
    type: limit
    category: quality
    count: caps-words
    max: 2
  - id: t/links
    type: limit
    category: quality
    count: links
    max: 1
  - id: t/mentions
    type: limit
    category: quality
    count: mentions
    max: 2
`);

const ids = (text: string, platform?: string) => check(text, { platform }).map((f) => f.ruleId);

describe('limit rules', () => {
  it('counts X characters with each link as 23 and underlines the excess', () => {
    const link = 'https://example.org/a/very/long/path/that/goes/on/and/on/and/on/forever/and/ever';
    const text = `${'a'.repeat(250)} ${link}`;
    expect(ids(text, 'x')).toEqual([]);
    const over = `${'a'.repeat(281)}`;
    const [f] = check(over, { platform: 'x' });
    expect(f.ruleId).toBe('t/length');
    expect([f.start, f.end]).toEqual([280, 281]);
    expect(f.message).toBe('281 characters; the limit on x is 280.');
  });

  it('counts code points on X and graphemes on Bluesky', () => {
    const family = '👨‍👩‍👧‍👦'; // 7 code points, 1 grapheme
    const text = family.repeat(45); // 315 code points, 45 graphemes
    expect(ids(text, 'x')).toEqual(['t/length']);
    expect(ids(text, 'bluesky')).toEqual([]);
    expect(ids('é'.normalize('NFD').repeat(290), 'bluesky')).toEqual([]);
  });

  it('applies only where a maximum is set', () => {
    expect(ids('a'.repeat(5000), 'generic')).toEqual([]);
    expect(ids('a'.repeat(3001), 'linkedin')).toEqual(['t/length']);
  });

  it('counts hashtags, with per-platform maxima', () => {
    const tags = '#one #two #three #four';
    const [f] = check(tags);
    expect(f.ruleId).toBe('t/tags');
    expect(tags.slice(f.start, f.end)).toBe('#four');
    expect(ids(tags, 'instagram')).toEqual([]);
    expect(ids('issue #1, #2 and #3 and C# and a&#39;b')).toEqual([]);
  });

  it('counts words in capitals but not short acronyms', () => {
    expect(ids('ICU and ER and OR staff')).toEqual([]);
    expect(ids('THIS IS SO IMPORTANT PEOPLE')).toEqual(['t/caps']);
    expect(ids('The NICU and PICU teams')).toEqual([]);
  });

  it('counts links and mentions', () => {
    expect(ids('see https://a.example.org and www.b.org')).toEqual(['t/links']);
    expect(ids('see riverbend.org/news.')).toEqual([]);
    expect(ids('@ann @bob @cy thanks; mail me at ann@example.org')).toEqual(['t/mentions']);
    expect(ids('@ann @bob thanks; mail ann@example.org')).toEqual([]);
  });
});
