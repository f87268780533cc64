import { describe, expect, it } from 'vitest';
import { koreanReporters } from './korean-reporters';

describe('koreanReporters', () => {
  it.each([
    ['순천, 광양 구현모 기자 ninek@hankookilbo.com', ['구현모']],
    ['홍길동 기자', ['홍길동']],
    ['홍길동·김철수 기자', ['홍길동', '김철수']],
    ['세종=홍길동 특파원', ['홍길동']],
    ['박준석 기자 외 1명', ['박준석']],
  ])('reads the reporters of %j', (line, names) => {
    expect(koreanReporters(line)).toEqual(names);
  });
  it.each(['기자회견에서 밝혔다', '이 기자는 말했다', '정부는 오늘 대변인 브리핑에서 홍길동 기자에게 답했다', '홍길동 기자 바로가기 구독하기', 'Jane Doe'])('finds no signature in %j', (line) => {
    expect(koreanReporters(line)).toBeNull();
  });
});
