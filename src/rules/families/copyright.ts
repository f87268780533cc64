import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

/**
 * Copyright lines and the wire services' reuse notices.
 * @example
 * copyrightRules.map((rule) => rule.id); // ['copyright.notice', 'copyright.reserved', 'copyright.reuse', 'copyright.first-published', 'copyright.label']
 */
export const copyrightRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `© 2023 Fox News Network. All rights reserved.`, `Copyright 2016 The Associated Press. All rights reserved…`,
  // `Eine Webseite der FUNKE Mediengruppe © 2025 FUNKE Mediengruppe`. A `Copyright` that starts a sentence
  // (`Copyright holders sued…`) needs a `©` or a year after it.
  {
    id: 'copyright.notice',
    pattern: String.raw`^(?:[^\n©]{0,120}©|(?:copyright|\(c\)) ?(?:©|\(c\)|\d{4}))[^\n]{0,300}$`,
    contains: ['©', 'copyright', '(c)'],
    maxLength: 320,
  },
  // `Copyright 2005 - 2023 - All Rights Reserved.`, `Alle Rechte vorbehalten.`, `Tous droits réservés`.
  {
    id: 'copyright.reserved',
    pattern: String.raw`^[^\n]{0,160}\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati)\b[^\n]{0,200}$`,
    contains: 'all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati'.split('|'),
    maxLength: 360,
  },
  // `This material may not be published, broadcast, rewritten or redistributed.` after an AP story;
  // `The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used…`.
  {
    id: 'copyright.reuse',
    pattern: String.raw`^[^\n]{0,120}\bmay not be (?:published, broadcast|reproduced, distributed|reproduced, republished|copied, reproduced)[^\n]{0,240}$`,
    contains: ['may not be '],
    maxLength: 400,
  },
  // `This story was originally published December 22, 2023, 12:20 PM.`, `This article originally appeared on Slate and was republished
  // with permission.`, `A version of this article appears in print on , Section A, Page 13 of the New York edition…`: where the story ran first.
  // Published without `originally` or `first` is a story's sentence as often (`This report was published by the UN on Tuesday and found …`).
  {
    id: 'copyright.first-published',
    pattern: String.raw`^(?:this (?:story|article|post|piece|report|essay) (?:(?:was |has been )?(?:originally|first) (?:published|appeared|ran)|(?:appeared|appears|will appear) (?:in|on|at))|a version of this (?:story|article) (?:appears|appeared|was published|ran))\b[^\n]{0,250}$`,
    contains: ['this '],
    maxLength: 300,
  },
  // `Copyright`, `Copyright Notice`, `Copyright Policy`: the footer link.
  { id: 'copyright.label', lines: ['Copyright', 'Copyright Notice', 'Copyright Policy', 'Urheberrecht'] },
  // `This content may be freely reproduced in full or in part in digital form with full attribution to the author and a link
  // to …`, `We encourage you to share and republish our reports, analyses, breaking news and videos (Click for details).`:
  // the terms on which a site lets others reprint the story.
  {
    id: 'copyright.reprint-terms',
    pattern: String.raw`^(?:this (?:content|article|material|work|post|story) (?:may|can) be (?:freely )?(?:reproduced|republished|reprinted)|(?:we encourage you to|feel free to|you (?:may|are free to|are welcome to)) (?:share (?:and|or) )?(?:republish|reprint|repost|reproduce))\b[^\n]{0,300}$`,
    contains: 'reproduc|republish|reprint|repost'.split('|'),
    maxLength: 400,
  },
]);

/**
 * What each copyright rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * copyrightDescriptions['copyright.notice']; // 'A copyright line: "© 2023 X. All rights reserved.", "Copyright 2016 The Associated Press. All rights reserved. …".'
 */
export const copyrightDescriptions: RuleDescriptions = {
  'copyright.notice': 'A copyright line: "© 2023 X. All rights reserved.", "Copyright 2016 The Associated Press. All rights reserved. …".',
  'copyright.reserved': 'A line that reserves all rights: "… All Rights Reserved.", "Alle Rechte vorbehalten.", "Tous droits réservés".',
  'copyright.reuse': 'A reuse notice: "This material may not be published, broadcast, rewritten or redistributed."',
  'copyright.first-published': 'Where the story ran first: "This story was originally published …", "This article originally appeared on …", "A version of this article appears in print on …".',
  'copyright.label': 'A copyright link: "Copyright", "Copyright Notice".',
  'copyright.reprint-terms': 'The terms on which the story may be reprinted: "This content may be freely reproduced …", "We encourage you to share and republish our reports".',
};
