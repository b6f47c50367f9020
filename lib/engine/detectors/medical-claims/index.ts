// Medical claims: unsubstantiated or regulated health claims, and individual advice in public.
import { testDoc } from '../../by-sentence';
import { memoBySentence, memoSpansBySentence, type DocSentence } from '../../doc';
import type { Detector } from '../../policy';
import type { Finding, Fix } from '../../types';
import { ADDRESSEE, ADVICE, DRUG_CUES, HEALTH_CLAIMS } from '../../lexicons/policy/health-claims';
import { HEALTH_HEDGES, REFERRAL_HEDGES, SKEPTIC_MARKERS } from '../../lexicons/policy/hedges';
import { anyMatch, negatedBefore, negatedInClause } from '../shared/context';
import { governed, governedSpans, type Span } from '../shared/clauses';
import { makeFinding, replaceFix } from '../shared/finding';
import { alternation, findTermsInDoc, overlaps, scan, type Hit } from '../shared/match';
import { listsWithPrefix, readList } from '../shared/lists';
import { absoluteClaims, deniedBefore } from './absolute';
import { namesMedicine, stopAdvice } from './advice';
import { careAdvice, careUnneededForAll } from './unneeded';
import { ailmentPromises, outcomePromises, resultPromises } from './promise';
import { careAttacks } from './against-care';
import { generalizedResults, PROMO_CODE, PROMOTION, testimonials } from './testimonial';
import { ailmentAt, efficacyClaims, namesRemedy, namesVaccine, remedyAt } from './efficacy';
import { namesMedicineEs, spanishClaims } from './spanish';
import { universalRecommendations } from './universal';
import { insteadOfCare } from './instead';
import { askedClaims } from './asked';
import { accuracyClaims } from './accuracy';
import { offLabelPromotion } from './off-label';

const CLAIMS = Object.entries(HEALTH_CLAIMS).map(([kind, sources]) => ({ kind, re: alternation(sources) }));
const ADVICE_RE = alternation(ADVICE);
const ADDRESSEE_RE = alternation(ADDRESSEE, 'i');
const DRUG_RE = alternation(DRUG_CUES, 'i');
const HEDGE_RE = alternation(HEALTH_HEDGES, 'i');
const SKEPTIC_RE = alternation(SKEPTIC_MARKERS, 'i');
const REFERRAL_RE = alternation(REFERRAL_HEDGES, 'i');
// Changing a dose or skipping one is individual advice to whoever reads it; "take your meds" is not.
const DOSE_CHANGE = /^(?:you \S+ |i'd |i would |go ahead and |feel free to |it's \S+ to )?(?:just |totally |safely )?(?:double|triple|skip|halve|increase|decrease|up|finish|use up|pop|cut|split)\b/i;
// A post that opens by calling someone by name ("Sarah, skip your...", "Aunt Rosa, ...", "Dear Ana in
// Dover: ...") or by handle ("@sarah_k", "u/sarah") speaks to that person.
// ("If you miss a dose", "Thank you", "Once you start": a capital that opens a clause, not a name.)
const VOCATIVE = /^(?:@|u\/)[\p{L}\p{N}_.]+|^(?:(?:hey|hi|ok|okay|so|honestly)\s+)?(?!(?:If|When|Whenever|Once|Unless|Until|While|Before|After|Since|Because|Whether|Thank|Thanks|Do|Did|Does|Can|Could|Would|Should|Will|Are|Have|Had|Were|Now|Then|And|But|So|Love|Miss|See|Bless|Trust|Told|Tell)\b)\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?(?:,\s|\s+(?=(?:you|u)\s))|^(?:[Hh]ey|[Hh]i|[Hh]ello|[Dd]ear)\s+[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'-]+)?\s*(?:[!,:]|\p{Extended_Pictographic}|\()/u;
// Something offered in place of the care ("just take collagen", "it'll heal on its own"): the
// care is declared unneeded to someone, not explained ("you don't need antibiotics for a cold").
// Verbs that throw a medicine away ("ditch the inhaler", "toss the ibuprofen"), not diet swaps ("skip the MSG").
const DISCARD = /^(?:stop|quit|ditch|toss|throw|trash|dump|drop|get off|come off)\b/i;
const ALTERNATIVE = /\b(?:just|instead|naturally|on (?:its|their) own|(?:fix|heal|resolve|sort)s? (?:itself|themselves)|save yourself|cancel|trust me|skip)\b/i;
// Kinds a hedge can soften into education ("may boost", "for some people"); a cure or a
// guarantee stays a claim whatever surrounds it.
const SOFTENED_BY_HEDGE = new Set(['reverses', 'testimonial', 'detox', 'safety']);

const WHY: Record<string, string> = {
  cure: 'Claiming that something cures a condition is an unsubstantiated, regulated health claim.',
  guarantee: 'No treatment works for everyone; guaranteed results are a claim regulators act on.',
  safety: 'Every treatment has risks; "no side effects" and "100% safe" are claims no evidence supports.',
  miracle: '"Miracle" and anti-aging promises are hallmarks of unsubstantiated health claims.',
  detox: 'Detox claims (flushing toxins or heavy metals) are not supported by evidence.',
  reverses: 'This states a treatment effect as certain without evidence.',
  testimonial: 'A personal or patient result presented as what everyone can expect is a misleading testimonial.',
  offLabel: 'Promoting a medicine for uses it is not approved for is off-label promotion.',
  prescribing: 'Urging prescribers to use a medicine is drug promotion, which regulators hold to the approved labeling and fair balance.',
  stopTreatment: 'Telling people to drop prescribed treatment can harm them.',
  efficacy: 'Saying a remedy cures, prevents or strengthens the body against a condition is a health claim that needs evidence it does not have.',
  comparison: 'Saying a remedy works better than an approved treatment is a comparative efficacy claim regulators act on.',
  antiVaccine: 'Saying a vaccine causes the illness or harm it is tested against contradicts the evidence and can keep people from protection.',
  absolute: 'An absolute promise about a treatment (a cure, a guarantee, no side effects) is a claim health regulators treat as unsubstantiated.',
  againstCare: 'Calling a proven treatment a fraud, a poison or useless contradicts the evidence and can keep people from care they need.',
  promise: 'Promising the reader that a remedy or routine will keep an illness or a treatment away is a guarantee no evidence supports.',
  unneededCare: 'Telling someone that the care their clinician ordered is unneeded can keep them from treatment they need.',
  insteadOfCare: 'Urging a remedy in place of a medicine says it does the medicine\'s job, a claim without evidence that can keep people from treatment.',
  everyone: 'Urging a product or remedy on everyone with a condition sells it as if it suited every patient; treatment depends on the person and their clinician.',
  accuracy: 'No test or device catches everything; saying one never misses, or beats the standard test, is a claim beyond the evidence.',
  advice: 'This gives individual medical advice in public, without an exam, to someone who is not your patient here.',
};

const SOFTER: [RegExp, string][] = [
  [/^(?:100% safe|completely safe|totally safe|perfectly safe)$/i, 'generally safe for most people'],
  [/^(?:zero|no) side[- ]effects$/i, 'few side effects for most people'],
  [/^guaranteed?$/i, 'likely'],
];

function fixFor(doc: { text: string }, h: Hit): Fix[] {
  const text = doc.text.slice(h.start, h.end);
  for (const [re, to] of SOFTER) if (re.test(text)) return [replaceFix(`Say "${to}"`, h.start, h.end, to)];
  return [];
}

/** The sentence reports or debunks a health claim rather than making one (the second opinion asks too). */
export const debunksClaim = (text: string): boolean => anyMatch(SKEPTIC_RE, text);

/**
 * The regex work on one sentence, offsets relative to it (memoized with the sentence). `cleared`
 * holds the clauses a skeptic marker governs ("it's a myth that X cures Y", "X cures Y, I'm
 * skeptical"): no claim or advice there is the writer's; the sentence's other clauses still count.
 */
function sentenceClaims(text: string): { claims: (Hit & { kind: string })[]; advice: Hit[]; hedge: 'none' | 'likelihood' | 'referral'; cleared: Span[] } {
  const cleared = governedSpans(text, SKEPTIC_RE);
  const hedged = anyMatch(HEDGE_RE, text);
  const claims: (Hit & { kind: string })[] = [];
  for (const c of CLAIMS) {
    if (hedged && SOFTENED_BY_HEDGE.has(c.kind)) continue;
    for (const h of scan(c.re, text)) if (!governed(cleared, h)) claims.push({ ...h, kind: c.kind });
  }
  const advice = scan(ADVICE_RE, text).filter((h) => !governed(cleared, h));
  return { claims, advice, hedge: !hedged ? 'none' : anyMatch(REFERRAL_RE, text) ? 'referral' : 'likelihood', cleared };
}

/** Whether a sentence names an illness or a body system a result could be about. */
function namesAilment(s: DocSentence): boolean {
  return s.tokens.some((_, i) => ailmentAt(s, i));
}

export const medicalClaims: Detector = {
  id: 'medical-claims',
  category: 'medical-claims',
  run(doc, config, policy) {
    const out: Finding[] = [];
    const addressed = testDoc(doc, ADDRESSEE_RE) || testDoc(doc, VOCATIVE);
    // "Every therapist should be prescribing it" of an app is a product plug, not drug promotion.
    const aboutDrug = testDoc(doc, DRUG_RE);
    const products = findTermsInDoc(doc, [...readList(policy, config, 'productList', 'products'), ...readList(policy, config, 'partnerList', 'partners'), ...listsWithPrefix(policy, 'partner/').flatMap(([, terms]) => terms)], true);
    const remedyInDoc = products.length > 0 || doc.sentences.some((s) => memoBySentence(s, namesRemedy, () => namesRemedy(s)));
    // The pack's own absolute wording, where the detector's classes have not already spoken.
    const absolute = absoluteClaims(doc, readList(policy, config, 'absoluteClaimsList', 'absolute-claims'));
    const promoted = testDoc(doc, PROMOTION) || testDoc(doc, PROMO_CODE);
    const productIn = (n: { start: number; end: number }) => products.some((p) => p.start >= n.start && p.end <= n.end);
    // The products a sentence-local finder can see: those that overlap the sentence, relative to it.
    const productsIn = (n: { start: number; end: number }) => products.filter((p) => p.start < n.end && p.end > n.start).map((p) => `,${p.start - n.start}-${p.end - n.start}`).join('');
    for (const s of doc.sentences) {
      const found = memoBySentence(s, sentenceClaims, sentenceClaims);
      const hits: (Hit & { kind: string })[] = [];
      for (const c of found.claims) {
        const h = { ...c, start: c.start + s.start, end: c.end + s.start };
        if (c.kind === 'prescribing' && !aboutDrug) continue;
        // A claim that is itself an absence ("no side effects") is one item of a list of them, not denied by the one before.
        const denied = /^(?:no|zero)\b/i.test(h.text) ? deniedBefore(doc.text, h.start) : negatedInClause(doc.text, h.start);
        if (!denied) hits.push(h);
      }
      // The frame reads structure the phrase lists miss; where both fire, the phrase's span stands.
      const near = doc.sentences.slice(Math.max(0, s.index - 1), s.index + 1);
      const antecedents = {
        remedyInDoc,
        // A pack product named here or just before is the remedy a pronoun stands for.
        remedyNear: near.some((n) => productIn(n) || memoBySentence(n, namesRemedy, () => namesRemedy(n))),
        vaccineNear: near.some((n) => memoBySentence(n, namesVaccine, () => namesVaccine(n))),
        promoted,
        medicineNear: near.some((n) => memoBySentence(n, namesMedicine, () => namesMedicine(n))),
      };
      // (Memoized by what the finders read besides the sentence: the antecedents' flags and the pack's products in it.)
      const own = productsIn(s);
      const flags = `${+antecedents.remedyInDoc}${+antecedents.remedyNear}${+antecedents.vaccineNear}${+antecedents.promoted}${+antecedents.medicineNear}`;
      for (const c of memoSpansBySentence(s, efficacyClaims, flags + own, () => efficacyClaims(s, antecedents, products))) {
        if (!hits.some((h) => overlaps(h, c)) && !negatedBefore(doc.text, c.start, 16)) hits.push({ ...c, text: doc.text.slice(c.start, c.end) });
      }
      // "el té de orégano te lo quita", "deja la amoxicilina": the same frames in Spanish.
      for (const c of spanishClaims(s, near.some((n) => memoBySentence(n, namesMedicineEs, () => namesMedicineEs(n))), antecedents.remedyNear)) {
        if (c.kind === 'stopTreatment' && !(addressed || c.particular)) continue;
        if (!hits.some((h) => overlaps(h, c))) hits.push({ ...c, text: doc.text.slice(c.start, c.end) });
      }
      // "... every morning and you will never get a UTI again": a result promised as certain.
      // "antidepressants are a scam", "the flu shot tanks your mood": proven care run down.
      for (const a of memoSpansBySentence(s, careAttacks, '', () => careAttacks(s))) {
        if (!hits.some((h) => overlaps(h, a))) hits.push({ start: a.start, end: a.end, text: doc.text.slice(a.start, a.end), kind: a.vaccine ? 'antiVaccine' : 'againstCare' });
      }
      // "my eczema is gone" beside a discount code: one result sold as everyone's.
      for (const t of testimonials(s, promoted)) {
        if (!hits.some((h) => overlaps(h, t))) hits.push({ ...t, text: doc.text.slice(t.start, t.end), kind: 'testimonial' });
      }
      // "works for everybody", "seen it work in hundreds of my patients": one result vouched for as everyone's.
      const ailing = near.some((n) => memoBySentence(n, namesAilment, () => namesAilment(n)));
      for (const t of generalizedResults(s, antecedents.remedyNear, ailing)) {
        if (!hits.some((h) => overlaps(h, t))) hits.push({ ...t, text: doc.text.slice(t.start, t.end), kind: 'testimonial' });
      }
      // "try it instead of metformin", "drink this before you let them put you on meds": a remedy in a medicine's place.
      for (const c of insteadOfCare(s, antecedents.remedyNear)) {
        if (!hits.some((h) => overlaps(h, c))) hits.push({ ...c, text: doc.text.slice(c.start, c.end), kind: 'insteadOfCare' });
      }
      for (const c of offLabelPromotion(s, doc.sentences[s.index + 1])) {
        if (!hits.some((h) => overlaps(h, c))) hits.push({ ...c, text: doc.text.slice(c.start, c.end), kind: 'offLabel' });
      }
      // "100% accurate", "more accurate than a mammogram": a device or test said never to miss.
      const health = near.some((n) => n.mentions.some((m) => m.layer === 'health'));
      for (const c of accuracyClaims(s, antecedents.remedyNear, health)) {
        if (!hits.some((h) => overlaps(h, c))) hits.push({ ...c, text: doc.text.slice(c.start, c.end), kind: 'accuracy' });
      }
      // "why isn't everyone on turmeric?", "why mask your migraines with another prescription?": a claim asked.
      for (const c of askedClaims(s, antecedents.remedyNear, antecedents.vaccineNear)) {
        if (!hits.some((h) => overlaps(h, c))) hits.push({ ...c, text: doc.text.slice(c.start, c.end) });
      }
      // "everyone with migraines should ask for it": a product urged on all who have a condition.
      if (remedyInDoc && !antecedents.vaccineNear) {
        for (const u of universalRecommendations(s)) {
          if (!hits.some((h) => overlaps(h, u))) hits.push({ ...u, text: doc.text.slice(u.start, u.end), kind: 'everyone' });
        }
      }
      for (const p of resultPromises(s, antecedents.remedyNear || products.some((p) => p.start < s.end), products.some((p) => p.start >= s.start && p.end <= s.end))) {
        if (!hits.some((h) => overlaps(h, p))) hits.push({ ...p, text: doc.text.slice(p.start, p.end), kind: 'promise' });
      }
      // "... and he'll be fine by morning, I promise": a recovery promised on a deadline or the writer's word.
      for (const p of outcomePromises(s, antecedents.remedyNear)) {
        if (!hits.some((h) => overlaps(h, p))) hits.push({ ...p, text: doc.text.slice(p.start, p.end), kind: 'promise' });
      }
      for (const p of ailmentPromises(s, antecedents.remedyNear)) {
        if (!hits.some((h) => overlaps(h, p))) hits.push({ ...p, text: doc.text.slice(p.start, p.end), kind: 'promise' });
      }
      for (const a of absolute) {
        if (a.start >= s.start && a.end <= s.end && !hits.some((h) => overlaps(h, a))) hits.push({ ...a, kind: 'absolute' });
      }
      // A remedy word in this sentence or either neighbour, outside a span: what dropped care is traded for.
      const around = doc.sentences.slice(Math.max(0, s.index - 1), s.index + 2);
      const remedyAround = around.some((n) => memoBySentence(n, namesRemedy, () => namesRemedy(n)));
      const remedyBeside = (a: { start: number; end: number }) => remedyAround && around.some((n) => n.tokens.some((t, i) => (t.end <= a.start || t.start >= a.end) && remedyAt(n, i) === 'remedy'));
      // Advice survives a hedge of likelihood ("that usually does the trick") when it is said to
      // someone in particular; a referral ("check with your doctor") softens it for anyone.
      const advice = found.hedge === 'none' || (found.hedge === 'likelihood' && addressed) ? found.advice : null;
      // "just stop the lisinopril" to someone by name; "skip the booster" to anyone.
      // "quit the penicillin once the fever breaks, the full course is a myth": the writer's own
      // dismissal beside advice on care argues it to anyone (a dismissal of the advice itself governs it, and clears it).
      const argued = found.cleared.length > 0;
      if (advice) {
        const medicineNear = antecedents.medicineNear || near.some(productIn);
        for (const a of memoSpansBySentence(s, stopAdvice, `${+medicineNear}${own}`, () => stopAdvice(s, medicineNear, products))) {
          // "ditch the steroid inhaler and get a salt lamp": a medicine dropped for a remedy, to anyone.
          const traded = DISCARD.test(doc.text.slice(a.start, a.end)) && remedyBeside(a);
          if ((a.vaccine || addressed || a.particular || traded || argued) && !hits.some((h) => overlaps(h, a))) hits.push({ start: a.start, end: a.end, text: doc.text.slice(a.start, a.end), kind: a.vaccine ? 'antiVaccine' : 'stopTreatment' });
        }
      }
      // "you don't need the statin", "your dad should come off the Eliquis": advice about one person's care.
      if (advice) {
        for (const a of memoSpansBySentence(s, careAdvice, own, () => careAdvice(s, products))) {
          const offered = a.kind === 'change' || a.person || addressed || argued || ALTERNATIVE.test(s.text) || remedyBeside(a);
          if (offered && !hits.some((h) => overlaps(h, a))) hits.push({ start: a.start, end: a.end, text: doc.text.slice(a.start, a.end), kind: a.kind === 'unneeded' ? 'unneededCare' : 'advice' });
        }
        for (const a of memoSpansBySentence(s, careUnneededForAll, own, () => careUnneededForAll(s, products))) {
          if ((promoted || argued || remedyBeside(a)) && !hits.some((h) => overlaps(h, a))) hits.push({ start: a.start, end: a.end, text: doc.text.slice(a.start, a.end), kind: 'unneededCare' });
        }
        for (const a of advice) {
          const h = { ...a, start: a.start + s.start, end: a.end + s.start };
          const universal = /^everyone/i.test(h.text);
          const dose = /\d/.test(h.text);
          // Leftover or someone else's medicine, or an antibiotic started on a hunch: advice to anyone who reads it.
          const selfMedicating = /left ?over|leftover|left-over|\bold\b|spare|extra|lying around|someone else's|'s (?:\S+ )?(?:pills|meds)|^just (?:take|start|pop|ask for|get|grab)\b/i.test(h.text) && !/\b(?:don't|dont|do not|never|shouldn't|should not|not to)\s+$/i.test(doc.text.slice(Math.max(0, h.start - 14), h.start));
          if (universal || dose || addressed || selfMedicating || DOSE_CHANGE.test(h.text.trim()) || /^you should|^you need/i.test(h.text.trim())) hits.push({ ...h, kind: 'advice' });
        }
      }
      // Whatever a finder read, a claim in a clause a skeptic marker governs is reported, not made.
      const cleared = found.cleared.map((c) => ({ start: c.start + s.start, end: c.end + s.start }));
      for (const h of hits) {
        if (governed(cleared, h)) continue;
        const strong = h.kind === 'advice' || h.kind === 'unneededCare' || h.kind === 'stopTreatment' || h.kind === 'cure' || h.kind === 'guarantee' || h.kind === 'prescribing';
        out.push(
          makeFinding(config, {
            ruleId: `medical-claims/${h.kind}`,
            category: 'medical-claims',
            severity: strong ? 'error' : 'warning',
            start: h.start,
            end: h.end,
            message: h.kind === 'advice' || h.kind === 'unneededCare' ? 'Individual medical advice in public' : 'Unsubstantiated health claim',
            explanation: `${WHY[h.kind]} Share hedged, evidence-based information instead, and point people to their own clinician.`,
            confidence: strong ? 0.8 : 0.7,
            evidence: [{ start: h.start, end: h.end, kind: h.kind }],
            fixes: fixFor(doc, h),
          }),
        );
      }
    }
    return out;
  },
};
