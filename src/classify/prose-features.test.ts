import { describe, expect, it } from 'vitest';
import { proseFeatures } from './prose-features';
import { wordCensus } from '../language/word-census';

const readerWords = (text: string) => proseFeatures(text, null).readerWords;

describe('proseFeatures', () => {
  it('counts a contraction, an abbreviation and a hyphenated name as one reader word each', () => {
    expect(readerWords("He didn't visit the U.S. in 2019 -- or COVID-19 times.")).toBe(10);
    expect(readerWords('')).toBe(0);
  });

  it('ends a reader word at a doubled or final joiner', () => {
    expect(readerWords("rock--roll 'quoted' end.")).toBe(4);
  });

  it('reads letters and digits of every script, astral ones too', () => {
    expect(readerWords('Путин заявил 𝟘 𠀀字 정부는')).toBe(5);
  });

  it('counts the reader words the reader-word pattern matches', () => {
    const pattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
    for (const text of ["a.b.c. d'e'f ''g-.h", 'x\uD800y ’z’ 1.5.', 'é\u0301e Ⅻ ½ ١٢٣', 'Visit www.example.com: 3 links, @handle.']) {
      expect(readerWords(text)).toBe(text.match(pattern)?.length ?? 0);
    }
  });

  it('reads the same features from a census as from the text', () => {
    const text = 'The U.S. council met on Tuesday. See www.example.com or write to @council!';
    expect(proseFeatures(text, 'en', wordCensus(text))).toEqual(proseFeatures(text, 'en'));
  });
});
