// Letters with their combining marks, so that Hindi `है` (ह + the vowel sign ै) stays one word and
// French `l'État` gives the elided article `l` apart from `état`.
const WORD = /[\p{L}\p{M}]+/gu;
// Vietnamese and some CMS pages write accents as separate combining marks; the lists are composed (NFC).
const COMBINING_ACCENT = /[\u0300-\u036f]/;
// Lowercasing the Turkish capital `İ` (`İçin`, `İle`) leaves a combining dot above the `i`.
const DOTTED_I = /i\u0307/g;

/**
 * The words of a text as the stopword lists spell them: lowercased, composed, letters and marks only.
 * @example
 * lowercaseWords("L'État, İçin"); // ['l', 'état', 'için']
 * @internal
 */
export function lowercaseWords(text: string): string[] {
  let lower = text.toLowerCase();
  if (lower.includes('\u0307')) lower = lower.replace(DOTTED_I, 'i');
  if (COMBINING_ACCENT.test(lower)) lower = lower.normalize('NFC');
  return lower.match(WORD) ?? [];
}
