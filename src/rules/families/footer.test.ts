import { describe, expect, it } from 'vitest';
import { footerRules } from './footer';
import { builtinRules } from './index';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages; near misses from stories.
const EXAMPLES: RuleExamples = {
  'footer.link': {
    matches: ['About Us', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Terms of Service', 'Careers', 'Advertise with us', 'Sitemap', 'Do Not Sell or Share My Personal Information', 'Impressum', 'Mentions légales'],
    misses: ['About', 'Privacy is a right, the court ruled.'],
  },
  'footer.tip-line': {
    matches: [
      'Have a confidential tip for our reporters? Get in Touch',
      'Have a News tip? Let us know',
      'Got a tip for US?',
      'Send us a tip using our anonymous form.',
      'Have a tip? Send it to us! Email In Touch at contact@intouchweekly.com.',
      'Curious about the technology you encounter in your everyday life? Email us at shortwave@npr.org.',
      'Got a news tip? Email us at tips@example.com',
    ],
    misses: [
      'The tip came from a neighbour, police said.',
      'Have a tip of the hat to the volunteers who cleared the snow on Main Street before dawn.',
      'Did he have a tip for the young players? He said they should listen more.',
      'Why did the company wait? It said it needed time to check the numbers.',
    ],
  },
  'footer.link-run': {
    matches: [
      'About Us | Contact | Privacy Policy | Terms of Use',
      'Privacy PolicyCookie SettingsTerms of UseHelpCareers',
      'ADVERTISE ABOUT US CONTACT CAREERS PRIVACY TERMS',
      'Terms of Use (Opens in a new window)',
      'Impressum Datenschutzerklärung Privacy Center Nutzungsbedingungen',
    ],
    misses: ['About us, the neighbours knew nothing.', 'Careers in law pay well.'],
  },
  'footer.feed-notice': {
    matches: [
      'The post Juno Captures a Stunning Jovian ‘Pearl’ appeared first on Universe Today.',
      'This post ALPS OutdoorZ Now Offers Upland Game Vest X and Bino Harness X appeared first on AmmoLand.com .',
    ],
    misses: ['The post of ambassador appeared first on a list of jobs the senator wanted.'],
  },
};

describe('footerRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(footerRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
