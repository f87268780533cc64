import type { Issue } from '../model/schemas';
import type { RuleChanges } from '../model/options';
import type { MatchingRule, RuleWhere } from './rule';
import { ruleKey } from './rule-key';
import { needleScan, type NeedleScan } from './needle-scan';
import { anyPattern } from './any-pattern';

/** The block length a block rule looks at when it names none. */
export const DEFAULT_RULE_MAX_LENGTH = 160;

/** A rule with its regular expression compiled. @internal */
export interface CompiledPattern {
  readonly rule: MatchingRule;
  readonly regex: RegExp;
  readonly maxLength: number;
  /** The rule's `contains`, lowercased; null when it has none. */
  readonly contains: readonly string[] | null;
  /** For a whole-block pattern with `contains`, the index of its strings in the rules' `needles`: its group's `firstNeedleSet` plus its position in the group; -1 otherwise. */
  readonly needleSet: number;
  /** Whether the group's combined pre-filter covers this pattern (not one with `contains`, back-references or other flags). */
  readonly filtered: boolean;
  /** For an inline pattern with `contains`, a test for any of its strings, one object for all patterns with the same strings; null otherwise. */
  readonly containsTest: RegExp | null;
}

/** The whole-block patterns of the rules that apply at one `where`, in table order. @internal */
export interface PatternGroup {
  readonly patterns: readonly CompiledPattern[];
  /** The positions of the patterns the combined filter does not cover and that have no `contains`, in table order: with those whose strings a text holds, all that is left to try where the filter fails. */
  readonly unfiltered: readonly number[];
  /** The longest `maxLength` among the patterns with `contains`: a longer text need not be scanned for their strings. */
  readonly longestContains: number;
  /** One regular expression that matches when any filtered pattern may; null when there are none. */
  readonly filter: RegExp | null;
  /** The longest `maxLength` among the patterns. */
  readonly longest: number;
  /** The index in the rules' `needles` of the strings of the group's first pattern: those of the others follow in order. */
  readonly firstNeedleSet: number;
}

/** Rules ready to match: exact lines in a map, patterns grouped by where they apply, each group behind its pre-filters. @internal */
export interface CompiledRules {
  /** Rules by the `ruleKey` of each of their `lines`. */
  readonly byLine: ReadonlyMap<string, readonly MatchingRule[]>;
  /** The length of the longest key in `byLine`. */
  readonly longestLine: number;
  /** Whole-block pattern rules by where they apply. */
  readonly blockPatterns: Readonly<Record<RuleWhere, PatternGroup>>;
  /** The `contains` strings of the whole-block patterns of every group, looked for in one pass, a set of them for each pattern in order. */
  readonly needles: NeedleScan;
  /** The longest `longestContains` of the groups: a longer text need not be scanned for their strings. */
  readonly longestContains: number;
  /** Inline rules anchored at the start of a block. */
  readonly inlineStart: readonly CompiledPattern[];
  /** Inline rules anchored at the end of a block. */
  readonly inlineEnd: readonly CompiledPattern[];
  /** Compiled patterns by rule id, to read a rule's named groups (a credit's `credit`). */
  readonly patternById: ReadonlyMap<string, RegExp>;
  /** Problems with the rules given (a bad pattern, a missing field); such rules are skipped. */
  readonly issues: readonly Issue[];
}

/**
 * Merges rule changes into the built-in rules and compiles the result.
 * @example
 * compileRules(builtinMatchingRules, { disable: ['share.tweet'] }).issues; // []
 * @internal
 */
export function compileRules(builtins: readonly MatchingRule[], changes: RuleChanges | undefined): CompiledRules {
  const issues: Issue[] = [];
  const byId = new Map<string, MatchingRule>();
  for (const rule of builtins) byId.set(rule.id, rule);
  for (const rule of changes?.add ?? []) {
    const problem = ruleProblem(rule);
    if (problem) issues.push({ code: 'invalid_rule', message: problem });
    else byId.set(rule.id, rule);
  }
  for (const id of changes?.disable ?? []) byId.delete(id);

  const byLine = new Map<string, MatchingRule[]>();
  const blockPatterns: Record<RuleWhere, CompiledPattern[]> = { anywhere: [], head: [], tail: [] };
  const inlineStart: CompiledPattern[] = [];
  const inlineEnd: CompiledPattern[] = [];
  const patternById = new Map<string, RegExp>();
  const containsTests = new Map<string, RegExp>();
  for (const rule of byId.values()) {
    for (const line of rule.lines ?? []) {
      const key = ruleKey(line);
      const rules = byLine.get(key);
      if (rules) rules.push(rule);
      else byLine.set(key, [rule]);
    }
    if (rule.pattern === undefined) continue;
    const regex = compilePattern(rule, issues);
    if (!regex) continue;
    patternById.set(rule.id, regex);
    const contains = rule.contains?.map((needle) => needle.toLowerCase()) ?? null;
    const filtered = contains === null && isFilterable(regex);
    const containsTest = rule.scope === 'inline' && contains !== null ? sharedContainsTest(containsTests, contains) : null;
    const compiled = { rule, regex, maxLength: rule.maxLength ?? DEFAULT_RULE_MAX_LENGTH, contains, filtered, needleSet: -1, containsTest };
    const group = blockPatterns[rule.where ?? 'anywhere'];
    if (rule.scope !== 'inline') group.push({ ...compiled, needleSet: contains === null ? -1 : group.length });
    else if (rule.pattern.startsWith('^')) inlineStart.push(compiled);
    else inlineEnd.push(compiled);
  }
  // One scan for the strings of all groups: a block matched anywhere and then in the head or the tail is read once.
  const { anywhere, head, tail } = blockPatterns;
  const groups = { anywhere: patternGroup(anywhere, 0), head: patternGroup(head, anywhere.length), tail: patternGroup(tail, anywhere.length + head.length) };
  return {
    byLine,
    longestLine: [...byLine.keys()].reduce((longest, key) => Math.max(longest, key.length), 0),
    blockPatterns: groups,
    needles: needleScan([...anywhere, ...head, ...tail].map((pattern) => pattern.contains ?? [])),
    longestContains: Math.max(groups.anywhere.longestContains, groups.head.longestContains, groups.tail.longestContains),
    inlineStart,
    inlineEnd,
    patternById,
    issues,
  };
}

function ruleProblem(rule: MatchingRule): string | null {
  const named = typeof rule?.id === 'string' && rule.id !== '' ? `rule ${JSON.stringify(rule.id)}` : 'a rule without an id';
  if (typeof rule?.id !== 'string' || rule.id === '') return `${named}: every rule needs an id`;
  if (typeof rule.family !== 'string' || rule.family === '') return `${named}: every rule needs a family`;
  if (rule.lines === undefined && rule.pattern === undefined) return `${named}: a rule needs lines or a pattern`;
  if (rule.contains !== undefined && !(Array.isArray(rule.contains) && rule.contains.every((needle) => typeof needle === 'string' && needle !== ''))) {
    return `${named}: contains must be a list of non-empty strings`;
  }
  if (rule.scope === 'inline' && !/^\^|\$$/.test(rule.pattern ?? '')) {
    return `${named}: an inline rule needs a pattern anchored at ^ or $`;
  }
  return null;
}

function compilePattern(rule: MatchingRule, issues: Issue[]): RegExp | null {
  const flags = [...new Set(`iu${rule.flags ?? ''}`.replace(/[gy]/g, ''))].join('');
  try {
    return new RegExp(rule.pattern!, flags);
  } catch (error) {
    issues.push({ code: 'invalid_rule', message: `rule ${JSON.stringify(rule.id)}: ${(error as Error).message}` });
    return null;
  }
}

// An inline pattern anchored at the end (`…$`) is tried at every offset of the block's end. Rules that must find the
// same words there (`photo`, `image`) share one test for them, run once per block: most blocks hold none, and are then
// read once rather than once per rule. Case-insensitive as the pattern itself is.
function sharedContainsTest(tests: Map<string, RegExp>, contains: readonly string[]): RegExp {
  const source = contains.map((needle) => needle.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|');
  let test = tests.get(source);
  if (test === undefined) {
    test = new RegExp(source, 'iu');
    tests.set(source, test);
  }
  return test;
}

function isFilterable(regex: RegExp): boolean {
  return regex.flags === 'iu' && !/\\(?:k<|[1-9])/.test(regex.source);
}

function patternGroup(positioned: readonly CompiledPattern[], firstNeedleSet: number): PatternGroup {
  const patterns = positioned.map((pattern) => (pattern.needleSet === -1 ? pattern : { ...pattern, needleSet: firstNeedleSet + pattern.needleSet }));
  return {
    patterns,
    unfiltered: patterns.flatMap((pattern, position) => (pattern.filtered || pattern.contains !== null ? [] : [position])),
    longestContains: patterns.reduce((max, pattern) => (pattern.contains === null ? max : Math.max(max, pattern.maxLength)), 0),
    filter: combinedFilter(patterns),
    longest: patterns.reduce((max, pattern) => Math.max(max, pattern.maxLength), 0),
    firstNeedleSet,
  };
}

// Most blocks match no rule: one combined test saves trying every pattern on every block. Patterns that
// scan the whole line have their own `contains` pre-filter instead: in the combined test they would cost
// every block the scan.
function combinedFilter(patterns: readonly CompiledPattern[]): RegExp | null {
  const sources = patterns.filter((pattern) => pattern.filtered).map((pattern) => pattern.regex.source);
  return sources.length === 0 ? null : anyPattern(sources);
}
