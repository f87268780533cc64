import { describe, expect, it } from 'vitest';
import { parseSeed } from '../src/index';
import { HOSTILE_INPUTS } from './hostile-inputs';
import { expectSoundArticle } from './support/invariants';

const now = new Date('2026-01-01T00:00:00Z');
// Each parses well under a second; the bound is generous so that a loaded machine cannot flake it.
// The 16×-for-at-most-24× scaling check lives in `npm run fuzz`, where timing ratios belong.
const BOUND_MS = 5000;


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
