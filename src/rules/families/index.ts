import type { MatchingRule, Rule, RuleDescriptions } from '../rule';
import { advertDescriptions, advertRules } from './advert';
import { authorBioDescriptions, authorBioRules } from './author-bio';
import { commentFormDescriptions, commentFormRules } from './comment-form';
import { consentDescriptions, consentRules } from './consent';
import { copyrightDescriptions, copyrightRules } from './copyright';
import { creditDescriptions, creditRules } from './credit';
import { disclosureDescriptions, disclosureRules } from './disclosure';
import { embedDescriptions, embedRules } from './embed';
import { footerDescriptions, footerRules } from './footer';
import { mediaDescriptions, mediaRules } from './media';
import { navigationDescriptions, navigationRules } from './navigation';
import { newsletterDescriptions, newsletterRules } from './newsletter';
import { relatedDescriptions, relatedRules } from './related';
import { shareDescriptions, shareRules } from './share';
import { tagDescriptions, tagRules } from './tags';
import { timestampDescriptions, timestampRules } from './timestamp';
import { uiDescriptions, uiRules } from './ui';

export { advertRules, authorBioRules, commentFormRules, consentRules, copyrightRules, creditRules, disclosureRules, embedRules, footerRules };
export { mediaRules, navigationRules, newsletterRules, relatedRules, shareRules, tagRules, timestampRules, uiRules };

/**
 * Every built-in rule as matching reads it, family by family: what parsing imports, without the descriptions.
 *
 * Credits come first: `[Image via screengrab]` is a credit before it is a form field, and
 * `(Image: © Future)` a credit before it is a copyright line.
 * @example
 * builtinMatchingRules.find((rule) => rule.id === 'share.send-to-kindle')?.lines; // ['Send to Kindle']
 * @internal
 */
export const builtinMatchingRules: readonly MatchingRule[] = [
  ...creditRules,
  ...shareRules,
  ...commentFormRules,
  ...newsletterRules,
  ...relatedRules,
  ...navigationRules,
  ...footerRules,
  ...copyrightRules,
  ...disclosureRules,
  ...consentRules,
  ...advertRules,
  ...tagRules,
  ...mediaRules,
  ...embedRules,
  ...authorBioRules,
  ...timestampRules,
  ...uiRules,
];

/**
 * The description of every built-in rule, by id: the prose `builtinRules` carries.
 * @example
 * builtinRuleDescriptions['share.send-to-kindle']; // 'The "Send to Kindle" button.'
 * @internal
 */
export const builtinRuleDescriptions: RuleDescriptions = /* @__PURE__ */ Object.assign(
  // Merged by a pure call, not an object spread, which bundlers must keep: a bundle that only parses drops the prose.
  {},
  creditDescriptions,
  shareDescriptions,
  commentFormDescriptions,
  newsletterDescriptions,
  relatedDescriptions,
  navigationDescriptions,
  footerDescriptions,
  copyrightDescriptions,
  disclosureDescriptions,
  consentDescriptions,
  advertDescriptions,
  tagDescriptions,
  mediaDescriptions,
  embedDescriptions,
  authorBioDescriptions,
  timestampDescriptions,
  uiDescriptions,
);

/**
 * Every built-in rule with its description, in the order they are tried; a user rule with the same id replaces one.
 * @example
 * builtinRules.filter((rule) => rule.family === 'share').length > 0; // true
 */
export const builtinRules: readonly Rule[] = /* @__PURE__ */ describeRules(builtinMatchingRules, builtinRuleDescriptions);

function describeRules(rules: readonly MatchingRule[], descriptions: RuleDescriptions): Rule[] {
  return rules.map(({ id, family, ...matching }) => ({ id, family, description: descriptions[id] ?? '', ...matching }));
}
