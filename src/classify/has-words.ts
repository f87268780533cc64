/**
 * Whether a text has at least `count` words between its spaces (`text.split(' ').length >= count`), counted without splitting it.
 * @example
 * hasWords('The council met on Tuesday', 5); // true
 * @internal
 */
export function hasWords(text: string, count: number): boolean {
  let words = 1;
  for (let space = text.indexOf(' '); space !== -1 && words < count; space = text.indexOf(' ', space + 1)) words++;
  return words >= count;
}
