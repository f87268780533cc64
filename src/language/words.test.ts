import { describe, expect, it } from 'vitest';
import { asciiWordHash, forEachWord, forEachWordIn, lowercaseWord, nextWord, wordCursor, wordScript } from './words';

const wordsOf = (text: string) => {
  const words: string[] = [];
  forEachWord(text, (source, start, end) => words.push(lowercaseWord(source, start, end)));
  return words;
};

describe('forEachWord and lowercaseWord', () => {
  it('gives the lowercased runs of letters and marks, an elided article apart', () => {
    expect(wordsOf("L'État, İçin")).toEqual(['l', 'état', 'için']);
    expect(wordsOf('है, 2019 — 𐐀𐐁')).toEqual(['है', '𐐨𐐩']);
  });

  it('lowercases and composes with the whole text what depends on it: İ, decomposed accents, final Σ', () => {
    expect(wordsOf('Theo bác sĩ'.normalize('NFD'))).toEqual(['theo', 'bác', 'sĩ']);
    expect(wordsOf("ΟΔΟΣ ΟΔΟΣ's")).toEqual(['οδος', 'οδοσ', 's']);
  });
});

describe('wordScript', () => {
  it('reads the script of the lowercased first letter', () => {
    expect(wordScript('Die', 0)).toBe('latin');
    expect(wordScript('Ɓata', 0)).toBe('other');
    expect(wordScript('x Путин', 2)).toBe('cyrillic');
  });
});

describe('forEachWordIn', () => {
  it('gives the words of a span with the hash of each ASCII word, -1 for the others', () => {
    const spans: [number, number, number][] = [];
    forEachWordIn('Home\nDie Straße', 5, 15, (_source, start, end, hash) => spans.push([start, end, hash]));
    expect(spans).toEqual([[5, 8, asciiWordHash('die', 0, 3)], [9, 15, -1]]);
  });
});

describe('wordCursor and nextWord', () => {
  it('step through the words of a span, an astral letter whole, the last one cut at the span end', () => {
    const cursor = wordCursor('Home\nDie 𐐀x, Straße', 5, 18);
    const spans: [number, number, number][] = [];
    while (nextWord(cursor)) spans.push([cursor.start, cursor.end, cursor.hash]);
    expect(spans).toEqual([[5, 8, asciiWordHash('die', 0, 3)], [9, 12, -1], [14, 18, asciiWordHash('stra', 0, 4)]]);
    expect(nextWord(cursor)).toBe(false);
  });
});
