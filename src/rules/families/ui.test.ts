import { describe, expect, it } from 'vitest';
import { builtinRules } from './index';
import { exampleFailures, type RuleExamples } from './test-matcher';
import { uiRules } from './ui';

// Residue from the benchmark pages and the corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'ui.reader-poll': {
    matches: ['% of readers think this story is Fact. Add your two cents.', '73% of readers think this story is Fiction. Add your two cents.'],
    misses: ['About 40% of readers think this story is the best the paper ran all year, a survey by the editors found last week, though many disagreed.'],
  },
  'ui.control': {
    matches: ['Read Full Article', 'Listen to this article', 'Reprints', 'Font size', 'A A A', 'Text size', 'Save', 'Bookmark', 'Copy link', 'Link copied', 'Gift this article', 'Artikel verschenken', 'Speichern', 'Artikel-Tools', 'Swipe to scroll horizontally'],
    misses: ['Print runs were cut by half.'],
  },
  'ui.form-choice': {
    matches: ['( )Eine wärmende Suppe.', '(*) Kabul et', '[ ]I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice', '[ ][ ]Contact me with news and offers from other Future brands[ ]Receive email from us on behalf of our trusted partners'],
    misses: ['(AP) The council voted on Tuesday.', '[Applause] The council voted on Tuesday.', 'The council voted ( ) on Tuesday.'],
  },
  'ui.click-here': { matches: ['Click here', 'CLICK HERE TO COMMENT', 'CLICK HERE TO READ MORE FROM THE WASHINGTON EXAMINER', 'Click to Read More and View Comments'], misses: ['Clicking here and there, she found the file.'] },
  'ui.note': {
    matches: ['To revisit this article, select My Account, then View saved stories', 'Continue Reading', 'Continue reading', '[email protected]', 'IE 11 is not supported. For an optimal experience visit our site on another browser.'],
    misses: ['Continue reading the report and you will find the answer, she said.'],
  },
  'ui.script-notice': {
    matches: [
      'You need to enable JavaScript to run this app.',
      'JavaScript is required to load the comments.',
      'Hinweis: Um alle Funktionen unserer Seiten nutzen zu können, wird JavaScript empfohlen.',
      'Sie haben Javascript für Ihren Browser deaktiviert.',
      'Spiacenti, devi abilitare javascript per poter procedere.',
      'Tu explorador está configurado para bloquear JavaScript. Para usar nuestros servicios, es necesario que lo permitas.',
    ],
    misses: ['JavaScript remains the most widely used programming language, the survey of developers found.', 'The flaw let attackers run JavaScript in the victim’s session.'],
  },
  'ui.click-here-end': {
    matches: [
      'More Critical Reads You Need to Hear by Lisa Haven! Click Here!',
      '(To Donate to USAWatchdog.com Click Here)',
      'ON A MOBILE DEVICE? CLICK HERE FOR VIDEO',
      'Stay updated on the go with our mobile apps. Click here to download it for your device.',
      'For more places to find Newsmax TV – Click Here Now',
      'Click here to sign up for TechFlash, the free daily email newsletter about founders and funders in the region.',
    ],
    misses: ["Users were told to 'click here for a prize', a scam the police traced to Ohio.", 'Click here, the email said, and thousands did.'],
  },
  'ui.read-full': {
    matches: ['Read the full story at The Daily Mail.', 'Read more at : The Disturbing Relationship Between Them', 'Read the full report at TechCrunch.', 'Read more on The Sun'],
    misses: ['Read more about it in his new book.', 'Read the full text of the ruling, he urged.', 'Read the full story here.'],
  },
  'ui.popup': {
    matches: ["× 101 Things All Young Adults Should Know by Sir John Hawkins John Hawkins's book 101 Things All Young Adults Should Know is filled with lessons."],
    misses: ['The room measured 4 × 5 metres, the agent said.'],
  },
};

describe('uiRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(uiRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
