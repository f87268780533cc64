import { characterTest } from './character-test';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const isLetterOrDigit = characterTest(LETTER_OR_DIGIT);

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
