import type { Piece } from './piece';
import { labelsPhotoOf } from '../byline/dump-residue';

/**
 * The text of the page's byline: its first block of role `byline`, joined with the lines of names that run on under it,
 * without the labels of their photos.
 * @example
 * bylineText(pieces); // 'By Aaron Scott , Berly McCoy' from `By`, `Aaron Scott`, `,`, `Headshot of Berly McCoy`, `Berly McCoy`
 * @internal
 */
export function bylineText(pieces: readonly Piece[]): string | null {
  const first = pieces.findIndex((piece) => piece.role === 'byline');
  if (first === -1) return null;
  let text = pieces[first]!.text;
  for (let index = first + 1; pieces[index]?.role === 'byline'; index++) {
    const next = pieces[index + 1];
    if (next?.role !== 'byline' || !labelsPhotoOf(pieces[index]!.text, next.text)) text += ` ${pieces[index]!.text}`;
  }
  return text;
}
