import { describe, expect, it } from 'vitest';
import { parseSeed } from '../src/index';
import { expectSoundArticle } from './support/invariants';

const now = new Date('2026-01-01T00:00:00Z');
// Each parses well under a second; the bound is generous so that a loaded machine cannot flake it.
// The 16×-for-at-most-24× scaling check lives in `npm run fuzz`, where timing ratios belong.
const BOUND_MS = 5000;

/** Hostile inputs of the issue, each about a megabyte or more. */
export const HOSTILE_INPUTS: Record<string, () => string> = {
  'a 1 MB single line': () => 'word '.repeat(200_000),
  '100,000 blank lines': () => '\n'.repeat(100_000),
  '200,000 words on one line': () => 'news '.repeat(200_000),
  '50,000 bullet lines': () => '  • Share this story\n'.repeat(50_000),
  '20,000 repeated bylines': () => 'By Jane Doe and AP\n\n'.repeat(20_000),
  '1 MB of NUL': () => '\u0000'.repeat(1 << 20),
  '1 MB of bullets with no spaces': () => '•'.repeat(1 << 20),
  'a 1 MB line of URLs': () => 'http://example.com/a '.repeat(50_000),
  '10,000 nested bullets': () => Array.from({ length: 10_000 }, (_, index) => `${' '.repeat(index % 40)}• item ${index}`).join('\n'),
  '100,000 CR line breaks': () => 'Line\r'.repeat(100_000),
};

describe('hostile inputs', () => {
  for (const [name, make] of Object.entries(HOSTILE_INPUTS)) {
    it(`parses ${name} in time and loses nothing`, () => {
      const input = make();
      const started = performance.now();
      const article = parseSeed(input, { now });
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
      expectSoundArticle(input, article);
    });
  }
});
