// The writer presenting themselves as working for the organization.
import { alternation, findTerms, type Hit } from './match';
import { gated } from '../../text/regex-gate';

// Departments a writer names as their own ("X anesthesia here", "riverbend evs here").
const DEPARTMENTS = '(?:anesthesia|pharmacy|radiology|nursing|rehab|lab|billing|finance|evs|security|facilities|dietary|transport|registration|ortho|derm|peds|onc|cardiology|imaging|icu|nicu|l&d|it|hr)';
/** A hospital department or service by its everyday name: a unit's people, never a company's. */
export const DEPARTMENT = new RegExp(`^${DEPARTMENTS}$`, 'i');
const ROLE_WORDS = "(?:nurse|rn|lpn|np|pa|crna|rt|rd|slp|physician|doctor|doc|md|do|surgeon|resident|fellow|pharmacist|therapist|tech|technician|technologist|employee|manager|director|vp|ceo|cfo|coo|cno|cmo|executive|chaplain|scheduler|receptionist|clerk|coordinator|educator|midwife|aide|cna|medic|paramedic|attending|valet|\\p{L}+(?:ist|ian|or|er))";

/** "I work at ...", "as a nurse at ...": says they work somewhere, whichever place it names. */
export const EMPLOYEE_SELF_ID = alternation([
  "(?:i|we) (?:work|worked|have worked|'ve worked) (?:\\S+ ){0,3}(?:at|for|in|there|here)",
  `(?:i'm|i am|as) an? (?:\\S+ ){0,2}${ROLE_WORDS} (?:at|for|with|on|there)`,
  'my (?:coworkers|co-workers|colleagues|unit|team|manager|employer)',
]);

// What comes just before one of the organization's names when the writer says they work there.
const LEAD = gated(new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    [
      // "I'm a nurse at X", not "I'm at X right now" or "I'm hearing about X": a role comes first.
      "(?:i'm|i am|as|(?<!\\b(?:on|for|about|of|congrats|congratulations) )being|(?:after )?[\\w-]+ (?:years|months|decades) as|proud to be|i've been|i joined|i've joined) (?!(?:at|in|on|told)\\b|(?!(?:working|employed|volunteering|training|rotating|floating|precepting|interning|teaching|nursing)\\b)\\S+ing\\b)(?:an? |the )?(?:\\S+ ){0,5}(?:at|for|with|of|in|on|joined)",
      "(?:proud|happy|lucky|grateful|blessed|honou?red|glad) to (?:work|serve|be working) (?:\\S+ ){0,3}(?:at|for|with)",
      // A signature: "Signed, a proud X employee".
      'signed,?(?: an?| one)?(?: \\S+)?',
      "(?:i|we) (?:work|worked|have worked|'ve worked) (?:\\S+ ){0,3}(?:at|for|in)",
      // "Three years working nights on the cardiac floor at X": a tenure, the writer's own.
      "(?<!(?:\\bher|\\bhis|\\btheir|'s) \\S+ )(?:years|months|decades) (?:of )?(?:working|worked) (?:\\S+ ){0,6}(?:at|for)",
      'part of',
      'my (?:\\S+ )?(?:team|unit|colleagues|coworkers|co-workers|department|job|shift|employer|workplace|floor) (?:at|in|on|with)',
      // "our unit at X", "our night crew at X": the writer's own part of the place ("our care team" is a patient's).
      'our (?:(?!care\\b)\\S+ )?(?:unit|floor|department|dept|shift|crew|coworkers|co-workers|colleagues|workplace|ed|er|icu|nicu|picu|pacu) (?:at|in|on|with)',
      // A gerund opening the sentence is the writer's own work: "Working at X has taught me".
      '(?:^|[.!?]\\s+|\\n)working (?!out\\b)(?:\\S+ ){0,3}(?:at|for|with)',
      // A tenure or a role "with X": "i been a home health aide with X 11 yrs".
      "(?:i been|i've been|i have been) an? (?:\\S+ ){0,3}(?:with|at|for)",
      // Someone else's tenure ("congrats to Ana on 25 years at X", "her 10 years at X") is not the writer's.
      "(?<!(?:\\bon|\\bher|\\bhis|\\btheir|'s|\\bcelebrat\\w+) \\S+ )(?:years|months|yrs) (?:(?:in|on|of|doing) (?:\\S+ ){0,4})?at",
      "(?:as|i'm|i am|being) an?",
      // A signature: "RT @ X", "— Yesi, RN, X".
      `${ROLE_WORDS} ?@`,
      // The work itself, done there: "day 3 of charting on paper at X", "clocked in at X".
      '(?:charting|clocking in|clocked in|on shift|floating|precepting|orienting|double shift|night shift|day shift) (?:\\S+ ){0,3}(?:at|in)',
      // The writer among its people: "anyone else at X", "from inside X", "months of my life at X".
      'anyone else (?:\\S+ ){0,2}(?:at|from|in)', 'from inside', '(?:years|months|decades) of my life (?:at|with)',
      // Spanish: "en mi unidad at X", "mi trabajo en X".
      '(?:en )?mi (?:unidad|trabajo|piso|turno|equipo|chamba) (?:at|en|de)', '(?:yo )?trabajo (?:\\S+ ){0,2}(?:en|para)',
    ].join('|') +
    ') (?:the |an? )?$',
  'iu',
));
// "Hospitalist at X, it's been a night": a bare role opening a sentence is the writer's own.
const OPENING_ROLE_AT = gated(new RegExp(`(?:^|(?<!\\b(?:mr|mrs|ms|dr|st|sr|jr))[.!?\\n]\\s*|\\p{Extended_Pictographic}\\s*)(?:${ROLE_WORDS}|${DEPARTMENTS}) at (?:the |an? )?$`, 'iu'));
// "X nurses, are we striking or not?": the writer among the organization's people.
const OWN_PEOPLE_WE = /^(?:'s)?\s+(?:\S+\s+)?(?:nurses|employees|staff|techs|docs|doctors|workers|coworkers|co-workers|colleagues|fam|family|folks|people),?\s+(?:are we|we're|we are|let's|do we|did we|should we|how are we)\b/i;
// "As a X patient", "X ... as a patient": a customer speaking, not an employee.
const AS_PATIENT = /^(?:'s)?\s+(?:(?:\S+\s+)?(?:patients?|customers?|members?|visitors?)\b|[^.!?\n]{0,25}\bas an? (?:patient|customer|visitor|parent|mom|dad)\b)/i;
// "Pharmacist at X here": a bare role before the name, confirmed by "here" after it.
const ROLE_AT = gated(new RegExp(`(?:^|[^\\p{L}])(?:${ROLE_WORDS}|${DEPARTMENTS}) at (?:the |an? )?$`, 'iu'));

/**
 * Where the writer identifies as one of the organization's people: a role or work phrase
 * tied to one of its names ("I'm a nurse at X", "as a X cardiologist", "part of X's team").
 */
// What comes just after one of the organization's names when the writer works there:
// "X (where I work)", "X aka my employer", "X RT here", "X volunteer since 2015".
const TRAIL = gated(new RegExp(`^(?:'s)?(?:\\s+${DEPARTMENTS}(?=\\s*[(,—–-]\\s*(?:aka|a\\.k\\.a|i\\.e|where|my)\\b))?\\s*[(,—–-]?\\s*(?:(?:aka |a\\.k\\.a\\. |i\\.e\\. )?(?:where i (?:work|volunteer|train)|my (?:employer|workplace|job|hospital|clinic))|(?:\\S+ ){0,2}(?!(?:neighbou?r|visitor|donor|member|customer|mother|father|voter|supporter|daughter|sister|brother)\\b)(?:${ROLE_WORDS}|${DEPARTMENTS}) (?:here|btw|psa)\\b|(?:\\S+ )?(?:volunteer|employee|staff(?:er)?|nurse|rn|rt) (?:since|for) |(?:night |day |evening |unit |ward |front desk )?(?:clerk|scheduler|receptionist|aide|cna) ?(?:$|[.!]|\\p{Extended_Pictographic}))`, 'iu'));
// "my X family", "our X crew": the organization's people, the writer among them.
const OWN_PEOPLE_BEFORE = /(?:^|[^\p{L}])(?:my|our) $/iu;
// "our X birth center", "our X derm office": the writer's own part of the place, by a word a patient does not use for it.
const OWN_PEOPLE_AFTER = new RegExp(`^(?:'s)? (?:(?:work )?(?:family|fam|crew|coworkers|co-workers|colleagues|squad|peeps)|(?:${DEPARTMENTS} )?(?:office|unit|floor|break ?room|birth center|nurses' station))\\b`, 'i');
// A role written as its abbreviation, in capitals ("X SLP here", "X CRNA PSA").
const ABBREVIATED_ROLE = /^\s+(?:[A-Z]{2,5}|[A-Z]{2,5}s) (?:here|btw|PSA)\b/u;
// Said without the name, once the post names the organization: "I work there", "as someone who works in healthcare".
const UNNAMED = gated(/\b(?:i (?:work|worked|volunteer) (?:\S+ ){0,2}(?:there|here)|i(?:'ve| have) (?:worked|been|volunteered) (?:\S+ ){0,2}there (?:for )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) ?(?:yrs?|years?|months?)|(?:the |a )?(?:hospital|clinic) where i (?:work|volunteer)|my (?:clinical site|contract hospital|clinical rotation)|(?:any|all|some|those|the rest) of us (?:who|that) work (?:here|there)|as (?:someone|somebody|a person|one) who (?:works|worked|volunteers) (?:there|here|at (?:a|the) (?:hospital|clinic)|in (?:a hospital|healthcare|health care|medicine|a clinic)))\b/i);

export function selfIdentification(text: string, ownNames: readonly string[]): Hit[] {
  const out: Hit[] = [];
  // The organization's names in any case: after a lead such as "I work at", "riverbend" is the employer.
  const names = findTerms(text, ownNames);
  for (const n of names) {
    const trail = TRAIL.exec(text.slice(n.end)) ?? ABBREVIATED_ROLE.exec(text.slice(n.end));
    if (trail) {
      out.push({ start: n.start, end: n.end + trail[0].length, text: text.slice(n.start, n.end + trail[0].length) });
      continue;
    }
    if (OWN_PEOPLE_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start)) && OWN_PEOPLE_AFTER.test(text.slice(n.end))) {
      const start = n.start - 3 - (/our $/i.test(text.slice(Math.max(0, n.start - 4), n.start)) ? 1 : 0);
      const end = n.end + OWN_PEOPLE_AFTER.exec(text.slice(n.end))![0].length;
      out.push({ start, end, text: text.slice(start, end) });
      continue;
    }
    if (OWN_PEOPLE_WE.test(text.slice(n.end))) {
      out.push({ start: n.start, end: n.end, text: n.text });
      continue;
    }
    const from = Math.max(0, n.start - 60);
    const before = text.slice(from, n.start);
    const m = LEAD.exec(before) ?? OPENING_ROLE_AT.exec(before) ?? (/^\s+(?:(?:facility|hospital|clinic|location|campus) )?here\b/i.test(text.slice(n.end)) ? ROLE_AT.exec(before) : null);
    // "As a longtime patient of X", "As a X patient" is a customer speaking, not an employee.
    if (!m || /\b(?:patients?|customers?|visitors?|members?|residents? of|neighbou?rs?|fans?)\b/i.test(m[0]) || AS_PATIENT.test(text.slice(n.end))) continue;
    const start = from + m.index + Math.max(0, m[0].search(/\p{L}/u));
    out.push({ start, end: n.end, text: text.slice(start, n.end) });
  }
  const unnamed = names.length ? UNNAMED.exec(text) : null;
  if (unnamed) out.push({ start: unnamed.index, end: unnamed.index + unnamed[0].length, text: unnamed[0] });
  return out.sort((a, b) => a.start - b.start);
}
