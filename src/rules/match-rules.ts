import type { MatchingRule, RuleWhere } from './rule';
import type { CompiledPattern, CompiledRules, PatternGroup } from './compile-rules';
import { keyFits, ruleKey } from './rule-key';
import { setsIn } from './needle-scan';

/** Where a block lies relative to the article: before it, in it, or after it. @internal */
export type Zone = 'head' | 'body' | 'tail';

/** Residue found inside a block: the rule and the span of the block text it covers. @internal */
export interface InlineMatch {
  readonly rule: MatchingRule;
  /** Offset of the residue in the block text. */
  readonly start: number;
  /** Offset just past the residue in the block text. */
  readonly end: number;
}

const NO_PATTERNS: readonly CompiledPattern[] = [];

// Inline residue sits at the edge of a line; looking further in would cost time on long lines.
const INLINE_WINDOW = 400;

/**
 * What matching a block text reads of it once for every `where` it is matched at: its line key and the `contains` strings it holds. @internal
 */
export interface BlockProbe {
  /** The `ruleKey` of the text, or null where the text is longer than every rule line. */
  readonly key: string | null;
  /** The indices of the sets of the rules' `needles` that the text holds; empty for a text longer than every pattern with `contains`. */
  readonly present: readonly number[];
}

/**
 * Reads a block text for `matchBlockRule`, once however many times it is matched.
 * @example
 * probeBlock(rules, 'Share this:').key; // 'share this'
 * @internal
 */
export function probeBlock(rules: CompiledRules, text: string): BlockProbe {
  return {
    key: keyFits(text, rules.longestLine) ? ruleKey(text) : null,
    // The `contains` strings of all patterns are looked for in one pass, not one pass per string.
    present: text.length <= rules.longestContains ? setsIn(rules.needles, text) : [],
  };
}

/**
 * The first rule of those that apply at `where` (`anywhere`, or only in the head or only in the tail) that matches a whole block text, or null.
 * @example
 * matchBlockRule(rules, 'Print Friendly, PDF & Email', 'anywhere')?.id; // 'share.print-friendly'
 * @internal
 */
export function matchBlockRule(rules: CompiledRules, text: string, where: RuleWhere, probe = probeBlock(rules, text)): MatchingRule | null {
  const byLine = probe.key === null ? undefined : rules.byLine.get(probe.key);
  const lineRule = byLine?.find((candidate) => (candidate.where ?? 'anywhere') === where);
  if (lineRule) return lineRule;
  const group = rules.blockPatterns[where];
  if (text.length > group.longest) return null;
  const mayMatch = group.filter === null || group.filter.test(text);
  const present = text.length <= group.longestContains ? probe.present : [];
  for (const pattern of mayMatch ? group.patterns : unfilteredOrPresent(group, present)) {
    if (text.length > pattern.maxLength || (pattern.needleSet !== -1 && !present.includes(pattern.needleSet))) continue;
    if (pattern.regex.test(text)) return pattern.rule;
  }
  return null;
}

// Where the combined filter fails, only the patterns it does not cover may match: those without `contains`, and those
// whose strings the text holds, few or none, rather than every pattern with `contains` to be looked up in turn.
function unfilteredOrPresent(group: PatternGroup, present: readonly number[]): readonly CompiledPattern[] {
  // Most blocks hold none of the strings, and the built-in rules leave no pattern outside the filter but those with some.
  if (present.length === 0 && group.unfiltered.length === 0) return NO_PATTERNS;
  const positions = [...group.unfiltered];
  for (const set of present) {
    const position = set - group.firstNeedleSet;
    if (position >= 0 && position < group.patterns.length) positions.push(position);
  }
  return positions.sort((first, second) => first - second).map((position) => group.patterns[position]!);
}

/**
 * Residue at the start or the end of a block text that an inline rule splits off, or null.
 * @example
 * matchInlineRule(rules, 'He left. Featured image via Flickr', 'body'); // { rule: …, start: 9, end: 34 }
 * @internal
 */
export function matchInlineRule(rules: CompiledRules, text: string, zone: Zone): InlineMatch | null {
  const tailStart = Math.max(0, text.length - INLINE_WINDOW);
  const tail = tailStart === 0 ? text : text.slice(tailStart);
  const atEnd = firstMatch(rules.inlineEnd, tail, zone);
  if (atEnd) return { rule: atEnd.rule, start: tailStart + atEnd.index, end: text.length };
  const head = text.length <= INLINE_WINDOW ? text : text.slice(0, INLINE_WINDOW);
  const atStart = firstMatch(rules.inlineStart, head, zone);
  if (atStart) return { rule: atStart.rule, start: 0, end: atStart.index + atStart.length };
  return null;
}

function firstMatch(patterns: readonly CompiledPattern[], text: string, zone: Zone) {
  // The last `contains` test run and what it said: rules that share one (see `containsTest`) run it once.
  let lastTest: RegExp | null = null;
  let lastFound = false;
  for (const pattern of patterns) {
    if (!appliesIn(pattern.rule, zone)) continue;
    if (pattern.containsTest !== null) {
      if (pattern.containsTest !== lastTest) {
        lastTest = pattern.containsTest;
        lastFound = lastTest.test(text);
      }
      if (!lastFound) continue;
    }
    const match = pattern.regex.exec(text);
    if (match && match[0].length > 0) return { rule: pattern.rule, index: match.index, length: match[0].length };
  }
  return null;
}

function appliesIn(rule: MatchingRule, zone: Zone): boolean {
  const where = rule.where ?? 'anywhere';
  return where === 'anywhere' || where === zone;
}
