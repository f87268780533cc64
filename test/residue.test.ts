import { describe, expect, it } from 'vitest';
import { ResidueTally, residueKey } from '../scripts/residue-lines';

describe('residue lines', () => {
  it('groups variants of a line: case, white space and numbers', () => {
    expect(residueKey('  Updated 3 Hours   ago ')).toBe('updated 0 hours ago');
    expect(residueKey('12 hours ago')).toBe(residueKey('3 hours ago'));
  });

  it('counts lines and files, skips long and empty lines, and ranks by count', () => {
    const tally = new ResidueTally(30);
    tally.add(['Featured', 'Featured', 'A paragraph far longer than twenty characters.', '']);
    tally.add(['featured', 'Story Continued Below']);
    tally.add(['Story continued below']);
    expect(tally.top(5)).toEqual([
      { key: 'featured', count: 3, files: 2, example: 'Featured' },
      { key: 'story continued below', count: 2, files: 2, example: 'Story Continued Below' },
    ]);
    expect(tally.top(1)).toHaveLength(1);
  });
});
