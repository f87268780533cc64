/**
 * The pure part of `npm run residue`: which body blocks count as short lines, the key that groups
 * their variants, and the tally of the most frequent ones.
 */

/** One frequent short line: how often it was left in bodies, in how many files, and one example as written. */
export interface ResidueLine {
  readonly key: string;
  readonly count: number;
  readonly files: number;
  readonly example: string;
}

const SPACES = /\s+/gu;
const DIGITS = /\d+/gu;

/**
 * The key a short line is grouped under: case folded, white space folded, every run of digits as `0`,
 * so `3 hours ago` and `12 hours ago` are one line.
 * @example
 * residueKey('  Updated 3 Hours   ago '); // 'updated 0 hours ago'
 */
export function residueKey(line: string): string {
  return line.toLowerCase().replace(SPACES, ' ').trim().replace(DIGITS, '0');
}

/** Counts short lines per key across files; `add` one file's body lines at a time, then read the `top` ones. */
export class ResidueTally {
  private readonly lines = new Map<string, { count: number; files: number; example: string }>();

  constructor(private readonly maxLength: number) {}

  /**
   * Adds the body lines of one file; lines longer than the limit, and empty ones, are not counted.
   * @example
   * tally.add(['Featured', 'A long paragraph of the story…']);
   */
  add(bodyLines: readonly string[]): void {
    const seen = new Set<string>();
    for (const line of bodyLines) {
      const text = line.trim();
      if (text === '' || text.length > this.maxLength) continue;
      const key = residueKey(text);
      const entry = this.lines.get(key) ?? { count: 0, files: 0, example: text };
      entry.count++;
      if (!seen.has(key)) entry.files++;
      seen.add(key);
      this.lines.set(key, entry);
    }
  }

  /**
   * The `n` most frequent lines, by count and then by the number of files.
   * @example
   * tally.top(40)[0]; // { key: 'featured', count: 120, files: 118, example: 'Featured' }
   */
  top(n: number): ResidueLine[] {
    return [...this.lines]
      .map(([key, entry]) => ({ key, ...entry }))
      .sort((a, b) => b.count - a.count || b.files - a.files || a.key.localeCompare(b.key))
      .slice(0, n);
  }
}
