import { characterTest } from './character-test';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const isLetterOrDigit = characterTest(LETTER_OR_DIGIT);

/**
 * The words of a text as a reader counts them: runs of letters and digits, joined by apostrophes, periods and hyphens.
 *
 * The count of the matches of `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`, read in one pass without copying a word.
 * @example
 * countWords("He didn't visit the U.S. in 2019 -- or COVID-19 times."); // 10
 * @internal
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  let afterJoiner = false;
  for (let index = 0; index < text.length; ) {
    const width = letterOrDigitWidth(text, index);
    if (width > 0) {
      if (!inWord && !afterJoiner) words++;
      inWord = true;
      afterJoiner = false;
      index += width;
      continue;
    }
    // A joiner continues the word only when a letter or digit follows it: `--` and a final `.` end it.
    afterJoiner = inWord && isJoiner(text.charCodeAt(index));
    inWord = false;
    index++;
  }
  return words;
}

// Inside a word, an apostrophe (`'`, `’`), a period or a hyphen joins: `don't`, `U.S.`, `COVID-19` are one word each.
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

/**
 * The code units of the letter or digit at `index` (2 for an astral one), or 0 for any other character: a step of `[\p{L}\p{N}]` read without a regular expression.
 * @example
 * letterOrDigitWidth('a𝐀', 1); // 2
 * @internal
 */
export function letterOrDigitWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  if (code < 0xd800 || code >= 0xe000) return Number(isLetterOrDigit(code));
  const character = String.fromCodePoint(text.codePointAt(index)!);
  return LETTER_OR_DIGIT.test(character) ? character.length : 0;
}
