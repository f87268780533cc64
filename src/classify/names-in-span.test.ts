import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { councilParagraph as paragraph, COUNCIL_STORY as story } from '../../test/support/council-story';

const now = new Date('2026-01-01');
// Teasers that read like prose, without a standfirst or a byline of their own.
const teasers = [
  'Why did the harbour plan fail? The council could not agree on who would pay for it',
  'Is the library open again? The staff walked out over the plan to cut their hours',
  'Will the trains run on time? The station gets a new roof before the winter comes',
];

describe('namesInSpan', () => {
  it('takes the names under the headline that a row of teasers stands above, and that headline for the title', () => {
    const result = parseSeed(`${teasers.join('\n\n')}\n\nTown votes on a new bridge over the river\n\nLena Marsh\n\nPhoto: Town Archive\n\n${story}`, { now });
    expect(result.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }]);
    expect(result.title).toBe('Town votes on a new bridge over the river');
    expect(result.text).not.toContain('harbour');
  });

  it('looks past the lines the rules took between the names and the story, a player\'s time and a photo\'s credit', () => {
    const head = 'Town votes on a new bridge over the river\n\nLena Marsh\n\n9:51\n\nHear it read\n\n[bridge-1835861716]\n\nPhoto: Town Archive';
    const result = parseSeed(`${teasers.join('\n\n')}\n\n${head}\n\n${story}`, { now });
    expect(result.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }]);
  });

  it('takes no name under a heading inside the story', () => {
    const result = parseSeed(`${story}\n\nWhat the mayor thinks of the bridge plan\n\nLena Marsh\n\n${paragraph('park')}`, { now });
    expect(result.authors).toEqual([]);
  });
});
