import { describe, expect, it } from 'vitest';
import { builtinRules } from './index';
import { navigationRules } from './navigation';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages (text-browser dumps included); near misses from stories.
const EXAMPLES: RuleExamples = {
  'navigation.skip-link': {
    matches: ['Skip to content', 'Skip to main content', 'Skip to contentSkip to site index', 'Skip to Article', 'Zum Inhalt springen', 'Zur Startseite', 'Aller au contenu', 'Accéder au contenu principal', "Accéder aux raccourcis d'accessibilité"],
    misses: ['Skip the line by booking ahead, the museum advises.', 'Accéder au contenu des messages fut facile.'],
  },
  'navigation.control': {
    matches: ['Toggle Menu', 'Menu', 'mehr', 'Search', 'Sign In', 'Log in', 'Back to top', 'Next article', 'Previous', 'Load more', 'Show more', '✕', '×', 'Mein Konto', 'Today’s Paper'],
    misses: ['Search teams found the hikers on Sunday.'],
  },
  'navigation.breadcrumb': { matches: ['Home » News » World', 'Home > Politics', 'Home / News / Electric Cars'], misses: ['Home prices rose again in March, the data showed.'] },
  'navigation.breadcrumb-trail': { matches: ['News › World › Middle East'], misses: ['Revenue > costs > taxes, he wrote, was the order that mattered.'] },
  'navigation.neighbour-story': {
    matches: ['Previous articleCol. (Ret.) Benjamin Studdard Malcom, 94, of Peachtree City', 'Next articleYou made it! Celebrating your resilience during a tough year'],
    misses: ['Previous studies found no link.'],
  },
  'navigation.form-field': {
    matches: ['[ ] [Search]', '[                    ]', 'Search for: [ ] [Search]', '[*] Remember me', 'Email [ ]', '[ ] I agree to the terms of the Terms and Conditions', '[Search ... ]'],
    misses: ['[Name]', '[Applause]'],
  },
  'navigation.form-button': { matches: ['[Search]', '[Submit]', '[Subscribe]'], misses: ['[Laughter]'] },
};

describe('navigationRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(navigationRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
