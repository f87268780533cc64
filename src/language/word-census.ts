import { addWordEvidence, countHits, emptyEvidence, type Evidence } from './evidence';
import { LANGUAGES, canonicalLanguage, languageMask, stopwordMaskAt } from './stopword-index';
import type { StopwordCount } from './count-stopwords';
import { forEachWord } from './words';

/** What one pass over the words of a text tells: how many there are, which are stopwords of which language, and the evidence of its language. @internal */
export interface WordCensus {
  /** Every word of the text. */
  readonly words: number;
  /** Words that are stopwords of each language of the index, in bit order. */
  readonly stopwords: readonly number[];
  /** Words that are stopwords of any language. */
  readonly anyStopwords: number;
  /** What the language detector reads from the words. */
  readonly evidence: Evidence;
}

/**
 * Reads the words of a text once for all that is asked of them: the page's language and each block's stopwords in it.
 * @example
 * wordCensus('Die Regierung hat am Montag einen Plan vorgelegt.').words; // 8
 * @internal
 */
export function wordCensus(text: string): WordCensus {
  const evidence = emptyEvidence();
  const stopwords = LANGUAGES.map(() => 0);
  let words = 0;
  let anyStopwords = 0;
  forEachWord(text, (source, start, end) => {
    const mask = stopwordMaskAt(source, start, end);
    words++;
    if (mask !== 0) {
      anyStopwords++;
      countHits(stopwords, mask);
    }
    addWordEvidence(evidence, source, start, end, mask);
  });
  return { words, stopwords, anyStopwords, evidence };
}

/**
 * What `countStopwords(text, language)` counts, read from the text's census; null for Japanese, Chinese and Korean, which are not counted by words.
 * @example
 * censusStopwords(wordCensus('Die Regierung hat am Montag einen Plan vorgelegt.'), 'de'); // { words: 8, stopwords: 4 }
 * @internal
 */
export function censusStopwords(census: WordCensus, language: string | null): StopwordCount | null {
  if (language === null) return { words: census.words, stopwords: census.anyStopwords };
  const code = canonicalLanguage(language);
  if (code === 'ja' || code === 'zh' || code === 'ko') return null;
  const mask = languageMask(code);
  return { words: census.words, stopwords: mask === 0 ? 0 : (census.stopwords[31 - Math.clz32(mask)] ?? 0) };
}
