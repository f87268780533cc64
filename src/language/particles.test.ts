import { describe, expect, it } from 'vitest';
import { isKoreanFunctionWord } from './particles';

describe('isKoreanFunctionWord', () => {
  it('counts words ending in a particle or a verb ending, and free-standing function words', () => {
    // From a Hankook Ilbo report: 이재명 ... 후보는 15일 텃밭 호남을 찾아 '통합'을 키워드로 표밭을 다졌다.
    const words = ['후보는', '호남을', '키워드로', '다졌다', '대해', '수'];
    expect(words.filter(isKoreanFunctionWord)).toEqual(words);
  });

  it('does not count the nouns of a section menu', () => {
    expect(['정치', '경제', '사회', '국제', '문화', '스포츠'].filter(isKoreanFunctionWord)).toEqual([]);
  });
});
