// Up to three places it was filed from (`순천, 광양`, `세종=`), the names of two to four Hangul syllables (`홍길동·김철수`), the
// title after them (reporter, senior or guest reporter, correspondent, editorial writer), then maybe the reporter's e-mail
// address or `외 1명` (`and one more`).
const KOREAN_SIGNATURE =
  /^(?:\p{sc=Hangul}{1,8},? ){0,3}(?:\p{sc=Hangul}{1,8}=)?(?<names>\p{sc=Hangul}{2,4}(?:·\p{sc=Hangul}{2,4}){0,3}) (?:선임|객원)?(?:기자|특파원|논설위원)(?: [\w.+-]{1,64}@[\w.-]{1,64}| 외 \d{1,2}명)?$/u;

/**
 * The reporters a Korean signature names (`순천, 광양 구현모 기자 ninek@hankookilbo.com`, `홍길동·김철수 기자`, `세종=홍길동 특파원`),
 * which writes the title `기자` (reporter) after the names; or null when the line is no such signature.
 * @example
 * koreanReporters('순천, 광양 구현모 기자 ninek@hankookilbo.com'); // ['구현모']
 * koreanReporters('홍길동·김철수 기자'); // ['홍길동', '김철수']
 * koreanReporters('기자회견에서 밝혔다'); // null
 * @internal
 */
export function koreanReporters(line: string): string[] | null {
  return KOREAN_SIGNATURE.exec(line)?.groups?.['names']?.split('·') ?? null;
}
