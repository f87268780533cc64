import type { Piece } from './piece';
import { AUTHOR_LABELS } from '../byline/author-labels';

// A label that names the author (`Autorin/Autor`, `Author:`, `Автор`), not the `By` that teasers carry too.
/** An author label at the start of a line; exported for the ReDoS check. @internal */
export const AUTHOR_LABEL = new RegExp(String.raw`^(?:authors?|${AUTHOR_LABELS})\b`, 'iu');

/**
 * The byline with an author label below the story, in the box of its facts (`Datum 28.04.2023`, `Autorin/Autor Roman Goncharenko`)
 * past the teasers, where the page has no other labelled byline, or prints the same one again.
 * @returns The index of the byline, or -1.
 * @example
 * labelledBylineBelow(pieces, 40); // 57: `Autorin/Autor Jane Doe` under the teasers that follow the story's end at 40
 * @internal
 */
export function labelledBylineBelow(pieces: readonly Piece[], last: number): number {
  let found = -1;
  for (let index = last + 1; index < pieces.length; index++) {
    const piece = pieces[index]!;
    // Below a comment marker, names are the readers'.
    if (piece.rule?.startsComments) return found;
    if (piece.role !== 'byline' || !AUTHOR_LABEL.test(piece.text)) continue;
    if (found === -1) found = index;
    else if (pieces[found]!.text !== piece.text) return -1;
  }
  return found;
}
