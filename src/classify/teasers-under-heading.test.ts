import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { councilParagraph as paragraph } from '../../test/support/council-story';

const now = new Date('2026-01-01');
const body = (text: string) => parseSeed(text, { now }).blocks.filter((block) => block.role === 'body').map((block) => block.text);
const removed = (text: string) => parseSeed(text, { now }).removed.filter((span) => span.rule === 'classifier.related-teaser').map((span) => [span.family, span.text]);
const head = ['Town votes on new bridge', 'By John Doe'];
// Enough story under the box for the article's span to reach past it.
const above = ['bridge', 'road', 'harbour', 'museum', 'theatre', 'cinema'].map(paragraph);
const rest = ['school', 'park', 'library', 'pool', 'market', 'station'].map(paragraph);

describe('markTeasersUnderHeadings', () => {
  it('removes the headlines of other stories listed under a heading set into the story, with their kickers', () => {
    const box = ['Most read in Celebrity', 'SAD LOSS', 'Singer’s sister dies at 41 one year after her brother’s passing', 'RED ALERT', 'Millions warned over three dangerous Christmas light mistakes this winter'];
    const text = [...head, ...above, ...box, ...rest].join('\n\n');
    expect(body(text)).toEqual([...above, ...rest]);
    expect(removed(text)).toEqual(box.slice(1).map((line) => ['related', line]));
  });

  it('keeps a short subheading or a question right under the box, over the story’s next section', () => {
    for (const subheading of ['Holiday Lights and Holes in Your Home', 'How did you feel when you heard about the new category for the town?']) {
      const text = [...head, ...above, 'Related:', 'Can You Build a Fireproof Home Before the Winter Comes?', subheading, ...rest].join('\n\n');
      expect(body(text)).toEqual([...above, subheading, ...rest]);
    }
  });

  it('ends the run where the story takes up again, so that a later subheading of the story stays', () => {
    const subheading = 'What the new bridge will cost the town in the end';
    const story = [...above, rest[0]!, subheading, ...rest.slice(1)];
    const text = [...head, ...above, 'Related Stories', 'Singer’s sister dies at 41 one year after her brother’s passing', ...story.slice(above.length)].join('\n\n');
    expect(body(text)).toEqual(story);
  });
});
