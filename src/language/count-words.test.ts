import { describe, expect, it } from 'vitest';
import { countWords } from './count-words';

describe('countWords', () => {
  it('counts a contraction, an abbreviation and a hyphenated name as one word each', () => {
    expect(countWords("He didn't visit the U.S. in 2019 -- or COVID-19 times.")).toBe(10);
    expect(countWords('')).toBe(0);
  });

  it('ends a word at a doubled or final joiner', () => {
    expect(countWords("rock--roll 'quoted' end.")).toBe(4);
  });

  it('reads letters and digits of every script, astral ones too', () => {
    expect(countWords('Путин заявил 𝟘 𠀀字 정부는')).toBe(5);
  });

  it('counts what the reader-word pattern matches', () => {
    const pattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
    for (const text of ["a.b.c. d'e'f ''g-.h", 'x\uD800y ’z’ 1.5.', 'é\u0301e Ⅻ ½ ١٢٣']) {
      expect(countWords(text)).toBe(text.match(pattern)?.length ?? 0);
    }
  });
});
