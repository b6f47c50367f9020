// What limit rules count, each as a list of spans so that a finding can point at the excess.
import { findBySentence } from '../by-sentence';
import type { Doc } from '../doc';
import type { CountKind } from '../types';
import type { Span } from './regex';
import { gated } from '../text/regex-gate';
import { lowerBound } from '../sorted';

export type { CountKind };

const LINK = gated(/\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|health|io|co|us|ly|me|info|app)(?:\/[^\s<>"]*)?/giu);
const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
const MENTION = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?/gu;
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*|\p{Regional_Indicator}{2}/gu;
// Words of three or more letters, all capitals: shouting, not acronyms such as "ER".
const CAPS = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;
const EXCLAMATION = /!/g;
const TRAILING_PUNCT = /[.,;:!?)\]'"]+$/;

const spans = (re: RegExp, text: string): Span[] => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

// None of the counted things holds a white space, so each lies within one sentence: found per
// sentence, a re-check after an edit counts again only in the edited sentence.
const spansIn = (doc: Doc, re: RegExp): readonly Span[] => findBySentence(doc, re, (text) => spans(re, text));
const linksIn = (doc: Doc): readonly Span[] => findBySentence(doc, links, links);

function links(text: string): Span[] {
  return spans(LINK, text)
    .map((s) => ({ start: s.start, end: s.end - (text.slice(s.start, s.end).match(TRAILING_PUNCT)?.[0].length ?? 0) }))
    .filter((s) => s.end > s.start && text[s.start - 1] !== '@');
}

/** How each platform counts characters: X and Mastodon count a link as 23, Bluesky counts graphemes. */
const LINK_WEIGHT: Record<string, number> = { x: 23, mastodon: 23 };
const GRAPHEMES = new Set(['bluesky']);

let segmenter: Intl.Segmenter | undefined;

/**
 * Character units of the text as typed, each with its span in `text` (the original): one per
 * grapheme or code point, a link counted as its platform weight.
 */
function characterUnits(text: string, platform: string): { start: number; end: number; weight: number }[] {
  const units: { start: number; end: number; weight: number }[] = [];
  const linkWeight = LINK_WEIGHT[platform];
  const linkSpans = linkWeight ? links(text) : [];
  let li = 0;
  const pushUnit = (start: number, end: number) => {
    while (li < linkSpans.length && linkSpans[li].end <= start) li++;
    const l = linkSpans[li];
    if (l && start >= l.start && start < l.end) {
      if (start === l.start) units.push({ start: l.start, end: l.end, weight: linkWeight! });
      return;
    }
    units.push({ start, end, weight: 1 });
  };
  if (GRAPHEMES.has(platform)) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const s of segmenter.segment(text)) pushUnit(s.index, s.index + s.segment.length);
  } else {
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const next = i + (cp > 0xffff ? 2 : 1);
      pushUnit(i, next);
      i = next;
    }
  }
  return units;
}

/** The same total as characterUnits for platforms that count code points, without a list. */
function codePointTotal(text: string, platform: string): number {
  let total = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        total--;
        i++;
      }
    }
  }
  const linkWeight = LINK_WEIGHT[platform];
  if (!linkWeight) return total;
  for (const l of links(text)) {
    let points = 0;
    for (let i = l.start; i < l.end; i += text.codePointAt(i)! > 0xffff ? 2 : 1) points++;
    total += linkWeight - points;
  }
  return total;
}

/** Maps an offset in the original text to the first normalized offset at or after it. */
function toNormalized(doc: Doc, offset: number): number {
  return lowerBound(doc.normalized.startMap, offset, doc.text.length);
}

export interface Count {
  total: number;
  /** Where the count first goes over `max`, to the end of the last counted thing (normalized offsets). */
  excess(max: number): Span | undefined;
}

function fromSpans(list: readonly Span[]): Count {
  return {
    total: list.length,
    excess: (max) => (list.length > max ? { start: list[max].start, end: list[list.length - 1].end } : undefined),
  };
}

export function count(doc: Doc, kind: CountKind): Count {
  const text = doc.text;
  switch (kind) {
    case 'characters': {
      const original = doc.normalized.original;
      // The units (an object per character) are listed only to place an excess; the total,
      // asked on every check, is counted without them.
      const total = GRAPHEMES.has(doc.platform) ? characterUnits(original, doc.platform).reduce((n, u) => n + u.weight, 0) : codePointTotal(original, doc.platform);
      return {
        total,
        excess(max) {
          if (total <= max) return undefined;
          let n = 0;
          for (const u of characterUnits(original, doc.platform)) {
            n += u.weight;
            if (n > max) return { start: toNormalized(doc, u.start), end: text.length };
          }
          return undefined;
        },
      };
    }
    case 'hashtags':
      return fromSpans(spansIn(doc, HASHTAG));
    case 'links':
      return fromSpans(linksIn(doc));
    case 'mentions':
      return fromSpans(spansIn(doc, MENTION));
    case 'emoji':
      return fromSpans(spansIn(doc, EMOJI));
    case 'caps-words':
      // Case as typed: the text rules read has case restored in shouted lines.
      return fromSpans(spans(CAPS, doc.normalized.cased));
    case 'exclamations':
      return fromSpans(spansIn(doc, EXCLAMATION));
    case 'sentences':
      return fromSpans(doc.sentences);
    case 'words':
      return fromSpans(doc.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)));
  }
}
