// The inside of a security incident, read as a relation rather than a phrase: who attacked, how
// they got in ("the hackers got in through a vendor VPN", "entry point was a phished password"),
// what they demand ("the ransomware crew is asking $4M"), and what state the defences are in
// ("the backups were hit too", "still not patched", "no MFA"). The outage itself is crisis news;
// these details help the next attacker and are the organization's to release.
import type { DocSentence } from '../../doc';
import type { Hit } from '../shared/match';

/** Who attacks: "the hackers", "the ransomware gang", "los hackers". */
const ATTACKER = /\b(?:hackers?|attackers?|ransomware(?: (?:crew|gang|group|people|guys))?|threat actors?|cybercriminals?|criminals|intruders?|the (?:crew|gang) behind)\b/i;
/** How they came in: a way in and the door it went through. */
const ENTRY = /\b(?:got|get|gets|getting|came|come|broke|break|were|was|been|entered|enter|entraron|entr[oó])\s+(?:in(?:to)?|inside|into\s+\S+)?\s*(?:\S+\s+){0,3}?(?:through|thru|via|por|from|using)\s+(?:an?\s+|the\s+|un\s+|una\s+)?\S+/i;
const ENTRY_POINT = /\b(?:entry point|way in|initial access|patient zero|point of entry)\s+(?:was|is|came from|came through)\b/i;
/** What they demand, as a figure. */
const DEMAND = /\b(?:want(?:s|ed)?|asking(?: for)?|ask(?:ed|s)? for|demand(?:s|ed|ing)?|quier(?:en|e)|piden)\s+(?:like\s+|about\s+|around\s+)?(?:\$\s?\d[\d,.]*\s?(?:k|m|mm|million|b|billion)?|\d[\d,.]*\s?(?:million|mil|m)\b)/i;
/** The defences' state: backups and systems damaged, holes still open. */
const DEFENCES = /\b(?:backups?|backup servers?|(?:the )?vpn|mfa|2fa|two-factor|firewall|domain controller|(?:the )?payroll server)\b[^.!?\n]{0,40}?\b(?:hit|encrypted|corrupted|wiped|gone|compromised|never (?:encrypted|patched|segmented|locked down)|(?:still )?(?:(?:is|are|was|were|has|have|had)n't|not|never) (?:\S+ )?(?:patched|fixed|locked down|turned on|enabled|encrypted)|in the basement)\b|\b(?:no|never had|without) (?:mfa|2fa|two-factor)\b/i;

/** Details of an attack in one sentence: its way in, its demand, the state of the defences. */
export function incidentDetails(s: DocSentence): Hit[] {
  const out: Hit[] = [];
  const add = (start: number, end: number) => out.push({ start: s.start + start, end: s.start + end, text: s.text.slice(start, end) });
  const attacker = ATTACKER.exec(s.text);
  if (attacker) {
    const rest = s.text.slice(attacker.index);
    const m = ENTRY.exec(rest) ?? DEMAND.exec(rest);
    if (m) add(attacker.index, attacker.index + m.index + m[0].length);
  }
  for (const re of [ENTRY_POINT, DEFENCES]) {
    const m = re.exec(s.text);
    if (m) add(m.index, m.index + m[0].length);
  }
  return out;
}
