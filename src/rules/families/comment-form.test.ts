import { describe, expect, it } from 'vitest';
import { commentFormRules } from './comment-form';
import { builtinRules } from './index';
import { blockMatches, exampleFailures, type RuleExamples } from './test-matcher';

// Residue from seed files, the benchmark pages and the scraped corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'comment-form.heading': {
    matches: ['Leave a Reply', 'LEAVE A REPLY', 'Leave a Comment', 'Post a comment', 'Got something to say? Post a comment', 'Join the conversation', 'Kommentar schreiben'],
    misses: ['He said he would leave a reply to the committee by Friday.'],
  },
  'comment-form.comment-meta': {
    matches: ['Philipp sagt: 28. April 2024 um 12:34 Uhr', 'Jane Doe says: December 22, 2023 at 10:17 am', 'Marie dit : 22/12/2023 à 10h17'],
    misses: ['The minister says: the bridge will be finished by 2025.', 'Smith said: December 22, 2023 was the day it all changed for the town.'],
  },
  'comment-form.entry-meta': {
    matches: [
      'You can follow any responses to this entry through the RSS 2.0 feed. Both comments and pings are currently closed.',
      'Von Redaktion am 21/02/2021. Abgelegt unter Israel. Sie können alle Antworten zu diesem Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare und pings sind derzeit geschlossen.',
    ],
    misses: ['The feed ran dry, and the responses to this entry into the market were muted.'],
  },
  'comment-form.email-notice': {
    matches: ['Your email address will not be published. Required fields are marked *', 'Your email address will not be published.'],
    misses: ['Your email address will not be published anywhere, the company promised its users in a statement.'],
  },
  'comment-form.field': {
    matches: ['Name *', 'Email*', 'Save my name, email, and website in this browser for the next time I comment.', 'Post Comment', 'Reply', 'Email (required)', 'Vorname (freiwillig)', 'E-Mail-Adresse (erforderlich)(erforderlich)'],
    misses: ['Name the three largest cities in Brazil.', 'Email (and phone) records were handed to the court.'],
  },
  'comment-form.label': { matches: ['Comment', 'Website', 'URL'], misses: ['Comment on the proposal closes on Friday.'] },
  'comment-form.notice': {
    matches: [
      'Comments on this piece are premoderated to ensure the discussion remains on the topics raised by the article. Please be aware that there may be a short delay in comments appearing on the site.',
      'Comments are closed.',
      'You must be logged in to post a comment.',
      'Log in to leave a comment',
      'Sign in or create your Guardian account to join the discussion',
      'Sorry we are not currently accepting comments on this article.',
      'Have something to add to this story? Share it in the comments.',
      'Please read our comment policy before commenting.',
    ],
    misses: ['Reactions, Perezcious readers? Let us know in the comments below!', 'Comments are closed to the public until the hearing ends, the judge said.'],
  },
  'comment-form.section-heading': { zone: 'tail', matches: ['Comments', 'View all comments', 'Loading comments...', 'Kommentare'], misses: ['Discussion'] },
  'comment-form.section-button': { zone: 'head', matches: ['Comments', 'See comments'], misses: ['Commentary'] },
  'comment-form.count-marker': {
    zone: 'tail',
    matches: ['8 COMMENTS', '2 thoughts on “ISIS Commander Visits Gaza”', 'Comments (40)', 'View Comments (7)', 'Show all 84 comments', '0 Kommentare', 'There are 7 comments about this story'],
    misses: ['12 comments were received by the council before the vote.'],
  },
  'comment-form.count': { zone: 'head', matches: ['12 Comments', 'Comments (3)', 'Kommentare (0)'], misses: ['12 comments later, the thread was locked.'] },
  'comment-form.policy': {
    matches: [
      'Please adhere to our commenting policy to avoid being banned. As a privately owned website, we reserve the right to remove any comment and ban any user at any time.Comments that contain spam, advertising, vulgarity, threats of violence, racism, anti-Semitism, or personal or abusive attacks on other users may be removed and result in a ban.-- Follow these instructions on registering',
      'Please read our community guidelines before commenting.',
      'Comment Policy: Please keep comments relevant to the topic. Multiple links will automatically relegate your comment to the spam section, so keep that in mind as you post. 1st time commenters must receive Admin approval, but have free reign after that.',
    ],
    misses: ['Follow our community rules, the mayor said, or leave.'],
  },
  'comment-form.prompt': {
    zone: 'tail',
    matches: [
      'What do you think about these open celeb relationships? Let us know in the comments and SHARE this article!',
      'Is the Apple Watch high on your wish list? Would you pay thousands of dollars for a top-tier band? Tell us your thoughts in the comments!',
      'What do you think about the new details that have come to light? Sound off in the comments below.',
    ],
    misses: [
      'Hopefully, Lea enjoyed her red carpet appearance! Reactions, Perezcious readers? Let us know in the comments below!',
      'So there you have it, our 12 best games of 2023, ranked. What do you think of the list? Let us know in the comments.',
      'Tell us what happened, the officer said, pointing at the car below the bridge.',
    ],
  },
};

describe('commentFormRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(commentFormRules, EXAMPLES, builtinRules)).toEqual([]);
  });

  it('start comments only where the words mean it: `12 Comments` after the article, not above it', () => {
    const marker = commentFormRules.find((rule) => rule.id === 'comment-form.count-marker')!;
    const counter = commentFormRules.find((rule) => rule.id === 'comment-form.count')!;
    expect([blockMatches(marker, '12 Comments', 'tail'), blockMatches(marker, '12 Comments', 'head')]).toEqual([true, false]);
    expect([blockMatches(counter, '12 Comments', 'head'), counter.startsComments]).toEqual([true, undefined]);
  });
});
