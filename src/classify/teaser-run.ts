import { headlineShape } from './find-head';
import type { Piece } from './piece';

// Teasers a run needs before it is told from a story's last sections, a subheading over a paragraph or two.
const MIN_TEASERS = 3;
// A teaser's standfirst is a sentence or two.
const MAX_STANDFIRST_WORDS = 60;
// A teaser's headline tells a story (`Blitzermarathon: Wo heute in Bayern kontrolliert wird`); a story's own
// subheadings over a paragraph each are labels of a few words (`Requests for money`, `Trust Your Intuition`).
const MIN_HEADLINE_WORDS = 5;
// A subheading is a line of a dozen words or so that is no sentence.
const MAX_SUBHEADING_WORDS = 14;
// Headlines and subheadings end in no stop, colon or comma: a line that does is a sentence, or runs on into the
// next (`Lesen Sie auch:`); a question mark a headline may have.
const ENDS_OR_RUNS_ON = /[.!:;,]["”’»«]?$/u;
// A teaser's kicker is its section, a word or three (`International`, `Motion og sundhed`).
const MAX_KICKER_WORDS = 3;
const KICKER = /^\p{Lu}[\p{L}\p{N}&' -]*$/u;

/**
 * Where a run of teasers ends the span: other stories' headlines, each over a standfirst of a sentence or
 * two (`Piloten verlängern Lufthansa-Streik – Schlichtung gescheitert`, `Die Streiks bei der Lufthansa gehen
 * weiter. …`), or each under its section's kicker (`International`, `Trumps bagmænd kommer fra Sydafrika. Og de
 * har hede drømme om Grønland`), at least three of them down to `last`. Pieces that already have a role (a share
 * bar, a credit) may stand between them.
 * @returns The index of the first teaser's headline, or -1.
 * @example
 * teaserRunStart(pieces, span.first, span.last); // 41: the headline of the first of four teasers under the story
 * @internal
 */
export function teaserRunStart(pieces: readonly Piece[], first: number, last: number): number {
  let teasers = 0;
  let start = -1;
  let index = previousOpen(pieces, last, first);
  while (index !== -1) {
    const headline = previousOpen(pieces, index - 1, first);
    if (headline === -1 || !isTeaser(pieces[headline]!, pieces[index]!)) break;
    teasers++;
    start = headline;
    index = previousOpen(pieces, headline - 1, first);
    // A full dump prints a teaser's headline twice, as the link of its picture and as its own: both are the teaser's.
    if (index !== -1 && pieces[index]!.text === pieces[headline]!.text) {
      start = index;
      index = previousOpen(pieces, index - 1, first);
    }
  }
  return teasers >= MIN_TEASERS && !inShortSections(pieces, first, start) ? start : -1;
}

// Whether the story above is cut into sections of one paragraph each, most of them (a digest: `BABA Booey` over a
// paragraph, `Apple Comms Breathing Easier Today` over another): then a run of them at its end is more of the story.
function inShortSections(pieces: readonly Piece[], first: number, end: number): boolean {
  let sections = 0;
  let short = 0;
  let paragraphs = -1;
  for (let index = first; index < end; index++) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    if (!isSubheading(piece)) {
      if (paragraphs !== -1) paragraphs++;
      continue;
    }
    if (paragraphs === 1) short++;
    if (paragraphs !== -1) sections++;
    paragraphs = 0;
  }
  if (paragraphs === 1) short++;
  if (paragraphs !== -1) sections++;
  return short >= 2 && short * 2 > sections;
}

// A headline over its standfirst, or a kicker over its headline.
function isTeaser(above: Piece, below: Piece): boolean {
  if (isStandfirst(below) && isTeaserHeadline(above)) return true;
  return isKicker(above) && below.bullet === null && below.words > MAX_KICKER_WORDS && below.words <= MAX_SUBHEADING_WORDS * 2 && !ENDS_OR_RUNS_ON.test(below.text);
}

function isKicker(piece: Piece): boolean {
  return piece.bullet === null && piece.words <= MAX_KICKER_WORDS && KICKER.test(piece.text);
}

function isSubheading(piece: Piece): boolean {
  return piece.words <= MAX_SUBHEADING_WORDS && !ENDS_OR_RUNS_ON.test(piece.text);
}

function previousOpen(pieces: readonly Piece[], from: number, first: number): number {
  // An empty piece (a bullet where a picture was) stands between a teaser's parts and holds nothing; a mark
  // (`***`, `* * *`) is a story's section break, which no teaser run has.
  for (let index = from; index >= first; index--) if (pieces[index]!.role === null && pieces[index]!.text.length > 0) return index;
  return -1;
}

function isStandfirst(piece: Piece): boolean {
  return piece.bullet === null && piece.words <= MAX_STANDFIRST_WORDS && !isHeadline(piece);
}

function isHeadline(piece: Piece): boolean {
  return headlineShape(piece) > 0 && !ENDS_OR_RUNS_ON.test(piece.text);
}

function isTeaserHeadline(piece: Piece): boolean {
  return piece.words >= MIN_HEADLINE_WORDS && isHeadline(piece);
}
