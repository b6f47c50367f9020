// A pack topic matched by meaning: the topic takes kinds (an IT outage, a strike, contamination,
// a shortage) from its name and terms, and each kind brings the consequences, euphemisms and
// slang staff use without naming the event ("day 3 without Epic", "bring your own water").
// The organization's own names and its partners' stand in the place of a system's name.
import { CONSEQUENCES, SYSTEM_NAMES, TOPIC_KIND } from '../../lexicons/policy/crisis-kinds';
import { alternation } from '../shared/match';

/** The kinds a topic reads as, from its list name and terms. */
export function topicKinds(topic: string, terms: readonly string[]): string[] {
  const said = [topic.replace(/[-_/]/g, ' '), ...terms].join(' | ');
  return Object.entries(TOPIC_KIND)
    .filter(([, re]) => re.test(said))
    .map(([kind]) => kind);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map<string, RegExp>();

/** One regex for the consequences of the given kinds, with the pack's names as systems. */
export function consequenceMatcher(kinds: readonly string[], names: readonly string[]): RegExp | undefined {
  if (!kinds.length) return undefined;
  const key = `${kinds.join(',')}\u0000${names.join('\u0001')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const own = names.filter((n) => n.trim()).map((n) => `(?:the )?${escape(n.trim()).replace(/\s+/g, '\\s+')}(?:'s)?`);
  const systems = own.length ? `(?:${SYSTEM_NAMES}|${own.join('|')})` : SYSTEM_NAMES;
  // A place is only the organization's own ("Lakeside Clinic water"); without names the branch stays out.
  const places = own.length ? `(?:${own.join('|')})` : '';
  const sources = kinds
    .flatMap((k) => CONSEQUENCES[k] ?? [])
    .filter((src) => places || !src.includes('PLACE'))
    .map((src) => src.replace(/SYS/g, systems).replace(/PLACE/g, places));
  const re = alternation(sources);
  if (cache.size > 50) cache.clear();
  cache.set(key, re);
  return re;
}
