// Confidential: the inside of a security incident (how attackers got in, what they demand, the
// state of the defences), secrecy said in more wordings, having seen the organization's plan, and
// a person's own news kept quiet (not the organization's). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from './helpers';

const checker = checkerFor('confidential', { lists: { organization: ['Kestrel Health', 'Kestrel'] } });
const flags = (text: string) => flagged(checker, text, 'confidential');

describe('confidential: incident details, secrecy wordings, personal news', () => {
  it.each([
    ["From what our CISO said at the downtime huddle, the attackers came in via a contractor's remote login."],
    ['The ransomware group wants $6 million in bitcoin, per a friend in IT.'],
    ["Rumor is the backups got encrypted along with everything else, which is why it's taking so long."],
    ['The intruders broke in through an old fax server that nobody had patched.'],
    ['The VPN still isn\'t patched a week after the attack, so watch what you click.'],
    ["Big news I'm not allowed to share yet: we're adding a pediatric ICU next year."],
    ['Q3 came in under plan by $4M and the CFO presents it to the board Thursday, before anyone else hears.'],
    ['The badge readers on the loading dock never got fixed, anyone can walk right in after 10pm.'],
    ["Saw the staffing plan, 14 RN positions on 5 West won't be backfilled."],
    ['Heads up: they are planning to hand the sleep lab to a contract group next year. Not official yet so keep it here.'],
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });

  it.each([
    'The news said hackers broke into a casino through a fish tank thermometer years ago, wild story.',
    'Hackers love phishing emails, so report anything weird to the help desk.',
    'Back up your phone photos to the cloud, folks, losing them hurts.',
    "Congrats to our charge nurse, who is expecting twins in June! Don't tell her I told you, she hasn't announced it yet.",
    "We're expecting twins in June!",
    'Kestrel Health announced its new cancer center yesterday, the press release is on the website.',
    'The average RN salary in Ohio is about $78k according to the BLS.',
    "I can't share much about my surgery yet, still processing.",
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
