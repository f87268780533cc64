import { describe, expect, it } from 'vitest';
import { disclosureRules } from './disclosure';
import { builtinRules } from './index';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages; near misses from stories.
const EXAMPLES: RuleExamples = {
  'disclosure.affiliate': {
    matches: ['We may earn a commission from links on this page.', 'If you purchase a product or register for an account through a link on our site, we may receive compensation.'],
    misses: ['The agency may earn a commission on each sale, the filing shows.'],
  },
  'disclosure.terms': {
    matches: [
      'Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement (updated 4/4/2023), Privacy Policy and Cookie Statement.',
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    ],
    misses: ['Acceptance of the offer was announced on Monday.'],
  },
  'disclosure.label': { matches: ['Disclaimer', 'Advertiser Disclosure', 'Responsible Disclosure'], misses: ['Disclaimers were added to the ads.'] },
  'disclosure.views-expressed': {
    matches: [
      'The views expressed in this opinion article are solely those of their author and are not necessarily either shared or endorsed by EagleRising.com',
      'Disclaimer: The opinions expressed here are those of the author and do not necessarily reflect the views of this site.',
    ],
    misses: ["It's not clear whether the views expressed in the statement represent those of the entire family or indeed if it is genuine."],
  },
  'disclosure.not-advice': {
    matches: [
      'Dear Therapist is for informational purposes only, does not constitute medical advice, and is not a substitute for professional medical advice, diagnosis, or treatment.',
      'The information contained in this article is for educational and informational purposes only and is not intended as health or medical advice. Always consult a physician.',
    ],
    misses: ['The map was for informational purposes only, the agency said, and did not show the new borders.', 'Her advice was simple: save early and often.'],
  },
  'disclosure.press-code': {
    zone: 'tail',
    matches: [
      'Ilanga subscribes to the Code of Ethics and Conduct for South African Print and Online Media that prescribes news that is truthful, accurate, fair and balanced.',
      "This website adheres to the Independent Press Standards Organisation's Editors' Code of Practice.",
    ],
    misses: ['The mine subscribes to the industry code of conduct, its owner said, and will pay the workers by Friday.'],
  },
};

describe('disclosureRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(disclosureRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
