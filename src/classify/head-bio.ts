import type { Piece } from './piece';

// `Lauren Manaker is an award-winning registered dietitian …`, `Sherri Gordon, CLC is a certified professional life coach …`,
// `Naandika covers startups, tech, corporate and human interest stories.`: a bio opens with its subject's name, maybe with
// letters after it, and tells what the writer is, covers or has done. Each name is bounded, which keeps the search linear.
const BIO_OPENING = /^(\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,2})(?:,(?: [\p{Lu}][\p{L}.]{0,9},?){1,4})? (?:is|has (?:been|written|covered|worked|reported|more than|over|a|an)|covers|writes|reports|joined|holds|specializes|specialises)\b/u;
// A story reports speech; a bio does not (`Mary Jones is a former reporter at the paper, and she says …`).
const SPEECH = /\b(?:says|said|told|tells)\b/u;
const MAX_BIO_LENGTH = 1200;
// The byline stands right above the bio, or a few lines of its names and credentials above it; buttons
// matched by rules (a share bar) and blank lines may stand between them and are not counted.
const BIO_REACH = 6;
// `By`, `Fact checked by Nick Blackmer`, `Reviewed by Jane Doe, MD`: a line of the head that credits a person, its label
// first; a headline may end in a `by` too (`Road map outlined by Riot Games`), above a story that opens with the name.
const CREDITS_PERSON = /^(?:[\p{L}-]+ ){0,3}by(?: |$)/iu;
const MAX_CREDIT_LINE = 80;
const BY_SPELLINGS = ['by', 'By', 'BY', 'bY'];
const LETTER = /\p{L}/u;
// `Mr. Healy is the deputy Opinion editor.` under `By Patrick Healy`: a page that gives its writers a title names them by it and
// the surname alone, which the byline holds.
const TITLE = /^(?:Mr|Ms|Mrs|Dr|Prof)\.? (?=\p{Lu})/u;

/**
 * The name a paragraph opens with when it reads as a bio of that person (`Charlie Savage writes about national security …`), or
 * undefined: a story reports what its people do or say (`Jane Roe told the council …`).
 * @example
 * bioSubject('Sherri Gordon, CLC is a certified professional life coach.'); // 'Sherri Gordon'
 * bioSubject('Jane Roe told the council on Monday that she would not stand again.'); // undefined
 * @internal
 */
export function bioSubject(text: string): string | undefined {
  const name = BIO_OPENING.exec(text)?.[1];
  return name === undefined || SPEECH.test(text) ? undefined : name;
}

/**
 * The undecided pieces that are the bio of the writer or the fact checker a byline right above names (`Charlie Hall is Polygon’s
 * tabletop editor.` under `By Charlie Hall`): the author box of the page head, which reads like the first paragraph of the story.
 * @example
 * headBios(pieces); // [5] for `Sherri Gordon, CLC is a certified professional life coach …` under `By` and `Sherri Gordon`
 * @internal
 */
export function headBios(pieces: readonly Piece[]): number[] {
  const found: number[] = [];
  // Lines that could credit a writer are rare: a paragraph is read as a bio only within reach of one, which spares the
  // pattern on the rest of the page.
  let sinceCredit = BIO_REACH;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (sinceCredit < BIO_REACH && piece.role === null && isHeadBio(pieces, index)) found.push(index);
    if (piece.rule !== null || piece.text.length === 0) continue;
    sinceCredit = creditsWriter(piece) ? 0 : sinceCredit + 1;
  }
  return found;
}

function isHeadBio(pieces: readonly Piece[], index: number): boolean {
  const text = pieces[index]!.text;
  if (text.length > MAX_BIO_LENGTH) return false;
  const name = bioSubject(text)?.replace(TITLE, '');
  if (name === undefined) return false;
  let seen = 0;
  for (let back = index - 1; back >= 0 && seen < BIO_REACH; back--) {
    const piece = pieces[back]!;
    if (piece.rule !== null || piece.text.length === 0) continue;
    seen++;
    if (creditsWriter(piece) && hasName(piece.text, name)) return true;
  }
  return false;
}

// A byline may run on with its dates (`By Naandika Tripathi, Forbes India Staff Published: Dec 22, 2023 …`); another line credits a person in a few words.
// Most short lines of a page hold no `by` at all: looking for it first spares them the pattern.
function creditsWriter(piece: Piece): boolean {
  if (piece.role === 'byline') return true;
  const text = piece.text;
  return text.length <= MAX_CREDIT_LINE && BY_SPELLINGS.some((by) => text.includes(by)) && CREDITS_PERSON.test(text);
}

// The name as words of the line, not inside longer ones (`Mark` is not in `By Markus Braun`).
function hasName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(at + name.length))) return true;
  }
  return false;
}
