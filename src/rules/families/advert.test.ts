import { describe, expect, it } from 'vitest';
import { advertRules } from './advert';
import { builtinRules } from './index';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages and the corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'advert.label': { matches: ['Advertisement', 'ADVERTISEMENT', 'SKIP ADVERTISEMENT', 'Sponsored Content', 'Paid Content', 'Supported by', 'Anzeige', 'Werbung', 'Publicité', 'Publicidad', 'REKLAM', 'Реклама:'], misses: ['Advertisement revenue at the company rose 12 percent last year.'] },
  'advert.job-listing': {
    matches: ['Entwicklungsingenieur Software (m/w/d) KHS GmbH (öffnet im neuen Fenster)', 'Redakteur (w/m/d) Politik', 'Expert*in für IT-Architektur (m/w/div) Deutsche Rentenversicherung Bund'],
    misses: ['Die Stadt sucht Erzieher für ihre Kitas, hieß es am Montag.'],
  },
  'advert.shop-button': {
    matches: ['View Deal', 'See Offers', 'Shop Now', 'View On Amazon $25', 'View On Amazon $25 View On Walmart $27', 'View On Amazon $14 View On Walmart $17 View On Cleverfybeauty.com', 'View On Amazon View On Baggu.com', 'View On Uncommon Goods', '[DEL:$22:DEL] $17 at Glossier', '$22 $17 at Glossier', '$1,299 at Apple'],
    misses: ['Get it from Amazon for $9.99.', 'View on the old town from the castle tower at dusk', 'Shop at your own risk, the regulator warned.'],
  },
  'advert.continues': {
    matches: ['Story continues below advertisement', 'Story Continued Below', 'Advertisement - Continue Reading Below', 'Continue reading the main story', 'Article continues after advertisement'],
    misses: ['The story continues below the surface, investigators say.'],
  },
  'advert.continues-other': { matches: ['Weiterlesen nach der Anzeige', 'La suite après cette publicité'], misses: ['Die Anzeige wurde nach der Wahl gelöscht.'] },
  'advert.ads-by': { matches: ['Ads by Adblade', 'Ads by Google'], misses: ['Ads by the campaign were pulled after complaints from viewers.'] },
  'advert.plugin-slot': {
    matches: [
      'Your ads will be inserted here by Easy Plugin for AdSense. Please go to the plugin admin page to',
      'Paste your ad code OR',
      'Suppress this ad slot .',
      '========= Multi-Author AdSense ========= Skipped due to there being 3 AdSense ads on this page already ========================================',
    ],
    misses: ['Google said AdSense ads would be paused on such pages.'],
  },
};

describe('advertRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(advertRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
