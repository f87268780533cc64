import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { COUNCIL_STORY as story } from '../../test/support/council-story';

const now = new Date('2026-01-01');

describe('stackedBylines', () => {
  it('takes the bylines stacked one per author, each a lone `By` over its names, for the authors', () => {
    const head = 'Town votes on new bridge\n\nBy —\n\nJane Roe, Town Press Jane Roe, Town Press\n\nBy —\n\nJohn Doe, Town Press John Doe, Town Press';
    const result = parseSeed(`${head}\n\nDecember 21, 2023\n\n${story}`, { now });
    expect(result.authors.map((author) => author.name)).toEqual(['Jane Roe', 'John Doe']);
    expect(result.byline).toBe('By — Jane Roe, Town Press Jane Roe, Town Press By — John Doe, Town Press John Doe, Town Press');
  });

  it('takes a stacked byline that names the same author again once', () => {
    const result = parseSeed(`Town votes on new bridge\n\nBy\n\nJane Roe\n\nBy\n\nJane Roe, Town Press\n\nDecember 21, 2023\n\n${story}`, { now });
    expect(result.authors).toEqual([{ name: 'Jane Roe', kind: 'person' }]);
  });
});
