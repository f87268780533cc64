import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, parseSeed } from '../src/index';

// Goldens are parsed at a fixed time, so that a date is never "in the future" by accident.
export const GOLDEN_NOW = new Date('2026-01-01T00:00:00Z');
const seedsDir = join(import.meta.dirname, '..', 'seeds');
const update = process.env['UPDATE'] === '1';

describe('golden seeds', () => {
  const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));

  it('has seeds', () => {
    expect(seeds.length).toBeGreaterThan(0);
  });

  for (const name of seeds) {
    it(`parses ${name} as its golden article`, () => {
      const source = readFileSync(join(seedsDir, name), 'utf8');
      const article = ArticleSchema.parse(parseSeed(source, { now: GOLDEN_NOW }));
      const goldenPath = join(seedsDir, name.replace(/\.txt$/, '.json'));
      const json = `${JSON.stringify(article, null, 2)}\n`;
      if (update) writeFileSync(goldenPath, json);
      expect(existsSync(goldenPath), `${goldenPath} is missing: run UPDATE=1 npx vitest run test/golden.test.ts and review it`).toBe(true);
      expect(json).toBe(readFileSync(goldenPath, 'utf8'));
    });
  }
});
