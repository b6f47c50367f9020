// The organization's community (the pack's `community:` towns, neighborhoods, schools,
// employers and facilities): a person told by their role and one of these places is someone
// people there can name ("the bus driver in cedar falls", "a teacher at Lincoln Elementary",
// "the Maple Heights mail carrier"), in any case. A patient or "someone" at a place is not.
import type { Community } from '../../policy';

const KEYS = ['towns', 'neighborhoods', 'schools', 'employers', 'facilities'] as const;

const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");

/** The community's places as one alternation, longest first (so "Cedar Falls High" beats "Cedar Falls"). */
export function communityPlaces(community: Community | undefined): string | null {
  if (!community) return null;
  const terms = [...new Set(KEYS.flatMap((k) => community[k] ?? []).map((t) => t.trim()).filter((t) => t.length > 2))];
  if (!terms.length) return null;
  return terms.sort((a, b) => b.length - a.length).map(escape).join('|');
}

// A school's or a town's own words after its name: "Cedar Falls High", "the Oakdale plant".
const PLACE_TAIL = String.raw`(?:\s+(?:high|middle|elementary|school|academy|college|plant|mill|factory|store|office|branch|campus|district|area))*`;
const LINK = String.raw`(?:here\s+)?(?:in|at|from|of|on|for|near|outside|over at|out in|down in|up in|with)\s+(?:the\s+|downtown\s+|little\s+|our\s+)?`;
const VERB = String.raw`(?:works?|worked|working|teaches|taught|coaches|coached|drives|drove|manages|managed|runs|ran|owns|owned|preaches|volunteers|volunteered|cooks|bartends|cleans|delivers|delivered)`;

// Roles that only a workplace makes specific ("the cannery foreman", "a worker at the mill").
const WORKPLACE_ROLES = '[\\p{L}]+(?:man|woman)|tech|technician|aide|cna|therapist|hygienist|medic|foreman|forewoman|worker|employee|supervisor|shift lead|floor manager|crew chief|security guard|receptionist|secretary|custodian';

const cache = new WeakMap<Community, RegExp[]>();

/**
 * Patterns of a role tied to a community place, for the subjects finder (kind "descriptor").
 * `roles` is the occupations alternation, `people` the person nouns of subjects.ts.
 */
export function communityPatterns(community: Community | undefined, roles: string, people: string): RegExp[] {
  if (!community) return [];
  const hit = cache.get(community);
  if (hit) return hit;
  const places = communityPlaces(community);
  const out: RegExp[] = [];
  if (places) {
    const place = String.raw`(?:${places})${PLACE_TAIL}(?![\p{L}])`;
    const role = String.raw`(?:${roles}|${WORKPLACE_ROLES})`;
    out.push(
      // "the bus driver in cedar falls", "a substitute teacher at Lincoln Elementary"
      new RegExp(String.raw`\b(?:the|a|an|our|my|that|this|one|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?${role}\s+${LINK}${place}`, 'giu'),
      // "the cedar falls mail carrier", "our Lincoln Elementary art teacher"
      new RegExp(String.raw`\b(?:the|a|an|our|my|that|this)\s+${place}(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?${role}\b`, 'giu'),
      // "the guy who works at the mill in cedar falls", "a lady who drives for Oakdale schools"
      new RegExp(String.raw`\b(?:the|a|an|that|this)\s+(?:[\p{L}-]+\s+)?(?:${people})\s+(?:who|that)\s+${VERB}\s+(?:[\p{L}-]+\s+){0,3}?${LINK}${place}`, 'giu'),
    );
  }
  cache.set(community, out);
  return out;
}

const spanCache = new WeakMap<Community, RegExp | null>();

/** Where the community's towns, neighborhoods, schools and employers are named (not its facilities, whose names tell care). */
export function communitySpans(text: string, community: Community | undefined): [number, number][] {
  if (!community) return [];
  let re = spanCache.get(community);
  if (re === undefined) {
    const places = communityPlaces({ ...community, facilities: [] });
    re = places ? new RegExp(String.raw`(?<![\p{L}])(?:${places})(?![\p{L}])`, 'giu') : null;
    spanCache.set(community, re);
  }
  if (!re) return [];
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whether a matched description names one of the community's care facilities: who works there is a clinician or staff. */
export function atFacility(text: string, community: Community | undefined): boolean {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return (community?.facilities ?? []).some((f) => lower.includes(f.toLowerCase()));
}
