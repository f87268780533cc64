import { describe, expect, it } from 'vitest';
import { authorBioRules } from './author-bio';
import { builtinRules } from './index';
import { blockMatches, exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages and the corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'author-bio.link': {
    matches: ['About the author', 'View all posts by Will Macmaster', 'More Stories From This Author', 'Email the author', 'Contact The Author', 'Über die Autor:in', 'Über die Autorinnen'],
    misses: ['About the author of the letter, little is known.'],
  },
  'author-bio.follow': {
    matches: ['Follow Josh Feldman on Twitter: @feldmaniac', '>> Follow Matt Wilstein (@TheMattWilstein) on Twitter', 'Follow Deputy Editor Nicolas Stecher on Instagram at @nickstecher and @boozeoftheday.'],
    misses: ['Following the path to a better future', 'Follow the money, the prosecutor told the jury.'],
  },
  'author-bio.staff-line': {
    zone: 'tail',
    matches: [
      'Tomas Franzese is a Staff Writer at Digital Trends, where he reports on and reviews the latest releases and exciting…',
      '—Staff writer Cam E. Kettles can be reached at cam.kettles@thecrimson.com. Follow her on X @cam_kettles or on Threads @camkettles.',
      'Jean Levasseur is a DIY contributor at Popular Science. He’s an avid woodworker and a stay-at-home parent of twin boys.',
      'Phillip Maciak is The New Republic’s TV critic and the author of Avidly Reads Screen Time.',
      'Bucky Brooks is an NFL analyst for FOX Sports. He also breaks down the game for NFL Network.',
      'Jeremy Schneider may be reached at jschneider@example.com and followed on Twitter at @J_Schneider.',
    ],
    misses: [
      'Sam Whitney won a prize for the series last year.',
      'Sotloff is the second American journalist brutally murdered by ISIS in less than two weeks.',
      'The US is a major contributor of humanitarian aid for countries that host large numbers of refugees.',
      'Mary Jones is a former reporter at the paper who spent thirty years covering the council, and she says the town will be poorer for it.',
    ],
  },
  'author-bio.contributed-by': {
    matches: [
      'This article has been contributed by SHTF Plan. Visit www.SHTFplan.com for alternative news and commentary.',
      'Contributed by The Daily Sheeple of www.TheDailySheeple.com.',
      'Contributed by Jon Rappoport of No More Fake News.',
    ],
    misses: ['Contributed by donors, the fund grew to $2 million.'],
  },
  'author-bio.bio-line': {
    zone: 'tail',
    matches: [
      'Julia Ioffe is contributing writer at Politico Magazine.',
      'Jeff Greenfield is a five-time Emmy-winning network television analyst and author.',
      'Jane Doe is a longtime political commentator and a former speechwriter. Her new book comes out in May.',
    ],
    misses: [
      'Mary Jones is a former reporter at the paper who spent thirty years covering the council, and she says the town will be poorer for it.',
      'Charles Fried is the Beneficial Professor of Law at Harvard Law School.', 'The judge said that the case is a reminder to every writer of the risks.', 'The case is a reminder to every writer of the risks.'],
  },
  'author-bio.contact': {
    zone: 'tail',
    matches: ['Contact Katrease Stafford: kstafford@freepress.com or 313-223-4759. Follow her on Twitter @KatreaseS_Freep.', 'Jim can be reached at: [email protected]'],
    misses: ['Contact with the rebels was lost at 3 a.m., the army said.'],
  },
  'author-bio.editorial-board': {
    zone: 'tail',
    matches: [
      'The Sun Sentinel Editorial Board consists of Editorial Page Editor Steve Bousquet, Deputy Editorial Page Editor Dan Sweeney and editorial writer Martin Dyckman.',
      'Editorials are the opinion of the Editorial Board of the Daily News.',
    ],
    misses: ['The school’s editorial board met on Friday to pick the new editor.'],
  },
};

describe('authorBioRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(authorBioRules, EXAMPLES, builtinRules)).toEqual([]);
  });

  it('read "X is a reporter at …" as a bio only after the article, where it is no source of the story', () => {
    const staffLine = authorBioRules.find((rule) => rule.id === 'author-bio.staff-line')!;
    const text = 'Jane Doe is a reporter at the Daily Planet.';
    expect(['head', 'body', 'tail'].map((zone) => blockMatches(staffLine, text, zone as 'head' | 'body' | 'tail'))).toEqual([false, false, true]);
  });
});
