import { CHINESE_FUNCTION_CHARACTERS, JAPANESE_PARTICLES, isKoreanFunctionWord } from './particles';
import { scriptOf, type Script } from './scripts';
import { LANGUAGES } from './stopword-index';
import { lowercaseWord, wordScript } from './words';

// A Han character or a Hangul syllable weighs about as much as three Latin letters.
const SYLLABLE_WEIGHT = 3;

/** What the language detector gathers from the words of a text; the evidence of two texts adds up. @internal */
export interface Evidence {
  /** Letters of each script; Han, kana and Hangul characters weighted by SYLLABLE_WEIGHT. */
  readonly letters: Record<Script, number>;
  /** Stopword hits of each language of the index, in bit order. */
  readonly hits: number[];
  /** Words written in a script of the word lists (Latin, Cyrillic, Devanagari). */
  listWords: number;
  /** Korean words that are or end with a function word. */
  koreanHits: number;
  /** Japanese particles among the Han and kana characters. */
  japaneseHits: number;
  /** Chinese function characters among them. */
  chineseHits: number;
}

// Every block starts an evidence of its own: copying a packed array of zeros costs less than filling a new one, which
// V8 would also keep as an array with holes.
const NO_HITS: readonly number[] = LANGUAGES.map(() => 0);

/**
 * The evidence of a text without words, to add words or texts to.
 * @example
 * emptyEvidence().listWords; // 0
 * @internal
 */
export function emptyEvidence(): Evidence {
  return {
    letters: { latin: 0, cyrillic: 0, devanagari: 0, hangul: 0, kana: 0, han: 0, other: 0 },
    hits: NO_HITS.slice(),
    listWords: 0,
    koreanHits: 0,
    japaneseHits: 0,
    chineseHits: 0,
  };
}

/**
 * Adds a word at a span of `forEachWord` to the evidence: its letters by script and, in a script of the word lists, the languages of `mask` (its `stopwordMaskAt`).
 * @example
 * addWordEvidence(evidence, 'und', 0, 3, stopwordMaskAt('und', 0, 3)); // evidence.listWords + 1
 * @internal
 */
export function addWordEvidence(evidence: Evidence, source: string, start: number, end: number, mask: number): void {
  const script = wordScript(source, start);
  if (script === 'latin' || script === 'cyrillic' || script === 'devanagari') {
    addListLetters(evidence.letters, script, end - start);
    evidence.listWords++;
    countHits(evidence.hits, mask);
  } else if (script === 'hangul') {
    evidence.letters.hangul += (end - start) * SYLLABLE_WEIGHT;
    if (isKoreanFunctionWord(lowercaseWord(source, start, end))) evidence.koreanHits++;
  } else if (script === 'kana' || script === 'han') {
    countCharacters(evidence, lowercaseWord(source, start, end));
  } else {
    evidence.letters.other += end - start;
  }
}

/**
 * `addWordEvidence` for a word of ASCII letters, which is Latin, by its length.
 * @example
 * addAsciiWordEvidence(evidence, 3, stopwordMaskAt('und', 0, 3)); // evidence.listWords + 1
 * @internal
 */
export function addAsciiWordEvidence(evidence: Evidence, length: number, mask: number): void {
  evidence.letters.latin += length;
  evidence.listWords++;
  if (mask !== 0) countHits(evidence.hits, mask);
}

/**
 * Adds the evidence of another text to `total`, or with `sign` -1 takes away that of a part of it.
 * @example
 * addEvidence(total, wordCensus(block).evidence);
 * @internal
 */
export function addEvidence(total: Evidence, part: Evidence, sign: 1 | -1 = 1): void {
  for (const script in part.letters) total.letters[script as Script] += sign * part.letters[script as Script];
  // A page adds the evidence of each of its blocks: a callback per language would cost more than the sums.
  for (let position = 0; position < part.hits.length; position++) total.hits[position] = (total.hits[position] ?? 0) + sign * part.hits[position]!;
  total.listWords += sign * part.listWords;
  total.koreanHits += sign * part.koreanHits;
  total.japaneseHits += sign * part.japaneseHits;
  total.chineseHits += sign * part.chineseHits;
}

/**
 * Counts one hit for each language whose bit is set in a stopword mask.
 * @example
 * countHits(hits, 0b101); // one more hit for the languages of bits 0 and 2
 * @internal
 */
export function countHits(hits: number[], mask: number): void {
  let rest = mask;
  while (rest !== 0) {
    const lowest = rest & -rest;
    const position = 31 - Math.clz32(lowest);
    hits[position] = (hits[position] ?? 0) + 1;
    rest ^= lowest;
  }
}

// Each script's count is named, not looked up by the script's name: a property named by a variable
// costs a search by name on every word.
function addListLetters(letters: Record<Script, number>, script: 'latin' | 'cyrillic' | 'devanagari', count: number): void {
  if (script === 'latin') letters.latin += count;
  else if (script === 'cyrillic') letters.cyrillic += count;
  else letters.devanagari += count;
}

// A run of Han and kana mixes both (`東京都の小池知事は`), so each character counts on its own.
function countCharacters(evidence: Evidence, word: string): void {
  for (const character of word) {
    const script = scriptOf(character.charCodeAt(0));
    if (script === 'kana' || script === 'han') evidence.letters[script] += SYLLABLE_WEIGHT;
    if (JAPANESE_PARTICLES.has(character)) evidence.japaneseHits++;
    if (CHINESE_FUNCTION_CHARACTERS.has(character)) evidence.chineseHits++;
  }
}
