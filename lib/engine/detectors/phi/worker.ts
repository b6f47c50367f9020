// A description that names someone by their work. A health profession ("the pain doc at
// Northgate", "the cardiologist") makes a clinician, at work in any care place. An office or
// ownership ("the owner of Harmony Herb Co.", "the guy who runs the supply shop", "Riverbend's
// CFO") makes a worker: the products, claims and numbers around them are their business, and
// only care told as their own is theirs (link.ts); but coming into our care, they are a patient.
import { wordClasses } from '../../lexicons/wordnet';

// Offices and ownership, as nouns or as the verb of a relative clause ("who runs", "that owns").
const OFFICE = /^(?:owner|owners|co-owner|founder|cofounder|co-founder|proprietor|ceo|cfo|coo|cmo|cno|cio|vp|president|director|chief|head|manager|administrator|superintendent|executive|partner|operator|runs|ran|owns|owned|founded|operates)$/i;
// A word that belongs to someone else, whom the description is about: "the VP's niece", "the owner's wife".
const POSSESSOR_AFTER = /^['’]s?\b/;

/** What a description names someone by: a health profession, an office, or neither. */
export function workOf(text: string): 'clinician' | 'office' | null {
  const words = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  let office = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i][0].replace(/['’]s$/, '');
    const after = text.slice((words[i].index ?? 0) + w.length);
    if (POSSESSOR_AFTER.test(after)) continue;
    const pair = i + 1 < words.length ? `${w} ${words[i + 1][0]}`.toLowerCase() : '';
    if (wordClasses(w.toLowerCase()).includes('clinician') || (pair && wordClasses(pair).includes('clinician'))) return 'clinician';
    if (OFFICE.test(w)) office = true;
  }
  return office ? 'office' : null;
}
