// The built-in training deck: realistic drafts a hospital employee might write, each with the
// categories a careful reviewer would flag and the lesson it teaches. Every person, patient and
// detail here is invented. Organization-specific scenarios use the Riverbend example pack.
import type { Category, Platform } from '../../lib/engine/types';

export interface Scenario {
  id: string;
  title: string;
  text: string;
  platform: Platform;
  /** The writer's role, as the extension knows it from settings. */
  author: string;
  /** Categories that must be flagged; [] for a post that is fine to publish. */
  expect: Category[];
  lesson: string;
  /** Where the card comes from: the built-in deck or a pack's examples. */
  source: string;
}

type Entry = Omit<Scenario, 'source' | 'author' | 'platform'> & { author?: string; platform?: Platform };

const ENTRIES: Entry[] = [
  // Patient privacy
  {
    id: 'phi-room-number',
    title: 'A happy discharge',
    text: 'So proud of Mr. Okafor in bed 12 who walked out of the cardiac unit today after his valve replacement!',
    expect: ['phi'],
    lesson: 'A name, a bed number and a procedure together identify a patient. Celebrate the team, not the patient, unless the patient gave written consent through the communications team.',
  },
  {
    id: 'phi-small-town',
    title: 'Everyone knows who that is',
    text: 'Rough night in the ER. We treated the high school quarterback from Millbrook after his overdose and he is stable now.',
    expect: ['phi'],
    lesson: 'No name is needed to identify someone: a role, a town and an event can point to one person. In a small community that is a disclosure.',
  },
  {
    id: 'phi-initials-age',
    title: 'Initials are not anonymous',
    text: 'Patient J.T., 94 years old, came in today with a hip fracture and asked for his wife every five minutes. Heartbreaking.',
    expect: ['phi'],
    lesson: 'Initials plus an age over 89 plus a diagnosis are HIPAA identifiers. Stories about patients stay inside the care team.',
  },
  {
    id: 'phi-review-reply',
    title: 'Answering a review',
    text: 'Hi Dana, we are sorry your visit for your daughter\'s asthma attack took so long. Our records show you waited 40 minutes in the emergency department.',
    platform: 'review-reply',
    expect: ['phi'],
    lesson: 'Replying to a review must never confirm that someone was a patient or what they were treated for. Thank them and invite them to contact the patient relations office privately.',
  },
  {
    id: 'phi-photo',
    title: 'The photo in the background',
    text: 'Our night shift crew! (Ignore the whiteboard behind us with tonight\'s patient names and room numbers lol)',
    expect: ['phi'],
    lesson: 'Photos taken on a unit often show whiteboards, screens or wristbands. Check the background before you share anything taken at work.',
  },
  {
    id: 'phi-colleague',
    title: 'A colleague\'s diagnosis',
    text: 'Please keep our charge nurse Melissa Grant in your prayers, she was just diagnosed with breast cancer and starts chemo Monday.',
    expect: ['phi'],
    lesson: 'Health information about colleagues is as private as a patient\'s. Let people share their own news.',
  },
  {
    id: 'phi-mrn',
    title: 'Asking for help with a record',
    text: 'Can anyone from IT help? Chart for MRN 4471829 will not load in the ED and the patient has been waiting since 2pm.',
    expect: ['phi'],
    lesson: 'Record numbers are identifiers. Use the service desk, never a public or semi-public channel, for anything about a chart.',
  },
  {
    id: 'phi-celebrity',
    title: 'A famous face',
    text: 'Guess which country singer was in our ER last night with chest pain? Let\'s just say his initials are T.M. and he is doing fine.',
    expect: ['phi'],
    lesson: 'Celebrities are patients too. Hinting is disclosing, and curiosity about famous patients leads to privacy breaches.',
  },
  {
    id: 'phi-own-health',
    title: 'My own story',
    text: 'Two years ago I was diagnosed with type 1 diabetes. Today I ran my first half marathon. If you were just diagnosed, it gets easier.',
    expect: [],
    lesson: 'Your own health is yours to share. The privacy rules protect other people, not the author.',
  },

  // Defamation
  {
    id: 'defamation-named-doctor',
    title: 'Venting about another hospital',
    text: 'Dr. Harlan at Northgate Medical is a fraud who fakes his surgical outcomes. Everyone in the field knows it.',
    expect: ['defamation'],
    lesson: 'A damaging claim presented as fact about a named person can be defamatory. Raise concerns through the proper reporting channels, not in public.',
  },
  {
    id: 'defamation-competitor',
    title: 'The competitor',
    text: 'St. Aldric Health covers up infections in its ICU, and their administrators lie to families about it.',
    expect: ['defamation'],
    lesson: 'Accusing an organization of a crime or a cover-up without a public, cited source exposes you and your employer to a claim.',
  },
  {
    id: 'defamation-former-boss',
    title: 'An old grudge',
    text: 'My former manager Karen Li was fired for stealing narcotics from the pharmacy. Glad she is gone.',
    expect: ['defamation'],
    lesson: 'Claims of crimes about identifiable people are the classic defamation risk, even when you believe them true.',
  },
  {
    id: 'defamation-opinion',
    title: 'Disagreeing with a policy',
    text: 'I think the new state rule on nurse staffing ratios does not go far enough. Safe staffing saves lives.',
    expect: [],
    lesson: 'Opinions about ideas and policy, with no damaging factual claim about a person, are fair comment.',
  },
  {
    id: 'defamation-incompetent',
    title: 'Incompetence claims',
    text: 'Nurse practitioner Jamie Ortiz at the urgent care on 5th Street is completely incompetent and nearly killed my neighbor.',
    expect: ['defamation'],
    lesson: 'Saying a named clinician harmed someone through incompetence is a factual claim that can ruin a career. Report safety concerns to the licensing board or patient safety office.',
  },

  // Conflict of interest
  {
    id: 'coi-gifted',
    title: 'A gift from a vendor',
    text: 'Loving my new Medivance smartwatch that tracks my heart rhythm. Every cardiology patient should get one.',
    expect: ['conflict-of-interest'],
    lesson: 'When a vendor gave you something, or pays you, say so clearly (#ad, "Medivance sent me this"). Endorsements without disclosure mislead readers.',
  },
  {
    id: 'coi-fake-patient',
    title: 'Posing as a patient',
    text: 'As a patient at Riverbend I can honestly say their new cancer center is the best in the state. Five stars!',
    author: 'marketing',
    expect: ['conflict-of-interest'],
    lesson: 'Employees must never pose as patients or customers to praise their employer. It is astroturfing, and regulators treat it as deception.',
  },
  {
    id: 'coi-speaker-fees',
    title: 'Paid to speak',
    text: 'Pharmacor is doing amazing work. Their migraine drug Zentrova changed my practice and my patients love it.',
    author: 'physician',
    expect: ['conflict-of-interest'],
    lesson: 'Physicians who receive speaker fees or consulting income from a company must disclose it when they speak about its products.',
  },
  {
    id: 'coi-disclosed',
    title: 'Done right',
    text: 'Disclosure: I am a paid advisor to Medivance. I am excited to speak on their panel about remote cardiac monitoring next week. #ad',
    author: 'physician',
    expect: [],
    lesson: 'A clear, upfront disclosure turns a promotion into honest information. This is how to do it.',
  },
  {
    id: 'coi-stock',
    title: 'Talking up your shares',
    text: 'Everyone should buy shares of Epicure before their earnings call, their EHR is going to dominate the market.',
    expect: ['conflict-of-interest'],
    lesson: 'Promoting a vendor you may hold shares in, or that your employer buys from, is a conflict of interest and can raise securities questions.',
  },

  // Confidential
  {
    id: 'confidential-codename',
    title: 'An exciting project',
    text: 'Cannot say much yet but Project Heron is going to change healthcare in this region. Big announcement soon!',
    expect: ['confidential'],
    lesson: 'Codenames exist because the project is not public. Never mention them, or hint at what they stand for, outside work channels.',
  },
  {
    id: 'confidential-layoffs',
    title: 'Rumours of cuts',
    text: 'Heard in the leadership meeting today that we are cutting 200 jobs in billing next quarter. Not announced yet, so keep it quiet.',
    expect: ['confidential'],
    lesson: 'Unannounced layoffs and reorganizations are confidential. Posting them harms colleagues and can break securities and labor rules.',
  },
  {
    id: 'confidential-financials',
    title: 'Numbers before the release',
    text: 'Internal only, but our Q3 operating margin came in at 4.2%, way better than budget. Proud of this team!',
    expect: ['confidential'],
    lesson: 'Financial results are released by the organization, on its schedule. "Internal only" means exactly that.',
  },
  {
    id: 'confidential-security',
    title: 'Security details',
    text: 'Pro tip for new hires: the badge door to the pharmacy on 3 West does not latch if you push hard, so you never need to wait for security.',
    expect: ['confidential'],
    lesson: 'Details of physical or digital security are confidential. Report the problem to facilities or security, never publicly.',
  },
  {
    id: 'confidential-announced',
    title: 'Already public',
    text: 'Thrilled that our new pediatric wing opens to families on June 3, as announced in this morning\'s press release. Come see us!',
    expect: [],
    lesson: 'Sharing what the organization has already announced publicly is encouraged.',
  },

  // Crisis
  {
    id: 'crisis-ransomware',
    title: 'During the outage',
    text: 'Day three of the ransomware attack and we are still charting on paper. Leadership has no idea when systems come back.',
    expect: ['crisis'],
    lesson: 'During an active incident only the communications team speaks publicly. Share the official statement; do not add your own details or speculation.',
  },
  {
    id: 'crisis-outbreak',
    title: 'Speculating on an outbreak',
    text: 'Pretty sure the Legionella at Lakeside Clinic came from the new cooling tower. Nobody is telling staff anything.',
    expect: ['crisis'],
    lesson: 'Speculation during an unfolding incident spreads fast and is hard to correct. Point people to the official updates.',
  },
  {
    id: 'crisis-strike',
    title: 'Contract talks',
    text: 'If management does not move on staffing by Friday, the strike vote is going to pass. Here is what they are not telling you.',
    author: 'nurse',
    expect: ['crisis'],
    lesson: 'Labor negotiations are a quiet-period topic for the organization\'s accounts and staff speaking as employees. Your union has its own channels.',
  },
  {
    id: 'crisis-breach',
    title: 'A data breach rumour',
    text: 'Just got a letter saying my data may have been exposed in the breach at the hospital. Anyone know how many patients were affected?',
    expect: ['crisis'],
    lesson: 'Do not amplify or speculate about a breach while it is being investigated. The official notice is the only source to share.',
  },
  {
    id: 'crisis-official',
    title: 'Sharing the statement',
    text: 'Our flu vaccine clinics this weekend are running as planned. Walk-ins welcome from 9 to 3 at all locations.',
    expect: [],
    lesson: 'Routine service updates that are not about an active crisis are fine to share.',
  },

  // Medical claims
  {
    id: 'claims-cure',
    title: 'A miracle treatment',
    text: 'Our new infusion therapy cures fibromyalgia in just six weeks, guaranteed. No side effects at all!',
    expect: ['medical-claims'],
    lesson: '"Cures", "guaranteed" and "no side effects" are claims no treatment can honestly make. Describe what the evidence shows and who may benefit.',
  },
  {
    id: 'claims-advice',
    title: 'Advice to a stranger',
    text: '@mike_runs you should stop taking your blood pressure pills before the race, they will slow you down.',
    author: 'physician',
    expect: ['medical-claims'],
    lesson: 'Individual medical advice in public, without an exam or a relationship, can harm. Suggest talking to their own clinician.',
  },
  {
    id: 'claims-detox',
    title: 'Detox',
    text: 'Try our juice cleanse at the wellness center, it flushes toxins out of your liver and boosts your immune system 100%.',
    expect: ['medical-claims'],
    lesson: 'Detox and immune-boosting claims are unsubstantiated. Regulators act on them, and they undermine trust in real care.',
  },
  {
    id: 'claims-off-label',
    title: 'Off-label enthusiasm',
    text: 'Zentrova is amazing for anxiety too, not just migraines. Ask your doctor to prescribe it for that!',
    expect: ['medical-claims'],
    lesson: 'Promoting a drug for a use it is not approved for is off-label promotion. Never encourage it in public.',
  },
  {
    id: 'claims-testimonial',
    title: 'A typical result?',
    text: 'Lost 60 pounds in two months with the program at our weight loss clinic. You will too, it works for everyone!',
    expect: ['medical-claims'],
    lesson: 'Testimonials presented as typical results mislead. Results vary, and the post must say so.',
  },
  {
    id: 'claims-hedged',
    title: 'Health education, hedged',
    text: 'Regular screening can help find colon cancer early, when it is easier to treat. Talk to your doctor about when to start.',
    expect: [],
    lesson: 'General, evidence-based education with careful wording and a pointer to one\'s own clinician is exactly what we want.',
  },

  // Brand voice
  {
    id: 'brand-views-own',
    title: 'Speaking as an employee',
    text: 'I work at Riverbend and honestly our ER wait times are better than anywhere in the city.',
    author: 'nurse',
    expect: ['brand-voice'],
    lesson: 'When you identify as an employee and speak about the organization, add "views are my own" so readers know it is not an official statement.',
  },
  {
    id: 'brand-person-first',
    title: 'Person-first language',
    text: 'Great turnout at our support group for diabetics and epileptics last night. Thank you to all the volunteers!',
    expect: ['brand-voice'],
    lesson: 'Say "people with diabetes", not "diabetics". Person-first language puts the person before the condition.',
  },
  {
    id: 'brand-name',
    title: 'Getting the name right',
    text: 'Book your annual checkup in the My Riverbend app. The RB Health team is ready for you!',
    expect: ['brand-voice'],
    lesson: 'Use the organization\'s names exactly as the brand guide spells them (MyRiverbend, Riverbend Health).',
  },
  {
    id: 'brand-stigma',
    title: 'Stigmatizing words',
    text: 'Another frequent flyer addict came back to the ED tonight. Third time this week.',
    expect: ['brand-voice'],
    lesson: 'Words like "addict" and "frequent flyer" stigmatize patients. They also come close to describing an identifiable person.',
  },
  {
    id: 'brand-profanity',
    title: 'Tone',
    text: 'What a damn shitshow of a shift. Whoever made this schedule should be ashamed.',
    expect: ['brand-voice'],
    lesson: 'Profanity on a public profile that names your employer reflects on everyone there. Vent in private.',
  },

  // Quality
  {
    id: 'quality-caps',
    title: 'Shouting',
    text: 'FREE FLU SHOTS THIS SATURDAY AT EVERY CLINIC, NO APPOINTMENT NEEDED, BRING THE WHOLE FAMILY!',
    expect: ['quality'],
    lesson: 'All capitals read as shouting and are harder to read, especially for people with dyslexia or low vision.',
  },
  {
    id: 'quality-hashtags',
    title: 'Hashtag soup',
    text: 'Join us for the 5K! #health #fitness #running #community #wellness #fun #family #hospital',
    platform: 'x',
    expect: ['quality'],
    lesson: 'Many hashtags read as spam and lower a post\'s reach. Two or three relevant ones work best.',
  },
  {
    id: 'quality-links',
    title: 'Too many links',
    text: 'Resources: https://example.org/a https://example.org/b https://example.org/c https://example.org/d https://example.org/e',
    expect: ['quality'],
    lesson: 'Posts stuffed with links look like spam and are often held by platform filters. Link to one page that gathers the resources.',
  },

  // Fine to post
  {
    id: 'clean-thanks',
    title: 'Thanking the team',
    text: 'Huge thanks to the environmental services team who keep our units clean around the clock. You are the unsung heroes.',
    expect: [],
    lesson: 'Recognising colleagues by team, without patient details, is the kind of post that builds pride. Post it.',
  },
  {
    id: 'clean-job',
    title: 'We are hiring',
    text: 'We are hiring night shift respiratory therapists. Supportive team, great mentors. Apply through the careers page on our website.',
    expect: [],
    lesson: 'Recruiting posts that point to official pages are welcome.',
  },
  {
    id: 'clean-education',
    title: 'Heat safety',
    text: 'Heat wave this week: drink water often, check on older neighbours, and never leave children or pets in a parked car.',
    expect: [],
    lesson: 'General public-health advice for everyone, not for one person, is safe and useful.',
  },
  {
    id: 'clean-milestone',
    title: 'A personal milestone',
    text: 'Ten years as a nurse today. Grateful for every mentor who answered my questions at 3am.',
    author: 'nurse',
    expect: [],
    lesson: 'Career milestones without patient stories or confidential details are fine to share.',
  },
  {
    id: 'clean-event',
    title: 'Community event',
    text: 'Come meet our pediatric team at the library on Saturday morning for story time and a teddy bear checkup.',
    expect: [],
    lesson: 'Community events announced by the organization are great to amplify.',
  },
];

export const BUILTIN_SCENARIOS: Scenario[] = ENTRIES.map((e) => ({ author: 'employee', platform: 'generic', ...e, source: 'Guardrail training deck' }));
