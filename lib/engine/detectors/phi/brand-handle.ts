// A social-media handle told as a brand or a shop, not a person: "a PR box from @LunaLinen",
// "our partnership with @GlowHydrate", "trying the @glowdrops collagen", "check out @oaklinewellness".
// What the post says its products do is a product claim (medical-claims), nobody's health.
// Read from the frame around the handle (a sponsor, a gift, a product after it), so it holds
// for handles no list has. A handle spoken to ("@jen_k89 your mom ...") or told of is a person.
import type { Doc } from '../../doc';
import type { Subject } from './subjects';

// Sponsored by it, sent by it, bought or tried from it, or pointed to as a shop.
const BRAND_BEFORE = /(?:\b(?:partner(?:ship|ed|ing)?|collab(?:oration|orating|orated)?|teamed up|sponsored|gifted|#ad)\s+(?:with|by)|\b(?:ambassador|affiliate|spokes(?:person|woman|man)|brand rep|partner)\s+(?:for|of|with)|\b(?:box|package|haul|samples?|gift|goodies|order|delivery|socks|products?)\s+(?:from|by)|\bcheck(?:ing)? out|\bshop(?:ping)?(?:\s+at)?|\b(?:day|night|session|visit)\s+at|\b(?:been|started)\s+(?:using|on)|\btrying(?:\s+out)?\s+(?:the|their|this|that|these|those))\s+$/i;
// A product or a shop word right after it: "@glowroot sea moss gel", "@GlowHydrate IV bar".
const PRODUCT_AFTER = /^['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:collagen|gel|gels|spray|sprays|gumm(?:y|ies)|oils?|drops|tinctures?|supplements?|supps|products?|tea|teas|creams?|serums?|drips?|iv bar|bar|lounge|sheets|socks|scrubs|blends?|capsules|powders?|patch(?:es)?|shop|store|spa|line|brand|app)\b/i;

/** Whether a handle (or the name read off it) is a brand or a shop the post promotes or names. */
export function isBrandHandle(doc: Doc, s: Subject): boolean {
  if (s.kind !== 'handle' && s.kind !== 'name') return false;
  if (doc.text[s.start] !== '@') return false;
  const before = doc.text.slice(Math.max(0, s.start - 40), s.start);
  const after = doc.text.slice(s.end, s.end + 40);
  if (BRAND_BEFORE.test(before) || PRODUCT_AFTER.test(after)) return true;
  // The next in a list of brands: "ambassador for @KineTekTape & @ThermaPulse".
  const listed = /(@[A-Za-z0-9_.]+)\s*(?:&|and|\+|,)\s*$/.exec(before);
  if (!listed) return false;
  const start = s.start - before.length + listed.index;
  return isBrandHandle(doc, { ...s, kind: 'handle', start, end: start + listed[1].length });
}
