import { describe, expect, it } from 'vitest';
import { isEcho, noRuns, rememberRuns, wordHashes, type KeptRuns } from './echo';

const kept = (...paragraphs: string[]): KeptRuns => {
  const story = noRuns();
  for (const paragraph of paragraphs) rememberRuns(wordHashes(paragraph), story);
  return story;
};
const first = 'The council said on Tuesday that the new bridge over the river would be finished by the spring, two years later than planned.';
const second = 'Builders blamed the delay on the floods of last winter, which washed away the scaffolding and part of the eastern pier.';

describe('isEcho', () => {
  it('finds a line that runs from the end of one kept paragraph into the start of the next', () => {
    const line = 'over the river would be finished by the spring, two years later than planned. Builders blamed the delay on the floods of last winter';
    expect(isEcho(wordHashes(line), kept(first, second))).toBe(true);
  });

  it('lets pass a paragraph written to the pattern of a kept one, with other names and figures', () => {
    const pattern = 'The council said on Tuesday that the new school on the hill would be finished by the autumn, two years later than planned.';
    expect(isEcho(wordHashes(pattern), kept(first, second))).toBe(false);
  });

  it('lets pass a short line, which a story may repeat on purpose', () => {
    expect(isEcho(wordHashes('the new bridge over the river would be finished by the spring'), kept(first))).toBe(false);
  });

  it('reads runs across paragraphs shorter than a run, as one stream', () => {
    const words = `${first} ${second}`.split(' ');
    // Paragraphs of one word and of two, in turn.
    const paragraphs: string[] = [];
    for (let index = 0; index < words.length; ) {
      const length = paragraphs.length % 2 === 0 ? 1 : 2;
      paragraphs.push(words.slice(index, index + length).join(' '));
      index += length;
    }
    expect(paragraphs.join(' ')).toBe(words.join(' '));
    expect(isEcho(wordHashes(words.join(' ')), kept(...paragraphs))).toBe(true);
    expect(isEcho(wordHashes(words.join(' ')), kept(...paragraphs.slice(0, 20)))).toBe(false);
  });
});
