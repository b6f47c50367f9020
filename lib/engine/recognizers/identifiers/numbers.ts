// Phone and fax numbers, Social Security numbers, payment cards and IBANs: the number kinds whose
// format (with separators, check digits or validity rules) is evidence enough.
import { after, before, scan, type Found } from './found';
import { ibanValid, luhnValid, ssnValid } from './checksums';
import { gated } from '../../text/regex-gate';

const SSN = /(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-])/g;
const SSN_CONTEXT = gated(/\b(?:ssn|ss#|social security|social sec|soc sec|ssa)\b[^\d]{0,25}$/);

const CARD = /(?<![\w+-])(?:\d{4}[ -]){2,3}\d{3,7}(?![\w-])|(?<![\w+-])\d{4}[ -]\d{6}[ -]\d{5}(?![\w-])|(?<![\w+-])\d{12,19}(?![\w-])/g;
const CARD_CONTEXT = /\b(?:card|cc|visa|mastercard|amex|discover|debit|credit)\b/;

const IBAN = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?\b/g;

// A phone number: optional country code, optional area code in parentheses, then groups of
// digits separated by spaces, dots or dashes; an extension may follow.
const PHONE = /(?<![\w+/.-])(?:\+\d{1,3}[ .-]?)?(?:\(0\)[ ]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,15}(?:[ .-]\d{2,8}){0,5}(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,5})?(?![\w/]|[.-]\d)/gi;
const PHONE_CONTEXT = /\b(?:call|calling|called|phone|ph|tel|telephone|mobile|cell|cellphone|text|txt|sms|reach|contact|dial|desk|office|hotline|whatsapp|fax|registered)\b.{0,40}$|\b(?:number|line|no\.?|#)[\s:]*$/;
const PHONE_AFTER = gated(/^[ -]{0,2}(?:office|fax|mobile|cell|home|work|desk|direct)\b/);
const FAX_BEFORE = /\bfax(?:ed)?\b[^\d]{0,12}$/;
const FAX_AFTER = /^[ -]{0,2}\(?fax\b/;
// Things with digits and separators that are not phone numbers.
const MONEY_BEFORE = /[$€£¥]\s?$/;
const UNIT_AFTER = /^\s?(?:%|percent|mg|mcg|ml|kg|lbs?|cm|mm|km|miles?|min|hrs?|hours?|days?|weeks?|years?|am|pm|k\b)/;

export function findSsns(text: string): Found[] {
  return scan(SSN, text, (m) => {
    if (!ssnValid(m[1], m[3], m[4])) return null;
    const context = SSN_CONTEXT.test(before(text, m.index, 40));
    // Nine bare digits are a Social Security number only when the text says so.
    if (!m[2] && !context) return null;
    return { kind: 'ssn', start: m.index, end: m.index + m[0].length, confidence: context ? 0.97 : 0.85, value: context ? 'context:ssn' : undefined };
  });
}

export function findCards(text: string): Found[] {
  return scan(CARD, text, (m) => {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 12 || digits.length > 19 || !luhnValid(digits)) return null;
    // All-same or counting digits pass Luhn by accident ("0000 0000 0000 0000").
    if (/^(\d)\1+$/.test(digits)) return null;
    const context = CARD_CONTEXT.test(before(text, m.index, 40));
    return { kind: 'account', start: m.index, end: m.index + m[0].length, confidence: context ? 0.97 : 0.85, value: 'card' };
  });
}

export function findIbans(text: string): Found[] {
  return scan(IBAN, text, (m) => {
    const compact = m[0].replace(/ /g, '').toUpperCase();
    if (!ibanValid(compact)) return null;
    return { kind: 'account', start: m.index, end: m.index + m[0].length, confidence: 0.98, value: 'iban' };
  });
}

export function findPhones(text: string): Found[] {
  return scan(PHONE, text, (m) => {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    // Extensions are not part of the digit count.
    const main = raw.replace(/\s?(?:x|ext\.?|extension)\s?\d+$/i, '').replace(/\D/g, '');
    if (main.length < 7 || main.length > 15 || digits.length > 20) return null;
    const pre = before(text, m.index, 30);
    const post = after(text, m.index + raw.length, 12);
    if (MONEY_BEFORE.test(pre) || UNIT_AFTER.test(post)) return null;
    // A range of years ("2024-2025", "1999 - 2003") is not a number to call.
    if (/^(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d$/.test(raw)) return null;
    const separated = /[ .()-]/.test(raw.trim());
    const plus = raw.startsWith('+');
    const nanp = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}\b/.test(raw);
    const context = PHONE_CONTEXT.test(pre) || PHONE_AFTER.test(post);
    const groups = raw.split(/[ .()-]+/).filter(Boolean);
    // Grouped like a phone number: 2-5 digit groups, at least two of them, 8+ digits.
    const phoneShape = separated && groups.length >= 2 && main.length >= 8;
    const localShape = /^\d{3}[ -]\d{4}$/.test(raw);
    // A line that holds nothing but the number, as in a signature block.
    const alone = text.trim() === raw;
    if (!(nanp || plus || phoneShape || (localShape && (context || alone)) || (!separated && context && main.length >= 9) || (!separated && main.length === 10 && /^[2-9]/.test(main)))) return null;
    const fax = FAX_BEFORE.test(before(text, m.index, 20)) || FAX_AFTER.test(post);
    // Digit groups alone are weak: a postcode and a house number look the same ("17151 2450 Crown St").
    const confidence = nanp || plus || context ? 0.9 : 0.5;
    return { kind: fax ? 'fax' : 'phone', start: m.index, end: m.index + raw.length, confidence };
  });
}
