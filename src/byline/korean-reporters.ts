// The titles a Korean signature writes after the name: reporter, senior reporter, correspondent, editorial writer.
const KOREAN_TITLES = new Set(['기자', '선임기자', '특파원', '논설위원', '객원기자']);
// Most lines hold none of them, and need not be split into words to be told so.
const HAS_TITLE = /기자|특파원|논설위원/u;
// A name of two to four Hangul syllables, maybe after the place it was filed from and an `=` (`세종=홍길동`).
const KOREAN_NAME = /^(?:\p{sc=Hangul}{1,8}=)?(?<name>\p{sc=Hangul}{2,4})$/u;
// The places a signature opens with (`순천, 광양`): short words of Hangul, maybe ending in a comma or an `=`.
const PLACE = /^\p{sc=Hangul}{1,8}[,=]?$/u;
const EMAIL = /^[\w.+-]{1,64}@[\w.-]{1,64}$/u;
// `외 1명` (`and one more`) after the first reporter of several.
const MORE = /^외 \d{1,2}명$/u;
const MAX_PLACES = 3;
const MAX_SIGNATURE_LENGTH = 100;

/**
 * The reporters a Korean signature names (`순천, 광양 구현모 기자 ninek@hankookilbo.com`, `홍길동·김철수 기자`, `세종=홍길동 특파원`):
 * the names before the title `기자` (reporter) or `특파원` (correspondent), after at most a few places and before an e-mail
 * address; or null when the line is no such signature.
 * @example
 * koreanReporters('순천, 광양 구현모 기자 ninek@hankookilbo.com'); // ['구현모']
 * koreanReporters('홍길동·김철수 기자'); // ['홍길동', '김철수']
 * koreanReporters('기자회견에서 밝혔다'); // null
 * @internal
 */
export function koreanReporters(line: string): string[] | null {
  if (line.length > MAX_SIGNATURE_LENGTH || !HAS_TITLE.test(line)) return null;
  const words = line.split(' ');
  const title = words.findIndex((word) => KOREAN_TITLES.has(word));
  if (title < 1 || title - 1 > MAX_PLACES || !words.slice(0, title - 1).every((word) => PLACE.test(word))) return null;
  if (!isSignatureTail(words.slice(title + 1).join(' '))) return null;
  const names = words[title - 1]!.split('·').map((part) => KOREAN_NAME.exec(part)?.groups?.['name'] ?? null);
  return names.every((name) => name !== null) ? (names as string[]) : null;
}

// After the title: nothing, the reporter's e-mail address, or `외 1명`.
function isSignatureTail(tail: string): boolean {
  return tail === '' || EMAIL.test(tail) || MORE.test(tail);
}
