// Builds findings with the fields every policy detector fills the same way.
import type { DetectorConfig } from '../../policy';
import { SEVERITY_RANK, type Category, type Evidence, type Finding, type Fix, type Severity } from '../../types';

export interface FindingInput {
  ruleId: string;
  category: Category;
  start: number;
  end: number;
  message: string;
  explanation: string;
  confidence: number;
  /** The detector's own severity; the pack's setting, when present, wins. */
  severity: Severity;
  evidence?: Evidence[];
  fixes?: Fix[];
  section?: string;
  url?: string;
}

export function makeFinding(config: DetectorConfig, f: FindingInput): Finding {
  const policy: Finding['policy'] = { pack: config.pack };
  if (f.section) policy.section = f.section;
  if (f.url) policy.url = f.url;
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: severityFor(config, f.severity),
    start: f.start,
    end: f.end,
    message: f.message,
    explanation: f.explanation,
    policy,
    confidence: Math.round(f.confidence * 100) / 100,
    evidence: f.evidence ?? [{ start: f.start, end: f.end, kind: f.ruleId.split('/').pop() ?? f.ruleId }],
    fixes: f.fixes ?? [],
  };
}

/** The pack's severity is a ceiling: it can soften what a detector raises, never harden a hedged finding. */
function severityFor(config: DetectorConfig, own: Severity): Severity {
  if (!config.severity) return own;
  return SEVERITY_RANK[config.severity] > SEVERITY_RANK[own] ? config.severity : own;
}

/** A fix that appends text at the end of the draft. */
export function appendFix(title: string, text: string, at: number): Fix {
  return { title, edits: [{ start: at, end: at, text }] };
}

export function replaceFix(title: string, start: number, end: number, text: string): Fix {
  return { title, edits: [{ start, end, text }] };
}
