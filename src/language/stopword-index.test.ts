import { describe, expect, it } from 'vitest';
import { LANGUAGES, STOPWORD_INDEX, canonicalLanguage, languageMask, stopwordMaskAt } from './stopword-index';
import { wordScript } from './words';

const languagesOf = (word: string) => LANGUAGES.filter((language) => ((STOPWORD_INDEX.get(word) ?? 0) & languageMask(language)) !== 0);

describe('STOPWORD_INDEX', () => {
  it('maps a word to every language it is a stopword in', () => {
    expect(languagesOf('und')).toEqual(['de']);
    expect(languagesOf('de')).toEqual(expect.arrayContaining(['es', 'fr', 'nl', 'pt', 'ro', 'tr']));
    expect(languagesOf('что')).toEqual(['ru']);
    expect(languagesOf('है')).toEqual(['hi']);
    expect(languagesOf('home')).toEqual([]);
  });

  it('knows the Romanian words also under their cedilla spellings', () => {
    expect(languagesOf('și')).toEqual(['ro']);
    expect(languagesOf('şi')).toEqual(['ro']);
  });

  it('knows the Turkish words with their i lost to lowercasing in capitals: ARTIK, İÇİN', () => {
    expect(languagesOf('ARTIK'.toLowerCase())).toContain('tr');
    expect(languagesOf('İÇİN'.toLowerCase())).toContain('tr');
  });

  it('gives each language of LANGUAGES its own bit', () => {
    expect(LANGUAGES.length).toBeLessThanOrEqual(31);
    expect(LANGUAGES.map(languageMask)).toEqual(LANGUAGES.map((_, position) => 1 << position));
  });
});

describe('canonicalLanguage and languageMask', () => {
  it('reads language tags with a region and the two Norwegian standards', () => {
    expect(canonicalLanguage('pt-BR')).toBe('pt');
    expect(canonicalLanguage('EN_us')).toBe('en');
    expect(canonicalLanguage('nb')).toBe('no');
    expect(languageMask('nn')).toBe(languageMask('no'));
  });

  it('gives no bit to a language without a word list', () => {
    expect(languageMask('ja')).toBe(0);
    expect(languageMask('ar')).toBe(0);
  });
});

describe('stopwordMaskAt', () => {
  it('looks up the word at a span in any case, ASCII or not', () => {
    expect(stopwordMaskAt('So THE plan', 3, 6)).toBe(STOPWORD_INDEX.get('the'));
    expect(stopwordMaskAt('Что это', 0, 3)).toBe(STOPWORD_INDEX.get('что'));
    expect(stopwordMaskAt('a plan', 2, 6)).toBe(0);
    expect(stopwordMaskAt('the', 0, 2)).toBe(0);
  });
});

describe('the stopwords of the index', () => {
  it('are all written in a script of the word lists, so that only words in those scripts are looked up as stopwords', () => {
    const scripts = new Set(Array.from(STOPWORD_INDEX.keys(), (word) => wordScript(word, 0)));
    expect([...scripts].sort()).toEqual(['cyrillic', 'devanagari', 'latin']);
  });
});
