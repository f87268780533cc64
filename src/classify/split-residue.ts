import type { Segment } from '../model/schemas';
import { cleanText, isVisibleAt, sourceOffset, sourceOffsetFromEnd } from '../normalize/visible';
import type { CompiledRules } from '../rules/compile-rules';
import { matchInlineRule } from '../rules/match-rules';
import { censusBefore, type WordCensus } from '../language/word-census';
import type { Piece } from './piece';

/**
 * Turns segments into pieces, splitting residue off the edge of a line (`… he said. Featured image via Flickr`) as a piece of its own;
 * a piece that is a whole segment keeps the segment's census, when `censuses` holds one for each segment.
 * @example
 * splitResidue(text, segment(text), rules).length; // one more than the segments when a line ends in residue
 * @internal
 */
export function splitResidue(text: string, segments: readonly Segment[], rules: CompiledRules, censuses?: readonly WordCensus[]): Piece[] {
  const pieces: Piece[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const match = segment.text.length > 0 ? matchInlineRule(rules, segment.text, 'body') : null;
    if (!match || (match.start === 0 && match.end === segment.text.length)) {
      const piece = newPiece(segment.position.start, segment.position.end, segment.text, segment.bullet, segment.depth, censuses?.[index] ?? null);
      if (match) piece.rule = match.rule;
      pieces.push(piece);
      continue;
    }
    const contentStart = contentOffset(text, segment);
    const cut = cutOffset(text, contentStart, segment, match.start === 0 ? match.end : match.start);
    const left = trimEnd(text, segment.position.start, cut);
    const right = trimStart(text, cut, segment.position.end);
    const firstText = cleanText(text.slice(contentStart, left));
    const census = match.start === 0 ? null : leftCensus(censuses?.[index], firstText);
    const first = newPiece(segment.position.start, left, firstText, segment.bullet, segment.depth, census);
    const second = newPiece(right, segment.position.end, cleanText(text.slice(right, segment.position.end)), null, 0);
    (match.start === 0 ? first : second).rule = match.rule;
    pieces.push(first, second);
  }
  return pieces;
}

/**
 * A piece that nothing has classified yet.
 * @example
 * newPiece(0, 5, 'Hello', null, 0).role; // null
 * @internal
 */
export function newPiece(start: number, end: number, text: string, bullet: string | null, depth: number, census: WordCensus | null = null): Piece {
  return { start, end, text, bullet, depth, role: null, type: 'paragraph', rule: null, classifier: null, score: 0, words: 0, creditKind: null, census };
}

// Where a line's text holds as many characters as its source, cleaning folded none away and an offset in the one is
// the same in the other; a long line is then not walked to find its cut. Otherwise the cut is found from the nearer
// end: residue at the end of a long paragraph is a few words, the paragraph before it thousands of characters.
function cutOffset(text: string, contentStart: number, segment: Segment, textIndex: number): number {
  if (segment.position.end - contentStart === segment.text.length) return contentStart + textIndex;
  if (textIndex > segment.text.length / 2) return sourceOffsetFromEnd(text, contentStart, segment.position.end, textIndex, segment.text.length);
  return sourceOffset(text, contentStart, segment.position.end, textIndex);
}

// The census of the line before the residue at its end, from the line's census, where that census reads the same text.
function leftCensus(census: WordCensus | undefined, firstText: string): WordCensus | null {
  if (census === undefined || !census.source.startsWith(firstText, census.start)) return null;
  return censusBefore(census, firstText.length);
}

function contentOffset(text: string, segment: Segment): number {
  if (segment.bullet === null) return segment.position.start;
  return trimStart(text, segment.position.start + segment.bullet.length, segment.position.end);
}

function trimStart(text: string, from: number, to: number): number {
  let index = from;
  while (index < to && !isVisibleAt(text, index)) index++;
  return index;
}

function trimEnd(text: string, from: number, to: number): number {
  let index = to;
  while (index > from && !isVisibleAt(text, index - 1)) index--;
  return index;
}
