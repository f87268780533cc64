import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

/**
 * Tags, topics, categories and filing lines.
 * @example
 * tagRules.find((rule) => rule.id === 'tags.label')?.lines?.includes('Tags'); // true
 */
export const tagRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `Tags: Israel, Egypt, Sinai`, `Filed Under: The Voice, Reba McEntire`, `Related Topics: Joe Biden, Donald Trump`,
  // `Tagged:PolicingLGBTQus news`, `Themen: Krieg in der Ukraine Russland`. The colon keeps `Categories That Have
  // Played an Outsize Role in Excess Inflation`, a subheading, in the story.
  {
    id: 'tags.list',
    pattern: String.raw`^(?:tags?|tagged(?: (?:as|in|with))?|filed under|categories|category|topics|related topics|posted in|themen|schlagworte|schlagwörter|stichworte|mots-clés|mots clés|étiquettes|etiquetas|temas|argomenti) ?: ?\S[^\n]{0,299}$`,
    maxLength: 320,
  },
  // `Tags Climate change hydrogen Jeff Merkley Joe Biden`, `Posted in Uncategorized`: the same without a colon,
  // never ending like a sentence.
  {
    id: 'tags.list-without-colon',
    pattern: String.raw`^(?:tags|tagged (?:as|in|with)|filed under|posted in) [^\n]{0,298}[^\n.!?"”]$`,
    maxLength: 320,
  },
  // `Tags`, `Topics`, `In this article`, `Follow topics related to this article:`: a label over a list of tags.
  {
    id: 'tags.label',
    lines: (
      'Tags|Tag|TAGGED|Tagged In|Tagged as|Tagged with|Topics|Related Topics|Related Tags|Related People|Categories|Category|Filed Under|Posted in|' +
      'In this article|Explore more on these topics|Follow topics related to this article|Topics You Follow|Topics A-Z|Themen von A bis Z|Themen von A-Z|' +
      'Themen A-Z|Alle Themen|Themen|Themen des Artikels|Schlagworte|Schlagwörter|Schlagwörter zu diesem Artikel|Lees meer over|Stichworte|Stichwörter|' +
      'Mots-clés|Sujets|Etiquetas|Temas|Argomenti'
    ).split('|'),
  },
]);

/**
 * What each tags rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * tagDescriptions['tags.list']; // 'A tags or categories line: "Tags: a, b, c", "Filed under: …", "Categories: …".'
 */
export const tagDescriptions: RuleDescriptions = {
  'tags.list': 'A tags or categories line: "Tags: a, b, c", "Filed under: …", "Categories: …".',
  'tags.list-without-colon': 'A tags line without a colon: "Tags Climate change hydrogen …", "Posted in Politics".',
  'tags.label': 'A label over a list of tags: "Tags", "Topics", "Filed Under", "Themen".',
};
