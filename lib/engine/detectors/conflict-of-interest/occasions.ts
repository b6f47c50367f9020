// A family tie told by the occasions the writer shares with the promoted business's people:
// holidays and family meals at their house ("Easter is at their place this year"), a holiday
// greeting to the owner by name ("See you at Thanksgiving, Mike"), a family meal they pay for
// ("Sunday dinner's on them"). Family holidays are spent with family and close friends, so the
// business the post promotes is theirs.
import type { DocSentence, DocToken } from '../../doc';
import type { Hit } from '../shared/match';

/** Holidays kept with family, and the family meal. */
const HOLIDAY = /^(?:thanksgiving|christmas|xmas|easter|passover|hanukkah|chanukah|eid|diwali|rosh|seder|reunion|navidad|nochebuena|friendsgiving)$/;
const MEAL = /^(?:dinner|dinner's|brunch|lunch|supper|bbq|cookout)$/;
const SUNDAY = /^(?:sunday|family|holiday)$/;
const HOME = /^(?:place|house|home|casa)$/;
const THEIRS = /^(?:their|his|her|them|him)$/;

const occasion = (toks: readonly DocToken[], i: number) => HOLIDAY.test(toks[i].normal.replace(/['’]s$/, '')) || (MEAL.test(toks[i].normal) && SUNDAY.test(toks[i - 1]?.normal ?? ''));

/** The occasions shared with the business's people in one sentence, spanning the occasion and its host. */
export function familyOccasions(s: DocSentence): Hit[] {
  const toks = s.tokens;
  const out: Hit[] = [];
  const span = (a: number, b: number): Hit => ({ start: toks[a].start, end: toks[b].end, text: s.text.slice(toks[a].start - s.start, toks[b].end - s.start) });
  for (let i = 0; i < toks.length; i++) {
    if (!occasion(toks, i)) continue;
    const after = toks.slice(i + 1, i + 6);
    // "Easter is at their place", "Christmas Eve at his house", "dinner's on them".
    const at = after.findIndex((t, k) => THEIRS.test(t.normal) && (HOME.test(after[k + 1]?.normal ?? '') || (after[k - 1]?.normal === 'on' && MEAL.test(toks[i].normal))));
    if (at >= 0 && !after.slice(0, at).some((t) => /[.!?;]/.test(t.post))) {
      out.push(span(i, i + 1 + at + (HOME.test(after[at + 1]?.normal ?? '') ? 1 : 0)));
      continue;
    }
    // "See you at Thanksgiving, Mike": a holiday greeting to someone by name.
    const see = toks[i - 3]?.normal === 'see' && toks[i - 2]?.normal === 'you' && /^(?:at|on|for)$/.test(toks[i - 1]?.normal ?? '');
    const named = toks[i + 1] && toks[i + 1].tags.has('Person') && !toks.slice(i + 2).some((t) => !/^\p{Lu}/u.test(t.text) && t.tags.has('Noun'));
    if (see && named) out.push(span(i - 3, i + 1));
  }
  return out;
}
