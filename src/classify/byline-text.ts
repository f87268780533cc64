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
  return joinBylineParts(bylineParts(pieces));
}

/**
 * The byline's text from the bylines it stacks, or null when there are none.
 * @example
 * joinBylineParts(['By — Najib Jobain', 'By — Samy Magdy']); // 'By — Najib Jobain By — Samy Magdy'
 * @internal
 */
export function joinBylineParts(parts: readonly string[]): string | null {
  return parts.length === 0 ? null : parts.join(' ');
}

/**
 * The page's byline as the bylines it stacks, one per author (`By — Najib Jobain`, `By — Samy Magdy`); most pages have one.
 * @example
 * bylineParts(pieces); // ['By — Najib Jobain, Associated Press', 'By — Samy Magdy, Associated Press']
 * @internal
 */
export function bylineParts(pieces: readonly Piece[]): string[] {
  const first = pieces.findIndex((piece) => piece.role === 'byline');
  if (first === -1) return [];
  const parts = [pieces[first]!.text];
  for (let index = first + 1; pieces[index]?.role === 'byline' || isCaptionAmongNames(pieces[index]); index++) {
    const piece = pieces[index]!;
    if (piece.role === 'credit') continue;
    const next = pieces[index + 1];
    if (next?.role === 'byline' && labelsPhotoOf(piece.text, next.text)) continue;
    // A lone `By` after a byline's last line of names starts the next author's byline.
    if (piece.pairedBy === true && pieces[index - 1]!.pairedBy !== true) parts.push(piece.text);
    else parts[parts.length - 1] += ` ${piece.text}`;
  }
  return parts;
}

// The caption of an author's photo between the names of a byline (`Rebecca Ramirez, photographed for NPR, …`): no part of its text.
function isCaptionAmongNames(piece: Piece | undefined): boolean {
  return piece?.role === 'credit' && piece.pairedBy === true;
}
