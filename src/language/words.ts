import { characterTest } from './character-test';
import { scriptOf, type Script } from './scripts';

// Letters with their combining marks, so that Hindi `है` (ह + the vowel sign ै) stays one word and
// French `l'État` gives the elided article `l` apart from `état`.
const WORD_CHARACTER = /^[\p{L}\p{M}]/u;
// Vietnamese and some CMS pages write accents as separate combining marks; the lists are composed (NFC).
const COMBINING_ACCENT = /[\u0300-\u036f]/;
// Lowercasing the Turkish capital `İ` (`İçin`, `İle`) leaves a combining dot above the `i`.
const DOTTED_I = /i\u0307/g;
// What a word-by-word lowercase would spell differently from a whole-text one: `İ` and the
// combining accents (composed across the whole text), and the Greek `Σ`, whose lowercase depends on
// what follows it (`ΟΔΟΣ` gives `οδος`, `ΟΔΟΣ's` gives `οδοσ`).
const CONTEXTUAL_CASE = /[\u0130\u03a3\u0300-\u036f]/;

/**
 * Calls `visit` with the span of each word of a text: a run of letters and marks, to be read with `lowercaseWord`.
 *
 * Words are found without copying them, so that counting the words of a long block costs no
 * allocation. `source` is the text itself, or its lowercased composed form when the text holds
 * characters whose lowercase depends on their neighbours. `hash` is the `asciiWordHash` of the word.
 * @example
 * forEachWord("L'État, İçin", (source, start, end) => words.push(lowercaseWord(source, start, end))); // words: ['l', 'état', 'için']
 * @internal
 */
export function forEachWord(text: string, visit: WordVisitor): void {
  const source = wordSource(text);
  forEachWordIn(source, 0, source.length, visit);
}

/**
 * What `forEachWord` reads the words of a text in: the text, or its lowercased composed form where it reads lowercased.
 * @example
 * wordSource('ΟΔΟΣ'); // 'οδος'
 * @internal
 */
export function wordSource(text: string): string {
  return readsLowercased(text) ? lowercaseComposed(text) : text;
}

/** What `forEachWord` calls with each word. @internal */
export type WordVisitor = (source: string, start: number, end: number, hash: number) => void;

/**
 * `forEachWord` over a span of a text that does not read lowercased, with the text itself as `source`.
 * @example
 * forEachWordIn('Home\nDie Regierung', 5, 18, visit); // visits `Die` and `Regierung`
 * @internal
 */
export function forEachWordIn(source: string, from: number, to: number, visit: WordVisitor): void {
  const cursor = wordCursor(source, from, to);
  while (nextWord(cursor)) visit(source, cursor.start, cursor.end, cursor.hash);
}

/**
 * The words of a span read one at a time: after each `nextWord`, the span and the hash of the word it found.
 * @example
 * const cursor: WordCursor = wordCursor('Two words', 0, 9); nextWord(cursor); // cursor.start 0, cursor.end 3
 * @internal
 */
export interface WordCursor {
  readonly source: string;
  readonly to: number;
  /** Where the search for the next word starts. */
  next: number;
  start: number;
  end: number;
  /** The `asciiWordHash` of the word, -1 for a word with other letters. */
  hash: number;
}

/**
 * A cursor before the first word of a span of a text that does not read lowercased: the loop of a caller that reads
 * every word of every block, as `forEachWordIn` does, without calling back for each word.
 * @example
 * const cursor = wordCursor('Die Regierung', 0, 13);
 * nextWord(cursor); // true, and cursor.start, cursor.end are 0, 3
 * @internal
 */
export function wordCursor(source: string, from: number, to: number): WordCursor {
  return { source, to, next: from, start: from, end: from, hash: -1 };
}

/**
 * Moves a cursor to its next word, a run of letters and marks; false when the span holds no more.
 * @example
 * while (nextWord(cursor)) words++;
 * @internal
 */
export function nextWord(cursor: WordCursor): boolean {
  const { source, to } = cursor;
  let start = -1;
  let hash = 0;
  let ascii = true;
  let index = cursor.next;
  for (; index < to; index++) {
    const code = source.charCodeAt(index);
    // The hash of an ASCII word is taken as its letters go by, so that looking it up reads it no more.
    if (isAsciiLetter(code)) {
      if (start < 0) start = index;
      hash = hashStep(hash, code);
      // The rest of its ASCII letters only add to the hash: they are read in a loop of their own.
      while (index + 1 < to && isAsciiLetter(source.charCodeAt(index + 1))) hash = hashStep(hash, source.charCodeAt(++index));
      continue;
    }
    const width = code < 0x80 ? 0 : wordCharacterWidth(source, index);
    if (width > 0) {
      if (start < 0) start = index;
      ascii = false;
      index += width - 1;
    } else if (start >= 0) {
      break;
    }
  }
  if (start < 0) return false;
  cursor.start = start;
  cursor.end = Math.min(index, to);
  cursor.hash = ascii ? hashSlot(hash) : -1;
  cursor.next = index + 1;
  return true;
}

/**
 * The bits of `asciiWordHash`: a table of `1 << ASCII_HASH_BITS` slots holds the ASCII stopwords.
 * @example
 * asciiWordHash('the', 0, 3) < 1 << ASCII_HASH_BITS; // true
 * @internal
 */
export const ASCII_HASH_BITS = 14;

/**
 * A hash of the ASCII letters at a span, the same in any case, or -1 for a word with other letters.
 * @example
 * asciiWordHash('The', 0, 3) === asciiWordHash('the', 0, 3); // true
 * asciiWordHash('été', 0, 3); // -1
 * @internal
 */
export function asciiWordHash(source: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code >= 0x80) return -1;
    hash = hashStep(hash, code);
  }
  return hashSlot(hash);
}

function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ (code | 0x20), 0x9e3779b1);
}

function hashSlot(hash: number): number {
  return hash >>> (32 - ASCII_HASH_BITS);
}

/**
 * Whether `forEachWord` reads a text through its lowercased, composed form, because the text holds characters whose lowercase depends on their neighbours; otherwise the words of a text are those of its parts.
 * @example
 * readsLowercased('ΟΔΟΣ'); // true
 * readsLowercased('Die Regierung'); // false
 * @internal
 */
export function readsLowercased(text: string): boolean {
  return CONTEXTUAL_CASE.test(text);
}

/**
 * The word at a span that `forEachWord` gave, lowercased as the stopword lists spell it.
 * @example
 * lowercaseWord('Die Regierung', 4, 13); // 'regierung'
 * @internal
 */
export function lowercaseWord(source: string, start: number, end: number): string {
  // Every character lowercases to letters and marks of the same length (İ aside, lowercased with
  // the whole text), so the lowercase of a word is the word of the lowercase text.
  const word = source.slice(start, end);
  return isLowercaseAscii(source, start, end) ? word : word.toLowerCase();
}

// Most words are already lowercase ASCII; `toLowerCase` would cost more than the look-up.
function isLowercaseAscii(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/**
 * The script of the word that starts at `start`, read from its first character lowercased, as the
 * lists spell it: the Hausa `Ɓ` is Latin, its lowercase `ɓ` lies among the IPA letters.
 * @example
 * wordScript('Ɓata', 0); // 'other'
 * @internal
 */
export function wordScript(source: string, start: number): Script {
  const code = source.charCodeAt(start);
  return scriptOf(code < 0x80 ? code : source.charAt(start).toLowerCase().charCodeAt(0));
}

function lowercaseComposed(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes('\u0307')) lower = lower.replace(DOTTED_I, 'i');
  return COMBINING_ACCENT.test(lower) ? lower.normalize('NFC') : lower;
}

/**
 * Whether a UTF-16 code unit is an ASCII letter, `A`–`Z` or `a`–`z`, told by one comparison.
 * @example
 * isAsciiLetter('Q'.charCodeAt(0)); // true
 * isAsciiLetter('@'.charCodeAt(0)); // false
 * @internal
 */
export function isAsciiLetter(code: number): boolean {
  // Setting the bit 0x20 lowercases a capital, and no other character lands among the lowercase letters.
  return ((code | 0x20) - 0x61) >>> 0 < 26;
}

const isWordCharacter = characterTest(WORD_CHARACTER);

// The code units of the letter or mark at `index` (2 for an astral one), or 0 for any other character.
function wordCharacterWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code >= 0xe000) return Number(isWordCharacter(code));
  // A surrogate: a high one starts an astral character, read whole.
  const isHighSurrogate = code < 0xdc00;
  const character = isHighSurrogate ? text.slice(index, index + 2) : text.charAt(index);
  return WORD_CHARACTER.test(character) ? character.length : 0;
}
