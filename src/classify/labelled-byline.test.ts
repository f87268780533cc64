import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { COUNCIL_STORY as story } from '../../test/support/council-story';

const now = new Date('2026-01-01');
const teasers = ['More on this', 'Harbour plan faces delay', 'The harbour plan will wait another year, the council said on Monday.', 'Library opens late'].join('\n\n');

describe('labelledBylineBelow', () => {
  it('takes the labelled byline of the box of facts past the teasers under the story, printed once or twice', () => {
    for (const box of ['Autorin/Autor Jane Roe', 'Autorin/Autor Jane Roe\n\nMore\n\nAutorin/Autor Jane Roe']) {
      const result = parseSeed(`Town votes on new bridge\n\n${story}\n\n${teasers}\n\nDatum 21.12.2023\n\n${box}`, { now });
      expect(result.authors).toEqual([{ name: 'Jane Roe', kind: 'person' }]);
    }
  });

  it('takes none where the labelled bylines below the story name different authors', () => {
    const result = parseSeed(`Town votes on new bridge\n\n${story}\n\n${teasers}\n\nAuthor: Jane Roe\n\nSpeech to the council\n\nAuthor: Sam Poe`, { now });
    expect(result.authors).toEqual([]);
  });
});
