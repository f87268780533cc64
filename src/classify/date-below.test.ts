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
});
