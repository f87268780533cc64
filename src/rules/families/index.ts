import type { Rule } from '../rule';
import { advertRules } from './advert';
import { commentFormRules } from './comment-form';
import { creditRules } from './credit';
import { navigationRules } from './navigation';
import { newsletterRules } from './prompts';
import { relatedRules } from './related';
import { authorBioRules, embedRules, mediaRules, tagRules, timestampRules, uiRules } from './page-residue';
import { shareRules } from './share';
import { consentRules, copyrightRules, disclosureRules, footerRules } from './site';

export { advertRules, authorBioRules, commentFormRules, consentRules, copyrightRules, creditRules, disclosureRules, embedRules, footerRules, mediaRules };
export { navigationRules, newsletterRules, relatedRules, shareRules, tagRules, timestampRules, uiRules };

/**
 * Every built-in rule, family by family; a user rule with the same id replaces one.
 * @example
 * builtinRules.filter((rule) => rule.family === 'share').length;
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
