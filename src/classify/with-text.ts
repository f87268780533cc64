import type { Piece } from './piece';

// Blank pieces (an empty bullet where a picture was, a line of spaces) stand between a page's lines and hold nothing:
// the line that follows or precedes a block is the nearest one with text.

/**
 * The index of the first piece after `index` that holds text, or -1.
 * @example
 * nextWithText(pieces, 4); // 6 where piece 5 is an empty bullet
 * @internal
 */
export function nextWithText(pieces: readonly Piece[], index: number): number {
  for (let at = index + 1; at < pieces.length; at++) if (pieces[at]!.text.length > 0) return at;
  return -1;
}

/**
 * The index of the last piece before `index` that holds text, or -1.
 * @example
 * previousWithText(pieces, 6); // 4 where piece 5 is an empty bullet
 * @internal
 */
export function previousWithText(pieces: readonly Piece[], index: number): number {
  for (let at = index - 1; at >= 0; at--) if (pieces[at]!.text.length > 0) return at;
  return -1;
}
