import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { COUNCIL_STORY as story } from '../../test/support/council-story';

const now = new Date('2027-01-01T00:00:00Z');

describe('pageYear', () => {
  it('gives a dated byline without its year the year of the copyright notice', () => {
    const result = parseSeed(`Town votes on new bridge\n\nJane Roe, 8 January, 17:46\n\n${story}\n\n© 2000-2026 Town Times. All rights reserved.`, { now });
    expect(result.published).toBe('2026-01-08T17:46');
  });

  it('gives none where the page states no year', () => {
    const result = parseSeed(`Town votes on new bridge\n\nJane Roe, 8 January, 17:46\n\n${story}`, { now });
    expect(result.published).toBeNull();
  });

  it('takes no year-less date on a line of its own, which may be an event\u2019s', () => {
    const result = parseSeed(`Sunday, Feb. 18 - 2:30 PM ET\n\nTown votes on new bridge\n\nBy Jane Roe\n\n${story}\n\n© 2026 Town Times`, { now });
    expect(result.published).toBeNull();
  });
});
