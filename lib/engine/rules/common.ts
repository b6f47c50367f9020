// What every rule type shares: scope (platforms, authors), "unless" terms, and turning a
// matched span into a Finding with the pack's message, policy reference and fix templates.
import type { Doc } from '../doc';
import type { Category, Edit, Finding, Fix, Severity } from '../types';
import type { RegexCompiler } from './regex';
import { compileTerms, expandTerms, type TermMatcher } from './terms';

export interface FixTemplate {
  title: string;
  replace?: string;
  append?: string;
}

/** The fields every pack rule has (see lib/policy/schema.ts). */
export interface RuleSpec {
  id: string;
  type: string;
  category: Category;
  severity: Severity;
  message?: string;
  explanation?: string;
  link?: string;
  section?: string;
  platforms?: string[];
  exemptAuthors?: string[];
  unless?: string[];
  fixes?: FixTemplate[];
  locked?: boolean;
  enabled?: boolean;
}

export interface RuleContext {
  pack: string;
  lists: Record<string, readonly string[]>;
  /** Compiles the rule's regular expressions (re2js, or the background's programs in a page). */
  regex: RegexCompiler;
}

export interface Hit {
  start: number;
  end: number;
  /** Replaces "$0" in messages and fix templates; defaults to the matched text. */
  matched?: string;
  /** Fixes the rule type proposes itself (a substitution's replacement), before the pack's templates. */
  fixes?: Fix[];
  message?: string;
  confidence?: number;
}

export class RuleScope {
  private readonly platforms?: Set<string>;
  private readonly exempt: Set<string>;
  private readonly unless: TermMatcher;

  constructor(spec: RuleSpec, ctx: RuleContext) {
    this.platforms = spec.platforms?.length ? new Set(spec.platforms) : undefined;
    this.exempt = new Set((spec.exemptAuthors ?? []).map((a) => a.toLowerCase()));
    this.unless = compileTerms(expandTerms(spec.unless ?? [], ctx.lists));
  }

  /** Whether the rule runs at all for this draft's platform and author. */
  applies(doc: Doc): boolean {
    if (this.platforms && !this.platforms.has(doc.platform)) return false;
    return !this.exempt.has(doc.author);
  }

  /** True when an "unless" term appears in the sentence holding the span (or, with whole, anywhere). */
  silenced(doc: Doc, start: number, whole = false): boolean {
    if (!this.unless.size) return false;
    if (whole) return this.unless.test(doc.text);
    const s = doc.sentenceAt(start);
    return this.unless.test(s ? s.text : doc.text);
  }
}

const fill = (template: string, matched: string) => template.replace(/\$0/g, () => matched);

/** Builds the finding for one hit, applying the pack's templates. */
export function makeFinding(spec: RuleSpec, ctx: RuleContext, doc: Doc, hit: Hit, defaultMessage: string): Finding {
  const matched = hit.matched ?? doc.text.slice(hit.start, hit.end);
  const fixes: Fix[] = [...(hit.fixes ?? [])];
  for (const t of spec.fixes ?? []) {
    const edits: Edit[] = [];
    if (t.replace !== undefined) edits.push({ start: hit.start, end: hit.end, text: fill(t.replace, matched) });
    if (t.append !== undefined) edits.push({ start: doc.text.length, end: doc.text.length, text: fill(t.append, matched) });
    if (edits.length) fixes.push({ title: fill(t.title, matched), edits });
  }
  return {
    ruleId: spec.id,
    category: spec.category,
    severity: spec.severity,
    start: hit.start,
    end: hit.end,
    message: fill(spec.message ?? hit.message ?? defaultMessage, matched),
    explanation: fill(spec.explanation ?? '', matched),
    policy: { pack: ctx.pack, ...(spec.section ? { section: spec.section } : {}), ...(spec.link ? { url: spec.link } : {}) },
    confidence: hit.confidence ?? 1,
    evidence: [{ start: hit.start, end: hit.end, kind: `rule:${spec.type}` }],
    fixes,
  };
}

/** Replacement text that follows the case of what was written ("Committed suicide" -> "Died by suicide"). */
export function matchCase(written: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = written.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase() && replacement[0] === replacement[0].toLowerCase()) {
    const isAllCaps = written.length > 1 && written === written.toUpperCase() && /\p{L}{2}/u.test(written);
    return isAllCaps ? replacement.toUpperCase() : replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
