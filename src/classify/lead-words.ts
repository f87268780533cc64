import type { Piece } from './piece';
import { letterOrDigitWidth } from '../language/count-words';
import { hasWords } from './has-words';

// The story's lead: its first few paragraphs, past the head.
const LEAD_PIECES = 4;
const PARAGRAPH_WORDS = 12;
const STEM_LENGTH = 5;
const CONTENT_WORD_LENGTH = 4;

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
    forEachStem(piece.text.toLowerCase(), (stem) => words.add(stem));
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
  let words = 0;
  let named = 0;
  forEachStem(text.toLowerCase(), (stem) => {
    words++;
    if (lead.has(stem)) named++;
  });
  return words === 0 || lead.size === 0 ? 0 : named / words;
}

// The stem of each content word of a lowercased text, a run of four or more letters or digits (what
// `[\p{L}\p{N}]{4,}` matches), read in place: inflected forms share their start (`Kühltürme`,
// `Kühltürmen`; `recalls`, `recall`).
function forEachStem(text: string, visit: (stem: string) => void): void {
  let start = 0;
  let characters = 0;
  for (let index = 0; index < text.length; ) {
    const width = letterOrDigitWidth(text, index);
    if (width > 0) {
      if (characters === 0) start = index;
      characters++;
      index += width;
      continue;
    }
    if (characters >= CONTENT_WORD_LENGTH) visit(text.slice(start, Math.min(start + STEM_LENGTH, index)));
    characters = 0;
    index++;
  }
  if (characters >= CONTENT_WORD_LENGTH) visit(text.slice(start, Math.min(start + STEM_LENGTH, text.length)));
}
