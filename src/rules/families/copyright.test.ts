import { describe, expect, it } from 'vitest';
import { copyrightRules } from './copyright';
import { builtinRules } from './index';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the seed files, the benchmark pages and the corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'copyright.notice': {
    matches: [
      '© 2023 Fox News Network. All rights reserved.',
      'Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'Eine Webseite der FUNKE Mediengruppe © 2025 FUNKE Mediengruppe',
      'Copyright © 2023 IDG Communications, Inc.',
      '©2023 Hearst Magazine Media, Inc. All Rights Reserved.',
    ],
    misses: ['Copyright holders sued the company in 2019.', 'Mickey Mouse, Long a Symbol in Copyright Wars, to Enter Public Domain'],
  },
  'copyright.reserved': { matches: ['The Canadian Press. All rights reserved.', '2023 The Boot, Townsquare Media, Inc. All rights reserved.', 'Alle Rechte vorbehalten.'], misses: ['The family said all rights to the film were sold in 1990.'] },
  'copyright.reuse': {
    matches: ['The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Advance Local.'],
    misses: ['The names of the victims may not be published under state law.'],
  },
  'copyright.first-published': {
    matches: [
      'This story was originally published December 22, 2023, 12:20 PM.',
      'This article originally appeared on Slate and was republished with permission.',
      'A version of this article appears in print on , Section A, Page 13 of the New York edition with the headline: In Trump Case, Voters’ Will vs. Rule of Law.',
      'This story will appear in the Dec. 16, 2023, issue of Billboard.',
    ],
    misses: [
      'This story has been told many times before, but never by the people who lived it.',
      'The article was first published in a small journal in 1962.',
      'This report was published by the UN on Tuesday and found that hunger had risen in 40 countries.',
    ],
  },
  'copyright.label': { matches: ['Copyright', 'Copyright Notice'], misses: ['Copyright law is changing.'] },
  'copyright.reprint-terms': {
    matches: [
      'This content may be freely reproduced in full or in part in digital form with full attribution to the author and a link to www.TheDailySheeple.com.',
      'We encourage you to share and republish our reports, analyses, breaking news and videos (Click for details).',
    ],
    misses: ['The letter may be reproduced in the museum’s catalogue, the court ruled.', 'Feel free to reach out to the campaign, she said.'],
  },
};

describe('copyrightRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(copyrightRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
