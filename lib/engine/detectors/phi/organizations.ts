// Organizations read as people: the pack's own names (the system, its facilities, partners,
// products, competitors) and businesses known by a handle or a trade word are no one's identity.
import type { Doc } from '../../doc';
import type { Subject } from './subjects';
import { gated } from '../../text/regex-gate';

/** The pack lists that name organizations and products, never a person. */
export const ORGANIZATION_LISTS = ['organization', 'facilities', 'partners', 'products', 'competitors', 'codenames'];

// A handle that reads as a business ("@glowdropsupps", "@NorthgateMed", "@LegUpScrubs").
const BUSINESS_HANDLE = /(?:supps|supplements|shop|store|bar|official|brand|scrubs|drip|med|health|clinic|spa|wellness|pharma|labs?|co|inc|hq|skin|beauty|fit|nutrition|juice|foods?|cafe|studio)$/i;
// A handle that a product or a preposition frames as the seller: "from @ComfyCalf", "@glowroot sea moss gel".
const SELLER_BEFORE = /\b(?:at|from|by|via|with|thanks|code|shop|try|trying|tried|using|the|@\w+['’]s)\s+$/i;
const PRODUCT_AFTER = gated(/^['’]?s?\s+(?:new\s+)?(?:[a-z-]+\s+){0,2}?(?:collagen|gel|socks|scrubs|products?|gummies|drips?|tea|supplements?|vitamins?|serum|cream|oil|powder|shakes?|bars?|magnesium|protein|kit|line|code)\b/i);

export function organizationTerms(lists: Record<string, string[]>): string[] {
  return ORGANIZATION_LISTS.flatMap((n) => lists[n] ?? []).map((t) => t.toLowerCase()).filter((t) => t.length > 2);
}

/** Whether a name or handle subject is an organization rather than a person. */
export function isOrganization(doc: Doc, s: Subject, terms: readonly string[]): boolean {
  if (s.kind !== 'name' && s.kind !== 'handle') return false;
  const text = doc.text.slice(s.start, s.end).replace(/['’]s?$/, '');
  const key = text.replace(/^@/, '').toLowerCase();
  // "Medivance", "Pharmacor rep", "@NorthgateMed": the name is, or starts with, one of the pack's organizations.
  if (terms.some((t) => key === t || key.startsWith(`${t} `) || (text.startsWith('@') && key.replace(/[_.]/g, '').includes(t.replace(/\s+/g, ''))))) return true;
  const after = doc.text.slice(s.end, s.end + 40);
  if (terms.some((t) => after.toLowerCase().startsWith(` ${t}`))) return false;
  if (!text.startsWith('@') || s.addressed) return false;
  return BUSINESS_HANDLE.test(key) || SELLER_BEFORE.test(doc.text.slice(Math.max(0, s.start - 16), s.start)) || PRODUCT_AFTER.test(after);
}
