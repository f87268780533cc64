import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { councilParagraph as paragraph } from '../../test/support/council-story';

const now = new Date('2026-01-01');

function rolesOf(lines: readonly string[]): string[] {
  return parseSeed(lines.join('\n\n'), { now }).blocks.filter((block) => block.text.length > 0).map((block) => `${block.role}:${block.rule ?? ''}`);
}

describe('the text of an embedded tweet', () => {
  it('is removed right above its signature or its picture link, and the story around it stays', () => {
    const signed = rolesOf(['Town votes on new bridge', paragraph('bridge'), 'Thanks for the bridge selfie, Jane. That will show them!', '— Ashley St. Clair (@stclairashley) December 22, 2023', paragraph('road'), paragraph('school')]);
    expect(signed.slice(1, 5)).toEqual(['body:', 'boilerplate:classifier.tweet-text', 'boilerplate:embed.tweet-signature', 'body:']);
    const pictured = rolesOf(['Town votes on new bridge', paragraph('bridge'), 'Hands off OUR bridge! pic.twitter.com/Qe1oqhGF1y', '— Jane Doe (@janedoe) December 22, 2023', paragraph('road'), paragraph('school')]);
    expect(pictured.slice(1, 6)).toEqual(['body:', 'boilerplate:classifier.tweet-text', 'boilerplate:embed.pic-twitter', 'boilerplate:embed.tweet-signature', 'body:']);
    const glued = rolesOf(['Town votes on new bridge', paragraph('bridge'), 'Spoilers. The bridge is cancelled. pic.twitter.com/JOqwjKBv7r', paragraph('road'), paragraph('school')]);
    expect(glued.slice(1, 4)).toEqual(['body:', 'boilerplate:classifier.tweet-text', 'boilerplate:embed.pic-twitter']);
  });

  it('leaves the paragraph above a signature that carries the post’s own words or link', () => {
    const words = rolesOf(['Town votes on new bridge', paragraph('bridge'), 'Dean, who is now a contributor, tweeted last night:', 'Notice the bridge. Coke user? — Howard Dean (@GovHowardDean) September 27, 2016', paragraph('road')]);
    expect(words[2]).toBe('body:');
    const link = rolesOf(['Town votes on new bridge', paragraph('bridge'), 'The tweet drew both sharp criticism and support in the form of responses.', 'pic.twitter.com/VUwYKzqujc — Mars, Incorporated (@MarsGlobal) September 19, 2016', paragraph('road')]);
    expect(link[2]).toBe('body:');
  });

  it('leaves the story’s paragraph over a post of a picture alone, one longer than a tweet, and one that announces the post', () => {
    // The picture link on a line of its own: the post had no words, and the line above is the story's.
    const alone = rolesOf(['Town votes on new bridge', paragraph('bridge'), 'The mayor later shared a photo of the bridge on Twitter.', 'pic.twitter.com/Qe1oqhGF1y', '— Jane Doe (@janedoe) December 22, 2023', paragraph('road')]);
    expect(alone[2]).toBe('body:');
    const long = rolesOf(['Town votes on new bridge', paragraph('bridge'), `${paragraph('river')} ${paragraph('harbour')}`, '— Jane Doe (@janedoe) December 22, 2023', paragraph('road')]);
    expect(long[2]).toBe('body:');
    const announced = rolesOf(['Town votes on new bridge', paragraph('bridge'), 'The mayor answered the critics on Twitter:', '— Jane Doe (@janedoe) December 22, 2023', paragraph('road')]);
    expect(announced[2]).toBe('body:');
  });
});
