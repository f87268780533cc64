import { describe, expect, it } from 'vitest';
import { benchWords, multisetOverlap, scoreAuthors, scoreBody, scorePublished, scoreTitle, shingles } from '../scripts/score';

describe('benchWords', () => {
  it('reads lowercased runs of letters and digits after NFKC', () => {
    // Fullwidth Ｈ and the ﬁ ligature fold under NFKC; the apostrophe and the dash split words.
    expect(benchWords('Ｈello, WORLD’s 2nd—ﬁrst test')).toEqual(['hello', 'world', 's', '2nd', 'first', 'test']);
  });
  it('reads letters of every script, composing a decomposed accent first', () => {
    expect(benchWords('Größe: «Привет», 東京!')).toEqual(['größe', 'привет', '東京']);
    expect(benchWords('cafe\u0301 noir')).toEqual(['café', 'noir']);
  });
  it('finds no words in punctuation or an empty text', () => {
    expect(benchWords(' — … ')).toEqual([]);
    expect(benchWords('')).toEqual([]);
  });
});

describe('shingles', () => {
  it('makes overlapping 4-word shingles', () => {
    expect(shingles(['a', 'b', 'c', 'd', 'e'])).toEqual(['a b c d', 'b c d e']);
    expect(shingles(['a', 'b', 'c', 'd'])).toEqual(['a b c d']);
  });
  it('makes one shingle of a text shorter than 4 words, none of an empty one', () => {
    expect(shingles(['a', 'b'])).toEqual(['a b']);
    expect(shingles([])).toEqual([]);
  });
});

describe('multisetOverlap', () => {
  it('counts an item as often as both sides hold it', () => {
    // shared: one 'a' and one 'b' = 2; P = 2/3, R = 2/4, F1 = 2·(2/3)(1/2) / (2/3 + 1/2) = 4/7.
    const overlap = multisetOverlap(['a', 'a', 'b'], ['a', 'b', 'b', 'c']);
    expect(overlap.precision).toBeCloseTo(2 / 3);
    expect(overlap.recall).toBeCloseTo(1 / 2);
    expect(overlap.f1).toBeCloseTo(4 / 7);
  });
  it('scores 1 when both are empty and 0 when only one is', () => {
    expect(multisetOverlap([], [])).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(multisetOverlap(['a'], [])).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(multisetOverlap([], ['a'])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('scores 0 when nothing is shared', () => {
    expect(multisetOverlap(['a'], ['b']).f1).toBe(0);
  });
});

describe('scoreBody', () => {
  it('scores by 4-word shingles and by single words', () => {
    // shingles: {one two three four, two three four five} vs {one two three four, two three four six} → 1 of 2 each side.
    // words: 4 of 5 shared each side.
    const { shingle, word } = scoreBody('One two three four five.', 'one, two, three, four, six');
    expect(shingle).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(word.f1).toBeCloseTo(0.8);
  });
  it('rewards keeping the story and penalises the residue kept with it', () => {
    // The gold's 7 words make 4 shingles; "Share this" adds "share this the cat" and "this the cat sat":
    // P = 4/6, R = 4/4, F1 = 2·(2/3)·1 / (2/3 + 1) = 4/5.
    const { shingle, word } = scoreBody('Share this\n\nThe cat sat on the mat today.', 'The cat sat on the mat today.');
    expect(shingle.precision).toBeCloseTo(4 / 6);
    expect(shingle.recall).toBe(1);
    expect(shingle.f1).toBeCloseTo(4 / 5);
    expect(word.precision).toBeCloseTo(7 / 9);
  });
  it('scores a short body as one shingle: all of it or nothing', () => {
    expect(scoreBody('Hello world', 'hello, world!').shingle.f1).toBe(1);
    expect(scoreBody('Hello', 'hello world').shingle.f1).toBe(0);
    expect(scoreBody('Hello', 'hello world').word.f1).toBeCloseTo(2 / 3);
  });
  it('scores an empty prediction of an empty gold as 1', () => {
    expect(scoreBody('', '').shingle.f1).toBe(1);
    expect(scoreBody('', 'a story').shingle.f1).toBe(0);
  });
});

describe('scoreTitle', () => {
  it('matches titles word for word, ignoring case and punctuation', () => {
    expect(scoreTitle('Hello, World!', 'hello world')).toBe(1);
    expect(scoreTitle('Hello World: Live', 'hello world')).toBe(0);
  });
  it('matches a missing title only with a gold title that has no words', () => {
    expect(scoreTitle(null, 'x')).toBe(0);
    expect(scoreTitle(null, '')).toBe(1);
  });
});

describe('scoreAuthors', () => {
  it('scores the F1 of normalised name sets', () => {
    // {jane doe, ap} vs {jane doe}: P = 1/2, R = 1, F1 = 2/3.
    expect(scoreAuthors(['Jane Doe', 'AP'], ['JANE DOE'])).toBeCloseTo(2 / 3);
  });
  it('counts a name given twice once, and drops names without words', () => {
    expect(scoreAuthors(['Jane Doe', 'jane doe.', '—'], ['Jane Doe'])).toBe(1);
  });
  it('scores 0 when no author is found for a gold that has some', () => {
    expect(scoreAuthors([], ['Jane Doe'])).toBe(0);
  });
});

describe('scorePublished', () => {
  it('compares the day of the date', () => {
    expect(scorePublished('2023-12-22T08:00:00Z', '2023-12-22')).toBe(1);
    expect(scorePublished('2023-12-21', '2023-12-22T01:00:00+02:00')).toBe(0);
    expect(scorePublished(null, '2023-12-22')).toBe(0);
  });
});
