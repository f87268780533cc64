import { addAsciiWordEvidence, addEvidence, addWordEvidence, emptyEvidence, type Evidence } from './evidence';
import { canonicalLanguage, languageMask, stopwordMaskAt } from './stopword-index';
import type { StopwordCount } from './count-stopwords';
import { forEachWordIn, nextWord, wordCursor, wordSource } from './words';

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
  /** Where the text was read: it is `source.slice(start, end)`, a flat copy of a page or the text itself, for the classifier to read the text's tokens there. */
  readonly source: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the words of a text once for all that is asked of them: the page's language and each block's stopwords in it.
 * @example
 * wordCensus('Die Regierung hat am Montag einen Plan vorgelegt.').words; // 8
 * @internal
 */
export function wordCensus(text: string): WordCensus {
  const source = wordSource(text);
  const census = spanCensus(source, 0, source.length);
  return source === text ? census : { ...census, source: text, end: text.length };
}

/**
 * `wordCensus` of a span of a text that does not read lowercased (`readsLowercased`): a block of a page read within the page's text.
 * @example
 * spanCensus('Home\nDie Regierung hat am Montag einen Plan vorgelegt.', 5, 54).words; // 8
 * @internal
 */
export function spanCensus(source: string, from: number, to: number): WordCensus {
  const evidence = emptyEvidence();
  let words = 0;
  let anyStopwords = 0;
  // Every word of every block passes here: a loop over a cursor spares a call back for each.
  const cursor = wordCursor(source, from, to);
  while (nextWord(cursor)) {
    const { start, end, hash } = cursor;
    const mask = stopwordMaskAt(source, start, end, hash);
    words++;
    if (mask !== 0) anyStopwords++;
    // An ASCII word is Latin: its letters are counted without asking their script.
    if (hash >= 0) addAsciiWordEvidence(evidence, end - start, mask);
    else addWordEvidence(evidence, source, start, end, mask);
  }
  // Every stopword is written in a script of the word lists, so the evidence counts the hits of every word.
  return { words, stopwords: evidence.hits, anyStopwords, evidence, source, start: from, end: to };
}

/**
 * The census of the start of a census's text, up to `length` characters, read from the census less the words after
 * it: residue split off the end of a long line (`… a year older.Featured image via X`) leaves the line's words but a few
 * to count again. Null where the cut falls inside a word.
 * @example
 * censusBefore(wordCensus('He left.Featured image via Flickr'), 8)?.words; // 2
 * @internal
 */
export function censusBefore(census: WordCensus, length: number): WordCensus | null {
  const cut = census.start + length;
  if (cut > census.end || splitsWord(census.source, cut)) return null;
  const after = spanCensus(census.source, cut, census.end);
  const evidence = emptyEvidence();
  addEvidence(evidence, census.evidence);
  addEvidence(evidence, after.evidence, -1);
  return { words: census.words - after.words, stopwords: evidence.hits, anyStopwords: census.anyStopwords - after.anyStopwords, evidence, source: census.source, start: census.start, end: cut };
}

// Whether a word runs across an offset; a character of two code units is read whole within two units on each side.
function splitsWord(source: string, at: number): boolean {
  let splits = false;
  forEachWordIn(source, Math.max(0, at - 2), Math.min(source.length, at + 2), (_source, start, end) => {
    if (start < at && end > at) splits = true;
  });
  return splits;
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
