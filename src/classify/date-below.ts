import { hasPublishedLabel } from '../dates';
import type { Piece } from './piece';

// Pages that give the publication date under the story put it right after its last paragraph, maybe past a share bar.
const BELOW_REACH = 3;

/**
 * The labelled date line right under the story's last paragraph (`Publisert: 05.08.24 kl. 14:47`, `Datum 28.04.2023`), for a
 * page whose head has no date; a bare date there may be a teaser's. Past the teasers, the box of the story's facts dates
 * it beside the byline found there (`signed`, below `last`).
 * @returns The index of the date line, or -1.
 * @example
 * dateBelow(pieces, 40); // 42: `Publisert: 05.08.24 kl. 14:47` under the last paragraph at 40 and a share button at 41
 * dateBelow(pieces, 40, 57); // 56: `Datum 28.04.2023` over `Autorin/Autor Jane Doe` in the box of facts under the teasers
 * @internal
 */
export function dateBelow(pieces: readonly Piece[], last: number, signed = -1): number {
  const under = dateUnder(pieces, last);
  if (under !== -1 || signed <= last) return under;
  for (const beside of [signed - 1, signed + 1]) if (isLabelledDate(pieces[beside])) return beside;
  return -1;
}

function dateUnder(pieces: readonly Piece[], last: number): number {
  let seen = 0;
  for (let index = last + 1; index < pieces.length && seen < BELOW_REACH; index++) {
    const piece = pieces[index]!;
    if (piece.rule?.startsComments) return -1;
    if (piece.text.length === 0) continue;
    seen++;
    if (piece.role === 'date') return isLabelledDate(piece) ? index : -1;
  }
  return -1;
}

function isLabelledDate(piece: Piece | undefined): boolean {
  return piece?.role === 'date' && hasPublishedLabel(piece.text);
}
