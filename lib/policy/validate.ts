// Checks a schema-valid pack for what zod cannot see: duplicate rule ids, unknown list
// references, unusable regular expressions and compromise patterns, a pack extending itself.
import { checkPattern } from './pattern-syntax';
import { regexListRefs } from '../engine/rules/regex';
import { regexError } from '../engine/rules/regex-re2';
import { isListRef } from '../engine/rules/terms';
import type { PathKey } from './errors';
import type { Pack } from './schema';

export interface PackIssue {
  path: PathKey[];
  message: string;
}

export interface ValidateOptions {
  /**
   * Lists the packs underneath provide. When absent, references to lists the pack does not
   * define are accepted only if the pack extends another (compilePolicy checks them then).
   */
  knownLists?: Iterable<string>;
}

export function validatePack(pack: Pack, options: ValidateOptions = {}): PackIssue[] {
  const issues: PackIssue[] = [];
  const own = new Set(Object.keys(pack.lists ?? {}));
  const known = options.knownLists ? new Set([...own, ...options.knownLists]) : own;
  const checkRefs = options.knownLists !== undefined || !pack.extends?.length;

  const terms = (list: readonly string[] | undefined, path: PathKey[]) => {
    list?.forEach((t, i) => {
      if (!isListRef(t) || !checkRefs || known.has(t.slice(1))) return;
      const names = [...known].map((n) => `$${n}`).join(', ');
      issues.push({ path: [...path, i], message: `unknown list "${t}"; ${names ? `known lists: ${names}` : 'the pack defines no lists'}` });
    });
  };
  const regexes = (list: readonly string[] | undefined, path: PathKey[]) => {
    list?.forEach((r, i) => {
      const why = regexError(r);
      if (why) issues.push({ path: [...path, i], message: why });
      for (const name of regexListRefs(r)) {
        if (checkRefs && !known.has(name)) issues.push({ path: [...path, i], message: `unknown list "{{${name}}}" in the regular expression` });
      }
    });
  };
  const patterns = (list: readonly string[] | undefined, path: PathKey[]) => {
    list?.forEach((p, i) => {
      const why = checkPattern(p);
      if (why) issues.push({ path: [...path, i], message: `invalid compromise pattern: ${why}` });
    });
  };

  if (pack.extends?.includes(pack.pack)) {
    issues.push({ path: ['extends', pack.extends.indexOf(pack.pack)], message: `circular extends: pack "${pack.pack}" extends itself` });
  }
  for (const [name, items] of Object.entries(pack.lists ?? {})) {
    items.forEach((t, i) => {
      if (isListRef(t)) issues.push({ path: ['lists', name, i], message: `a list item cannot reference another list ("${t}")` });
    });
  }

  const seen = new Map<string, number>();
  (pack.rules ?? []).forEach((rule, i) => {
    const at: PathKey[] = ['rules', i];
    const first = seen.get(rule.id);
    if (first !== undefined) issues.push({ path: [...at, 'id'], message: `duplicate rule id "${rule.id}" (first defined at rules[${first}])` });
    else seen.set(rule.id, i);
    terms(rule.unless, [...at, 'unless']);
    switch (rule.type) {
      case 'existence':
        terms(rule.terms, [...at, 'terms']);
        regexes(rule.regex, [...at, 'regex']);
        patterns(rule.pattern, [...at, 'pattern']);
        if (!rule.terms?.length && !rule.regex?.length && !rule.pattern?.length) {
          issues.push({ path: at, message: 'an existence rule needs "terms", "regex" or "pattern"' });
        }
        break;
      case 'pattern':
        if (Array.isArray(rule.match)) patterns(rule.match, [...at, 'match']);
        else {
          const why = checkPattern(rule.match);
          if (why) issues.push({ path: [...at, 'match'], message: `invalid compromise pattern: ${why}` });
        }
        break;
      case 'require':
        terms(rule.then, [...at, 'then']);
        if (typeof rule.if === 'string') {
          const why = checkPattern(rule.if);
          if (why) issues.push({ path: [...at, 'if'], message: `invalid compromise pattern: ${why}` });
        } else {
          terms(rule.if.terms, [...at, 'if', 'terms']);
          regexes(rule.if.regex, [...at, 'if', 'regex']);
          patterns(rule.if.pattern, [...at, 'if', 'pattern']);
          if (!rule.if.terms?.length && !rule.if.regex?.length && !rule.if.pattern?.length) {
            issues.push({ path: [...at, 'if'], message: '"if" needs "terms", "regex" or "pattern"' });
          }
        }
        break;
      case 'substitution':
        if (!Object.keys(rule.swap).length) issues.push({ path: [...at, 'swap'], message: 'a substitution rule needs at least one "never: say" pair' });
        break;
      case 'limit':
        break;
    }
  });
  return issues;
}
