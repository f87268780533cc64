import type { Piece } from './piece';

/**
 * The text of the page's byline: its first block of role `byline`, joined with the lines of names that run on under it.
 * @example
 * bylineText(pieces); // 'By Aaron Scott , Berly McCoy' from `By`, `Aaron Scott`, `,`, `Berly McCoy`
 * @internal
 */
export function bylineText(pieces: readonly Piece[]): string | null {
  const first = pieces.findIndex((piece) => piece.role === 'byline');
  if (first === -1) return null;
  let text = pieces[first]!.text;
  for (let index = first + 1; pieces[index]?.role === 'byline'; index++) text += ` ${pieces[index]!.text}`;
  return text;
}
