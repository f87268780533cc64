import type { Piece } from './piece';

// The story's lead: its first few paragraphs, past the head.
const LEAD_PIECES = 4;
const PARAGRAPH_WORDS = 12;
const STEM_LENGTH = 5;
const CONTENT_WORD = /[\p{L}\p{N}]{4,}/gu;

/**
 * The content words (stems) of the first paragraphs still undecided from `first` on: what a headline would name.
 * @example
 * leadWords(pieces, span.first).has('bridg'); // true when the story is about a bridge
 * @internal
 */
export function leadWords(pieces: readonly Piece[], first: number): Set<string> {
  const words = new Set<string>();
  let taken = 0;
  for (let index = first; index < pieces.length && taken < LEAD_PIECES; index++) {
    const piece = pieces[index]!;
    if (piece.role !== null || !hasWords(piece.text, PARAGRAPH_WORDS)) continue;
    for (const word of piece.text.toLowerCase().match(CONTENT_WORD) ?? []) words.add(stem(word));
    taken++;
  }
  return words;
}

/**
 * The share of a line's content words that the lead uses, from 0 to 1.
 * @example
 * overlap('Council delays the bridge budget', leadWords(pieces, first)); // 0.75
 * @internal
 */
export function overlap(text: string, lead: ReadonlySet<string>): number {
  const words = text.toLowerCase().match(CONTENT_WORD);
  if (!words || lead.size === 0) return 0;
  return words.filter((word) => lead.has(stem(word))).length / words.length;
}

// Whether a text has at least `count` words between its spaces, counted without splitting it.
function hasWords(text: string, count: number): boolean {
  let words = 1;
  for (let space = text.indexOf(' '); space !== -1 && words < count; space = text.indexOf(' ', space + 1)) words++;
  return words >= count;
}

// Inflected forms share their start (`Kühltürme`, `Kühltürmen`; `recalls`, `recall`).
const stem = (word: string) => word.slice(0, STEM_LENGTH);
