// A person telling their own health news in public, in the words people use for it now: a post,
// a live, a story, a press conference ("Danny Molina posted that he had open-heart surgery", "said
// on his live he's 90 days sober", "said in her press conference that she's starting chemo", "went
// public w/ his dx"). What someone says of themselves to everyone is no one's disclosure. The teller
// is the one told of: nobody else (a patient, a bed, the writer's own people) is named in the sentence.
import { gated } from '../../text/regex-gate';

const MEDIUM = String.raw`(?:live|livestream|stream|story|stories|feed|reels?|tiktok|ig|insta|instagram|facebook|fb|twitter|youtube|vlog|podcast|show|page|account|blog|newsletter|substack|socials?|press conference|presser|interview|broadcast|speech|statement|announcement)`;
const SAY = String.raw`(?:post(?:s|ed|ing)?|shar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|tweet(?:s|ed|ing)?|sa(?:y|ys|id|ying)|wr(?:ite|ites|ote|iting)|reveal(?:s|ed|ing)?|confirm(?:s|ed|ing)?|talk(?:s|ed|ing)?|spoke)`;
// "said on his live last night", "said in her press conference today that".
const SAID_IN_MEDIUM = gated(new RegExp(String.raw`\b${SAY}\s+(?:(?:on|in|during)\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?${MEDIUM})\b`, 'iu'));
// "Danny Molina posted that he had ...", "saw Dana Pryce from Channel 6 post that she's ...": the
// one who posts is named (by capitals) and the one told of is "he", "she" or "they" right after "that".
const NAMED_POSTED_THAT = gated(new RegExp(String.raw`\b\p{Lu}[\p{L}'’-]+(?:\s+\S+){0,3}?\s+(?:post(?:s|ed)?|announc(?:e|es|ed)|shar(?:e|es|ed)|tweet(?:s|ed)?|reveal(?:s|ed)?|confirm(?:s|ed)?)\s+(?:(?:today|yesterday|last night|this (?:morning|week))\s+)?that\s+(?:she|he|they)\b`, 'u'));
// "went public w his prostate cancer dx" ("w", "w/" and "with").
const WENT_PUBLIC = gated(/\b(?:went|goes|going|gone|go)\s+public\s+(?:w\/?|with|about)\s+(?:his|her|their)\b/i);
// Someone else in the sentence: a patient, a bed, the writer's own people, "my coworker posted that she ...".
// ("your" may be the teller's advice to everyone: "he says listen to your body".)
// ("our governor" is the town's: only the writer's people and places are someone else.)
const SOMEONE_ELSE = /\b(?:patients?|pts?|clients?|residents?|room|bed|bay)\b|\b(?:my|our|mi|mis|nuestr[oa]s?)\s+(?:[\p{L}-]+\s+)?(?:mom|mother|dad|father|wife|husband|son|daughter|sister|brother|aunt|uncle|cousin|friend|neighbou?r|coworker|co-worker|colleague|boss|roommate|nurse|doctor|unit|floor|icu|er|ed|clinic|hospital|office|mam[aá]|pap[aá]|amig[oa]|vecin[oa])\b/iu;

/** Whether a sentence tells someone's own public statement about themselves. */
export function toldThemselves(text: string): boolean {
  if (SOMEONE_ELSE.test(text)) return false;
  return SAID_IN_MEDIUM.test(text) || NAMED_POSTED_THAT.test(text) || WENT_PUBLIC.test(text);
}
