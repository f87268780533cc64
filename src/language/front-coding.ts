/**
 * Expands a front-coded word list: each word led by a digit `n` starts with the first `n` letters of the word before it;
 * the digit also parts it from that word, so only a word that shares nothing needs a space before it.
 * @example
 * expandFrontCoded('ab2er1lle4m'); // 'ab aber alle allem'
 */
export function expandFrontCoded(list: string): string {
  let previous = '';
  return list
    .split(/ |(?=\d)/)
    .map((entry) => {
      const shared = /^\d/.test(entry) ? Number(entry[0]) : 0;
      previous = previous.slice(0, shared) + entry.slice(shared > 0 ? 1 : 0);
      return previous;
    })
    .join(' ');
}
