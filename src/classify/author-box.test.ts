import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { councilParagraph as paragraph } from '../../test/support/council-story';
import { bylineNames, startsWithAuthor } from './author-box';

const now = new Date('2026-01-01');
const bio =
  'Jay Weaver writes about federal crime at the crossroads of South Florida and Latin America. Since joining the paper in 1999, he has covered the federal courts and the drug trade.';
const parse = (lines: readonly string[]) => parseSeed(lines.join('\n\n'), { now });
const body = (lines: readonly string[]) => parse(lines).body.map((block) => block.text);

describe('bylineNames', () => {
  it('gives the people of the byline, not its agencies nor a single word', () => {
    expect(bylineNames('By Jay Weaver and AP')).toEqual(['Jay Weaver']);
    expect(bylineNames('By Staff')).toEqual([]);
    expect(bylineNames(null)).toEqual([]);
  });
});

describe('startsWithAuthor', () => {
  it('tells a line that starts with the name, not one that asks an interview’s question or runs on into a longer word', () => {
    expect(startsWithAuthor('Jay Weaver', ['Jay Weaver'])).toBe(true);
    expect(startsWithAuthor('Jay Weaver/Staff', ['Jay Weaver'])).toBe(true);
    expect(startsWithAuthor('Jay Weaver: Why now?', ['Jay Weaver'])).toBe(false);
    expect(startsWithAuthor('Jay Weavers met on Friday.', ['Jay Weaver'])).toBe(false);
  });

  it('tells no sentence of the story about a person of that name, but a bio', () => {
    expect(startsWithAuthor('Jay Weaver told the council on Monday that he would not stand again.', ['Jay Weaver'])).toBe(false);
    expect(startsWithAuthor(bio, ['Jay Weaver'])).toBe(true);
  });
});

describe('the author’s box under the story', () => {
  const story = [paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park')];

  it('ends the article at the author’s name over a bio of a paragraph or two', () => {
    const page = ['Town votes on new bridge', 'By Jay Weaver', ...story, 'Jay Weaver', 'Contributing expert', bio];
    expect(body(page)).toEqual(story);
    expect(parse(page).removed.find((span) => span.text === 'Jay Weaver')).toMatchObject({ family: 'author-bio', rule: 'classifier.author-box' });
  });

  it('ends the article at a bio that starts with the author’s name', () => {
    expect(body(['Town votes on new bridge', 'By Jay Weaver', ...story, bio])).toEqual(story);
  });

  it('drops a credit of the author’s picture inside the story and keeps the story under it', () => {
    expect(body(['Town votes on new bridge', 'By Jay Weaver', story[0]!, 'Jay Weaver/Staff', ...story.slice(1)])).toEqual(story);
  });
  it('ends the article at a bio in its second half, over a box of the site’s other stories in prose', () => {
    const coverage = [paragraph('harbour'), paragraph('museum'), paragraph('station')];
    expect(body(['Town votes on new bridge', 'By Jay Weaver', ...story, bio, 'Our Coverage', ...coverage])).toEqual(story);
  });

  it('keeps the story where a paragraph reports what a person of the byline’s name did, as where the name read is the subject’s', () => {
    const told = 'Jay Weaver told the council on Monday that he would not stand again, and the members thanked him for his years of work.';
    const rest = [paragraph('harbour'), paragraph('museum'), paragraph('station')];
    expect(body(['Town votes on new bridge', 'By Jay Weaver', ...story, told, ...rest])).toEqual([...story, told, ...rest]);
  });

  it('keeps the story under a credit of the author’s picture that runs on into its caption', () => {
    const page = ['Town votes on new bridge', 'By Jay Weaver', ...story.slice(0, 3), 'Jay Weaver / Staff The mayor and the council looked at the plans for the bridge on Tuesday.', story[3]!, paragraph('harbour'), paragraph('museum')];
    expect(body(page)).toEqual([...story, paragraph('harbour'), paragraph('museum')]);
  });
});
