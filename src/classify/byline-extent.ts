import { parseByline } from '../byline';
import type { Piece } from './piece';

/**
 * The first line of the byline at `index`: the names under a lone `By` belong to it, so the byline starts at the `By`.
 * @example
 * bylineStart(pieces, 5); // 4: `Aaron Scott` at 5 under its `By` at 4
 * @internal
 */
export function bylineStart(pieces: readonly Piece[], index: number): number {
  let start = index;
  while (start > 0 && pairedBy(pieces, start - 1)) start--;
  return start;
}

/**
 * The last line of the byline that starts at `index`: its last line of names.
 * @example
 * bylineEnd(pieces, 4); // 5: `Aaron Scott` at 5 under its `By` at 4
 * @internal
 */
export function bylineEnd(pieces: readonly Piece[], index: number): number {
  let end = index;
  while (pairedBy(pieces, end)) end++;
  return end;
}

/**
 * The lines of the byline from `start` to `end` with the bylines of the other authors stacked right above and under it: a page may
 * sign with one byline per author (`By —`, `Najib Jobain, Associated Press`, `By —`, `Samy Magdy, Associated Press`).
 * A byline that names the same authors again is the page's copy of it, and not taken.
 * @returns The first and the last line of the bylines.
 * @example
 * stackedBylines(pieces, 6, 7); // [4, 7]: `By —`, `Najib Jobain` above `By —`, `Samy Magdy`
 * @internal
 */
export function stackedBylines(pieces: readonly Piece[], start: number, end: number): [number, number] {
  if (start === -1) return [start, end];
  const names = new Set(namesOf(pieces, start, end));
  let first = start;
  while (pieces[first - 1]?.role === 'byline') {
    const above = bylineStart(pieces, first - 1);
    if (!takesNew(names, pieces, above, first - 1)) break;
    first = above;
  }
  let last = end;
  while (pieces[last + 1]?.role === 'byline') {
    const below = bylineEnd(pieces, last + 1);
    if (!takesNew(names, pieces, last + 1, below)) break;
    last = below;
  }
  return [first, last];
}

// Adds the names of the byline from `start` to `end` to `names` when it has names, none of them there yet.
function takesNew(names: Set<string>, pieces: readonly Piece[], start: number, end: number): boolean {
  const found = namesOf(pieces, start, end);
  if (found.length === 0 || found.some((name) => names.has(name))) return false;
  for (const name of found) names.add(name);
  return true;
}

function namesOf(pieces: readonly Piece[], start: number, end: number): string[] {
  const lines: string[] = [];
  for (let index = start; index <= end; index++) lines.push(pieces[index]!.text);
  return parseByline(lines.join(' ')).authors.map((author) => author.name);
}

function pairedBy(pieces: readonly Piece[], index: number): boolean {
  return pieces[index]?.pairedBy === true;
}
