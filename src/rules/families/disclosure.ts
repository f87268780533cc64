import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

/**
 * Affiliate-link and terms-of-use disclosures of article pages.
 * @example
 * disclosureRules.map((rule) => rule.id); // ['disclosure.affiliate', 'disclosure.review-process', 'disclosure.data-sources', 'disclosure.terms', 'disclosure.editors-note', 'disclosure.series-note', 'disclosure.label', 'disclosure.views-expressed']
 */
export const disclosureRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `We may earn a commission from links on this page.`, `If you purchase a product or register for an account
  // through a link on our site, we may receive compensation.`, `We may earn revenue from the products available on this
  // page and participate in affiliate programs.`, `Us Weekly has affiliate partnerships. We receive compensation when you click
  // on a link …`, `eWEEK content and product recommendations are editorially independent. We may make money when you click …`.
  {
    id: 'disclosure.affiliate',
    pattern: String.raw`^[^\n]{0,200}\b(?:we may (?:earn|receive|get|make) (?:a )?(?:small )?(?:share of sales|commission|compensation|affiliate|money when you|revenue from)|we (?:may )?receive compensation when you|affiliate (?:links?|commissions?|marketing programs?|advertising program|programs|partnerships?)|earn from qualifying purchases|recommendations are editorially independent)\b[^\n]{0,300}$`,
    contains: ['we may ', 'affiliate', 'qualifying purchases', 'receive compensation', 'editorially independent'],
    maxLength: 500,
  },
  // `PC Gamer's got your back Our experienced team dedicates many hours to every review, …`, `CNET’s expert staff reviews and
  // rates dozens of new products and services each month, …`: the box above a review that tells how the site reviews.
  {
    id: 'disclosure.review-process',
    pattern: String.raw`^[^\n]{0,80}\b(?:our (?:experienced|expert) (?:team|staff|editors) (?:dedicates?|reviews?|tests?) [^\n]{0,40}\b(?:hours|every|dozens|products)|expert staff (?:reviews|tests) and rates)\b[^\n]{0,300}$`,
    contains: 'experienced team|expert team|expert staff|expert editors|experienced staff|experienced editors'.split('|'),
    maxLength: 450,
  },
  // `In order to give you the most up-to-date and accurate information possible, the data used to compile this article was
  // sourced from Ford and other authoritative sources, …`: the note on where a buyer's guide took its figures.
  {
    id: 'disclosure.data-sources',
    pattern: String.raw`^[^\n]{0,120}\bthe data used (?:to compile|in|for) this (?:article|guide|list|story) (?:was|were|is|are) (?:sourced|taken|gathered|obtained|drawn) from\b[^\n]{0,300}$`,
    contains: ['the data used'],
    maxLength: 450,
  },
  // `Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement…`,
  // `This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.`
  {
    id: 'disclosure.terms',
    pattern: String.raw`^[^\n]{0,200}\b(?:constitutes (?:your )?acceptance of (?:our|the)|community rules apply to all content|by (?:using|continuing to use) this (?:site|website)|subject to (?:our|the) (?:terms of (?:use|service)|privacy policy)|protected by recaptcha)\b[^\n]{0,400}$`,
    contains: 'acceptance of|community rules|by using this|by continuing to use this|subject to|recaptcha'.split('|'),
    maxLength: 600,
  },
  // `Editor’s note: This story originally appeared in the winter 2023 issue of …`, `Editor’s note (December 19th 2023): This leader was
  // updated to reflect …`, `Editor’s Note: On the last Monday of each month, Lori Gottlieb answers a reader’s question …`: the note the
  // desk sets above or under the story, about it. Not an author's note, which a writer sets inside the story as part of it.
  {
    id: 'disclosure.editors-note',
    pattern: String.raw`^editor['’]?s['’]? note(?: \([^()\n]{1,40}\))? ?[:.–—-] ?\S[^\n]{0,400}$`,
    contains: ['s note', 's’ note', "s' note"],
    maxLength: 450,
  },
  // `This story is part of our 2023 in Gaming series. Follow along as we reflect on the year’s best titles.`: the note that files
  // the story in a series.
  {
    id: 'disclosure.series-note',
    pattern: String.raw`^this (?:story|article|post|piece|essay|report) is (?:part|one) of (?:our|a|an|the) [^\n]{1,80}\bseries\b[^\n]{0,200}$`,
    contains: ['series'],
    maxLength: 300,
  },
  // `Disclaimer`, `Advertiser Disclosure`, `Why You Can Trust Us`.
  {
    id: 'disclosure.label',
    lines: 'Disclaimer|Advertiser Disclosure|Affiliate Disclosure|Why You Can Trust Us|Editorial Disclosure|Responsible Disclosure'.split('|'),
  },
  // `Health.com uses only high-quality sources, including peer-reviewed studies, … Read our editorial process to learn more about how
  // we fact-check …`, `The author or authors do not own shares in any securities mentioned in this article. Find out about Morningstar’s
  // editorial policies.`, `Learn about BHG's Editorial Process`: the publisher's note on its standards, told by the link to its
  // editorial policy at its end. The label over it that names the publisher (`Why you can trust Sky News`) reads like a subheading of
  // the story (`Why you can trust vaccines`), so it is left.
  {
    id: 'disclosure.editorial-policy',
    pattern: String.raw`^(?:[^\n]{0,400}\b(?:read|see|find out about|learn (?:more )?about|review) (?:our|[\p{L}.'’-]+(?:'s|’s)) editorial (?:process|policy|policies|guidelines|standards)(?: (?:to|and) learn more[^\n.!?]{0,100})?)\.?$`,
    contains: ['editorial'],
    maxLength: 460,
  },
  // `The views expressed in this opinion article are solely those of their author and are not necessarily either shared or
  // endorsed by …`, `Disclaimer: The opinions expressed here are those of the author and do not necessarily reflect …`: the
  // disclaimer under an opinion piece or a guest post.
  {
    id: 'disclosure.views-expressed',
    pattern: String.raw`^(?:disclaimer ?: ?)?(?:the |any )?(?:views|opinions|views and opinions|opinions and views) expressed (?:in this|here|herein|by (?:the|this) (?:author|writer|contributor)|on this)[^\n]{0,60}? (?:are|is|do|does)(?: not)? (?:solely |strictly |entirely |exclusively )?(?:those|the views?|the opinions?|necessarily)\b[^\n]{0,300}$`,
    contains: ['expressed'],
    maxLength: 420,
  },
  // `Dear Therapist is for informational purposes only, does not constitute medical advice, and is not a substitute for …`,
  // `The information contained in this article is for educational and informational purposes only and is not intended as health or
  // medical advice.`: the disclaimer of an advice column or a health or money story. It names the advice it does not give.
  {
    id: 'disclosure.not-advice',
    pattern: String.raw`^(?=[^\n]{0,400}\badvice\b)[^\n]{0,150}\bfor (?:general )?(?:informational|educational|information|entertainment)(?: (?:and|or) (?:informational|educational|entertainment))? purposes only\b[^\n]{0,400}$`,
    contains: ['purposes only'],
    maxLength: 560,
  },
  // `Ilanga subscribes to the Code of Ethics and Conduct for South African Print and Online Media that prescribes news that is
  // truthful, accurate, fair and balanced. …`, `This website adheres to the Editors' Code of Practice …`: the press code the publisher
  // keeps, under the story. It names the press or the media, so that a company's code of conduct in a story stays.
  {
    id: 'disclosure.press-code',
    pattern: String.raw`^(?=[^\n]{0,300}\b(?:media|press|editors'?|journalis\p{L}*|news)\b)[^\n]{0,80}\b(?:subscribes to|adheres? to|abides by) the (?:[^\n]{1,60} )?code of (?:ethics|conduct|practice)\b[^\n]{0,500}$`,
    contains: ['code of'],
    where: 'tail',
    maxLength: 640,
  },
]);

/**
 * What each disclosure rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * disclosureDescriptions['disclosure.affiliate']; // 'An affiliate-link disclosure: "We may earn a commission from links on this page", "… we may receive compensation".'
 */
export const disclosureDescriptions: RuleDescriptions = {
  'disclosure.affiliate': 'An affiliate-link disclosure: "We may earn a commission from links on this page", "… we may receive compensation".',
  'disclosure.review-process': 'The box that tells how a site reviews: "Our experienced team dedicates many hours to every review …".',
  'disclosure.data-sources': 'A buyer\'s guide\'s note on its figures: "… the data used to compile this article was sourced from Ford and other authoritative sources".',
  'disclosure.editors-note': 'The note the desk sets above or under the story: "Editor’s note: This story originally appeared in …".',
  'disclosure.series-note': 'The note that files the story in a series: "This story is part of our 2023 in Gaming series. …".',
  'disclosure.terms': 'A terms-of-use notice: "Use of … this site constitutes acceptance of our User Agreement", "This site is protected by reCAPTCHA…".',
  'disclosure.editorial-policy': 'The publisher\'s note on its standards, ending in a link to its editorial policy: "… Read our editorial process to learn more …", "Find out about Morningstar’s editorial policies.".',
  'disclosure.label': 'A disclosure label: "Disclaimer", "Advertiser Disclosure", "Affiliate Disclosure".',
  'disclosure.not-advice': 'A disclaimer of advice: "… is for informational purposes only, does not constitute medical advice …".',
  'disclosure.press-code': 'The press code the publisher keeps: "X subscribes to the Code of Ethics and Conduct for … Print and Online Media …".',
  'disclosure.views-expressed': 'A disclaimer under an opinion piece: "The views expressed in this article are solely those of the author …".',
};
