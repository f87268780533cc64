import type { Rule } from '../rule';
import { advertRules } from './advert';
import { authorBioRules } from './author-bio';
import { commentFormRules } from './comment-form';
import { consentRules } from './consent';
import { copyrightRules } from './copyright';
import { creditRules } from './credit';
import { disclosureRules } from './disclosure';
import { embedRules } from './embed';
import { footerRules } from './footer';
import { mediaRules } from './media';
import { navigationRules } from './navigation';
import { newsletterRules } from './newsletter';
import { relatedRules } from './related';
import { shareRules } from './share';
import { tagRules } from './tags';
import { timestampRules } from './timestamp';
import { uiRules } from './ui';

export { advertRules, authorBioRules, commentFormRules, consentRules, copyrightRules, creditRules, disclosureRules, embedRules, footerRules };
export { mediaRules, navigationRules, newsletterRules, relatedRules, shareRules, tagRules, timestampRules, uiRules };

/**
 * Every built-in rule, family by family; a user rule with the same id replaces one.
 *
 * Credits come first: `[Image via screengrab]` is a credit before it is a form field, and
 * `(Image: © Future)` a credit before it is a copyright line.
 * @example
 * builtinRules.filter((rule) => rule.family === 'share').length > 0; // true
 */
export const builtinRules: readonly Rule[] = [
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
