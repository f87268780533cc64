import { describe, expect, it } from 'vitest';
import { benchWords, multisetOverlap, scoreAuthors, scoreBody, scoreTitle, shingles } from '../scripts/score';

describe('benchmark metric', () => {
  it('reads words as lowercased runs of letters and digits after NFKC', () => {
    expect(benchWords('Ｈello, WORLD’s 2nd—test')).toEqual(['hello', 'world', 's', '2nd', 'test']);
  });
  it('makes 4-word shingles, one shingle for shorter texts', () => {
    expect(shingles(['a', 'b', 'c', 'd', 'e'])).toEqual(['a b c d', 'b c d e']);
    expect(shingles(['a', 'b'])).toEqual(['a b']);
    expect(shingles([])).toEqual([]);
  });
  it('scores multisets', () => {
    expect(multisetOverlap(['a', 'a', 'b'], ['a', 'b', 'b', 'c'])).toEqual({ precision: 2 / 3, recall: 2 / 4, f1: (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5) });
    expect(multisetOverlap([], []).f1).toBe(1);
    expect(multisetOverlap(['a'], []).f1).toBe(0);
  });
  it('scores a body by shingles and by words', () => {
    const { shingle, word } = scoreBody('one two three four five', 'one two three four six');
    expect(shingle.f1).toBeCloseTo(0.5);
    expect(word.f1).toBeCloseTo(0.8);
  });
  it('scores titles by their words and authors by name sets', () => {
    expect(scoreTitle('Hello, World!', 'hello world')).toBe(1);
    expect(scoreTitle(null, 'x')).toBe(0);
    expect(scoreAuthors(['Jane Doe', 'AP'], ['jane doe'])).toBeCloseTo(2 / 3);
  });
});
