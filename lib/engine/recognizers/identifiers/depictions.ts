// Described images of a person ("selfie with", "pic of") and biometric identifiers.
import { scan, type Found } from './found';
import { gated } from '../../text/regex-gate';

const IMAGE = String.raw`(?:selfies?|photos?|photographs?|pics?|pictures?|snaps?|snapshots?|videos?|footage|clips?|images?|headshots?|portraits?|polaroids?|x-?rays?|ultrasound(?:\s+(?:pic|picture|image|photo))?s?|sonograms?)`;
// The subject words that make it a person rather than a building or a meal.
const PERSON_WORDS = new Set(
  ('me him her them us patient patients pt pts resident residents baby babies newborn newborns infant infants twins kid kids ' +
    'child children boy boys girl girls man men woman women guy guys lady ladies family families mom mum mother dad father ' +
    'parent parents wife husband son daughter grandma grandpa grandmother grandfather grandson granddaughter sister sisters ' +
    'brother brothers friend friends nurse nurses doctor doctors survivor survivors veteran veterans teen teens teenager ' +
    'teenagers toddler toddlers preemie preemies mr mrs ms dr team staff crew').split(' '),
);
const DETERMINER = String.raw`(?:(?:the|a|an|my|our|his|her|their|your|this|that|these|those|sweet|little|tiny|brave|favorite|favourite|newest|new|sick|first|one|two|three|some|all|of|and|\d+)\s+){0,3}`;
const PHOTO = gated(new RegExp(String.raw`\b${IMAGE}\s+(?:of|with|from|featuring|showing)\s+${DETERMINER}([\p{L}'’-]+)`, 'giu'));
const SELFIE = /\bselfies?\s+with\b/gi;
const BIOMETRIC = gated(/\b(?:finger\s?prints?|thumb\s?prints?|palm\s?prints?|voice\s?prints?|retina(?:l)?\s+scans?|iris\s+scans?|face\s?prints?|facial\s+(?:recognition|geometry|scan)|dna\s+(?:profile|sample|sequence|test)s?)\b/gi);

export function findDepictions(text: string): Found[] {
  const photos = scan(PHOTO, text, (m) => {
    const subject = m[1];
    // A person word, or a capitalized word such as a name ("a pic of Maria").
    const person = PERSON_WORDS.has(subject.toLowerCase().replace(/['’]s$/, '')) || /^\p{Lu}\p{Ll}/u.test(subject);
    return person ? { kind: 'photo', start: m.index, end: m.index + m[0].length, confidence: 0.8 } : null;
  });
  const selfies = scan(SELFIE, text, (m) =>
    photos.some((p) => p.start <= m.index && p.end > m.index) ? null : { kind: 'photo', start: m.index, end: m.index + m[0].length, confidence: 0.7 },
  );
  const bio = scan(BIOMETRIC, text, (m) => ({ kind: 'biometric', start: m.index, end: m.index + m[0].length, confidence: 0.6 }));
  return [...photos, ...selfies, ...bio];
}
