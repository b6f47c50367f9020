// Long drafts for the findings pin (long-drafts.test.ts): sentences written for it, each of a
// kind the detectors weigh (a named or placed patient, a relative's care, a co-worker's news, an
// addressed reader, a review reply, a combination of weak details, claims, slurs, handles) and
// clean near misses between them, repeated in shifting orders so that every subject has
// neighbours to link with and the whole-draft scans have thousands of items to look through.
import { createChecker, type Checker } from '../../../lib/engine/checker';
import { loadPackFile } from '../../../lib/policy/files';
import type { CheckOptions, Finding } from '../../../lib/engine/types';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectors } from '../../../lib/engine/detectors';

const SENTENCES = [
  'Mr. Okafor in bed 7 finally ate his whole breakfast after the bypass.',
  'She is still on the vent but her numbers look better tonight.',
  'Our charge nurse Delphine has been out for three weeks and the chemo is rough on her.',
  'Send her all the good vibes, she will be back soon.',
  'My grandpa was admitted here last Tuesday with pneumonia.',
  'The Riverbend ER sent my aunt home with indigestion and it was a heart attack.',
  'Dr. Whitlock botched my cousin\'s knee and nobody owned it.',
  '@marisol_k you should double your metformin if your sugars run high.',
  'Thanks for the kind review, Janelle, we are glad your hip replacement went so well!',
  'A 71-year-old retired welder from Cedar Falls came in overnight with chest pain.',
  'J.T., a 16-year-old, was brought in by ambulance after the crash on Route 9.',
  'Room 412 slept through the night for the first time.',
  'The guy who runs the bait shop on Main came in with a fishhook in his thumb.',
  'Baby Liam was born at 3:12 am, all 9 pounds of him.',
  'Photo of the name bar from this morning: still cracks me up.',
  'The conference room 4B is booked for the sepsis talk on Thursday.',
  'Flu shots are free for staff at the main lobby clinic this week.',
  'This tea cures anxiety and reverses diabetes, guaranteed.',
  'Stop taking your blood pressure pills and try beet juice instead.',
  'That surgeon is a butcher and a fraud.',
  'The diabetic in 318 keeps refusing insulin.',
  'Volunteers handed out water at the 5k on Saturday.',
  'Proud of our night shift for pulling together during a busy flu week.',
  'My own MRI showed a torn meniscus, so I am off my feet for a while.',
  'Hi Jolene, your biopsy results are back and the lump was benign.',
  'The only veterinarian in a town of 900 is recovering from a stroke at our hospital.',
  'Our new nurse manager Priya starts Monday, please welcome her.',
  'Thank you for trusting us with your son\'s care after his broken arm.',
  'Three years cancer-free today and still grateful.',
  'Ms. Hargrove is on my unit again, poor thing, her dementia is worse.',
  'Use code SAVE20 at checkout for 20% off the new scrubs from @comfycalf.',
  'Ask your doctor before starting any supplement.',
  'Bed 12 is broken again, someone call maintenance.',
  'The Kessler boy broke his arm at the fairgrounds and got a cast here.',
  'Our only respiratory therapist tested positive and is home resting.',
  'Passed peacefully last night with her daughters beside her.',
  'RIP to bed 4, she was the sweetest lady on the unit.',
  'Tina from billing said the system is down again.',
  'The mayor announced on his podcast that he has prostate cancer.',
  'Hey team, the potluck is at noon in the break room.',
];

// A post of the other categories: claims, attacks, undisclosed ties, internal news, a crisis, slurs.
const POLICY_SENTENCES = [
  'This turmeric blend cures arthritis in two weeks, guaranteed.',
  'Dr. Pruitt is a fraud who should lose his license.',
  'Use my code RBNURSE for 20% off these supplements, I get a cut.',
  'Leaked: we are laying off 40 nurses in March, keep it quiet.',
  'The ransomware attack took down our EHR again this morning.',
  'That schizophrenic in the waiting room was totally insane.',
  'Vaccines cause autism and the hospital knows it.',
  'Our CFO told us the merger with Northgate closes next week.',
  'Stop taking your statins, they do more harm than good.',
  'Riverbend Health is the best hospital in the state, hands down!!!',
  'The pharmacy on 5th is run by crooks who water down the meds.',
  'Our volunteers planted tulips by the front entrance today.',
];

/** A draft of about `chars` characters: the sentences in an order set by `seed`, with paragraph breaks. */
export function longDraft(chars: number, seed: number, sentences = SENTENCES): string {
  let text = '';
  let state = seed;
  for (let i = 0; text.length < chars; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += sentences[state % sentences.length] + (i % 5 === 4 ? '\n\n' : ' ');
  }
  return text.trimEnd();
}

export const DRAFTS: { name: string; text: string; options: CheckOptions }[] = [
  { name: '12,000 characters, generic', text: longDraft(12_000, 7), options: { platform: 'generic' } },
  { name: '12,000 characters, a review reply', text: longDraft(12_000, 11), options: { platform: 'review-reply' } },
  { name: '6,000 characters, x, one paragraph per line', text: longDraft(6_000, 3).replace(/\n\n/g, '\n'), options: { platform: 'x' } },
  { name: '8,000 characters of the other categories, linkedin', text: longDraft(8_000, 5, POLICY_SENTENCES), options: { platform: 'linkedin' } },
];

export function shippedChecker(): Checker {
  return createChecker([loadPackFile('policies/healthcare-core.yaml'), loadPackFile('policies/examples/riverbend.yaml')]);
}

const line = (f: Finding) => `${f.ruleId} ${f.start}-${f.end} ${f.severity} ${f.confidence.toFixed(3)} [${f.evidence.map((e) => `${e.kind}@${e.start}-${e.end}`).join(' ')}] ${f.fixes.map((x) => x.edits.length).join(',')}`;

/**
 * Each detector's and rule's own findings (before the checker merges overlapping ones into a few),
 * then the checker's, as compact lines: a change to any one shows in the diff.
 */
export function pinned(checker: Checker): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const { policy } = checker;
  for (const d of DRAFTS) {
    const doc = buildDoc(d.text, d.options.platform ?? 'generic', '', new SentenceCache());
    const lines: string[] = [];
    for (const detector of detectors) {
      const config = policy.detectors[detector.id];
      if (config?.enabled) for (const f of detector.run(doc, config, policy)) lines.push(`detector ${line(f)}`);
    }
    for (const r of policy.rules) if (r.enabled) for (const f of r.run(doc)) lines.push(`rule ${line(f)}`);
    const result = checker.check(d.text, { ...d.options, maxChars: d.text.length });
    for (const f of result.findings) lines.push(`checked ${line(f)}`);
    out[d.name] = lines;
  }
  return out;
}
