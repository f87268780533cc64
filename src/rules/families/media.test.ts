import { describe, expect, it } from 'vitest';
import { builtinRules } from './index';
import { mediaRules } from './media';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages and the corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'media.player': {
    matches: ['Scroll down for video', 'VIEW GALLERY', 'Video loading', 'Play Video', 'Now Playing', 'Replay', 'Open Image Gallery', 'Enlarge this image', 'Bild vergrößern', 'toggle caption', 'hide caption', 'Videos', 'Image', 'Image:', 'Foto:', 'Bild'],
    misses: ['Watch', 'Play resumed after a two-hour rain delay.', 'Image: the council’s new logo', 'Foto: Stadt Essen', 'Image is everything to the mayor.'],
  },
  'media.video-list': { matches: ['Recommended Videos', 'More Videos', 'Weitere Videos', 'Latest Video'], misses: ['More videos surfaced on Monday.'] },
  'media.counter': { matches: ['Image 1 of 12', '1 of 9', '1 of 9 |', 'list 2 of 4', 'Duration 2:31', '2:31', '11/3'], misses: ['1 of 9 passengers was hurt.'] },
  'media.player-notice': {
    matches: ['This video can not be played', 'Your browser does not support the video tag.', 'Please enable Javascript to watch.', 'ON A MOBILE DEVICE? CLICK HERE TO WATCH THE VIDEO.'],
    misses: ['This video can not be played on television, the regulator ruled.'],
  },
  'media.broadcast-note': {
    matches: ['Über dieses Thema berichtet: BR24 Radio am 14.04.2026 um 17:50 Uhr.', 'Dieses Thema im Programm:'],
    misses: ['Über dieses Thema wird seit Jahren im Landtag gestritten, ohne dass sich etwas ändert.'],
  },
  'media.watch-line': {
    zone: 'tail',
    matches: ['WATCH: Israeli strikes in Gaza continue as Egypt and Qatar mediate indirect cease-fire talks', 'Listen: Supreme Court takes up Jan. 6 dispute'],
    misses: ['Watch out for falling rocks, the ranger warned.'],
  },
  'media.tag': {
    splits: [['NASA laser-beams adorable cat video to Earth from 19 million miles away (video)', '(video)'], ['BOOM! Marines Send TERRORISTS Scathing Message [VIDEO]', '[VIDEO]']],
    misses: ['(Video)', 'The (video) game that changed everything'],
  },
  'media.alt-label': {
    matches: ['Image may contain Pac Man and Rug', 'Image may contain: Clothing, Apparel, Human', 'No Caption Provided'],
    misses: ['Headshot of Berly McCoy', 'Image may contain nuts.'],
  },
  'media.placeholder': { matches: ['[svg]', '[gif]', '[yH5BAEAAAA]', '[police-lights]', '[1x1] [1x1]', '[svg][logo-techreport]', '[ ] [make-money]', 'Placeholder image-1', 'AFP_48KT7NQ.jpg', 'https://example.com/uploads/2020/07/kids.png'], misses: ['[Applause]', '[Name]', 'See the photo at example.com/kids.png'] },
  'media.podcast-line': {
    matches: [
      'Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts.',
      'The full interview with Bruce Dern is available on our podcast, Q with Tom Power. Listen and subscribe wherever you get your podcasts.',
    ],
    misses: ['Listen to the people of the town, the mayor said on Spotify’s biggest show.', 'She listened to podcasts on the long drive home.'],
  },
};

describe('mediaRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(mediaRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
