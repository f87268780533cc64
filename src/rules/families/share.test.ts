import { describe, expect, it } from 'vitest';
import { builtinRules } from './index';
import { shareRules } from './share';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from seed files, the benchmark pages and the scraped corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'share.print-friendly': { matches: ['Print Friendly, PDF & Email', 'Print Friendly'], misses: ['Print friendly editions of the paper sold out by noon.'] },
  'share.send-to-kindle': { matches: ['Send to Kindle'], misses: ['Send to Kindle users, the update fixed the bug.'] },
  'share.share-label': {
    matches: ['Share this:', 'Share', 'SHARE', 'Share This Story', 'Share this -', 'Share Tweet', 'Teilen', 'Partager', 'share this!'],
    misses: ['Share Ware On Sale', 'Share prices fell sharply on Monday after the announcement.'],
  },
  'share.share-label-other': { matches: ['Artikel teilen', 'Show more sharing options'], misses: ['Die Nutzer können Artikel teilen und kommentieren, sagte er.'] },
  'share.button': {
    matches: [
      'Share on Facebook',
      'Artikel auf WhatsApp teilen',
      'Click to share on Twitter (Opens in new window)',
      'Share on Hacker News (opens in a new window)',
      'Share this article on Reddit',
      'Share by Email',
      'Twitter Share',
      'Auf Facebook teilen Facebook',
      'Per E-Mail teilen E-Mail',
      'twitterlink opens in a new window',
    ],
    misses: ['Share on Facebook was how most readers found the story, the editor said.', 'Post to Twitter: the president did so at 3 a.m.'],
  },
  'share.share-or-comment': {
    matches: [
      'Share or comment on this article: Abbie Chatfield puts on a cheeky display in a skimpy bikini as she enjoys a girls weekend at the beach',
      'All sharing options for: Zach Wilson’s mom adds intrigue to his mysterious ‘head injury’',
    ],
    misses: ['Share or comment: readers were asked to do both.'],
  },
  'share.print-email': { matches: ['Print', 'Email', 'E-mail the story', 'Drucken'], misses: ['Print runs were cut by half.', 'Email records show the deal was done in May.'] },
  'share.network-name': { matches: ['Tweet', 'WhatsApp', 'X (Twitter)', 'LinkedIn', 'Pin'], misses: ['Facebook said it would appeal.', 'SMS'] },
  'share.network-run': {
    matches: [
      'Facebook Twitter Email WhatsApp',
      'LinkedIn Link kopiert Error occurred Facebook Link kopiert Error occurred X Link kopiert Error occurred E-Mail Link kopiert',
      'facebookxredditlink',
      'FacebookTwitterEmail',
      'Facebook X LinkedIn Pinterest WhatsApp Telegram Share via Email Print',
      'Share:TwitterFacebookReddit',
      'Facebook Twitter Whatsapp E-Mail Drucken Link kopieren',
      '5.2k SHARES Facebook Twitter',
      'Share Share Share Share Share',
      'Share on Facebook Share on Twitter',
    ],
    misses: ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'Facebook and Twitter were fined by the regulator.', 'Link Link', 'Facebook fined on Twitter'],
  },
  'share.follow-us': { matches: ['Follow Us', 'Follow us on:', 'FOLLOW US ON SOCIAL MEDIA', 'Folgen Sie uns auf:', 'Stay Connected'], misses: ['Follow us, the officer shouted, and the crowd did.'] },
  'share.prompt': {
    matches: [
      'Share this on Facebook if you agree with this badass statement!',
      'PLEASE SHARE THIS ARTICLE TO INFORM EVERYONE OF THE SAD LOSS.',
      'Spread the word! LIKE and SHARE this article or leave a comment to help direct attention to the stories that matter.',
      'Share this post and leave your comment below.',
      "Make sure to share this on Facebook if you think it's time we take action.",
      'Share this story and let us know what you think about her claim.',
    ],
    misses: ['Share this with caution: the data are preliminary, the authors warn.', 'Share prices fell on Monday.', 'Share it they did, and the video went viral within hours.'],
  },
  'share.follow-prompt': {
    matches: [
      'Like our page on facebook.',
      'Follow us and help us support our President, Donald J. Trump, by joining us on our Facebook page by clicking on this highlighted sentence.',
      'Don’t forget to like us on Facebook and follow us on Twitter!',
    ],
    misses: ['Follow us, the officer shouted, and the crowd did.', 'Like us, the families on Facebook were furious.'],
  },
};

describe('shareRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(shareRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
