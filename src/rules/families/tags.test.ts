import { describe, expect, it } from 'vitest';
import { builtinRules } from './index';
import { tagRules } from './tags';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages and the corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'tags.list': {
    matches: ['Tags: Israel, Egypt, Sinai', 'Filed Under: The Voice, Reba McEntire', 'Related Topics: Joe Biden, Donald Trump, Election 2024', 'Tagged:PolicingLGBTQus news', 'Themen: Krieg in der Ukraine Russland'],
    misses: ['Categories That Have Played an Outsize Role in Excess Inflation'],
  },
  'tags.list-without-colon': {
    matches: ['Tags Climate change hydrogen Jeff Merkley Joe Biden Joe Manchin', 'Posted in Uncategorized'],
    misses: ['Posted in 2012, the video was seen 40 million times.', 'Tags were found on three of the birds.'],
  },
  'tags.label': { matches: ['Tags', 'Topics', 'Filed Under', 'In this article', 'Themen', 'Schlagwörter', 'Stichworte', 'Schlagwörter zu diesem Artikel', 'Lees meer over'], misses: ['Topics ranged from taxes to trade.'] },
};

describe('tagRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(tagRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
