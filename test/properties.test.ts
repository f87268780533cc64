import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeed, segment, stripBoilerplate } from '../src/index';
import { anyBytes, anyText, seedText } from './support/arbitraries';
import { expectLossless, expectSoundArticle } from './support/invariants';

const now = new Date('2026-01-01T00:00:00Z');
const RUNS = 2000;
const settings = { seed: 42, numRuns: RUNS };

describe('properties (fast-check, 2,000 runs each, seed 42)', () => {
  it('parseSeed of any string is schema-valid, lossless, and its positions slice the input', () => {
    fc.assert(fc.property(anyText, (text) => expectSoundArticle(text, parseSeed(text, { now }))), settings);
  });

  it('parseSeed of any bytes is schema-valid and lossless over the decoded text', () => {
    fc.assert(fc.property(anyBytes, (bytes) => expectSoundArticle(bytes, parseSeed(bytes, { now }))), settings);
  });

  it('parseSeed is deterministic', () => {
    fc.assert(fc.property(seedText, (text) => {
        expect(parseSeed(text, { now })).toEqual(parseSeed(text, { now }));
      }), settings);
  });

  it('stripBoilerplate keeps all of its own text', () => {
    fc.assert(
      fc.property(seedText, (text) => {
        const first = stripBoilerplate(text, { now });
        const second = stripBoilerplate(first.text, { now });
        expect(second.removed).toEqual([]);
        expect(second.text).toBe(first.text);
      }),
      settings,
    );
  });

  it('segment is lossless on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const blocks = segment(text).map((block) => ({ ...block, role: 'body' as const, type: 'paragraph' as const }));
        expectLossless(text, blocks);
      }),
      settings,
    );
  });

  it('maxLength leaves the rest as one unparsed block and an issue, losing nothing', () => {
    fc.assert(
      fc.property(seedText, fc.integer({ min: 0, max: 120 }), (text, maxLength) => {
        const article = parseSeed(text, { now, maxLength });
        expectSoundArticle(text, article);
        const tooLong = text.length > maxLength;
        expect(article.issues.some((issue) => issue.code === 'too_long')).toBe(tooLong);
        if (tooLong) expect(article.blocks.at(-1)!.role).toBe('unparsed');
      }),
      settings,
    );
  });
});
