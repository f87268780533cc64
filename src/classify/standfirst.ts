import type { Piece } from './piece';
import type { ProseClass } from './prose-score';

// A standfirst is a sentence or more; shorter lines under a headline are kickers, datelines and captions of a few words.
const MIN_STANDFIRST_WORDS = 12;
const ENDS_SENTENCE = /[.!?]["”’»]?$/u;

/**
 * The standfirst under the headline, above the article's span: the paragraph of prose right under the title, or
 * under the date line under it (`Kein Homeoffice, kein Auto. Inzwischen werden die ÖPNV-Streiks für einige Berufsgruppen zum existenziellen
 * Problem: …`), which tells the story in short and belongs to the body, though the page head stands around it.
 * @returns Its index, or -1 when the line under the title is no such paragraph.
 * @example
 * standfirstIndex(pieces, classes, span.first); // 7, under the headline at 6
 * @internal
 */
export function standfirstIndex(pieces: readonly Piece[], classes: readonly ProseClass[], first: number): number {
  let title = -1;
  for (let index = 0; index < first && title === -1; index++) if (pieces[index]!.role === 'title') title = index;
  if (title === -1) return -1;
  let next = title + 1;
  while (next < first && (pieces[next]!.text.length === 0 || pieces[next]!.role === 'date')) next++;
  const piece = pieces[next];
  if (next >= first || piece === undefined || piece.role !== null || classes[next] !== 'good') return -1;
  return piece.bullet === null && piece.words >= MIN_STANDFIRST_WORDS && ENDS_SENTENCE.test(piece.text) ? next : -1;
}
