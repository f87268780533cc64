import { flatCopy } from './flat-copy';

// White space, control and format characters (NUL, zero-width, bidi marks, BOM) are what the
// contract calls invisible: blocks need not cover them, and block text drops them.
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}]/u;
const SILENT_RUN = /[^\P{Cc}\t\n\v\f\r\u0085]+|\p{Cf}+/gu;
// Runs of white space but not a single space, which needs no replacing: a block of prose has one
// between every two words.
const SPACE_RUN = /\p{White_Space}{2,}|[^\P{White_Space} ]/gu;

/**
 * Whether the UTF-16 code unit at `index` starts a visible character (anything but white space, control and format characters).
 * @example
 * isVisibleAt('a\u200Bb', 1); // false
 */
export function isVisibleAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isCommonVisible(code)) return true;
  if (code < 0x80) return false;
  // Surrogates are visible: a pair is an astral character, a lone one is kept rather than lost.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return !INVISIBLE.test(text[index]!);
}

/**
 * A block's text from its source: runs of white space become one space, control and format characters go, ends are trimmed.
 * @example
 * cleanText('  Print\u00A0Friendly,\r\n PDF\u200B & Email '); // 'Print Friendly, PDF & Email'
 */
export function cleanText(source: string): string {
  if (hasInvisible(source)) return flatCopy(source.replace(SILENT_RUN, '').replace(SPACE_RUN, ' ').trim());
  // With spaces the only white space and nothing to drop, what is left to fold is runs of spaces (`said.  The`).
  return flatCopy(source.replace(SPACES, ' ').trim());
}

const SPACES = / {2,}/g;
// A code unit that `isCommonVisible` does not know (the same ranges, and the space): the regular expression
// engine skips the common characters several times faster than a loop by character code.
const UNCOMMON = /[^\x20-\x7e\u00a1-\u00ac\u00ae-\u024f\u0370-\u052f\u0900-\u097f\u2010-\u2027\u2030-\u205e\u2070-\u2bff\u3001-\ud7ff]/;
// The invisible characters but the space, the one invisible character among the common ones.
const INVISIBLE_BUT_SPACE = /[^\P{White_Space} ]|[\p{Cc}\p{Cf}]/u;

// Whether a text holds white space other than the space, or a control or format character: most hold none,
// and only a text with uncommon characters (a page in Arabic or Thai, an emoji) faces the test of visibility,
// in one pass rather than one test for each of them.
function hasInvisible(source: string): boolean {
  return UNCOMMON.test(source) && INVISIBLE_BUT_SPACE.test(source);
}

/**
 * Whether a UTF-16 code unit is one of the visible characters most texts are made of: printable
 * ASCII, Latin-1 and Latin Extended letters and signs (not the soft hyphen), Greek, Cyrillic,
 * Devanagari, the punctuation, currency signs and symbols of `‐` to `⯿` (not the spaces and format
 * characters among them), and the Chinese, Japanese and Korean blocks from `、` to Hangul. False
 * says nothing: the character may be visible too.
 * @example
 * isCommonVisible('’'.charCodeAt(0)); // true
 * isCommonVisible(0xad); // false, the soft hyphen is a format character
 * @internal
 */
export function isCommonVisible(code: number): boolean {
  if (code < 0x80) return code > 0x20 && code !== 0x7f;
  if (code <= 0x52f) return code >= 0xa1 && code !== 0xad && (code <= 0x24f || code >= 0x370);
  if (code < 0x2010) return code >= 0x900 && code <= 0x97f;
  return code <= 0x2027 || (code >= 0x2030 && code <= 0x205e) || (code >= 0x2070 && code <= 0x2bff) || (code >= 0x3001 && code <= 0xd7ff);
}

/**
 * The offset in `source` of the character that `cleanText(source.slice(from, to))` puts at `textIndex`.
 * @example
 * sourceOffset('a \u200Bb', 0, 4, 2); // 3
 */
export function sourceOffset(source: string, from: number, to: number, textIndex: number): number {
  let produced = 0;
  let pendingSpace = false;
  let started = false;
  for (let index = from; index < to; index++) {
    if (isVisibleAt(source, index)) {
      if (pendingSpace) produced++;
      pendingSpace = false;
      if (produced >= textIndex) return index;
      produced++;
      started = true;
    } else if (started && isSpaceAt(source, index)) {
      pendingSpace = true;
    }
  }
  return to;
}

/**
 * `sourceOffset` found from the end of the source: the same offset where `textLength` is the length of `cleanText(source.slice(from, to))`,
 * read in as many steps as the text holds after `textIndex`, for residue at the end of a long line.
 * @example
 * sourceOffsetFromEnd('a \u200Bb', 0, 4, 2, 3); // 3
 */
export function sourceOffsetFromEnd(source: string, from: number, to: number, textIndex: number, textLength: number): number {
  let after = 0;
  let pendingSpace = false;
  let found = to;
  for (let index = to - 1; index >= from; index--) {
    if (isVisibleAt(source, index)) {
      if (pendingSpace) after++;
      pendingSpace = false;
      // The first visible character at or past `textIndex` is the last one met, walking back, before the text falls under it.
      if (textLength - 1 - after < textIndex) return found;
      found = index;
      after++;
    } else if (found !== to && isSpaceAt(source, index)) {
      pendingSpace = true;
    }
  }
  return found;
}

const SPACE = /\p{White_Space}/u;

// The space and the line breaks are most of the invisible characters of a line: told by their code, not by a test of
// a one-character string made for each.
function isSpaceAt(source: string, index: number): boolean {
  const code = source.charCodeAt(index);
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code >= 0x80 && SPACE.test(source[index]!);
}
