/**
 * A test of a UTF-16 code unit (not a surrogate) against a pattern that reads one character, each answer remembered.
 *
 * A page in Cyrillic, Greek or Japanese asks about the same few hundred characters again and again:
 * the pattern is matched once for each of them, and the answer looked up after that.
 * @example
 * const isLetter = characterTest(/^\p{L}/u);
 * isLetter('ж'.charCodeAt(0)); // true
 * @internal
 */
export function characterTest(pattern: RegExp): (code: number) => boolean {
  // For each code unit: 0 when not asked yet, 1 for no, 2 for yes.
  const answers = new Uint8Array(0x10000);
  return (code) => {
    let answer = answers[code]!;
    if (answer === 0) {
      answer = pattern.test(String.fromCharCode(code)) ? 2 : 1;
      answers[code] = answer;
    }
    return answer === 2;
  };
}
