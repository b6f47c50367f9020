// Pack format v1. Rules are data; detectors are code parameterized by data (as Vale separates
// styles from its engine). Every field here is documented in policies/README.md.
import { z } from 'zod';
import { CATEGORIES, COUNTS, PLATFORMS, SEVERITIES } from '../engine/types';

export const LIMITS = {
  packBytes: 1_000_000,
  rules: 2_000,
  listItems: 5_000,
  termLength: 200,
  patternLength: 500,
  examples: 1_000,
} as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/, 'lower-case letters, digits, ".", "_", "-" and "/"');
const severity = z.enum(SEVERITIES);
const category = z.enum(CATEGORIES);
const platform = z.enum(PLATFORMS);
/** A term, or "$name" to splice in a named list. */
const term = z.string().min(1).max(LIMITS.termLength);
const termArray = z.array(term).max(LIMITS.listItems);
/** A list of terms; a single string (usually "$name") stands for a one-item list. */
const terms = z.union([term.transform((t) => [t]), termArray]);
const pattern = z.string().min(1).max(LIMITS.patternLength);

/** What a rule looks for: any of literal terms, regular expressions (RE2 syntax) or compromise patterns. */
const matcher = z.strictObject({
  terms: terms.optional(),
  regex: z.array(pattern).max(200).optional(),
  pattern: z.array(pattern).max(200).optional(),
});

const fixTemplate = z.strictObject({
  title: z.string().min(1).max(200),
  /** Replacement for the matched words; "$0" is the matched text, "" removes it. */
  replace: z.string().max(1000).optional(),
  /** Text appended at the end of the draft (e.g. a disclosure). */
  append: z.string().max(1000).optional(),
});

const ruleBase = {
  id,
  category,
  severity: severity.default('warning'),
  message: z.string().min(1).max(300).optional(),
  explanation: z.string().max(2000).optional(),
  /** Where the policy behind the rule is written down. */
  link: z.string().url().max(500).optional(),
  section: z.string().max(200).optional(),
  /** Platforms the rule applies to; all when absent. */
  platforms: z.array(platform).optional(),
  /** Author roles the rule does not apply to (e.g. brand-team for crisis topics). */
  exemptAuthors: z.array(z.string().max(50)).optional(),
  /** Terms that, when present in the same sentence, silence the rule. */
  unless: terms.optional(),
  fixes: z.array(fixTemplate).max(10).optional(),
  /** A locked rule cannot be switched off or weakened by a later pack. */
  locked: z.boolean().optional(),
  enabled: z.boolean().optional(),
};

export const substitutionRule = z.strictObject({
  ...ruleBase,
  type: z.literal('substitution'),
  /** Say the value, never the key. Matches ignore case, fancy Unicode and a leading "#". */
  swap: z.record(term, z.string().max(LIMITS.termLength)),
  /** Match the case of keys exactly (for brand spellings such as "RiverBend"). */
  caseSensitive: z.boolean().optional(),
});

export const existenceRule = z.strictObject({
  ...ruleBase,
  type: z.literal('existence'),
  ...matcher.shape,
  /** Terms and regular expressions match case exactly (for names that are also common words). */
  caseSensitive: z.boolean().optional(),
});

export const patternRule = z.strictObject({
  ...ruleBase,
  type: z.literal('pattern'),
  match: z.union([pattern, z.array(pattern).min(1).max(200)]),
});

export const requireRule = z.strictObject({
  ...ruleBase,
  type: z.literal('require'),
  /** When this matches (a term list, regexes or compromise patterns) ... */
  if: z.union([pattern, matcher]),
  /** ... one of these must appear somewhere in the draft. */
  then: z.union([term.transform((t) => [t]), termArray.min(1)]),
});

export const limitRule = z
  .strictObject({
    ...ruleBase,
    type: z.literal('limit'),
    /** What is counted. Characters are counted as each platform does (X: links as 23; Bluesky: graphemes). */
    count: z.enum(COUNTS),
    /** The limit everywhere; without it the rule applies only to the platforms in perPlatform. */
    max: z.number().int().min(0).max(1_000_000).optional(),
    /** Per-platform maxima override `max`. */
    perPlatform: z.partialRecord(platform, z.number().int().min(0).max(1_000_000)).optional(),
  })
  .refine((r) => r.max !== undefined || r.perPlatform !== undefined, { message: 'a limit rule needs "max" or "perPlatform"', path: ['max'] });

export const rule = z.discriminatedUnion('type', [substitutionRule, existenceRule, patternRule, requireRule, limitRule]);

/** A later pack changing an earlier pack's rule: its severity, or switching it off. */
export const ruleOverride = z.strictObject({
  severity: severity.optional(),
  enabled: z.boolean().optional(),
});

/** Settings every built-in detector understands; each detector may add its own keys. */
export const detectorSettings = z.looseObject({
  enabled: z.boolean().optional(),
  severity: severity.optional(),
  sensitivity: z.enum(['low', 'medium', 'high']).optional(),
  exemptAuthors: z.array(z.string().max(50)).optional(),
  /** false keeps the learned second opinion quiet for this category (the rules still run). */
  learned: z.boolean().optional(),
  locked: z.boolean().optional(),
});

export const example = z.strictObject({
  text: z.string().max(10_000),
  platform: platform.optional(),
  author: z.string().max(50).optional(),
  /** Categories or rule ids that must be flagged (warning or error); [] means nothing may be. */
  expect: z.array(z.string().min(1)).default([]),
  /** Categories or rule ids that must not be flagged. */
  reject: z.array(z.string().min(1)).optional(),
  note: z.string().max(500).optional(),
});

/**
 * The organization's community: places and institutions people there know by name. A person
 * described by their role and one of these ("the bus driver in Cedar Falls") is identifiable.
 */
export const community = z.strictObject({
  towns: termArray.optional(),
  neighborhoods: termArray.optional(),
  schools: termArray.optional(),
  employers: termArray.optional(),
  facilities: termArray.optional(),
});

export const pack = z.strictObject({
  pack: id,
  name: z.string().max(200).optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+([-+][\w.-]+)?$/, 'a semantic version such as 1.2.0'),
  description: z.string().max(2000).optional(),
  organization: z.string().max(200).optional(),
  extends: z.array(id).max(20).optional(),
  /** A locked pack's rules, detector settings and enforcement cannot be weakened by later packs. */
  locked: z.boolean().optional(),
  /** What happens when a draft with an error-level finding is published. */
  enforcement: z.enum(['warn', 'confirm', 'block']).optional(),
  /** Ask for a reason before "Post anyway". */
  requireReason: z.boolean().optional(),
  /** When the checker itself fails: let the post through (open) or hold it (closed). */
  failMode: z.enum(['open', 'closed']).optional(),
  /** Users may add personal exceptions ("ignore this term for me"), except for these categories. */
  personalExceptions: z
    .strictObject({ allowed: z.boolean().default(true), forbiddenCategories: z.array(category).optional() })
    .optional(),
  /** Official statements that crisis findings point to. */
  links: z.record(z.string().max(100), z.string().url().max(500)).optional(),
  lists: z.record(id, termArray).optional(),
  community: community.optional(),
  rules: z.array(rule).max(LIMITS.rules).optional(),
  overrides: z.record(z.string().max(200), ruleOverride).optional(),
  detectors: z.record(z.string().max(50), detectorSettings).optional(),
  examples: z.array(example).max(LIMITS.examples).optional(),
});

export type Pack = z.infer<typeof pack>;
export type Rule = z.infer<typeof rule>;
export type Community = z.infer<typeof community>;
export type RuleOverride = z.infer<typeof ruleOverride>;
export type DetectorSettings = z.infer<typeof detectorSettings>;
export type PackExample = z.infer<typeof example>;
