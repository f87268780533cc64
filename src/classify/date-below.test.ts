import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { COUNCIL_STORY as story } from '../../test/support/council-story';

const now = new Date('2026-01-01');

describe('dateBelow', () => {
  it('takes the labelled date under the story where the head has none', () => {
    const result = parseSeed(`Town votes on new bridge\n\nBy Jane Roe\n\n${story}\n\nShare\n\nPublished: 05.08.24 kl. 14:47\n\nFooter Links`, { now });
    expect(result.published).toBe('2024-08-05T14:47');
  });

  it('takes no bare date under the story, which may be a teaser\u2019s', () => {
    const result = parseSeed(`Town votes on new bridge\n\nBy Jane Roe\n\n${story}\n\nHarbour plan faces a long delay\n\nDecember 20, 2023\n\nFooter Links`, { now });
    expect(result.published).toBeNull();
  });

  it('takes the labelled date beside the byline of the box of facts past the teasers, but no bare date there', () => {
    const teasers = ['More on this', 'Harbour plan faces delay', 'Library opens late', 'Mayor visits the school', 'New bus line for the east'].join('\n\n');
    const dated = parseSeed(`Town votes on new bridge\n\n${story}\n\n${teasers}\n\nDatum 21.12.2023\n\nAutorin/Autor Jane Roe`, { now });
    expect(dated.published).toBe('2023-12-21');
    const bare = parseSeed(`Town votes on new bridge\n\n${story}\n\n${teasers}\n\n21.12.2023\n\nAutorin/Autor Jane Roe`, { now });
    expect(bare.published).toBeNull();
  });
});
