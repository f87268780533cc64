import type { Rule } from '../rule';

/** Related, recommended, read-more and trending lists. */
export const relatedRules: readonly Rule[] = [
  // `Related Articles`, `Read more:`, `Recommended`, `Most Popular`, `Lesen Sie auch`
  { id: 'related.heading', family: 'related', description: 'The heading of a list of other stories: "Related Articles", "Recommended", "Most Popular", "Lesen Sie auch".', lines: ['Related', 'Related Articles', 'Related articles', 'Related Stories', 'Related stories', 'Related Posts', 'Related posts', 'Related Content', 'Related Coverage', 'Related News', 'Related Topics', 'Read more', 'Read More', 'Read more:', 'Read Next', 'Read next', 'Recommended', 'Recommended for you', 'Recommended Stories', 'Most Popular', 'Most popular', 'Most Read', 'Most read', 'Trending', 'Trending Now', 'Trending now', 'Popular', 'Popular Stories', 'More Stories', 'More stories', 'More News', 'Latest News', 'Latest', 'Top Stories', 'You may also like', 'You might also like', 'You May Also Like', 'Also read', 'Also Read', 'See also', 'More on this story', 'Editor’s Picks', "Editor's Picks", 'Lesen Sie auch', 'Mehr zum Thema', 'Das könnte Sie auch interessieren', 'Weitere Artikel', 'À lire aussi', 'Lire aussi', 'Sur le même sujet', 'Te puede interesar', 'Noticias relacionadas', 'Leggi anche', 'Lees ook'] },
  // `READ MORE: Some other headline`, `Related: Another headline`
  { id: 'related.link-line', family: 'related', description: 'A line linking another story: "READ MORE: <headline>", "RELATED: <headline>".', pattern: String.raw`^(?:read more|related|recommended|see also|also read|also on|more|watch|listen|read|lesen sie auch|mehr dazu|lire aussi|à lire aussi|leer más|leggi anche) ?[:|»>] ?\S[^\n]{2,199}$`, maxLength: 220 },
  // `More from The Hill`, `More from Politics`
  { id: 'related.more-from', family: 'related', description: 'A "More from X" heading.', pattern: String.raw`^more (?:from|on|in|about|by):? [^\n.]{2,60}$`, maxLength: 70 },
];
