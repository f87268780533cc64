import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

// What a list of other stories is called after `Related`, `Most`, `More`, `Latest`, `Top`: `Related Stories`, `Most Read Articles`.
// Not `videos`: `Recommended Videos` is the playlist of a player inside the story (see `media.video-list`).
const LIST_NOUN = String.raw`(?:news|stories|articles|posts|headlines|content|coverage|reads?|links|lists|galleries|reviews|guides|features|picks|reading|on this story|on this topic)`;

/**
 * Headings and lines of related, recommended, most-read and trending lists.
 * @example
 * relatedRules.find((rule) => rule.id === 'related.heading')?.lines?.includes('Related Articles'); // true
 */
export const relatedRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `Related Articles`, `Read More`, `You may also like`, `Lesen Sie auch`, `Weitere Informationen` over teasers, `À lire aussi`, `À découvrir également`, `Te puede interesar`.
  {
    id: 'related.heading',
    lines: (
      'Read more|Read More About|Read next|Read This Next|Read also|Also read|See also|More to read|What to read next|Keep reading|' +
      'Recommended by Our Editors|You Might Also Like …|You Might Also Like...|Before You Go ...|Before You Go …|You may also like|You might also like|' +
      'You might like|You may like|You May Also Enjoy|You Might Also Enjoy...|You may be interested in|Recommended for you|Recommended by|More for you|' +
      "For You|In case you missed it|Don't miss|Don’t miss|Must read|Must-reads|Editor's Picks|Editor’s Picks|Editors' Picks|Editors’ Picks|Editor's Pick|" +
      "Editors' Recommendations|Editors’ Recommendations|Related Story|More on this story|More on this topic|More like this|Around the web|" +
      'From around the web|Lesen Sie auch|Lesen Sie mehr|Mehr zum Thema|Mehr dazu|Mehr lesen über|Auch interessant|Das könnte Sie auch interessieren|' +
      'Das könnte Sie interessieren|Meistgelesen|Meistgelesene Artikel|Meist gelesen|Weitere Artikel|Weitere Nachrichten|Weitere Themen|Empfehlungen|' +
      'Unsere Empfehlung|Top-Artikel|Neueste Artikel|Passend zum Artikel|Die Redaktion empfiehlt|Zum Thema|Zum selben Thema|Unsere Auswahl|Aus dem Ressort|' +
      'Mehr aus dem Ressort|Verwandte Artikel|Ähnliche Themen|Ähnliche Artikel|Explore further|À lire aussi|A lire aussi|Lire aussi|À voir aussi|' +
      'Voir aussi|À découvrir également|A découvrir également|À découvrir aussi|À lire également|Lire également|Vous aimerez aussi|' +
      'Vous aimerez peut-être aussi|Sur le même sujet|Les plus lus|Articles similaires|Dans la même rubrique|Te puede interesar|También te puede interesar|' +
      'Puede interesarte|Noticias relacionadas|Lo más leído|Más leídas|Ver más artículos|Lee también|Te recomendamos|Leggi anche|Potrebbe interessarti|' +
      'I più letti|Lees ook|Meest gelezen|Mohlo by vás zajímat|Další články|Weitere Beiträge|Lest auch|Stellenmarkt|Stellenangebote|Jobbörse|' +
      'Alle Angebote »|Am beliebtesten|Am meisten gelesen|Läs också|Mest lästa|Les også|Mest lest|Læs også|Mest læste|Lees meer|Meer nieuws|' +
      'Weitere Informationen|Czytaj więcej|Czytaj też|Przeczytaj także|Leia também|Leia mais|Mais lidas|Citește și|Читайте также|Читайте також'
    ).split('|'),
  },
  // `Most Popular`, `Trending Now`, `Related Stories`, `Latest News`, `Most Read Articles`, `Popular Now`,
  // `Top Stories`, `More Stories`, `Trending this week`, `Recommended Stories`, `Related`, `Featured reviews`, `Most read in Celebrity`,
  // `Most Viewed in Culture`. Not a lone `More`
  // or `Top`: those are menu and back-to-top links; nor a lone `Featured`, the kicker above a headline.
  {
    id: 'related.list-heading',
    pattern: String.raw`^(?:(?:related|recommended|trending|popular|latest|most (?:popular|read|viewed|shared|commented|emailed|recent))(?: now| today| this week| right now)?(?: ${LIST_NOUN})?(?: (?:for you|now|today|this week|right now))?|(?:top|more|featured) ${LIST_NOUN}(?: (?:for you|now|today|this week))?|(?:related|recommended|trending|popular|latest|top|more) ${LIST_NOUN} (?:from|on|in) (?!this author)[^\n]{1,30}|most (?:popular|read|viewed|shared|commented) (?:in|on) [^\n.!?]{1,30})[ :▼►›»]{0,3}$`,
    maxLength: 60,
  },
  // `READ MORE: Top Hamas leader visits Cairo…`, `Related: Gigi Hadid AND Irina Shayk Support…`, `Zum Artikel: Tarifrunde im ÖPNV: Das
  // wird verhandelt`, `Czytaj także: …`, `Читайте также: …`, `MORE: Brad Keselowski
  // through the years`, `Read: The new question haunting adoption`, `[Related: How to tune up a table saw]`, `Also Read- Made in
  // China to Make in India` (a dash only after these two words: `More — and more — people …` is a sentence): a link to another story.
  {
    id: 'related.link-line',
    pattern: String.raw`^(?:read more|read next|read also|also read|more reading|more|read|related(?: story| article| coverage| content)?|recommended(?: reading)?|see also|also on [^:\n]{1,30}|don't miss|don’t miss|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|lire aussi|à lire aussi|a lire aussi|voir aussi|lee también|leer más|te puede interesar|leggi anche|lees ook|zum artikel|czytaj także|czytaj też|leia também|läs också|læs også|les også|baca juga|читайте также|читайте також) ?[:|»›>] ?\S[^\n]{2,199}$|^(?:also read|read also) ?[-–—] ?\S[^\n]{2,199}$|^\[(?:related|read more|see also|also read) ?: ?[^\]\n]{3,199}\]$`,
    maxLength: 220,
  },
  // `Rund 400 Feuerwehrleute protestieren gegen späteren Ruhestand | mehr`, `Council approves the budget | more`: a teaser
  // whose link to the story is set off by a bar at its end.
  {
    id: 'related.teaser-more',
    pattern: String.raw`^[^\n|]{10,200} \| (?:mehr|more|read more|weiterlesen|lire la suite|leer más|leggi tutto|lees meer)$`,
    contains: ['| '],
    maxLength: 230,
  },
  // `More from The Hill`, `More On: louisiana`, `More on Politics:`, `Latest From Politics`, `Mehr zu Fleischkonsum`. Not `More from
  // his Pro-Leftist, anti-Trump agenda segment:`, which introduces a quote.
  {
    id: 'related.more-from',
    pattern: String.raw`^(?:more|latest|mehr) (?:from|on|in|about|aus|von|zu|zum|zur):? (?!(?:his|her|their|its|my|him|them|this|that|these|those)\b)[^\s.:][^\n.:]{0,50}:?$`,
    maxLength: 60,
  },
  // `David R. Sannino et al. 2023. The exceptional form and function of the giant bacterium …`, `Neuenschwander M, Stadelmaier J, Eble J,
  // et al. Substitution of animal-based with plant-based foods …`, `More information: Sosuke Fujita et al, …`, `Citation: How jellyfish
  // regenerate … retrieved 24 December 2023 from https://phys.org/…`: the paper a science story reports on, or a health story's references.
  // Only names stand before `et al`, and `More information:` holds one, or a DOI: a story's sentence may cite a paper
  // (`The results were published by Jones et al. (2021). They show …`), and a notice may give more information (`More information: call …`).
  {
    id: 'related.reference',
    pattern: String.raw`^(?:(?:[\p{L}.'’-]+,? ){1,5}et al\.?,? \(?(?:19|20)\d\d\)?\. [^\n]{10,500}|(?:[\p{L}'’-]+ [\p{L}]{1,3}, ){1,10}et al\. [^\n]{10,500}|more information: (?=[^\n]{0,250}\b(?:et al|doi)\b)[^\n]{10,500}|(?:journal information|citation): [^\n]{10,500})$`,
    contains: ['et al', 'information: ', 'citation: '],
    maxLength: 600,
  },
]);

/**
 * What each related rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * relatedDescriptions['related.heading']; // 'The heading of a list of other stories: "Related Articles", "You may also like", "Lesen Sie auch", "À lire aussi".'
 */
export const relatedDescriptions: RuleDescriptions = {
  'related.heading': 'The heading of a list of other stories: "Related Articles", "You may also like", "Lesen Sie auch", "À lire aussi".',
  'related.list-heading': 'A heading of a list of other stories: "Most Popular", "Trending Now", "Related Stories", "Latest News".',
  'related.link-line': 'A line linking another story: "READ MORE: <headline>", "RELATED: <headline>", "Lesen Sie auch: <headline>".',
  'related.teaser-more': 'A teaser ending in a link to the story after a bar: "Rund 400 Feuerwehrleute protestieren gegen späteren Ruhestand | mehr".',
  'related.reference': 'The paper a science story reports on, or a reference of a health story: "Jane Doe et al. 2023. Title …", "Doe J, Roe R, et al. Title …", "Citation: …".',
  'related.more-from': 'A "More from X" heading: "More from The Hill", "More on Politics:", "Latest From Politics".',
};
