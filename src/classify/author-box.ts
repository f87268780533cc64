import { parseByline } from '../byline';
import { bioSubject } from './head-bio';
import type { Piece } from './piece';
import type { ProseClass } from './prose-score';

// Paragraphs of prose the story has above the author's box.
const MIN_STORY_PARAGRAPHS = 2;
// Paragraphs of prose an author box holds under the author's name: a bio of a paragraph or two
// (`Will is a crypto expert from The United Kingdom…`, `Beginning his career as a journalist…`).
const MAX_BIO_PARAGRAPHS = 2;

/**
 * The names of the people who signed the article, as its byline gives them, that are told apart from other words: two words or more.
 * @example
 * bylineNames('By Jay Weaver and AP'); // ['Jay Weaver']
 * @internal
 */
export function bylineNames(byline: string | null): string[] {
  if (byline === null) return [];
  return parseByline(byline)
    .authors.filter((author) => author.kind === 'person' && author.name.includes(' '))
    .map((author) => author.name);
}

/**
 * Whether a block starts with the name of one of the article's authors: below the story's start, that is the author's box
 * (`Jay Weaver`, `Michael Natale is the news editor for…`, `Kaitlyn McCormick writes about…`) or a credit of a picture
 * the author took (`Lori Grunin/CNET`); a story does not name its own writer. Not a question of an interview that
 * the author asks (`Jane Doe: Why now?`), nor a sentence of the story about a person of that name (`Jane Doe told the council …`).
 * @example
 * startsWithAuthor('Jay Weaver writes about federal crime.', ['Jay Weaver']); // true
 * @internal
 */
export function startsWithAuthor(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    if (!text.startsWith(name)) continue;
    const next = text.charAt(name.length);
    if (next === '' || (next !== ':' && !/[\p{L}\p{N}]/u.test(next))) return !reportsOn(text, name);
  }
  return false;
}

// A sentence of the story that has the name for its subject and is no bio (`Jane Roe told the council …`): the byline read may be
// the name of the story's subject (a caption of that person's photo), which the story speaks of.
function reportsOn(text: string, name: string): boolean {
  return /^ \p{Ll}/u.test(text.slice(name.length, name.length + 2)) && bioSubject(text) !== name;
}

/**
 * Where the author's box starts under the story: the first block of the span from `from` to `last` that starts with
 * an author's name and has no more prose under it than a bio (`Gemma Lavender`, `Contributing expert`, `Gemma currently
 * works for the European Space Agency…`), or is itself a bio in the story's second half (`Charlie Savage writes about
 * national security…`, over a box of the site's other stories). A credit of the author's picture (`Lori Grunin/CNET`)
 * has the story under it.
 * @returns The index of the box's first block, or -1.
 * @example
 * authorBoxStart(pieces, classes, ['Jay Weaver'], 12, 40); // 35: `Jay Weaver` over `305-376-3446` and the bio
 * @internal
 */
export function authorBoxStart(pieces: readonly Piece[], classes: readonly ProseClass[], names: readonly string[], from: number, last: number): number {
  let after = 0;
  for (let index = from; index <= last; index++) if (classes[index] === 'good' && pieces[index]!.role === null) after++;
  let before = 0;
  for (let index = from; index <= last; index++) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    const good = classes[index] === 'good';
    if (good) after--;
    if (before >= MIN_STORY_PARAGRAPHS && startsWithAuthor(piece.text, names) && (after <= MAX_BIO_PARAGRAPHS || (good && before > after && isAboutAuthor(piece.text, names)))) return index;
    if (good) before++;
  }
  return -1;
}

// A bio whose subject is the author (`Charlie Savage writes about…`, `Jay Weaver is…`), not a credit under a picture the author
// took, which may run on into its caption (`Matthew N. Wells / The Daily World Jade Black poses…`), nor a paragraph of the story
// that reports what a person of that name did (`Jane Roe told the council …`), where the byline read was the name of the story's subject.
function isAboutAuthor(text: string, names: readonly string[]): boolean {
  const subject = bioSubject(text);
  return subject !== undefined && names.includes(subject);
}
