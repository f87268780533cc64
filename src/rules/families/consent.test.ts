import { describe, expect, it } from 'vitest';
import { consentRules } from './consent';
import { builtinRules } from './index';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages; near misses from stories.
const EXAMPLES: RuleExamples = {
  'consent.cookies': {
    matches: [
      'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.OkReject',
      'This website uses cookies to enhance user experience and to analyze performance and traffic on our website.',
      'By choosing I Accept, you consent to our use of cookies and other tracking technologies.',
      'Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.',
    ],
    misses: ['We use cookies as a reward, the dog trainer said.'],
  },
  'consent.button': { matches: ['Accept all cookies', 'Manage preferences', 'Cookies Settings Reject All Accept All', 'Alle akzeptieren', 'Tout accepter'], misses: ['Accept the result, the judge told him.'] },
  'consent.explanation': {
    matches: [
      'We do not allow you to opt-out of our certain cookies, as they are necessary to ensure the proper functioning of our website (such as prompting our cookie banner and remembering your privacy choices) and/or to monitor site performance.',
      'A cookie is a small piece of data (text file) that a website – when visited by a user – asks your browser to store on your device in order to remember information about you.',
      'Targeting cookies may be set through our site by our advertising partners. They may be used by those companies to build a profile of your interests.',
      'When you visit the site, the publisher and its partners may store or retrieve information on your browser, mostly in the form of cookies.',
    ],
    misses: ['When you visit the site, bring water: the trail is long.', 'A cookie is a small piece of joy, the baker said.'],
  },
  'consent.cookie-category': {
    matches: ['Strictly Necessary Cookies - Always Active', 'Targeting Cookies', 'Sale of Personal Data, Targeting & Social Media Cookies'],
    misses: ['Regulators say third-party cookies will be phased out by the end of the year.'],
  },
};

describe('consentRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(consentRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
