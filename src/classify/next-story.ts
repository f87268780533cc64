import { isNameLine } from '../byline';
import { headlineShape } from './find-head';
import type { Piece } from './piece';
import type { ProseClass } from './prose-score';

// Paragraphs of prose the article has before another story's head can end it.
const MIN_PARAGRAPHS = 2;
// How far above its byline or date the next story's headline stands (`Tori Otten/` may be between).
const HEADLINE_REACH = 3;
const ENDS_SENTENCE = /[.!?:;,]["”’»]?$/u;

/**
 * Where the next story starts inside the span, when the page runs on into it (infinite scroll, a
 * list of teasers): a headline followed by a byline, or by a date line shaped like the article's own
 * (`date`, its index), after the article's own prose.
 * @returns The index of the next story's headline, or -1.
 * @example
 * nextStoryStart(pieces, articleByline + 1, span.last, classes); // 28: `It’s Not the University President’s Job…` above `Tori Otten/`, `December 21, 2023`
 * @internal
 */
export function nextStoryStart(pieces: readonly Piece[], from: number, last: number, classes: readonly ProseClass[], date = -1): number {
  let paragraphs = 0;
  let counts: Map<string, number> | null = null;
  const dateShape = date === -1 ? null : lineShape(pieces[date]!.text);
  for (let index = from; index <= last; index++) {
    if (classes[index] === 'good') paragraphs++;
    if (paragraphs < MIN_PARAGRAPHS || !(isByline(pieces, index) || isDateLike(pieces[index]!, dateShape))) continue;
    const headline = headlineAbove(pieces, index, from);
    if (headline === -1) continue;
    counts ??= textCounts(pieces);
    // A widget of teasers inside the article (`Most popular`) repeats down the page; the next story does not.
    if (counts.get(pieces[headline]!.text) === 1) return headline;
  }
  return -1;
}

// A story's byline, or its date under a line of names (`Tori Otten/`, `December 21, 2023/9:43 p.m. ET`).
function isByline(pieces: readonly Piece[], index: number): boolean {
  const piece = pieces[index]!;
  if (piece.role === 'byline') return true;
  return piece.role === 'date' && index > 0 && pieces[index - 1]!.role === null && isNameLine(pieces[index - 1]!.text);
}

// A page that runs on into the next story heads it as it headed the article: a date line of the same
// shape (`December 21, 2023/8:51 p.m. ET` under `December 21, 2023/9:43 p.m. ET`) is the next story's.
function isDateLike(piece: Piece, shape: string | null): boolean {
  return shape !== null && piece.role === 'date' && lineShape(piece.text) === shape;
}

// The shape of a line: its digits all alike, so that two dates of one format read the same.
function lineShape(text: string): string {
  return text.replace(/\d/gu, '0');
}

function textCounts(pieces: readonly Piece[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const piece of pieces) counts.set(piece.text, (counts.get(piece.text) ?? 0) + 1);
  return counts;
}

function headlineAbove(pieces: readonly Piece[], meta: number, from: number): number {
  for (let above = meta - 1; above >= Math.max(from, meta - HEADLINE_REACH); above--) {
    const piece = pieces[above]!;
    if (piece.role !== null || isNameLine(piece.text)) continue;
    return headlineShape(piece) > 0 && !ENDS_SENTENCE.test(piece.text) ? above : -1;
  }
  return -1;
}
