// Brand voice: person-first language and safe messaging, profanity, mockery of patients, superlatives, shouting and
// the employee disclaimer. Terminology swaps and banned hashtags are pack rules.
// Pack data: lists `organization` (names an employee identifies with), `own-views` (extra
// disclaimer wording), `stigmatizing-terms` and `person-first` ("term -> preferred" wordings); settings requireDisclaimer (default true), disclaimerExemptAuthors.
import type { Detector } from '../../policy';
import { makeFinding, replaceFix } from '../shared/finding';
import { ownNames, readList } from '../shared/lists';
import { missingDisclaimer } from './disclaimer';
import type { Issue } from './issue';
import { criticized } from './criticized';
import { mockery } from './mockery';
import { personFirst } from './person-first';
import { profanity } from './profanity';
import { shouting } from './shouting';
import { splitNames } from './split-names';
import { stigmatizing } from './stigmatizing';
import { superlatives } from './superlatives';

const LABELS = new Set(['person-first', 'stigmatizing']);

export const brandVoice: Detector = {
  id: 'brand-voice',
  category: 'brand-voice',
  run(doc, config, policy) {
    const issues: Issue[] = [...personFirst(doc, readList(policy, config, 'personFirstList', 'person-first')), ...profanity(doc), ...superlatives(doc, ownNames(policy, config)), ...shouting(doc), ...splitNames(doc, ownNames(policy, config)), ...mockery(doc)];
    // A listed label the person-first or insult readings already name is said once.
    for (const st of stigmatizing(doc, readList(policy, config, 'stigmatizingList', 'stigmatizing-terms'))) {
      if (!issues.some((i) => i.start < st.end && st.start < i.end)) issues.push(st);
    }
    // A label quoted to retire it is a lesson in the organization's voice, not a lapse of it.
    const voiced = issues.filter((i) => !(LABELS.has(i.rule) && criticized(doc, i.start)));
    const exempt = Array.isArray(config.disclaimerExemptAuthors) ? (config.disclaimerExemptAuthors as string[]) : ['brand-team'];
    if (config.requireDisclaimer !== false && !exempt.includes(doc.author)) {
      voiced.push(...missingDisclaimer(doc, ownNames(policy, config), readList(policy, config, 'disclaimerList', 'own-views')));
    }
    return voiced.map((i) =>
      makeFinding(config, {
        ruleId: `brand-voice/${i.rule}`,
        category: 'brand-voice',
        severity: i.severity,
        start: i.start,
        end: i.end,
        message: i.message,
        explanation: i.explanation,
        confidence: i.confidence,
        fixes: i.fix ? [replaceFix(i.fix.title, i.fix.at ?? i.start, i.fix.at ?? i.end, i.fix.text)] : [],
      }),
    );
  },
};
