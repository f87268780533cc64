import { isNameLine } from '../byline';
import { isDeskLine } from './name-byline';
import { headlineShape } from './find-head';
import type { Piece } from './piece';
import { nextWithText } from './with-text';

// Pages that sign the story under it put the byline right after its last paragraph, maybe past its date, a
// share bar or a row of tags; further down stand the boxes and teasers of the page.
const BELOW_REACH = 6;
const LEADING_DASH = /^[–—-] ?/u;
const SENTENCE_END = /[.!?…]["”’»)]?$/u;
const SMALL_LETTER = /\p{Ll}/u;
// A paragraph that is one quotation, from its opening mark to its closing one, is quoted, and the name under it its source (`“The
// only thing …”` over `– Edmund Burke`); a paragraph of the story quotes and then says who spoke (`“…,” she said. “…”`).
const QUOTATION = /^["“„«‘‚][^"“”„«»]*["”“»’]$/u;
// English writes its labels in title case (`Voting Results`, `Off Topic`), and German capitalises their nouns (`Letzte Meldungen`):
// there a bare line of names under the story is told from a label only by an author box's label above it. Other languages write
// labels in sentence case, and many sign a story with the bare name under its last paragraph (`Lê Phương`).
const TITLE_CASE_LABELS = new Set(['en', 'de']);

/**
 * The byline that signs the story under its last paragraph (`by Jane Doe`, a desk such as `IN-Redaktion`), with only lines the rules or the
 * dates took between; or the line of names under an author box's label (`About the author`), given the role `byline`.
 * @returns The index of the byline, or -1.
 * @example
 * bylineBelow(pieces, 2, 40, 'en'); // 42: `By Jane Doe` under the last paragraph at 40 and a share button at 41
 * @internal
 */
export function bylineBelow(pieces: readonly Piece[], first: number, last: number, language: string | null): number {
  if (last < first) return -1;
  let seen = 0;
  let label = false;
  for (let index = last + 1; index < pieces.length && seen < BELOW_REACH; index++) {
    const piece = pieces[index]!;
    // Below a comment marker, names are the readers'.
    if (piece.rule?.startsComments) return -1;
    if (piece.text.length === 0) continue;
    seen++;
    // Teasers under the story carry bylines too, one each: a signature is the page's last byline.
    if (piece.role === 'byline') return pieces.some((other, after) => after > index + 1 && other.role === 'byline') ? -1 : index;
    // Without a `By`, a line of names under the story is told from a label in title case (`Voting Results`,
    // `Google Play Store`) only by the author box's label above it.
    if (piece.role === null) {
      // …but a desk or an agency right under the last paragraph (`IN-Redaktion`, `dpa`) signs the story: no label is that.
      const signs = seen === 1 && (isDeskLine(piece.text) || isDashSignature(pieces, index, last) || (!TITLE_CASE_LABELS.has(language ?? 'en') && isBareSignature(pieces, first, index, last)));
      if (!(label && isNameLine(piece.text)) && !signs) return -1;
      piece.role = 'byline';
      return index;
    }
    label = piece.rule?.family === 'author-bio';
  }
  return -1;
}

// `– Benjamin Fearnow` right under a last paragraph that ends its sentence: the dash signs the story (the dash may be read as
// the line's bullet). Not the first of a list of names (`- Jane Doe`, `- John Roe`), nor names in capitals (`- BARACK OBAMA`),
// which sign an order or a letter that the story quotes; nor the name under a quotation, which says who said it.
function isDashSignature(pieces: readonly Piece[], index: number, last: number): boolean {
  const piece = pieces[index]!;
  if (!LEADING_DASH.test(piece.bullet ?? piece.text) || !SENTENCE_END.test(pieces[last]!.text) || QUOTATION.test(pieces[last]!.text) || !SMALL_LETTER.test(piece.text)) return false;
  const next = pieces[nextWithText(pieces, index)];
  return next?.bullet !== piece.bullet && isNameLine(piece.text.replace(LEADING_DASH, ''));
}

// `Lê Phương` right under a last paragraph that ends its sentence. Not the first of a list of names, nor the label over a list of
// teasers (`Ultime Notizie` over a headline), nor names in capitals, nor the name under a quotation (as for a dash signature), nor a
// line of the list that a bullet marks; nor a name the story speaks of (`Emmanuel Macron` as the first of the page's tags): a
// writer does not name themselves in their story.
function isBareSignature(pieces: readonly Piece[], first: number, index: number, last: number): boolean {
  const piece = pieces[index]!;
  if (piece.bullet !== null || !SENTENCE_END.test(pieces[last]!.text) || QUOTATION.test(pieces[last]!.text) || !SMALL_LETTER.test(piece.text)) return false;
  const next = pieces[nextWithText(pieces, index)];
  return isNameLine(piece.text) && !(next?.role === null && (isNameLine(next.text) || headlineShape(next) > 0)) && !namedIn(pieces, first, last, piece.text);
}

function namedIn(pieces: readonly Piece[], first: number, last: number, name: string): boolean {
  for (let index = first; index <= last; index++) if (pieces[index]!.text.includes(name)) return true;
  return false;
}
