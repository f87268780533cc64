import type { MatchingRule, RuleDescriptions } from '../rule';

/**
 * Affiliate-link and terms-of-use disclosures of article pages.
 * @example
 * disclosureRules.map((rule) => rule.id); // ['disclosure.affiliate', 'disclosure.terms', 'disclosure.label']
 */
export const disclosureRules: readonly MatchingRule[] = [
  // `We may earn a commission from links on this page.`, `If you purchase a product or register for an account
  // through a link on our site, we may receive compensation.`
  {
    id: 'disclosure.affiliate',
    family: 'disclosure',
    pattern: String.raw`^[^\n]{0,200}\b(?:we may (?:earn|receive|get) (?:a )?(?:small )?(?:share of sales|commission|compensation|affiliate)|affiliate (?:links?|commissions?|marketing programs?|advertising program)|earn from qualifying purchases)\b[^\n]{0,300}$`,
    contains: ['we may ', 'affiliate', 'qualifying purchases'],
    maxLength: 500,
  },
  // `Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement…`,
  // `This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.`
  {
    id: 'disclosure.terms',
    family: 'disclosure',
    pattern: String.raw`^[^\n]{0,200}\b(?:constitutes (?:your )?acceptance of (?:our|the)|community rules apply to all content|by (?:using|continuing to use) this (?:site|website)|subject to (?:our|the) (?:terms of (?:use|service)|privacy policy)|protected by recaptcha)\b[^\n]{0,400}$`,
    contains: ['acceptance of', 'community rules', 'by using this', 'by continuing to use this', 'subject to', 'recaptcha'],
    maxLength: 600,
  },
  // `Disclaimer`, `Advertiser Disclosure`, `Why You Can Trust Us`.
  {
    id: 'disclosure.label',
    family: 'disclosure',
    lines: ['Disclaimer', 'Advertiser Disclosure', 'Affiliate Disclosure', 'Why You Can Trust Us', 'Editorial Disclosure', 'Responsible Disclosure'],
  },
  // `The views expressed in this opinion article are solely those of their author and are not necessarily either shared or
  // endorsed by …`, `Disclaimer: The opinions expressed here are those of the author and do not necessarily reflect …`: the
  // disclaimer under an opinion piece or a guest post.
  {
    id: 'disclosure.views-expressed',
    family: 'disclosure',
    pattern: String.raw`^(?:disclaimer ?: ?)?(?:the |any )?(?:views|opinions|views and opinions|opinions and views) expressed (?:in this|here|herein|by (?:the|this) (?:author|writer|contributor)|on this)[^\n]{0,60}? (?:are|is|do|does)(?: not)? (?:solely |strictly |entirely |exclusively )?(?:those|the views?|the opinions?|necessarily)\b[^\n]{0,300}$`,
    contains: ['expressed'],
    maxLength: 420,
  },
  // `Dear Therapist is for informational purposes only, does not constitute medical advice, and is not a substitute for …`,
  // `The information contained in this article is for educational and informational purposes only and is not intended as health or
  // medical advice.`: the disclaimer of an advice column or a health or money story. It names the advice it does not give.
  {
    id: 'disclosure.not-advice',
    family: 'disclosure',
    pattern: String.raw`^(?=[^\n]{0,400}\badvice\b)[^\n]{0,150}\bfor (?:general )?(?:informational|educational|information|entertainment)(?: (?:and|or) (?:informational|educational|entertainment))? purposes only\b[^\n]{0,400}$`,
    contains: ['purposes only'],
    maxLength: 560,
  },
  // `Ilanga subscribes to the Code of Ethics and Conduct for South African Print and Online Media that prescribes news that is
  // truthful, accurate, fair and balanced. …`, `This website adheres to the Editors' Code of Practice …`: the press code the publisher
  // keeps, under the story. It names the press or the media, so that a company's code of conduct in a story stays.
  {
    id: 'disclosure.press-code',
    family: 'disclosure',
    pattern: String.raw`^(?=[^\n]{0,300}\b(?:media|press|editors'?|journalis\p{L}*|news)\b)[^\n]{0,80}\b(?:subscribes to|adheres? to|abides by) the (?:[^\n]{1,60} )?code of (?:ethics|conduct|practice)\b[^\n]{0,500}$`,
    contains: ['code of'],
    where: 'tail',
    maxLength: 640,
  },
];

/**
 * What each disclosure rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * disclosureDescriptions['disclosure.affiliate']; // 'An affiliate-link disclosure: "We may earn a commission from links on this page", "… we may receive compensation".'
 */
export const disclosureDescriptions: RuleDescriptions = {
  'disclosure.affiliate': 'An affiliate-link disclosure: "We may earn a commission from links on this page", "… we may receive compensation".',
  'disclosure.terms': 'A terms-of-use notice: "Use of … this site constitutes acceptance of our User Agreement", "This site is protected by reCAPTCHA…".',
  'disclosure.label': 'A disclosure label: "Disclaimer", "Advertiser Disclosure", "Affiliate Disclosure".',
  'disclosure.not-advice': 'A disclaimer of advice: "… is for informational purposes only, does not constitute medical advice …".',
  'disclosure.press-code': 'The press code the publisher keeps: "X subscribes to the Code of Ethics and Conduct for … Print and Online Media …".',
  'disclosure.views-expressed': 'A disclaimer under an opinion piece: "The views expressed in this article are solely those of the author …".',
};
