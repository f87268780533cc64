/**
 * Expands a front-coded word list: a word led by a digit `n` is the word before it less its last `n` letters, then the
 * letters after the digit; the digit also parts it from that word, so only a word that shares nothing needs a space before it.
 * @example
 * expandFrontCoded('ab0er3lle0m1n'); // 'ab aber alle allem allen'
 */
export function expandFrontCoded(list: string): string {
  let previous = '';
  return list
    .split(/ |(?=\d)/)
    .map((entry) => {
      if (!/^\d/.test(entry)) return (previous = entry);
      previous = previous.slice(0, previous.length - Number(entry[0])) + entry.slice(1);
      return previous;
    })
    .join(' ');
}
