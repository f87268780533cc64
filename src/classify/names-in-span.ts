import { isNameLine } from '../byline';
import { headlineShape } from './find-head';
import { hasWords } from './has-words';
import type { Piece } from './piece';

// How many undecided lines under the names may stand above the story's first paragraph: a caption, a player's buttons.
// Lines the rules took (a photo's credit, a player's time) are looked past without counting.
const STORY_REACH = 4;
// A row of teasers: two lines at least above the headline.
const ROW = 3;
const STARTS_WITH_LETTER = /^\p{L}/u;
const SMALL_LETTER = /\p{Ll}/u;

/**
 * Gives the role `byline` to a line of names right under a line shaped like a headline, between the start of the span of
 * prose and `until`, with the story under it: where a row of teasers without standfirsts opens the span, the names tell
 * which of the lines is the article's headline (`Radek Nohl` under it).
 * @returns The index of the byline given, or -1.
 * @example
 * namesInSpan(pieces, 96, 108); // 103: `Radek Nohl` under the headline at 102, a paragraph at 105
 * @internal
 */
export function namesInSpan(pieces: readonly Piece[], first: number, until: number): number {
  let underHeadline = isHeadline(pieces[first]!);
  for (let index = first + 1; index < Math.min(until, pieces.length); index++) {
    const piece = pieces[index]!;
    const headline = isHeadline(piece);
    // A line that is no headline, under another that is none, is the story: a heading and names further down are its own.
    if (piece.role === null && !headline && !underHeadline) return -1;
    if (index >= first + ROW && piece.role === null && underHeadline && isPlainNameLine(piece.text) && storyUnder(pieces, index)) {
      piece.role = 'byline';
      return index;
    }
    underHeadline = headline;
  }
  return -1;
}

function isHeadline(piece: Piece): boolean {
  return piece.role === null && headlineShape(piece) > 0;
}

// Names as a byline writes them, not a quote's attribution (`—Cole Porter`) or a verdict in capitals (`PROBABLY FALSE`).
function isPlainNameLine(text: string): boolean {
  return STARTS_WITH_LETTER.test(text) && SMALL_LETTER.test(text) && isNameLine(text);
}

function storyUnder(pieces: readonly Piece[], index: number): boolean {
  let seen = 0;
  for (let next = index + 1; next < pieces.length && seen < STORY_REACH; next++) {
    const piece = pieces[next]!;
    if (piece.role !== null) continue;
    if (hasWords(piece.text, 12)) return true;
    seen++;
  }
  return false;
}
