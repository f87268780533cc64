import { describe, expect, it } from 'vitest';
import { compileRules } from './compile-rules';
import { matchBlockRule, matchInlineRule, probeBlock } from './match-rules';
import type { MatchingRule } from './rule';

const signoff = (id: string, contains: readonly string[]): MatchingRule => ({ id, family: 'ui', pattern: String.raw`(?<=[.!?])(?:sent from my \w+)$`, scope: 'inline', contains });

describe('matchInlineRule', () => {
  it('tries an inline rule only on a block that holds one of its `contains`, in any case', () => {
    const rules = compileRules([signoff('ui.sent-from', ['sent from'])], undefined);
    expect(matchInlineRule(rules, 'See you then.SENT FROM MY PHONE', 'body')).toMatchObject({ start: 13, end: 31 });
    const never = compileRules([signoff('ui.sent-from', ['posted by'])], undefined);
    expect(matchInlineRule(never, 'See you then.Sent from my phone', 'body')).toBeNull();
  });

  it('runs one test for rules with the same `contains`, and each rule still matches on its own', () => {
    const rules = compileRules([signoff('ui.first', ['sent from', 'sent via']), { ...signoff('ui.second', ['sent from', 'sent via']), pattern: String.raw`(?<=[.!?])(?:sent via \w+)$` }], undefined);
    expect(rules.inlineEnd[0]!.containsTest).toBe(rules.inlineEnd[1]!.containsTest);
    expect(matchInlineRule(rules, 'See you then.Sent via phone', 'body')?.rule.id).toBe('ui.second');
    expect(matchInlineRule(rules, 'See you then. Sent by phone', 'body')).toBeNull();
  });
});

describe('matchBlockRule', () => {
  // A rule with `contains` and one with flags are left to try where the combined filter of the plain ones fails: the first in table order wins.
  const withStrings: MatchingRule = { id: 'ui.with-strings', family: 'ui', pattern: '^tap to (?:close|open)$', contains: ['tap to'] };
  const withFlags: MatchingRule = { id: 'ui.with-flags', family: 'ui', pattern: '^tap to close$', flags: 's' };
  const other: MatchingRule = { id: 'ui.other', family: 'ui', pattern: '^close$' };
  const match = (rules: readonly MatchingRule[], text: string) => matchBlockRule(compileRules(rules, undefined), text, 'anywhere')?.id ?? null;

  it('tries the patterns the filter does not cover in table order', () => {
    expect(match([other, withStrings, withFlags], 'Tap to close')).toBe('ui.with-strings');
    expect(match([withFlags, other, withStrings], 'Tap to close')).toBe('ui.with-flags');
    expect(match([withFlags, withStrings, other], 'Tap to open')).toBe('ui.with-strings');
    expect(match([withStrings, withFlags, other], 'Tap to stay')).toBeNull();
    expect(match([withStrings, { ...other, pattern: '^tap to close$' }], 'Tap to close')).toBe('ui.with-strings');
  });

  it('reads a block once for the strings of every group, each group finding its own', () => {
    const cookies: MatchingRule = { id: 'consent.cookies', family: 'consent', pattern: '^we use cookies', contains: ['cookie'] };
    const staff: MatchingRule = { id: 'author-bio.staff', family: 'author-bio', pattern: '^\\p{Lu}\\p{L}+ is a staff writer', contains: ['writer'], where: 'tail' };
    const rules = compileRules([staff, cookies], undefined);
    const text = 'Jane is a staff writer';
    const probe = probeBlock(rules, text);
    expect(matchBlockRule(rules, text, 'anywhere', probe)).toBeNull();
    expect(matchBlockRule(rules, text, 'tail', probe)?.id).toBe('author-bio.staff');
    expect(matchBlockRule(rules, 'We use cookies', 'anywhere')?.id).toBe('consent.cookies');
  });
});
