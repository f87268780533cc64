import { describe, expect, it } from 'vitest';
import { builtinMatchingRules, builtinRuleDescriptions, builtinRules } from './index';
import { appliesIn, blockMatches, inlineMatch, lineKey, rulePattern, type TestZone } from './test-matcher';

const FAMILIES = new Set([
  'share', 'comment-form', 'newsletter', 'related', 'navigation', 'footer', 'copyright', 'disclosure', 'consent', 'advert', 'tags', 'media', 'embed', 'author-bio', 'timestamp', 'ui', 'credit',
]);
const ZONES: readonly TestZone[] = ['head', 'body', 'tail'];

// Sentences of stories (the seed files' and the benchmark's) that no rule may take for residue.
const STORY_SENTENCES = [
  'Israel has carried out drone strikes against terrorists operating in the Sinai Peninsula in recent years.',
  'The two sides also are considered to have close intelligence ties.',
  'Shadi al-Menei, the commander of ISIS in the Sinai, is meeting with Hamas leaders in the Gaza Strip.',
  'My mom raised hell at her Catholic high school in the 1950s.',
  'Share prices fell sharply on Monday after the announcement.',
  'Advertisement revenue at the company rose 12 percent last year.',
  'He said he would leave a reply to the committee by Friday.',
  'Related reports suggested the talks had stalled.',
  'Home prices rose again in March, the data showed.',
  'Watch out for falling rocks, the ranger warned.',
  'Photos from the baptism show me being passed from woman to woman.',
  'Sign language interpreters stood beside the mayor.',
  'Subscribers to the service paid $10 a month, the filing shows.',
  'Copyright holders sued the company in 2019.',
  'Updated figures show 5 people died.',
  'Credit card debt rose again in March.',
  'Follow the money, the prosecutor told the jury.',
  'Next, the council voted on the budget.',
  '“This is one of the best times we’ve ever had” in terms of cooperation between governments, Koren said.',
];

describe('builtinRules', () => {
  it('have unique ids, each prefixed by its family, from the known families', () => {
    const ids = builtinRules.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(builtinRules.filter((rule) => !rule.id.startsWith(`${rule.family}.`)).map((rule) => rule.id)).toEqual([]);
    expect(builtinRules.filter((rule) => !FAMILIES.has(rule.family)).map((rule) => rule.id)).toEqual([]);
  });

  it('describe every rule, and describe no other, as the matching rules are written', () => {
    expect(builtinRules.filter((rule) => !builtinRuleDescriptions[rule.id]).map((rule) => rule.id)).toEqual([]);
    expect(Object.keys(builtinRuleDescriptions).sort()).toEqual(builtinRules.map((rule) => rule.id).sort());
    expect(builtinRules.map(({ description, ...matching }) => matching)).toEqual(builtinMatchingRules);
  });

  it('give every exact line to one rule per zone, so that the first never hides the second', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const rule of builtinRules) {
      for (const zone of ZONES) {
        if (!appliesIn(rule, zone)) continue;
        for (const line of new Set((rule.lines ?? []).map(lineKey))) {
          const owner = owners.get(`${zone}\u0000${line}`);
          if (owner !== undefined && owner !== rule.id) clashes.push(`${JSON.stringify(line)}: ${owner} and ${rule.id} in the ${zone}`);
          owners.set(`${zone}\u0000${line}`, rule.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('list each line once, as the engine compares them (case and trailing marks aside)', () => {
    const repeated = builtinRules.flatMap((rule) => {
      const keys = (rule.lines ?? []).map(lineKey);
      return keys.filter((key, index) => keys.indexOf(key) !== index).map((key) => `${rule.id}: ${JSON.stringify(key)}`);
    });
    expect(repeated).toEqual([]);
  });

  it('compile with the flags `i` and `u`, inline ones anchored at an edge, credits with a kind', () => {
    for (const rule of builtinRules) {
      if (rule.pattern !== undefined) expect(() => rulePattern(rule), rule.id).not.toThrow();
      if (rule.scope === 'inline') expect(/^\^|\$$/.test(rule.pattern ?? ''), rule.id).toBe(true);
      expect(rule.family === 'credit' ? rule.kind !== undefined : rule.kind === undefined, rule.id).toBe(true);
      expect(rule.lines !== undefined || rule.pattern !== undefined, rule.id).toBe(true);
    }
  });

  it('start comments only from comment-form markers', () => {
    expect(builtinRules.filter((rule) => rule.startsComments).every((rule) => rule.family === 'comment-form')).toBe(true);
  });

  it.each(STORY_SENTENCES)('leave the story sentence %j alone', (text) => {
    const taken = builtinRules.filter((rule) => ZONES.some((zone) => blockMatches(rule, text, zone) || inlineMatch(rule, text, zone) !== null));
    expect(taken.map((rule) => rule.id)).toEqual([]);
  });
});
