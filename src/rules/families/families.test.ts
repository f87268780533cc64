import { describe, expect, it } from 'vitest';
import { compileRules } from '../compile-rules';
import { matchBlockRule, matchInlineRule } from '../match-rules';
import { builtinRules } from './index';

const rules = compileRules(builtinRules, undefined);

// Each built-in rule with the real residue that motivated it (from seed files, scraped corpora and
// rendered news pages), and sentences of stories it must leave alone.
const EXAMPLES: Record<string, { zone?: 'head' | 'body' | 'tail'; matches: string[] }> = {
  'share.print-friendly': { matches: ['Print Friendly, PDF & Email'] },
  'share.send-to-kindle': { matches: ['Send to Kindle'] },
  'share.share-label': { matches: ['Share this:', 'Share', 'Teilen', 'Partager'] },
  'share.button': { matches: ['Share on Facebook', 'Click to share on Twitter (Opens in new window)', 'Share via Email'] },
  'share.network-name': { matches: ['Tweet', 'WhatsApp', 'e-mail'] },
  'share.network-run': { matches: ['Facebook Twitter Email WhatsApp', 'facebook x reddit link', 'Facebook | Twitter | LinkedIn'] },
  'comment-form.leave-a-reply': { zone: 'tail', matches: ['Leave a Reply', 'LEAVE A REPLY', 'Kommentare'] },
  'comment-form.heading': { matches: ['Leave a Reply', 'Post a comment'] },
  'comment-form.email-notice': { matches: ['Your email address will not be published. Required fields are marked *'] },
  'comment-form.field': { matches: ['Name *', 'Website', 'Save my name, email, and website in this browser for the next time I comment.', 'Log in to leave a comment'] },
  'comment-form.count-marker': { zone: 'tail', matches: ['8 COMMENTS', '2 thoughts on “ISIS Commander Visits Gaza”'] },
  'comment-form.count': { zone: 'head', matches: ['12 Comments'] },
  'credit.bracketed': { matches: ['[Photo: CNN / YouTube ]', '[Image via Facebook]'] },
  'credit.label': { matches: ['Photo credit: Jane Doe', 'Credit...Sam Whitney/The New York Times', 'Image: Getty'] },
  'credit.agency-caption': { matches: ['Smoke rises over Gaza City on Monday. | REUTERS/Mohammed Salem', 'A protester in Paris. Jane Doe/Getty Images'] },
  'credit.video': { matches: ['Video: CNN'] },
  'advert.label': { matches: ['Advertisement', 'SKIP ADVERTISEMENT', 'Anzeige', 'Supported by'] },
  'advert.continues': { matches: ['Story continues below advertisement', 'Story Continued Below', 'Continue reading the main story'] },
  'advert.ads-by': { matches: ['Ads by Revcontent'] },
  'navigation.control': { matches: ['Skip to content', 'Toggle Menu', 'Back to top', 'Load more', '✕', 'DISMISS'] },
  'navigation.breadcrumb': { matches: ['Home » News » World', 'Home > Politics'] },
  'navigation.neighbour-story': { matches: ['Previous articleCol. (Ret.) Benjamin Studdard Malcom, 94, of Peachtree City', 'Next articleYou made it! Celebrating your resilience during a tough year'] },
  'navigation.form-field': { matches: ['[ ] [Search]', '[                    ]'] },
  'footer.link': { matches: ['About Us', 'Privacy Policy', 'Terms of Use', 'Impressum'] },
  'footer.link-run': { matches: ['About Us | Contact | Privacy Policy | Terms of Use'] },
  'disclosure.affiliate': { matches: ['If you purchase a product or register for an account through a link on our site, we may receive compensation.', 'We may earn a commission from links on this page.'] },
  'disclosure.terms': { matches: ['Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement, Privacy Policy and Cookie Statement.', 'The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used.'] },
  'disclosure.label': { matches: ['Disclaimer', 'Ad Choices'] },
  'share.share-or-comment': { matches: ['Share or comment on this article: Abbie Chatfield puts on a cheeky display in a skimpy bikini'] },
  'copyright.notice': { matches: ['© 2023 Fox News Network. All rights reserved.', 'Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'] },
  'consent.cookies': { matches: ['We use cookies to improve your experience on our site.', 'Accept all cookies', 'Manage preferences'] },
  'newsletter.prompt': { matches: ['Sign up for our newsletter', 'Subscribe to Our Newsletter', 'Get the latest news delivered to your inbox', 'Sign up for the Morning Brief email newsletter to get weekday updates from The Weather Channel and our meteorologists.'] },
  'newsletter.donate': { matches: ['Support independent journalism', 'Donate now', 'Become a member'] },
  'newsletter.paywall': { matches: ['This article is for subscribers only', 'Subscribe to continue reading'] },
  'related.heading': { matches: ['Related Articles', 'Read more:', 'Most Popular', 'Lesen Sie auch'] },
  'related.link-line': { matches: ["READ MORE: Abbie Chatfield's secret romance with Tony Armstrong revealed", 'Related: Another headline'] },
  'related.more-from': { matches: ['More from The Hill', 'More On: lindsey graham'] },
  'tags.list': { matches: ['Tags: Israel, Egypt, Sinai', 'Filed under: Politics'] },
  'tags.label': { matches: ['Tags', 'Topics'] },
  'media.player': { matches: ['Scroll down for video', 'VIEW GALLERY', 'Video loading', '1 of 9', 'toggle caption', '2:31'] },
  'embed.tweet-signature': { matches: ['— Jane Doe (@jane) July 12, 2016'] },
  'embed.instagram': { matches: ['A post shared by Abbie Chatfield (@abbiechatfield) on Dec 22, 2023 at 3:04pm PST', 'View this post on Instagram'] },
  'author-bio.link': { matches: ['About the author', 'View all posts by Jane Doe', 'Email the author', 'Follow Jane Doe on Twitter'] },
  'timestamp.relative': { matches: ['3h ago', '5 minutes ago', 'vor 2 Stunden'] },
  'timestamp.updated-time': { matches: ['Updated 11:35 AM ET'] },
  'timestamp.reading-time': { matches: ['5 min read', 'Reading time: 4 minutes'] },
  'ui.control': { matches: ['Listen to this article', 'Gift this article', 'Read Full Article'] },
};

const INLINE_EXAMPLES: Record<string, string[]> = {
  'credit.featured-image': ['The senator left the building without a word. Featured image via Flickr'],
  'credit.parenthesised': ['A protester waves a flag in Paris. (Photo: Jane Doe/Getty Images)'],
  'embed.pic-twitter': ['We are live from the stadium tonight! pic.twitter.com/abc123XYZ'],
};

// Sentences of stories that no rule may take for residue.
const STORY_SENTENCES = [
  'Israel has carried out drone strikes against terrorists operating in the Sinai Peninsula in recent years.',
  'The two sides also are considered to have close intelligence ties.',
  'Share prices fell sharply on Monday after the announcement.',
  'Advertisement revenue at the company rose 12 percent last year.',
  'He said he would leave a reply to the committee by Friday.',
  'Related reports suggested the talks had stalled.',
  'Home prices rose again in March, the data showed.',
  'Watch out for falling rocks, the ranger warned.',
];

describe('built-in rules', () => {
  it('have unique ids, each prefixed by its family', () => {
    const ids = builtinRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of builtinRules) expect(rule.id.startsWith(`${rule.family}.`), rule.id).toBe(true);
  });

  it('compile without issues', () => {
    expect(rules.issues).toEqual([]);
  });

  it('each have a real example of the residue they catch', () => {
    const documented = new Set([...Object.keys(EXAMPLES), ...Object.keys(INLINE_EXAMPLES)]);
    expect(builtinRules.map((rule) => rule.id).filter((id) => !documented.has(id))).toEqual([]);
  });

  for (const [id, { zone = 'body', matches }] of Object.entries(EXAMPLES)) {
    it.each(matches)(`${id} matches %j`, (text) => {
      const rule = matchBlockRule(rules, text, zone);
      expect(rule, `no rule matched ${JSON.stringify(text)}`).not.toBeNull();
      // An earlier rule of the same family may take it first; what matters is the family.
      expect(rule!.family).toBe(builtinRules.find((candidate) => candidate.id === id)!.family);
    });
  }

  for (const [id, texts] of Object.entries(INLINE_EXAMPLES)) {
    it.each(texts)(`${id} splits residue off %j`, (text) => {
      const match = matchInlineRule(rules, text, 'body');
      expect(match?.rule.id).toBe(id);
      expect(match!.start).toBeGreaterThan(0);
    });
  }

  it.each(STORY_SENTENCES)('leave the story sentence %j alone', (text) => {
    for (const zone of ['head', 'body', 'tail'] as const) expect(matchBlockRule(rules, text, zone)).toBeNull();
    expect(matchInlineRule(rules, text, 'body')).toBeNull();
  });
});
