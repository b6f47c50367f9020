// Numbers that are identifiers only because of the words around them (Presidio's and Purview's
// "supporting evidence within a window"): record, member, licence, plate, serial, account, room.
import { before, scan, type Found } from './found';
import { vinValid } from './checksums';

// An identifier-like token: letters, digits and inner dashes, with at least one digit.
const ID_TOKEN = /(?<![\w@./-])#?(?=[A-Za-z0-9-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,24}(?![\w@]|[.-]\w)/g;

interface Cue {
  kind: string;
  value: string;
  /** Must end the window before the token (the label, then at most a few linking words). */
  re: RegExp;
  /** Shortest token, counting digits only. */
  minDigits: number;
}

const LINK = String.raw`(?:\s*(?:number|num|no\.?|nbr|#|id|is|was|of|:|=|-)\s*){0,4}\s*`;
const cue = (kind: string, value: string, words: string, minDigits: number): Cue => ({
  kind, value, minDigits, re: new RegExp(String.raw`(?:^|[^\w])(?:${words})${LINK}$`, 'i'),
});

// Order matters: the first cue that matches decides the kind ("license plate" before "license").
const CUES: Cue[] = [
  cue('vehicle', 'plate', String.raw`(?:license|licence|number|registration|tag)\s+plates?|plates?|vin|vehicle(?:\s+id(?:entification)?)?|tag`, 2),
  cue('mrn', 'mrn', String.raw`mrn|mr#|medical\s+record|med\s+rec|record\s*(?:number|no\.?|num|#)|chart\s*(?:number|no\.?|#)|patient\s+(?:id|identifier)|pt\s+id|hospital\s+(?:id|number)|emr|ehr`, 4),
  cue('health-plan', 'health-plan', String.raw`member(?:ship)?|subscriber|policy|insurance(?:\s+id)?|insurer|plan\s*(?:id|number|no\.?|#)|group\s*(?:id|number|no\.?|#)|medicaid|medicare|mbi|hicn|beneficiary|health\s+plan`, 5),
  cue('license', 'license', String.raw`(?:driver'?s?|drivers|driving)\s+(?:license|licence|permit)|dl|license|licence|lic\.?|npi|dea|certificate|cert\.?|certification|permit|credential|registration`, 4),
  cue('device', 'device', String.raw`serial|s/n|sn|device(?:\s+id)?|imei|udi|pacemaker|implant|pump|hearing\s+aid`, 4),
  cue('account', 'account', String.raw`account|acct|a/c|bank\s+account|routing|aba|checking|savings|iban|bic|swift`, 5),
  cue('other-id', 'room', String.raw`room|rm\.?|bed|bay|ward|cubicle|pod|trauma|resus|crib|isolette|stall|chair`, 1),
  cue('other-id', 'case', String.raw`case|claim|ticket|badge|employee(?:\s+id)?|order|reference|ref\.?|confirmation|invoice|visit|encounter|accession|specimen|sample|passport|id`, 4),
];

// A room or bed number: short, mostly digits ("412", "12B", "4-West" is not).
const ROOM_TOKEN = /^#?(?:[A-Za-z]?\d{1,5}[A-Za-z]?|\d{1,2}-\d{1,4})$/;
/** Words of time after a number ("in bed 4 hours early"): the number is a quantity, not a bed. */
export const DURATION_WORDS = String.raw`hours?|hrs?|minutes?|mins?|days?|weeks?|nights?|straight|[ap]\.?m\b|o'clock`;
const DURATION_AFTER = new RegExp(`^\\s*(?:${DURATION_WORDS})`, 'i');
const VIN_RE = /(?<![\w-])[A-HJ-NPR-Za-hj-npr-z0-9]{17}(?![\w-])/g;
const PLATE_SHAPE = /^[A-Za-z0-9]{1,4}-?[A-Za-z0-9]{1,5}$/;

// "Mrs. Szabo in 303", "the patient in 12B": a person, then "in" and a room-shaped number
// (not a quantity: "pinned a kid in 38 seconds").
const PERSON_IN_ROOM = /(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]*|\b(?:patient|pt|guy|lady|gentleman|man|woman|kid|baby|boy|girl|resident)|\b\p{Lu}\.(?:\p{Lu}\.)+)\s+in\s+(\d{1,2}[A-Z]-\d{1,3}|\d{2,4}[A-Za-z]?)\b(?![.,]\d|\s*(?:am|pm|a\.m|p\.m|years?|days?|weeks?|months?|hours?|minutes?|mins?|seconds?|secs?|degrees?|miles?|laps?|reps?|pounds?|lbs?|points?|%)\b)/gu;
// Hospital floor-and-wing codes ("5W-22" is a room; "on 4 West" is a unit): locations inside a hospital.
const UNIT_ROOM = /(?<![\w-])\d{1,2}[NSEW]-\d{1,3}[A-Za-z]?(?![\w-])/g;
const WARD = /\b(?:on|to|from|at)\s+(\d{1,2}\s?(?:North|South|East|West|N|S|E|W))\b(?![\w-])/g;

export function findContextualIds(text: string): Found[] {
  const out: Found[] = scan(ID_TOKEN, text, (m) => {
    const token = m[0];
    const digits = token.replace(/\D/g, '').length;
    const window = before(text, m.index, 48);
    for (const c of CUES) {
      if (!c.re.test(window)) continue;
      if (digits < c.minDigits) return null;
      if (c.value === 'room' && (!ROOM_TOKEN.test(token) || DURATION_AFTER.test(text.slice(m.index + token.length, m.index + token.length + 12)))) return null;
      if (c.value === 'plate' && !PLATE_SHAPE.test(token) && !vinValid(token)) return null;
      // Four-digit years after "since", "in" are not ids; a bare year after a label still is rare.
      if (/^(?:19|20)\d\d$/.test(token) && c.value !== 'room') return null;
      const confidence = c.value === 'room' ? 0.75 : 0.85;
      const value = c.kind === 'vehicle' && vinValid(token) ? 'vin' : `context:${c.value}`;
      return { kind: c.kind, start: m.index, end: m.index + token.length, confidence, value };
    }
    return null;
  });
  out.push(...scan(PERSON_IN_ROOM, text, (m) => {
    if (/^(?:19|20)\d\d$/.test(m[1])) return null;
    const start = m.index + m[0].length - m[1].length;
    return { kind: 'other-id', start, end: start + m[1].length, confidence: 0.7, value: 'room' };
  }));
  out.push(...scan(UNIT_ROOM, text, (m) => ({ kind: 'other-id', start: m.index, end: m.index + m[0].length, confidence: 0.7, value: 'room' })));
  out.push(...scan(WARD, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    return { kind: 'other-id', start, end: start + m[1].length, confidence: 0.4, value: 'unit' };
  }));
  // A VIN with a valid check digit needs no context.
  out.push(...scan(VIN_RE, text, (m) =>
    /\d/.test(m[0]) && /[A-Za-z]/.test(m[0]) && vinValid(m[0])
      ? { kind: 'vehicle', start: m.index, end: m.index + m[0].length, confidence: 0.9, value: 'vin' }
      : null,
  ));
  return out;
}
