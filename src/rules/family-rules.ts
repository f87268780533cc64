import type { MatchingRule } from './rule';

/**
 * A rule of a family's table, written without its family: the family is the first part of its id.
 * @example
 * const rule: TableRule = { id: 'share.send-to-kindle', lines: ['Send to Kindle'] };
 * @internal
 */
export type TableRule = Omit<MatchingRule, 'family'>;

/**
 * A family's rule table with each rule's family, read from its id (`share.send-to-kindle` is of family `share`),
 * written in after the id: the tables need not repeat it, and the parse bundle carries it once per family.
 * @example
 * familyRules([{ id: 'share.send-to-kindle', lines: ['Send to Kindle'] }]);
 * // [{ id: 'share.send-to-kindle', family: 'share', lines: ['Send to Kindle'] }]
 * @internal
 */
export function familyRules(rules: readonly TableRule[]): MatchingRule[] {
  return rules.map(({ id, ...matching }) => ({ id, family: id.slice(0, id.indexOf('.')), ...matching }));
}
