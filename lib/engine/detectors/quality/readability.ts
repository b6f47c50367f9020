// Flesch-Kincaid grade level: how many years of school a reader needs for the text.

/** Syllables in an English word, by vowel groups (good to about one syllable per word). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface Readability {
  words: number;
  sentences: number;
  grade: number;
}

export interface SentenceCounts {
  words: number;
  syllables: number;
}

/** Words are runs of letters; hashtags, handles and links are not prose and are left out. */
export function countSentence(s: string): SentenceCounts {
  const ws = s
    .split(/\s+/)
    .filter((w) => w && !/^[#@]|:\/\/|^www\./.test(w))
    .map((w) => w.replace(/[^\p{L}'-]/gu, ''))
    .filter((w) => /\p{L}/u.test(w));
  let syl = 0;
  for (const w of ws) syl += syllables(w);
  return { words: ws.length, syllables: syl };
}

/** The grade from each sentence's counts (kept per sentence, so a re-check recounts only edits). */
export function gradeOf(counts: readonly SentenceCounts[]): Readability {
  let words = 0;
  let syl = 0;
  let counted = 0;
  for (const c of counts) {
    if (!c.words) continue;
    counted++;
    words += c.words;
    syl += c.syllables;
  }
  if (!words) return { words: 0, sentences: 0, grade: 0 };
  const grade = 0.39 * (words / counted) + 11.8 * (syl / words) - 15.59;
  return { words, sentences: counted, grade: Math.round(Math.max(0, grade) * 10) / 10 };
}

export function readability(sentences: string[]): Readability {
  return gradeOf(sentences.map(countSentence));
}
