import { describe, expect, it } from 'vitest';
import { disclosureRules } from './disclosure';
import { builtinRules } from './index';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages; near misses from stories.
const EXAMPLES: RuleExamples = {
  'disclosure.affiliate': {
    matches: [
      'We may earn a commission from links on this page.',
      'If you purchase a product or register for an account through a link on our site, we may receive compensation.',
      'We may earn revenue from the products available on this page and participate in affiliate programs. Learn more ›',
      'Us Weekly has affiliate partnerships. We receive compensation when you click on a link and make a purchase. Learn more!',
      'eWEEK content and product recommendations are editorially independent. We may make money when you click on links to our partners. Learn More.',
    ],
    misses: ['The agency may earn a commission on each sale, the filing shows.'],
  },
  'disclosure.review-process': {
    matches: [
      "PC Gamer's got your back Our experienced team dedicates many hours to every review, to really get to the heart of what matters most to you.",
      'CNET’s expert staff reviews and rates dozens of new products and services each month, building on more than a quarter century of expertise.',
    ],
    misses: ['Our experienced team of nurses works around the clock, the hospital said.'],
  },
  'disclosure.data-sources': {
    matches: [
      'In order to give you the most up-to-date and accurate information possible, the data used to compile this article was sourced from Ford and other authoritative sources, including Hennessey Performance.',
    ],
    misses: ['The data used in the study came from 40 hospitals.'],
  },
  'disclosure.terms': {
    matches: [
      'Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement (updated 4/4/2023), Privacy Policy and Cookie Statement.',
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    ],
    misses: ['Acceptance of the offer was announced on Monday.'],
  },
  'disclosure.editors-note': {
    matches: [
      'Editor’s note: This story originally appeared in the winter 2023 issue of Washington Coast Magazine, a publication produced by The Daily World.',
      'Editor’s note (December 19th 2023): This leader was updated to reflect the growing number of countries that have joined America’s new task force.',
    ],
    misses: [
      "Author's Note: Did you write a GOTY blog or list that I missed? For now, feel free to drop a comment with a link to your list.",
"The editor's note in the first issue promised readers a new kind of magazine, she said."],
  },
  'disclosure.series-note': {
    matches: ['This story is part of our 2023 in Gaming series. Follow along as we reflect on the year’s best titles.'],
    misses: ['This story is part of a pattern the council has seen for years, the mayor said.'],
  },
  'disclosure.editorial-policy': {
    matches: [
      'Health.com uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles. Read our editorial process to learn more about how we fact-check and keep our content accurate, reliable, and trustworthy.',
      'The author or authors do not own shares in any securities mentioned in this article. Find out about Morningstar’s editorial policies.',
      'Read our editorial policy to learn more about our process.',
      "Learn about BHG's Editorial Process",
    ],
    misses: [
      'The paper said its readers could see our editorial policy had not changed, and the board agreed.',
      'Why you can trust him with your money',
      'Why you can trust the polls this time',
      // A subheading of the story: a label naming the publisher reads the same, so neither is taken.
      'Why you can trust vaccines',
      'The editor defended the editorial policy of the paper in a letter to readers.',
    ],
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
