// Paid links: a discount code or affiliate link in its shape. A personal code is promotion and
// material connection at once; a business announcing its own offer ("20% off at our pharmacy with
// code FLU20") is not one. The pack's `paid-cues` wording ("gifted me") is tie wording, read with
// the other ties in index.ts, so one rule (promotion with a tie, undisclosed) decides it.
import type { Doc } from '../../doc';
import { scanDoc, testDoc } from '../../by-sentence';
import { overlaps, type Hit } from '../shared/match';

// A promo code (with or without the word "code") or an affiliate link, short or long.
const CODE_OR_LINK = /(?:\b(?:[Uu]se|[Ww]ith|[Mm]y) (?:my )?code\s+\S+|\b(?:[Uu]se|[Ww]ith|[Tt]hrough|[Vv]ia|[Cc]lick) my (?:link|referral link|affiliate link)|\b(?:[Cc]ode|CODE)\s+\p{Lu}[\p{Lu}\d-]{3,}\b|[?&](?:tag|ref|aff|affiliate|affid)=[\w-]+|\bamzn\.to\/\S+|\b(?:[Uu]se|[Ww]ith)\s+\p{Lu}[\p{Lu}\d-]{3,}\s+(?:for|at checkout)\b|% off with \p{Lu}[\p{Lu}\d-]{3,})/gu;
// A code written without capitals: letters and digits, with at least two letters and one digit.
const CASELESS_CODE = '(?=[a-z-]*\\d)(?=[\\d-]*[a-z][\\d-]*[a-z])[a-z\\d][a-z\\d-]{3,}';
// The shapes of a code in any wording: "enter coupon ZX9Q7", "code X saves you 15%", "20% off ... code".
const CODE_SHAPES = [
  /\b(?:use|with|enter)\s+(?:my\s+|the\s+)?(?:code|coupon|promo)\s+\w*\d\w*/giu,
  /\b(?:code|coupon|promo\s+code)\s+\w+\s+(?:for|saves?|gets?)\s+(?:you\s+)?\d+\s?%/giu,
  /\b\d+\s?%\s+off\b[^.!?\n]{0,40}\b(?:code|coupon)\b|\b(?:code|coupon)\b[^.!?\n]{0,40}\b\d+\s?%\s+off\b/giu,
  // Referral and affiliate links in any wording: the writer's link, page or code gets the reader something.
  /\bmy\s+(?:\w+\s+)?link\s+(?:in\s+(?:my\s+)?bio\s+)?(?:gets?|for|to\s+get|will\s+get)\b/giu,
  /\b(?:sign\s+up|order|buy|shop|grab\s+(?:it|one|yours)|get\s+(?:it|yours|one))\s+(?:w|with|through|thru|via|from|using|on)\s+my\s+(?:\w+\s+)?(?:link|page|code|storefront)\b/giu,
  /\b(?:dm|message|pm)\s+me\s+(?:for|and\s+i'?ll\s+send)\s+(?:you\s+)?(?:my|a)\s+(?:\w+\s+){0,2}(?:link|code)\b/giu,
  /\blink\s+in\s+(?:my\s+)?bio\s+(?:for|gets?(?:\s+you)?)\s+(?:\d+\s?%|a\s+free|free)/giu,
  /\b(?:swipe\s+up\s+w(?:ith)?|mention|use)\s+(?:code\s+)?\p{Lu}[\p{Lu}\d_-]{3,}\b/gu,
  /\b\p{Lu}[\p{Lu}\d_-]{3,}\s+at\s+checkout\b/gu,
  // The same codes typed in lower case ("code glow20", "use bri50 for $50 off", "dani15 at checkout"):
  // a word of letters and digits, at least two letters, so "code 3" and "code blue" are not codes.
  new RegExp(`\\b(?:(?:code|coupon|promo)\\s+${CASELESS_CODE}|(?:use|with|mention|enter)\\s+${CASELESS_CODE}\\s+(?:for|at\\s+(?:checkout|booking))|${CASELESS_CODE}\\s+at\\s+checkout|%\\s+off\\s+with\\s+${CASELESS_CODE})\\b`, 'giu'),
  // A code without digits is a code by what follows it: "code tessstack at checkout", "mention drtess at booking".
  /\b(?:(?:use\s+)?code|mention)\s+[a-z][\w-]{3,}\s+(?:at\s+(?:checkout|booking)|for\s+\d+\s?%|saves?\s+(?:you\s+)?\d)/giu,
  /\/(?:r|ref|aff|affiliate|partner|invite)\/[\w-]+/gu,
  // A link's referral parameter with its "?" or "&" lost ("site.com/demoref=bcole"): still after a slash.
  /\/[\w-]*?(?:ref|aff|affiliate|affid)=[\w-]+/gu,
  // A booking or order link that ends in a person's slug ("book through restwellsleep.com/linh").
  /\b(?:book|order|sign\s+up|buy|shop|get\s+(?:it|yours|one))\s+(?:\S+\s+){0,3}?(?:through|thru|via|at|using|with|on)\s+(?:https?:\/\/)?(?:www\.)?[\w-]+\.(?:com|co|net|org|shop|store|link|ly|io|me|health)\/(?!(?:book|booking|appointments?|schedule|contact|about|home|events?|register|signup|careers|jobs|locations?|services?|flu|covid)\b)[a-z][\w-]*\b/giu,
  /\bin\s+my\s+(?:ltk|amazon\s+storefront|storefront|shop)\b/giu,
  /\b(?:my\s+)?referral\s+(?:link|code|box|discount|credit)\b/giu,
  // A personal code by its shape alone: a capitalized word ending in a number ("NIGHTWATCH20", "MARI15"),
  // or said at the desk ("say COACHDEV at the desk"). Not a hashtag, a handle or a virus ("COVID19").
  /(?<![#@\w-])(?!COVID|SARS|MERS|HIV|HPV)\p{Lu}{4,}\d{2,3}(?![\w-])/gu,
  /\b(?:say|mention|use|give|show)\s+\p{Lu}{4,}\s+at\s+(?:the\s+)?(?:desk|door|register|counter|front|booking|checkout)\b/gu,
  // The writer's link in any wording: "comment TEA for the link", "book thru my link", "linked on my LTK", "por mi link".
  /\b[Cc]omment\s+["'“]?\p{Lu}{2,}["'”]?\s+(?:for|and\s+i'?ll\s+send)\s+(?:the|my|a)\s+(?:link|code|info|details)\b/gu,
  /\b(?:book|enroll|register|subscribe|join)\s+(?:w|with|through|thru|via|using|on)\s+my\s+(?:\w+\s+)?(?:link|page|code)\b/giu,
  /\blinked\s+(?:on|in)\s+my\s+(?:ltk|storefront|amazon|shop)\b/giu,
  /\b(?:por|con|usan|usen|use)\s+mi\s+(?:link|enlace|c[oó]digo)\b/giu,
  /\bget\s+a\s+(?:little\s+)?(?:something|cut|kickback|gift\s+card|credit)\s+for\s+(?:every|each)\s+referral/giu,
  /\b(?:\$\d+|\d+\s?%)\s+(?:gift\s+card|off|credit|bonus)\s+for\s+(?:every|each)\s+referral/giu,
];
// The writer's own code or link ("my code", "my link"): personal whoever else speaks in the post.
const MINE = /\bmy\s+(?:\S+\s+)?(?:code|coupon|link|referral|affiliate)/i;
// The writer speaks as the business making the offer: "our pharmacy", "we're offering", "book with us".
// Not "the fluids we give in clinic": care given is no offer, so a bare "we" is not the business speaking.
const BUSINESS_VOICE =
  /\b(?:our|we(?:'re| are))\s+(?:\S+\s+){0,2}(?:store|shop|pharmacy|clinic|practice|office|spa|salon|gym|studio|bakery|caf[eé]|med ?spa|members|customers|clients|patients|shelves|website|online store|grand opening|anniversary|sale|special|offer|deal|rn|team)\b|\b(?:we(?:'re| are| will|'ll)?|our team)\s+(?:\S+\s+)?(?:offer(?:ing)?|giving|run(?:ning)?|launch(?:ing)?|celebrat(?:e|ing)|open(?:ing)?|always|screen|tell)\b|\bwe(?:'re| are| will|'ll)\s+(?:\S+\s+)?give\b|\b(?:with|at|visit)\s+us\b/i;
// "Code" and a word without digits is as often an overhead announcement ("Code BLUE on 4 West", "called a
// code STROKE") as a discount: it is a code only where something is bought or saved in its sentence, or
// the reader is told to use, enter or apply it.
const BARE_WORD_CODE = /^(?:code|CODE|Code)\s+[\p{L}-]+$/u;
const COMMERCE = /%|\$\d|\b(?:off|checkout|discount\w*|sav(?:e|es|ed|ing|ings)|coupon|promo|order\w*|shop\w*|buy|purchase|shipping|store|cart|site|link|bio|free|gets? you|trial|deal|special|subscription)\b/i;
const ASKED_TO_USE = /(?:\b(?:use|enter|apply|with|w|my|try)|\bw\/)\s*(?:the\s+)?$/i;
const announcement = (doc: Doc, h: Hit) => {
  if (!BARE_WORD_CODE.test(h.text)) return false;
  const s = doc.sentenceAt(h.start);
  const before = doc.text.slice(s ? s.start : 0, h.start);
  return !ASKED_TO_USE.test(before) && !COMMERCE.test(s ? s.text : h.text);
};

/** The post's personal codes and affiliate links; none where the writer speaks as the business making the offer. */
export function paidLinks(doc: Doc): Hit[] {
  const codes: Hit[] = [];
  for (const re of [CODE_OR_LINK, ...CODE_SHAPES]) for (const h of scanDoc(doc, re)) if (!codes.some((c) => overlaps(c, h)) && !announcement(doc, h)) codes.push(h);
  if (testDoc(doc, BUSINESS_VOICE) && !testDoc(doc, MINE)) return [];
  return codes.sort((a, b) => a.start - b.start);
}

// The writer's own link, pointed at by where it sits: "link in bio", "linked in my stories", "link below".
const OWN_LINK = /\b(?:link(?:ed)?\s+(?:is\s+)?(?:in|on)\s+(?:my\s+|the\s+)?(?:bio|stories|story|comments|profile)|link\s+(?:below|down\s+below)|(?:bio|stories)\s+link)\b/giu;
// What a link points at when it is not a product: news, a cause, the writer's own content.
const CONTENT = /\b(?:meal\s+train|petition|press\s+release|fundraiser|gofundme|sign[- ]?up|registration|survey|form|episode|ep|podcast|article|blog|post|newsletter|recording|replay|announcement|rsvp|tickets|agenda|video|vid|reel|recall|database|results|disclosures?|sheet|walk)\s*$/i;
// A provider's own offer: "our Immunity Drip", "our estheticians", "Our program"; a link to book a visit is the provider's own.
const OUR_OFFER = /\bour\b/i;
const BOOKING = /\b(?:book|booking|schedule|appointments?|consults?|consultation)\b[^.!?]{0,30}$/i;
// The writer's own business, said openly: "my shop", "I pour these myself", "my lil side biz".
const OWN_SHOP = /\b(?:my|our)\s+(?:own\s+|lil\s+|little\s+|small\s+)?(?:shop|store|business|side\s+biz|biz|brand|studio|etsy)\b|\bi\s+(?:make|pour|sew|bake|knit|craft|print|paint)\s+(?:these|them|it|each|every)\b/i;

/**
 * The writer's own link ("link in bio", "linked in stories", "link below") beside a product it
 * sells: an affiliate link by where it sits. Links to news, a cause or the writer's own content
 * ("meal train link in the comments", "press release linked"), and a business's own offer or the
 * writer's own shop said openly, are not a connection.
 */
export function ownLinks(doc: Doc): Hit[] {
  if (testDoc(doc, BUSINESS_VOICE) || testDoc(doc, OWN_SHOP) || testDoc(doc, OUR_OFFER)) return [];
  return scanDoc(doc, OWN_LINK).filter((h) => {
    const s = doc.sentenceAt(h.start);
    const before = doc.text.slice(s ? s.start : 0, h.start);
    return !CONTENT.test(before.replace(/[^\p{L}\s-]/gu, ' ').trim()) && !BOOKING.test(before);
  });
}

const NOT_A_BRAND = ['Pronoun', 'Determiner', 'Person', 'Honorific', 'Place', 'Date', 'Month', 'WeekDay', 'Acronym', 'Verb', 'Adjective', 'Conjunction', 'Preposition'];

/**
 * A product or brand named by its capitals: a noun capitalized inside its sentence, or opening it
 * with a capital inside the word ("GlowFuel"), not a person, a place, an acronym or one of `own`.
 * What a link sells is named; "this gut reset protocol" is the writer's own advice.
 */
export function namesBrand(doc: Doc, own: readonly Hit[]): boolean {
  return doc.sentences.some((s) =>
    s.tokens.some((t, i) => {
      if (!/^\p{Lu}/u.test(t.text) || NOT_A_BRAND.some((x) => t.tags.has(x)) || own.some((o) => o.start <= t.start && t.end <= o.end)) return false;
      return i > 0 ? /[\p{Ll}]/u.test(t.text) && t.tags.has('Noun') : /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text);
    }),
  );
}
