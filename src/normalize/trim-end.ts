/**
 * `text` without the characters at its end that `isTrailing` accepts: a linear loop, where a
 * `/[…]+$/` regular expression would retry from every position of a long run.
 * @example
 * trimEndWhere('Share this: ', (char) => /[\s:]/.test(char)); // 'Share this'
 */
export function trimEndWhere(text: string, isTrailing: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && isTrailing(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}
