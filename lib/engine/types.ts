// The contract every part of Guardrail shares: categories, severities, findings.
// Shaped like a language-server diagnostic so that any UI can render it.

export const CATEGORIES = [
  'phi',
  'defamation',
  'conflict-of-interest',
  'confidential',
  'crisis',
  'medical-claims',
  'brand-voice',
  'quality',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One text replacement; offsets are UTF-16 indexes into the text as typed. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
}

/** Why a finding fired: a span and what it is (an identifier kind, a health term group, a cue). */
export interface Evidence {
  start: number;
  end: number;
  kind: string;
}

export interface PolicyRef {
  pack: string;
  section?: string;
  url?: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  explanation: string;
  policy: PolicyRef;
  confidence: number;
  evidence: Evidence[];
  fixes: Fix[];
}

/** The platforms a draft can be written for; 'generic' when unknown. */
export const PLATFORMS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'threads',
  'reddit',
  'bluesky',
  'mastodon',
  'youtube',
  'tiktok',
  'review-reply',
  'generic',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface CheckOptions {
  platform?: Platform | string;
  /** The writer's role as the extension knows it from settings (nurse, physician, brand-team, ...). */
  author?: string;
  /** Drafts larger than this are checked only up to this many characters (see CheckResult.truncated). */
  maxChars?: number;
  /** The user's personal exceptions: terms to accept (ignored for categories the pack forbids). */
  exceptions?: string[];
  /** Posts this account already published today on this site (from the event log), for the frequency guardrail. */
  postsToday?: number;
}

export interface CheckResult {
  findings: Finding[];
  /** Set when only part of the draft was checked. */
  truncated?: { checkedChars: number; totalChars: number };
  /** Detectors or rules that failed internally; their findings are missing. */
  errors?: string[];
}

/** What limit rules count (rules/count.ts); here so that the pack schema needs no engine code. */
export const COUNTS = ['characters', 'hashtags', 'links', 'mentions', 'emoji', 'caps-words', 'exclamations', 'sentences', 'words'] as const;
export type CountKind = (typeof COUNTS)[number];
