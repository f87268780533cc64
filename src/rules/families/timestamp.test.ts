import { describe, expect, it } from 'vitest';
import { builtinRules } from './index';
import { exampleFailures, type RuleExamples } from './test-matcher';
import { timestampRules } from './timestamp';

// Residue from the benchmark pages; near misses from stories and publication dates left to the date reader.
const EXAMPLES: RuleExamples = {
  'timestamp.relative': {
    matches: ['3h ago', '5 minutes ago', '1 day ago', '5 hrs ago', 'Finance - 1h 43m ago', 'Court Battles / 6 hours ago', 'vor 2 Stunden', 'il y a 3 heures', 'hace 2 horas', 'article 2 days ago', 'Vor 1 Std.', 'video 1 week ago', '3d ago / 9:43 AM UTC'],
    misses: ['5 minutes ago, the storm hit the coast.', 'Published Dec 19, 2023'],
  },
  'timestamp.updated': {
    matches: ['Updated 11:35 AM ET', 'Updated: 6:51 AM', 'Aktualisiert 10:12 Uhr', 'Heute, 10:17 Uhr', 'Yesterday at 6:05 PM', "Aujourd'hui à 14h30"],
    misses: ['Updated: Dec 22, 2023', 'Last updated on December 1, 2023', 'Updated figures show 5 people died.', 'Published: 22 Dec 2023'],
  },
  'timestamp.reading-time': { matches: ['5 min read', 'Reading time: 4 minutes', 'Lesezeit: 3 Min.'], misses: ['5 min read aloud each night helps, the study says.'] },
};

describe('timestampRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(timestampRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
