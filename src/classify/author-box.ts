import { parseByline } from '../byline';
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
 * the author asks (`Jane Doe: Why now?`).
 * @example
 * startsWithAuthor('Jay Weaver writes about federal crime.', ['Jay Weaver']); // true
 * @internal
 */
export function startsWithAuthor(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    if (!text.startsWith(name)) continue;
    const next = text.charAt(name.length);
    if (next === '' || (next !== ':' && !/[\p{L}\p{N}]/u.test(next))) return true;
  }
  return false;
}

/**
 * Where the author's box starts under the story: the first block of the span from `from` to `last` that starts with
 * an author's name and has no more prose under it than a bio (`Gemma Lavender`, `Contributing expert`, `Gemma currently
 * works for the European Space Agency…`). A credit of the author's picture (`Lori Grunin/CNET`) has the story under it.
 * @returns The index of the box's first block, or -1.
 * @example
 * authorBoxStart(pieces, classes, ['Jay Weaver'], 12, 40); // 35: `Jay Weaver` over `305-376-3446` and the bio
 * @internal
 */
export function authorBoxStart(pieces: readonly Piece[], classes: readonly ProseClass[], names: readonly string[], from: number, last: number): number {
  let start = -1;
  let paragraphs = 0;
  for (let index = last; index >= from; index--) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    if (startsWithAuthor(piece.text, names)) start = index;
    else if (classes[index] === 'good' && ++paragraphs > MAX_BIO_PARAGRAPHS) break;
  }
  return start !== -1 && goodBetween(classes, from, start) >= MIN_STORY_PARAGRAPHS ? start : -1;
}

function goodBetween(classes: readonly ProseClass[], from: number, end: number): number {
  let count = 0;
  for (let index = from; index < end; index++) if (classes[index] === 'good') count++;
  return count;
}
