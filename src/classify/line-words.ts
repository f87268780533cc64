/**
 * The words of a line, counted only up to just past `most`: callers compare the count with `most` or less,
 * and a paragraph need not be read to its end. Japanese and Chinese write no spaces between words; there a
 * word is about two characters.
 * @example
 * lineWords('Town votes on new bridge', 30); // 5
 * lineWords('南海トラフ、一時調査', 30); // 5
 * @internal
 */
export function lineWords(text: string, most: number): number {
  let spaced = 1;
  let unspaced = 0;
  for (let index = 0; index < text.length && spaced + (unspaced >> 1) <= most; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) spaced++;
    else if (isUnspacedScript(code)) unspaced++;
  }
  return spaced + (unspaced >> 1);
}

/**
 * Whether a code unit is kana or a CJK ideograph (`[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]`): a script written without spaces between words.
 * @example
 * isUnspacedScript('南'.charCodeAt(0)); // true
 * @internal
 */
export function isUnspacedScript(code: number): boolean {
  return code >= 0x3040 && (code <= 0x30ff || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff));
}
