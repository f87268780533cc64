import type { MatchingRule } from '../rule';

/**
 * Where a test puts a block: before the article, inside it, or after it.
 * @example
 * const zone: TestZone = 'tail';
 * @internal
 */
export type TestZone = 'head' | 'body' | 'tail';

/**
 * The real residue a rule was written for, and near-miss sentences of stories it must leave alone.
 * @example
 * const examples: RuleExamples = { 'share.send-to-kindle': { matches: ['Send to Kindle'], misses: ['She sent it to Kindle readers.'] } };
 * @internal
 */
export type RuleExamples = Record<
  string,
  {
    /** The zone the examples stand in; `body` by default. */
    readonly zone?: TestZone;
    /** Whole blocks the rule takes. */
    readonly matches?: readonly string[];
    /** Blocks with residue at their edge: the block, the residue split off, and the credit read from it. */
    readonly splits?: readonly (readonly [block: string, residue: string, credit?: string])[];
    /** Blocks of stories the rule leaves alone. */
    readonly misses: readonly string[];
  }
>;

const TRAILING_MARKS = new Set([':', '|', '•', '›', '»', '>']);
const compiled = new WeakMap<MatchingRule, RegExp>();

/**
 * The key a rule's `lines` are compared under, as the engine compares them: white space folded,
 * trailing `:`, `|`, `•`, `›`, `»`, `>` dropped, lowercase.
 * @example
 * lineKey('Share  this: '); // 'share this'
 * @internal
 */
export function lineKey(text: string): string {
  let end = text.length;
  while (end > 0 && (TRAILING_MARKS.has(text[end - 1]!) || text[end - 1]!.trim() === '')) end--;
  return text.slice(0, end).replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * Whether a rule applies in a zone (`where` is `anywhere` by default).
 * @example
 * appliesIn({ id: 'a.b', family: 'a', description: '', lines: ['x'], where: 'tail' }, 'head'); // false
 * @internal
 */
export function appliesIn(rule: MatchingRule, zone: TestZone): boolean {
  const where = rule.where ?? 'anywhere';
  return where === 'anywhere' || where === zone;
}

/**
 * The rule's pattern compiled as the engine compiles it, with the flags `i` and `u` added.
 * @example
 * rulePattern({ id: 'a.b', family: 'a', description: '', pattern: '^x$' }).flags; // 'iu'
 * @internal
 */
export function rulePattern(rule: MatchingRule): RegExp {
  let regex = compiled.get(rule);
  if (!regex) {
    regex = new RegExp(rule.pattern ?? '(?!)', [...new Set(`iu${rule.flags ?? ''}`)].join(''));
    compiled.set(rule, regex);
  }
  return regex;
}

/**
 * Whether a block rule takes the whole block text in a zone: one of its `lines`, or its pattern within `maxLength`.
 * @example
 * blockMatches({ id: 'a.b', family: 'a', description: '', lines: ['Share this'] }, 'Share this:'); // true
 * @internal
 */
export function blockMatches(rule: MatchingRule, text: string, zone: TestZone = 'body'): boolean {
  if (!appliesIn(rule, zone) || rule.scope === 'inline') return false;
  const key = lineKey(text);
  if (rule.lines?.some((line) => lineKey(line) === key)) return true;
  if (rule.pattern === undefined || text.length > (rule.maxLength ?? 160)) return false;
  if (rule.contains && !rule.contains.some((needle) => text.toLowerCase().includes(needle.toLowerCase()))) return false;
  return rulePattern(rule).test(text);
}

/**
 * The rule the engine gives a block: exact lines of every rule first, then patterns in table order.
 * @example
 * firstBlockRule(builtinRules, 'Tweet', 'head')?.id; // 'share.network-name'
 * @internal
 */
export function firstBlockRule(rules: readonly MatchingRule[], text: string, zone: TestZone = 'body'): MatchingRule | null {
  const key = lineKey(text);
  const byLine = rules.find((rule) => appliesIn(rule, zone) && rule.scope !== 'inline' && rule.lines?.some((line) => lineKey(line) === key));
  return byLine ?? rules.find((rule) => rule.pattern !== undefined && blockMatches(rule, text, zone)) ?? null;
}

/**
 * The residue an inline rule splits off a block, with the credit its `credit` group names, or null.
 * @example
 * inlineMatch(creditRules[2]!, 'He left. Featured image via Flickr'); // { residue: ' Featured image via Flickr', credit: 'Flickr' }
 * @internal
 */
export function inlineMatch(rule: MatchingRule, text: string, zone: TestZone = 'body'): { residue: string; credit: string | undefined } | null {
  if (rule.scope !== 'inline' || !appliesIn(rule, zone)) return null;
  const match = rulePattern(rule).exec(text);
  return match && match[0].length > 0 ? { residue: match[0], credit: match.groups?.['credit'] } : null;
}

/**
 * What is wrong with a family's table against its examples: a rule without examples, an example it misses or
 * that another built-in rule takes first, a near miss it takes. Empty when all is well.
 * @example
 * exampleFailures(shareRules, EXAMPLES, builtinRules); // []
 * @internal
 */
export function exampleFailures(rules: readonly MatchingRule[], examples: RuleExamples, allRules: readonly MatchingRule[]): string[] {
  const failures: string[] = [];
  for (const rule of rules) {
    const example = examples[rule.id];
    if (!example) {
      failures.push(`${rule.id}: no example`);
      continue;
    }
    const zone = example.zone ?? 'body';
    for (const text of example.matches ?? []) {
      if (!blockMatches(rule, text, zone)) failures.push(`${rule.id}: does not match ${JSON.stringify(text)}`);
      const winner = firstBlockRule(allRules, text, zone);
      if (winner?.id !== rule.id) failures.push(`${rule.id}: ${JSON.stringify(text)} goes to ${winner?.id ?? 'no rule'}`);
    }
    for (const [block, residue, credit] of example.splits ?? []) {
      const match = inlineMatch(rule, block, zone);
      if (match?.residue.trim() !== residue) failures.push(`${rule.id}: splits ${JSON.stringify(match?.residue)} off ${JSON.stringify(block)}`);
      if (credit !== undefined && match?.credit !== credit) failures.push(`${rule.id}: reads the credit ${JSON.stringify(match?.credit)} in ${JSON.stringify(block)}`);
    }
    for (const text of example.misses) {
      if (blockMatches(rule, text, zone) || inlineMatch(rule, text, zone)) failures.push(`${rule.id}: takes the story sentence ${JSON.stringify(text)}`);
    }
    if ((example.matches ?? []).length + (example.splits ?? []).length === 0) failures.push(`${rule.id}: no real example`);
  }
  for (const id of Object.keys(examples)) if (!rules.some((rule) => rule.id === id)) failures.push(`${id}: examples for a rule that is not in the table`);
  return failures;
}
