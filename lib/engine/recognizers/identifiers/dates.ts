// Dates (every element but a bare year, which HIPAA allows) and ages.
import { before, scan, type Found } from './found';
import { gated } from '../../text/regex-gate';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ABBR = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const MONTH = `(?:${MONTHS}|(?:${MONTH_ABBR})\\.?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d|'\d\d)`;
const WEEKDAY = '(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\\.?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?`;

// 2024-03-12, 2024/03/12 (with an optional time)
const ISO = gated(new RegExp(String.raw`(?<![\w.-])(?:1[89]|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:[12]\d|3[01]|0?[1-9])${TIME}(?![\w])`, 'g'));
// 3/12/2024, 12-03-24, 12.03.2024: month and day in either order, validated below.
const NUMERIC = /(?<![\w./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[/.-]\d)/g;
// 3/12 without a year, only after a word that introduces a date.
const SHORT = /(?<![\w./-])(\d{1,2})\/(\d{1,2})(?![\w/.]|-\d)/g;
const SHORT_CUE = /\b(?:on|since|from|until|till|by|before|after|dob|dos|doa|born|admitted|discharged|date|d\.o\.b\.?|due)\b[\s:]*$/;
// March 3, March 3rd, 2024, Mar. 3 '24, March 2024
const MONTH_DAY = gated(new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:,?\s+${YEAR})?(?![\w:])|\b${MONTH},?\s+${YEAR}\b`, 'gi'));
// 3 March 2024, 3rd of March, the 3rd of March
const DAY_MONTH = gated(new RegExp(String.raw`\b${DAY}(?:\s+of)?\s+${MONTH}(?:,?\s+${YEAR})?(?![\w])`, 'gi'));
// Tuesday, last Tuesday, on Tuesday morning, this Friday: weekdays are relative dates.
const WEEKDAY_RE = gated(new RegExp(String.raw`\b(?:(?:last|this|next|on|past)\s+)?(${WEEKDAY})(?![a-z])(?:,?\s+(?:morning|afternoon|evening|night)\b)?`, 'gi'));
// "on the 3rd", "the 21st": a day of the month without the month.
const ORDINAL_DAY = gated(/\b(?:on|since|by|until|before|after)\s+the\s+(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b/gi);

function validDayMonth(a: number, b: number): boolean {
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
}

export function findDates(text: string): Found[] {
  const out: Found[] = [];
  out.push(...scan(ISO, text, (m) => ({ kind: 'date', start: m.index, end: m.index + m[0].length, confidence: 0.95 })));
  out.push(...scan(NUMERIC, text, (m) => {
    if (!validDayMonth(Number(m[1]), Number(m[3]))) return null;
    // Dotted forms with a two-digit year look like version numbers ("2.1.10").
    if (m[2] === '.' && m[4].length === 2) return null;
    return { kind: 'date', start: m.index, end: m.index + m[0].length, confidence: 0.9 };
  }));
  out.push(...scan(SHORT, text, (m) => {
    // A zero-padded part ("06/21", "3/05") is a date, not a score or a fraction.
    const padded = /^0\d$/.test(m[1]) || /^0\d$/.test(m[2]);
    if (!validDayMonth(Number(m[1]), Number(m[2])) || !(padded || SHORT_CUE.test(before(text, m.index, 16)))) return null;
    return { kind: 'date', start: m.index, end: m.index + m[0].length, confidence: 0.75 };
  }));
  out.push(...scan(MONTH_DAY, text, (m) => {
    // "may" and "march" are also a verb: only as a capitalized word.
    if (/^(?:may|march)\b/.test(m[0])) return null;
    return { kind: 'date', start: m.index, end: m.index + m[0].length, confidence: 0.9 };
  }));
  out.push(...scan(DAY_MONTH, text, (m) => {
    if (/\b(?:may|march)\b/.test(m[0])) return null;
    return { kind: 'date', start: m.index, end: m.index + m[0].length, confidence: 0.9 };
  }));
  out.push(...scan(WEEKDAY_RE, text, (m) => {
    // Only a capitalized weekday, or an abbreviation followed by a period: "sat" and "wed" are words.
    const day = m[1];
    if (!/^[A-Z]/.test(day) || (day.length <= 4 && !/^(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?$/.test(day))) return null;
    if (/^(?:Sat|Sun|Wed)$/.test(day)) return null;
    return { kind: 'date', start: m.index, end: m.index + m[0].length, confidence: 0.45, value: 'relative' };
  }));
  out.push(...scan(ORDINAL_DAY, text, (m) => ({ kind: 'date', start: m.index, end: m.index + m[0].length, confidence: 0.5, value: 'relative' })));
  out.push(...scan(BIRTHDAY, text, (m) => ({ kind: 'age', start: m.index, end: m.index + m[0].length, confidence: 0.85, value: 'birthday' })));
  return out;
}

const N = String.raw`(?:1[01]\d|120|[1-9]?\d)`;
// 72yo, 72 y/o, 72 y.o., 72-year-old, 72 years old, 72 yr old, 72yrs
const AGE_SUFFIX = gated(new RegExp(String.raw`(?<![\w.,$])${N}(?:\s?|-)(?:yo\b|y/o\b|y\.o\.?|yrs?\.?(?:\s?old)?\b|years?(?:[\s-]old\b)|year(?=-old)|-year-old\b|(?:-|\s)?(?:year|yr)s?(?:-|\s)old\b)`, 'gi'));
// aged 72, age 72, age: 72, at the age of 72, turned 72, turns 72
const AGE_PREFIX = gated(new RegExp(String.raw`\b(?:aged?:?|ages?\s+of|turn(?:ed|s|ing)?|(?:he|she|they|i|patient|pt)\s+(?:was|is|am|were|'s|'m))\s+(${N})(?![\w%/]|[.,:]\d|\s+(?!years?\s+old)[a-z]+s\b|\s?(?:foot|feet|ft|inch|in|lb|pound|kg|kilo|cm|mm|oz|stone|mg|ml|cc|mph|degrees?|°)\b|\s?(?:years?\s+(?:ago|of|in|later|before|after|since)|days?|weeks?|months?|hours?|minutes?|am|pm|percent|times|people|patients|o'clock))`, 'gi'));
// in her 90s, in his late 80s, in their mid-forties
const DECADE = gated(/\b(?:in|into)\s+(?:his|her|their|my|your)\s+(?:(?:early|mid|late)[\s-])?(?:[1-9]0s|[1-9]0's|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi);
// A baby's or a child's age: "3-month-old", "6 weeks old", "10 day old".
const INFANT_AGE = gated(/(?<![\w.,$])\d{1,2}(?:\s|-)(?:months?|weeks?|wks?|days?)(?:\s|-)old\b/gi);
// "72M", "45 F" after an age-like context is clinical shorthand for age and sex.
const AGE_SEX = /(?<![\w.$€£])(?:1[01]\d|[1-9]?\d)\s?(?:y\/?o\s?)?(?:M|F)(?![\w])(?!\s+(?:\p{L}+s|dollars|views|users|people|followers)\b)/gu;
const AGE_SEX_CUE = /(?:\b(?:pt|patient|a|an|the|this)\s*|^\s*|[(,/:;]\s*)$/;
// "her 39th birthday", "his 100th birthday"
const BIRTHDAY = /\b(?:1[01]\d|120|[1-9]?\d)(?:st|nd|rd|th)\s+birthday\b/gi;

export function findAges(text: string): Found[] {
  const out: Found[] = [];
  out.push(...scan(AGE_SUFFIX, text, (m) => ({ kind: 'age', start: m.index, end: m.index + m[0].length, confidence: 0.9 })));
  out.push(...scan(AGE_PREFIX, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    return { kind: 'age', start, end: m.index + m[0].length, confidence: /^turn/i.test(m[0]) || /^age/i.test(m[0]) ? 0.8 : 0.6 };
  }));
  out.push(...scan(INFANT_AGE, text, (m) => ({ kind: 'age', start: m.index, end: m.index + m[0].length, confidence: 0.85, value: 'infant' })));
  out.push(...scan(DECADE, text, (m) => ({ kind: 'age', start: m.index, end: m.index + m[0].length, confidence: 0.8, value: 'decade' })));
  out.push(...scan(AGE_SEX, text, (m) =>
    AGE_SEX_CUE.test(before(text, m.index, 10)) ? { kind: 'age', start: m.index, end: m.index + m[0].length, confidence: 0.7 } : null,
  ));
  out.push(...scan(BIRTHDAY, text, (m) => ({ kind: 'age', start: m.index, end: m.index + m[0].length, confidence: 0.85, value: 'birthday' })));
  return out;
}
