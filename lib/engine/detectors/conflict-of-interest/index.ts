// Conflict of interest: promotion with an undisclosed material connection, and employees
// posing as outsiders to praise their employer (astroturfing).
// Pack data: lists `partners`, `products` and `partner/*` (named in the finding), `disclosures`
// (extra disclosure wording), `paid-cues` (tie wording, read with the built-in ties), `organization`
// (for astroturfing and to tell the employer from other companies).
import { memoSpansBySentence, type Doc, type DocSentence } from '../../doc';
import type { CompiledPolicy, Detector, DetectorConfig } from '../../policy';
import type { Finding } from '../../types';
import { CONCEALED_TIE, CONNECTION, DISCLOSURE, DISCLOSURE_AVOIDANCE, OUTSIDER_CLAIMS, OUTSIDER_SEAT, PATIENT_EXPERIENCE, PROMOTION, REVIEW_INCENTIVES } from '../../lexicons/policy/endorsement';
import { negatedBefore } from '../shared/context';
import { appendFix, makeFinding } from '../shared/finding';
import { listsWithPrefix, ownNames, readList } from '../shared/lists';
import { scanDoc, testDoc } from '../../by-sentence';
import { alternation, findTermsInDoc, overlaps, type Hit } from '../shared/match';
import { EMPLOYEE_SELF_ID } from '../shared/self-id';
import { gated } from '../../text/regex-gate';
import { namesBrand, ownLinks, paidLinks } from './codes';
import { partnerPromotion, praiseBesideTie } from './partners';
import { productClaims } from './claims';
import { giftFromPerson } from './gifts';
import { familyOccasions } from './occasions';
import { structuralPromotion } from './calls';
import { writerTies } from './ties';
import { careStory, hushedTie, outsiderSeats, patientReview, REVIEW_VERDICT, STARS } from './posing';

const PROMOTING = alternation(PROMOTION);
const CONNECTED = alternation(CONNECTION);
const DISCLOSED = alternation(DISCLOSURE, 'i');
const AVOIDING = alternation(DISCLOSURE_AVOIDANCE);
const OUTSIDER = alternation(OUTSIDER_CLAIMS);
const INCENTIVE = alternation(REVIEW_INCENTIVES);
const CONCEALED = alternation(CONCEALED_TIE);
const EXPERIENCE = alternation(PATIENT_EXPERIENCE);
const SEAT = alternation(OUTSIDER_SEAT);
const REVIEWING = /\b(?:reviews?|stars?|rating)\b|[★⭐]/i;
const RAVE = /\b(?:10\/10|ten out of ten|angels|amazing|the best|hands down|kindest|saved my|loved it)\b/i;
// How near a tie the organization's name makes it the employer's own doing.
const OWN_REACH = 40;
// The organization answering a review ("Thank you for your 5-star review!") speaks as itself, not as a patient.
const THANKS_FOR_REVIEW = gated(/\b(?:thanks?|thank you|thx)\b[^.!?]{0,40}\b(?:reviews?|stars?|rating|feedback)\b/i);
const OUR_PLACE = gated(/\bour (?:hospital|clinic|practice|office|er|ed|unit|health system)\b/i);

/** A clear disclosure ("#ad", "Disclosure: I am paid by ...", the pack's wording) that no avoidance undercuts. */
function disclosesConnection(doc: Doc, config: DetectorConfig, policy: CompiledPolicy): boolean {
  const disclosed = testDoc(doc, DISCLOSED) || findTermsInDoc(doc, readList(policy, config, 'disclosureList', 'disclosures')).length > 0;
  return disclosed && !testDoc(doc, AVOIDING);
}

export const conflictOfInterest: Detector = {
  id: 'conflict-of-interest',
  category: 'conflict-of-interest',
  clears: disclosesConnection,
  run(doc, config, policy) {
    const out: Finding[] = [];
    const end = doc.text.length;
    // Reviews name their place in any case ("riverbend children's") or as "our hospital".
    const namesOwn = findTermsInDoc(doc, ownNames(policy, config)).length > 0 || testDoc(doc, OUR_PLACE);
    // Another place's praise poses only undisclosed: "#ad" says who the writer is.
    const promotesOther = !namesOwn && scanDoc(doc, PROMOTING).length > 0 && !disclosesConnection(doc, config, policy);
    const astroturf = astroturfing(doc, namesOwn, promotesOther);
    if (astroturf.length) {
      // A review read by its form alone does not say whose place it is: a hedged finding, which low sensitivity leaves out.
      const byForm = patientReview(doc);
      const hedged = astroturf.every((h) => byForm.some((r) => r.start === h.start));
      out.push(
        makeFinding(config, {
          ruleId: 'conflict-of-interest/astroturfing',
          category: 'conflict-of-interest',
          severity: 'error',
          start: astroturf[0].start,
          end: astroturf[0].end,
          message: 'Employee posing as an outsider to praise the organization',
          explanation:
            'You work for the organization, so praising it while presenting yourself as an unconnected patient or local (or posting a review the employer asked for) misleads readers. Say that you work there, or do not post the review.',
          confidence: hedged ? 0.7 : 0.8,
          evidence: astroturf.map((h) => ({ start: h.start, end: h.end, kind: 'outsider-claim' })),
          fixes: [appendFix('Say that you work there', ' (I work for this organization; views are my own.)', end)],
        }),
      );
    }
    if (disclosesConnection(doc, config, policy)) return out;
    const praised = withStructure(scanDoc(doc, PROMOTING), doc.sentences.flatMap(structuralPromotion));
    const avoidance = scanDoc(doc, AVOIDING);
    // "Not sponsored" denies a connection; whether the denial holds is for the other cues to say.
    // The pack's `paid-cues` ("gifted me", "speaker fee") are tie wording like the built-in class.
    const cues = findTermsInDoc(doc, readList(policy, config, 'paidCueList', 'paid-cues'));
    // A gift from someone of the writer's own life ("Mom sent me flowers") is no material connection.
    const stated = withStructure(scanDoc(doc, CONNECTED), cues).filter((h) => !negatedBefore(doc.text, h.start, 8) && !giftFromPerson(doc, h));
    const own = findTermsInDoc(doc, ownNames(policy, config));
    const partnerNames = [...readList(policy, config, 'partnerList', 'partners'), ...readList(policy, config, 'productList', 'products'), ...listsWithPrefix(policy, 'partner/').flatMap(([, terms]) => terms)];
    // A tie told of the organization itself ("courtesy of the orthopedic team at Riverbend", "Lakeside
    // urgent care sent us") is the writer's employer at work, read as posing elsewhere, not a vendor's tie.
    // Another company named between them ("Riverbend SLP here, TalkTots gave me ...") is the tie's party instead.
    const employer = (h: Hit) => own.some((o) => o.start < h.end + OWN_REACH && h.start - OWN_REACH < o.end && doc.sentenceAt(o.start) === doc.sentenceAt(h.start) && !otherNameBetween(doc.text, o, h, own));
    const ties = withStructure(stated, doc.sentences.flatMap((s) => tiesIn(s, own, !/\p{Lu}/u.test(doc.normalized.cased.slice(s.start, s.end))))).filter((h) => !employer(h) || findTermsInDoc(doc, partnerNames).length > 0);
    // The writer's own link ("link in bio") is an affiliate's where the post sells beside it: praise or a call
    // other than the link itself, or a claim of what a named product does.
    const links = ownLinks(doc);
    const sells = links.length > 0 && (praised.some((p) => !links.some((l) => overlaps(l, p))) || (productClaims(doc, []).length > 0 && namesBrand(doc, own)));
    const connection = [...avoidance, ...ties, ...(sells ? links : []), ...doc.sentences.flatMap(familyOccasions)];
    // Beside a stated tie, what the product is said to cure or prevent is the pitch ("Pharmacor fed us; Zentrova stops migraines").
    // So does praise in any wording ("they sent me one to try ... not even close").
    const promotion = praised.length || !connection.length ? praised : [...productClaims(doc, findTermsInDoc(doc, partnerNames, true)), ...praiseBesideTie(doc)];
    const paid = paidLinks(doc);
    const risky: readonly Hit[] = paid.length ? paid : promotion.length && connection.length ? connection : [];
    if (!risky.length) {
      // The organization's own vendors: praising one is a connection the pack names.
      for (const h of partnerPromotion(doc, partnerNames)) out.push(partnerFinding(config, h, end));
      return out;
    }
    const subject = findTermsInDoc(doc, partnerNames, true)[0];
    const about = subject ? ` (${subject.text})` : '';
    for (const h of risky) {
      out.push(
        makeFinding(config, {
          ruleId: paid.length ? 'conflict-of-interest/paid-link' : 'conflict-of-interest/undisclosed',
          category: 'conflict-of-interest',
          severity: 'error',
          start: h.start,
          end: h.end,
          message: `Undisclosed material connection${about}`,
          explanation:
            `This promotes a product, company or vendor${about} while you have a material connection to it (payment, gifts, hosting, a code or affiliate link, stock, an advisory role, family), and the post does not disclose it. ` +
            'Readers and regulators expect a clear disclosure such as "#ad" or "Disclosure: I am a paid consultant for ...".',
          confidence: paid.length || avoidance.length ? 0.85 : 0.7,
          evidence: [...risky, ...promotion].map((x) => ({ start: x.start, end: x.end, kind: risky.includes(x) ? 'connection' : 'promotion' })),
          fixes: [appendFix('Add a disclosure', `\n\n#ad Disclosure: I have a material connection${subject ? ` to ${subject.text}` : ''}.`, end)],
        }),
      );
    }
    return out;
  },
};

/** A capitalized name (not one of the organization's, not an acronym like "ER") between an own name and a tie. */
function otherNameBetween(text: string, o: Hit, h: Hit, own: readonly Hit[]): boolean {
  const [a, b] = o.end <= h.start ? [o.end, h.start] : [h.end, o.start];
  for (const m of text.slice(a, b).matchAll(/(?<![\p{L}'’])\p{Lu}[\p{Ll}]+\p{Lu}?\p{L}*/gu)) {
    const at = a + (m.index ?? 0);
    if (!own.some((x) => x.start <= at && at < x.end)) return true;
  }
  return false;
}

/** The lexicon's hits, then the structural frames' where they add a span of their own. */
function withStructure(listed: readonly Hit[], framed: readonly Hit[]): Hit[] {
  return [...listed, ...framed.filter((h) => !listed.some((l) => overlaps(l, h)))].sort((a, b) => a.start - b.start);
}

function partnerFinding(config: DetectorConfig, h: Hit, end: number): Finding {
  return makeFinding(config, {
    ruleId: 'conflict-of-interest/partner',
    category: 'conflict-of-interest',
    severity: 'warning',
    start: h.start,
    end: h.end,
    message: `Promoting ${h.text}, a partner or vendor of the organization, needs a disclosure`,
    explanation:
      `${h.text} is one of the organization's vendors or partners. When you promote its products, disclose any material connection (paid, sponsored, gifted, speaker fees, stock, an advisory role, family ties): "#ad", "#sponsored", "Disclosure: ...".`,
    confidence: 0.7,
    evidence: [{ start: h.start, end: h.end, kind: 'partner' }],
    fixes: [appendFix('Add a disclosure ("Disclosure: ...")', `\n\nDisclosure: I have a material connection to ${h.text}.`, end)],
  });
}

/**
 * In a post that names the organization: reviews the employer rewards, a patient's experience
 * told of it as a rave, and outsider claims ("no connection to any hospital") unless the writer
 * also says they work there. In a post that promotes another place, the writer taking an
 * outsider's seat ("just a local mom here") is the same posing; hiding the tie is posing anywhere.
 */
function astroturfing(doc: Doc, namesOwn: boolean, promotesOther: boolean): Hit[] {
  // Hiding the tie, or a review the employer rewards, is posing whether or not the writer also says they work there.
  const hidden = [...scanDoc(doc, CONCEALED), ...(namesOwn ? scanDoc(doc, INCENTIVE) : [])];
  // Elsewhere a hidden tie poses in a review or a rave ("posting from my other account ... amazing").
  const selfId = testDoc(doc, EMPLOYEE_SELF_ID);
  // A patient's review in its own form (stars, the visit, the best of its kind) poses whichever care place it names.
  const review = selfId ? [] : patientReview(doc);
  if (!namesOwn && !promotesOther) return [...(testDoc(doc, RAVE) || testDoc(doc, REVIEWING) ? hidden : []), ...review];
  // A patient's experience poses only when it is also a rave ("10/10", "angels", five stars).
  const raves = testDoc(doc, PROMOTING) || testDoc(doc, RAVE) || testDoc(doc, INCENTIVE) || testDoc(doc, STARS) || doc.sentences.some((s) => structuralPromotion(s).length > 0);
  // The outsider's seat in any words ("as a proud Riverbend patient", "I'm a totally normal patient"), beside a rave.
  const seats = raves ? doc.sentences.flatMap(outsiderSeats) : [];
  // The care the writer or their family received there, told beside a rave, is the patient's review in any words.
  const verdict = testDoc(doc, REVIEW_VERDICT) && !testDoc(doc, THANKS_FOR_REVIEW);
  const outsider = selfId ? [] : namesOwn ? [...scanDoc(doc, OUTSIDER), ...seats, ...(raves ? scanDoc(doc, EXPERIENCE) : []), ...(verdict ? doc.sentences.flatMap(careStory) : [])] : [...scanDoc(doc, SEAT), ...seats];
  // Saying one works there and hushing it ("shh, don't tell em I work there") poses all the same.
  const hushed = selfId && raves ? hushedTie(doc) : [];
  // A hidden tie says most, then a hushed one, then the outsider's seat: the finding shows the first.
  return [...hidden, ...hushed, ...[...outsider, ...review].sort((a, b) => a.start - b.start)];
}

/** writerTies, once per sentence text, case and the organization's names within the sentence (all it reads besides the sentence). */
function tiesIn(s: DocSentence, own: readonly Hit[], caseless: boolean): Hit[] {
  const names = own.filter((o) => o.start < s.end && o.end > s.start).map((o) => `,${o.start - s.start}-${o.end - s.start}`).join('');
  return memoSpansBySentence(s, writerTies, `${+caseless}${names}`, () => writerTies(s, own, caseless));
}
