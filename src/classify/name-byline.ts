import { isGenreByline, isNameLine, parseByline } from '../byline';
import { ROLE_ONLY, withoutGluedDesk } from '../byline/parse-byline';
import { labelsPhotoOf } from '../byline/dump-residue';
import type { Piece } from './piece';
import { hasWords } from './has-words';
import { AUTHOR_LABELS, WRITTEN_BY } from '../byline/author-labels';

/** How far from the headline (or the story's start, when lower) a byline without `By` is looked for, in lines no rule took. @internal */
export const NAME_SLACK = 6;
// A `By` (`Commentary by`) or an `Author` label on a line of its own, the names on the next.
/** A byline's label on a line of its own; exported for the ReDoS check. @internal */
export const BY_ALONE = new RegExp(String.raw`^(?:(?:written|words|reported|story|analysis|commentary|opinion|review|interview) )?(?:by|von|par|por|door|av|af|di|authors?|${AUTHOR_LABELS}|${WRITTEN_BY}|text[eo]?|tekst)(?: ?[-–—:])?$`, 'iu');
const AFFILIATION = / ?[|,] ?| [-–—] /u;
const NOT_LETTERS = /[^\p{L}'’.-]+/u;

/**
 * Gives the role `byline` to a line of names under the headline (`Claire Jackson`, `Kolumne von Carla Siepmann`), maybe below its standfirst, its date
 * and its photo, above the story.
 * @returns The index of the byline given, or -1.
 * @example
 * nameByline(pieces, title, title + NAME_SLACK); // 5: `Claire Jackson` under the headline at 3
 * @internal
 */
export function nameByline(pieces: readonly Piece[], title: number, until: number): number {
  let longLines = 0;
  let end = until;
  for (let index = title + 1; index < Math.min(end, pieces.length); index++) {
    const piece = pieces[index]!;
    // Lines the rules took (a photo's credit, a placeholder) do not use up the slack, up to as many again.
    if (piece.role !== null) {
      if (index >= until - NAME_SLACK && end < until + NAME_SLACK) end++;
      continue;
    }
    // Past the standfirst, a long line is the story, or a teaser or a caption between the headline and the story:
    // there only names over a journalist's role (`Jane Doe`, `Correspondent in Athens`) are the byline.
    // A wire agency or a desk is the byline over its role too (`SID`, `Nachrichtenagentur`): alone, it may be a photo's credit.
    const named = longLines > 1 ? isNameLine(piece.text) && overRole(pieces, index) : isNameLine(piece.text) || isGenreByline(piece.text) || (isDeskLine(piece.text) && overRole(pieces, index));
    if (named && !titlesPhoto(piece.text, pieces[index + 1])) {
      piece.role = 'byline';
      return index;
    }
    if (hasWords(piece.text, 12)) longLines++;
  }
  return -1;
}

// `Schriftsteller Mario Vargas Llosa` over `Mario Vargas Llosa, peruanischer Schriftsteller … | Foto: dpa`: names over a caption
// that says each of their words again are the photo's title, the story's subject.
function titlesPhoto(text: string, next: Piece | undefined): boolean {
  if (next?.role !== 'credit') return false;
  const words = new Set(next.text.split(NOT_LETTERS));
  return text.split(' ').every((word) => words.has(word));
}

function overRole(pieces: readonly Piece[], index: number): boolean {
  const next = pieces[index + 1];
  return next !== undefined && next.role === null && ROLE_ONLY.test(next.text);
}

/**
 * Whether the piece at `index` is a `By` or an `Author` label on a line of its own, above a line of names.
 * @example
 * isLoneBy(pieces, 4); // true for `By` above `Christian Holub`
 * @internal
 */
export function isLoneBy(pieces: readonly Piece[], index: number): boolean {
  const piece = pieces[index]!;
  const next = pieces[index + 1];
  // The names may carry their outlet (`Margaret Schmidt | The Jersey Journal`) or their desk glued on (`Jane DoeShowbiz Reporter`),
  // or be a desk (`BR24 Redaktion`).
  return piece.role === null && BY_ALONE.test(piece.text) && next?.role === null && (isNameLine(withoutGluedDesk(next.text.split(AFFILIATION)[0]!)) || isDesk(next.text));
}

/**
 * Whether a line names only wire agencies or desks (`dpa`, `BR24 Redaktion`).
 * @example
 * isDesk('dpa'); // true
 * @internal
 */
export function isDesk(text: string): boolean {
  const { authors } = parseByline(text);
  return authors.length > 0 && authors.every((author) => author.kind === 'organization');
}

const MAX_DESK_WORDS = 4;
const DOMAIN = /\.\p{L}{2,}$/u;
// Separators and joiners left once the names are taken off a line: `dpa/AFP`, `Reuters and AP`, `With News Wire Services`.
const JOINERS_ONLY = /^(?:[\s,&/|-]|and|und|et|y|with|mit|avec|con)*$/iu;

/**
 * Whether a line is nothing but desks or agencies (`IN-Redaktion`, `dpa/AFP`, `SID`): not a sentence that names one
 * (`Watch the latest video at video.example.com`), nor a link (`youtube.com`).
 * @example
 * isDeskLine('dpa/AFP'); // true
 * isDeskLine('Read more at example.com'); // false
 * @internal
 */
export function isDeskLine(text: string): boolean {
  const { authors } = parseByline(text);
  if (authors.length === 0 || authors.some((author) => author.kind !== 'organization' || author.name.split(' ').length > MAX_DESK_WORDS || DOMAIN.test(author.name))) return false;
  return JOINERS_ONLY.test(authors.reduce((rest, author) => rest.replace(author.name, ' '), text));
}

// A line that only joins two names: `,`, `&`, `and`.
const JOINER_ALONE = /^(?:[,;&]|and|und|et|y|e|og|och|en)$/iu;

/**
 * The index of the last line of names that run on from `index` over lines of their own comma (`Aaron Scott`, `,`, `Berly McCoy`),
 * each maybe under the label or the caption of its photo (`Headshot of Berly McCoy`, `Berly McCoy, photographed for NPR`).
 * @example
 * namesRunOn(pieces, 5); // 9: `Aaron Scott` at 5, `,`, `Berly McCoy`, `,`, `Rebecca Ramirez`
 * @internal
 */
export function namesRunOn(pieces: readonly Piece[], index: number): number {
  let end = underPhotoLabel(pieces, index);
  while (pieces[end + 1]?.role === null && JOINER_ALONE.test(pieces[end + 1]!.text)) {
    const name = underPhotoCaption(pieces, end + 2);
    if (pieces[name]?.role !== null || !isNameLine(pieces[name]!.text)) break;
    end = underPhotoLabel(pieces, name);
  }
  return end;
}

// The name under the caption of its photo at `index` (`Rebecca Ramirez, photographed for NPR, …`, `Rebecca Ramirez`), or `index`.
function underPhotoCaption(pieces: readonly Piece[], index: number): number {
  const caption = pieces[index];
  const next = pieces[index + 1];
  return caption?.role === 'credit' && next !== undefined && next.text.length > 0 && caption.text.startsWith(`${next.text},`) ? index + 1 : index;
}

// The name under the label of its photo at `index` (`Headshot of Berly McCoy`, `Berly McCoy`), or `index`.
function underPhotoLabel(pieces: readonly Piece[], index: number): number {
  const next = pieces[index + 1];
  return next?.role === null && labelsPhotoOf(pieces[index]!.text, next.text) ? index + 1 : index;
}
