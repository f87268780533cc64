import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { createTemplateLearner, groupSlug, learnTemplates } from './learn-templates';

// A line a site prints under every story, which no built-in rule knows: prose-like, so the classifier keeps it.
const PROMO = 'Riverside Gazette readers keep this small newsroom going every single week.';
const page = (n: number, extra = '') =>
  [
    `The town council met on Tuesday to discuss plan number ${n}, which residents have debated for months in packed meetings.`,
    PROMO,
    `Supporters of plan ${n} said it would bring new jobs, while opponents argued that its cost had been underestimated by far.`,
    extra,
  ]
    .filter(Boolean)
    .join('\n\n');

describe('learnTemplates', () => {
  it('learns a line repeated in at least 3 files and 20 % of its group', () => {
    const rules = learnTemplates([1, 2, 3, 4, 5].map((n) => ({ text: page(n), group: 'Riverside Gazette' })));
    expect(rules).toEqual([
      {
        id: 'template.riverside-gazette.1',
        family: 'template',
        description: 'Seen in 5 of 5 files of group "Riverside Gazette".',
        lines: [PROMO],
      },
    ]);
  });

  it('learns nothing from fewer than 3 files, whatever the share', () => {
    expect(learnTemplates([1, 2].map((n) => ({ text: page(n), group: 'g' })), { minShare: 0 })).toEqual([]);
    expect(learnTemplates([1, 2].map((n) => ({ text: page(n), group: 'g' })), { minFiles: 1 })).toEqual([]);
  });

  it('needs the share of the group: 3 files out of 20 is under 20 %', () => {
    const samples = Array.from({ length: 20 }, (_, n) => ({ text: n < 3 ? page(n) : page(n).replace(PROMO, `Story ${n} goes on in plain words here.`), group: 'g' }));
    expect(learnTemplates(samples)).toEqual([]);
    expect(learnTemplates(samples, { minShare: 0.1 }).map((rule) => rule.lines)).toEqual([[PROMO]]);
  });

  it('counts groups apart: a line shared across sites, 2 files each, is learned nowhere', () => {
    const samples = [1, 2, 3, 4].map((n) => ({ text: page(n), group: n % 2 === 0 ? 'even' : 'odd' }));
    expect(learnTemplates(samples)).toEqual([]);
  });

  it('never learns long prose, however often it repeats', () => {
    const long = `${'A long sentence of the story that many copies share, '.repeat(4)}ending here.`;
    expect(long.length).toBeGreaterThan(160);
    const rules = learnTemplates([1, 2, 3].map((n) => ({ text: page(n, long), group: 'g' })));
    expect(rules.flatMap((rule) => rule.lines)).toEqual([PROMO]);
  });

  it('counts exact copies of a file once', () => {
    expect(learnTemplates([1, 1, 1].map((n) => ({ text: page(n), group: 'g' })))).toEqual([]);
  });

  it('gives rules that parseSeed applies', () => {
    const rules = learnTemplates([1, 2, 3].map((n) => ({ text: page(n), group: 'g' })));
    const article = parseSeed(page(9), { rules: { add: rules } });
    expect(article.text).not.toContain(PROMO);
    expect(article.removed).toContainEqual(expect.objectContaining({ family: 'template', rule: 'template.g.1', text: PROMO }));
  });
});

describe('createTemplateLearner', () => {
  it('learns from articles fed one at a time', () => {
    const learner = createTemplateLearner();
    for (const n of [1, 2, 3]) learner.add(parseSeed(page(n)), 'Riverside');
    expect(learner.rules().map((rule) => rule.id)).toEqual(['template.riverside.1']);
  });
});

describe('groupSlug', () => {
  it('keeps letters and digits, in lower case', () => {
    expect(groupSlug('The Times of Israel')).toBe('the-times-of-israel');
    expect(groupSlug('Süddeutsche Zeitung')).toBe('süddeutsche-zeitung');
    expect(groupSlug('sites/foo.com/')).toBe('sites-foo-com');
    expect(groupSlug('//')).toBe('group');
  });
});
