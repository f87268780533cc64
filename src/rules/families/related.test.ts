import { describe, expect, it } from 'vitest';
import { builtinRules } from './index';
import { relatedRules } from './related';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages and the scraped corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'related.heading': {
    matches: ['Read more', 'Read More:', 'Read This Next', 'Passend zum Artikel', 'Die Redaktion empfiehlt', 'Recommended by Our Editors', 'You Might Also Like …', 'Before You Go ...', 'You may also like', 'Lesen Sie auch', 'Mehr zum Thema', 'Das könnte Sie auch interessieren', 'À lire aussi', 'À découvrir également', 'Te puede interesar', "Editor's Picks", 'Weitere Beiträge', 'Am beliebtesten', 'Stellenmarkt', 'Alle Angebote »', 'Czytaj więcej', 'Läs också', 'You might like', 'Zum selben Thema', 'Aus dem Ressort', 'Weitere Informationen'],
    misses: ['Read more about the plan on the city website, officials said.'],
  },
  'related.list-heading': {
    matches: ['Featured reviews', 'Related Articles', 'Most Popular', 'Trending Now', 'Related Stories', 'Latest News', 'Most Read Articles', 'Top Stories', 'More Stories', 'Related', 'TRENDING:', 'Most read in Celebrity', 'Most Viewed in Culture'],
    misses: ['More', 'Top', 'Most popular among voters was the tax cut.', 'Most read in the village was the parish letter.', 'Related reports suggested the talks had stalled.'],
  },
  'related.link-line': {
    matches: [
      'READ MORE: Top Hamas leader visits Cairo as indirect talks on another Gaza truce and hostage swap resume',
      'Related: Gigi Hadid AND Irina Shayk Support Bradley’s New Food Truck!',
      'Also Read- Made in China to Make in India: Apple\'s new big bet',
      'MORE: Brad Keselowski through the years',
      'Lesen Sie auch: Was die Ampel jetzt plant',
      'Zum Artikel: Tarifrunde im ÖPNV: Das wird verhandelt',
      'Czytaj także: Iran odrzuca rozmowy',
      '[Related: How to tune up a table saw]',
    ],
    misses: ['Zum Artikel 5 des Grundgesetzes gibt es keine Änderung.', 'Read more books, the doctor said.', 'Related to the case, two men were arrested.', 'More — and more — people are moving to the coast, the census shows.'],
  },
  'related.teaser-more': {
    matches: ['Rund 400 Feuerwehrleute protestieren gegen späteren Ruhestand | mehr', 'Council approves the budget for the new bridge | more'],
    misses: ['The council wants more | but it will not say how much more.'],
  },
  'related.reference': {
    matches: [
      'David R. Sannino et al. 2023. The exceptional form and function of the giant bacterium Ca. Epulopiscium viviparus revolves around its sodium motive force. PNAS 120 (52): e2306160120',
      'Neuenschwander M, Stadelmaier J, Eble J, et al. Substitution of animal-based with plant-based foods on cardiometabolic health and all-cause mortality. BMC Med. 2023;21(1):404.',
      'Citation: How jellyfish regenerate functional tentacles in days (2023, December 22) retrieved 24 December 2023 from https://phys.org/news/2023-12-jellyfish.html',
      'More information: Mingrui Wu et al, Biomimetic, knittable aerogel fiber for thermal insulation textile, Science (2023). DOI: 10.1126/science.adj8013',
    ],
    misses: [
      'Smith et al. found in 2019 that the drug worked, though later trials disagreed.',
      'In Paris, Rome, and Berlin, the protests went on. The police stood by.',
      'The results were first reported by Jones et al. (2021). They show that the mice lived longer on the diet.',
      'More information: the library is open from 9 a.m. to 5 p.m. on weekdays and asks visitors to book a seat.',
    ],
  },
  'related.more-from': {
    matches: ['More from The Hill', 'More On: louisiana', 'More on Politics:', 'Latest From Politics', 'More in Politics', 'Mehr zu Fleischkonsum'],
    misses: ['More from his Pro-Leftist, anti-Trump agenda segment:', 'More on that later.', 'Plus de 300 personnes ont été tuées'],
  },
};

describe('relatedRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(relatedRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
