const SPACES = /\s+/gu;
// What folding changes: white space other than a single space, or a run of spaces.
const UNFOLDED = /[^\S ]| {2}/u;

/**
 * A line with each run of white space as one space.
 *
 * Most lines already hold single spaces only: they are returned as they are, without replacing
 * every space by a space, which would copy the line.
 * @example
 * foldSpaces('By  Jane\u00A0Doe'); // 'By Jane Doe'
 * @internal
 */
export function foldSpaces(line: string): string {
  return UNFOLDED.test(line) ? line.replace(SPACES, ' ') : line;
}
