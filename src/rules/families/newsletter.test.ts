import { describe, expect, it } from 'vitest';
import { builtinRules } from './index';
import { newsletterRules } from './newsletter';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages and the scraped corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'newsletter.label': { matches: ['Subscribe', 'Newsletter Sign Up', 'Subscribe to our Newsletter', 'Newsletter abonnieren', 'You have successfully subscribed.'], misses: ['Subscribers fled the service.'] },
  'newsletter.heading': {
    matches: ['Green Car Reports Newsletter', 'Explore more newsletters', 'Newsletter: Sport inside', 'Weitere Newsletter', 'Duisburg-Newsletter: Jetzt kostenlos anmelden!'],
    misses: ['The newsletter was read by 40,000 people.', 'Newsletters are booming.'],
  },
  'newsletter.subscribe': {
    matches: ['Sign up for free, it takes 30 seconds.', 'Subscribe to the Star', 'Sign up for our weekly science updates.'],
    misses: ['Subscribers to the service paid $10 a month, the filing shows.'],
  },
  'newsletter.prompt': {
    matches: [
      'Sign up for our email newsletter for the latest science news',
      'Subscribe Today to get the latest ExtremeTech news delivered right to your inbox.',
      "Want more movie news? Sign up for Entertainment Weekly's free newsletter to get the latest trailers, celebrity interviews, film reviews, and more.",
      'Get all the latest news, reviews and exclusives, direct to your inbox.',
      'Stay up-to-date in the world of bags, delivered straight to your inbox.',
      'For more Parents news, make sure to sign up for our newsletter!',
      "***Please sign up for CBN Newsletters and download the CBN News app to ensure you keep receiving the latest news on Israel's fight for survival.***",
      "Follow Allure on Instagram and Twitter, or subscribe to Allure's newsletter for daily beauty stories delivered right to your inbox.",
    ],
    misses: ['Get out and vote, the mayor told residents.', 'The newsletter said people should get tested.', 'Please follow the rules, or the newsletter will stop, she wrote.'],
  },
  'newsletter.prompt-other': {
    matches: ['Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.', 'Mit der Anmeldung willigen Sie der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung ein.', 'Hier unseren Newsletter kostenlos abonnieren', 'Abonnieren Sie unseren Newsletter'],
    misses: ['Mit der Anmeldung zum Kurs begann ihr neues Leben.'],
  },
  'newsletter.fine-print': {
    matches: [
      'By subscribing, you agree to our Privacy Policy and may receive occasional deal communications; you can unsubscribe anytime.',
      'By clicking Sign Up, you agree to our Terms and Conditions and that you have read our Privacy Policy.',
      'I agree to receive emails from Green Car Reports. I understand that I can unsubscribe at any time. Privacy Policy.',
      'By signing up to receive our newsletter, you agree to our Terms of Use and Privacy Policy.',
    ],
    misses: ['By signing up for the program, farmers agreed to plant fewer acres.'],
  },
  'newsletter.donate': {
    matches: [
      'Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, oder werden Sie Mitglied.',
      'Did you enjoy this article? Please support our journalism with a donation.',
      'Support independent journalism', 'Donate', 'Donate now', 'Become a member', 'Jetzt spenden', 'If you enjoy our content, please consider subscribing.', 'Donate and enjoy an ad-free experience'],
    misses: ['Contribute', 'Support for the bill grew after the hearing.', 'Donations fell by a third last year.', 'Did you enjoy this article? Tell us what you liked about it.'],
  },
  'newsletter.appeal': {
    matches: [
      'Our journalism needs your support. Please subscribe today to NJ.com.',
      'We cannot do this without your help. Support our newsroom by contributing as little as $2 to keep our news free for all.',
      'Would you join us to help keep our stories free for all? Your contribution of as little as $2 will go a long way.',
    ],
    misses: ['The foundation will support three newsrooms in the state, a boost for local news after years of cuts.', 'Our reporting found that the mayor had met the donor twice.'],
  },
  'newsletter.paywall': {
    matches: ['This article is for subscribers only', 'Already a subscriber? Log in', 'Subscribe for unlimited access', 'Not a member? Sign up now!', 'SUBSCRIBER ONLY', 'Réservé aux abonnés', 'この記事は会員限定です。', 'ログインして続きを読む', 'Esta funcionalidad es sólo para registrados', 'This feature is only available to subscribers'],
    misses: ['This article is for anyone who has ever lost a pet.', '続きを読むにはこの本を買うしかない、と彼は言った。それが全ての始まりだった。'],
  },
  'newsletter.petition': {
    matches: ['Add your name to millions demanding that Congress take action on the President’s crimes. IMPEACH DONALD TRUMP!', 'Sign our petition today!'],
    misses: ['Sign the petition, the activists urged, before the vote on Friday.'],
  },
};

describe('newsletterRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(newsletterRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
