/** The writing systems the language detector tells apart, by Unicode block; `other` is every other block. */
export type Script = 'latin' | 'cyrillic' | 'devanagari' | 'hangul' | 'kana' | 'han' | 'other';

/**
 * The script of a UTF-16 code unit, from the Unicode block it lies in.
 *
 * Only the first code unit is needed: the supplementary Han ideographs (surrogate pairs) are rare
 * in news text, and counting them as `other` changes no decision.
 * @example
 * scriptOf('の'.charCodeAt(0)); // 'kana'
 * scriptOf('ế'.charCodeAt(0)); // 'latin'
 */
export function scriptOf(code: number): Script {
  if (code < 0x0250) return 'latin';
  if (code < 0x0400) return 'other';
  if (code < 0x0530) return 'cyrillic';
  if (code >= 0x0900 && code < 0x0980) return 'devanagari';
  if (code >= 0x1100 && code < 0x1200) return 'hangul';
  // Latin Extended Additional: the Vietnamese letters with two diacritics, `ế`, `ộ`, `ữ`.
  if (code >= 0x1e00 && code < 0x1f00) return 'latin';
  if (code >= 0x3040 && code < 0x3100) return 'kana';
  if (code >= 0x3130 && code < 0x3190) return 'hangul';
  if (code >= 0x3400 && code < 0x4dc0) return 'han';
  if (code >= 0x4e00 && code < 0xa000) return 'han';
  if (code >= 0xac00 && code < 0xd7b0) return 'hangul';
  if (code >= 0xf900 && code < 0xfb00) return 'han';
  // Half-width katakana, still met in older Japanese pages.
  if (code >= 0xff66 && code < 0xffa0) return 'kana';
  return 'other';
}
