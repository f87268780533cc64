import { describe, expect, it } from 'vitest';
import { countStopwords, stopwordDensity, stopwordTest } from './count-stopwords';

describe('countStopwords', () => {
  it('counts the words of a block and the stopwords among them', () => {
    expect(countStopwords('Die Regierung hat am Montag einen Plan vorgelegt.', 'de')).toEqual({ words: 8, stopwords: 4 });
    expect(countStopwords('', 'de')).toEqual({ words: 0, stopwords: 0 });
  });

  it('counts an elided article as a word of its own', () => {
    // Euronews: « … à la suite d'une photo publiée en ligne par Donald Trump »
    expect(countStopwords("à la suite d'une photo publiée", 'fr')).toEqual({ words: 7, stopwords: 4 });
  });

  it('reads capital İ, decomposed accents and cedilla spellings', () => {
    expect(countStopwords('İçin İle', 'tr').stopwords).toBe(2);
    expect(countStopwords('Theo bác sĩ Hồng'.normalize('NFD'), 'vi')).toEqual({ words: 4, stopwords: 1 });
    expect(countStopwords('Guvernul şi ţara', 'ro').stopwords).toBe(1);
  });

  it('counts Japanese and Chinese by character: particles and function characters, a word per two characters', () => {
    // Asahi Shimbun: 気象庁は13日、…地震があったと発表した。
    expect(countStopwords('気象庁は地震があったと発表した', 'ja')).toEqual({ words: 8, stopwords: 3 });
    expect(countStopwords('政府的计划是在明年', 'zh')).toEqual({ words: 5, stopwords: 3 });
    expect(countStopwords('ニュース 政治 経済 Sport', 'ja')).toEqual({ words: 5, stopwords: 0 });
  });

  it('counts Korean words by their particles and endings', () => {
    expect(countStopwords("이재명 후보는 15일 텃밭 호남을 찾아 '통합'을 키워드로 표밭을 다졌다.", 'ko')).toEqual({ words: 11, stopwords: 6 });
  });

  it('counts nothing for a language it has no list for', () => {
    expect(countStopwords('مرحبا بالعالم', 'ar')).toEqual({ words: 2, stopwords: 0 });
  });
});

describe('stopwordDensity', () => {
  it('is high for prose and near 0 for a menu line', () => {
    // Der Standard: Der Grund dafür liegt in den Ereignissen in Hamburg am vergangenen Samstag.
    expect(stopwordDensity('Der Grund dafür liegt in den Ereignissen in Hamburg am vergangenen Samstag.', 'de')).toBeGreaterThan(0.3);
    expect(stopwordDensity('Er sagte, dass er nicht mehr kommen werde.', 'de')).toBe(0.75);
    expect(stopwordDensity('Home News Sport Politik Wirtschaft', 'de')).toBeLessThan(0.1);
    expect(stopwordDensity('', 'de')).toBe(0);
  });

  it('counts the stopwords of any language when the language is not known', () => {
    expect(stopwordDensity('Der Plan und the plan', null)).toBe(0.6);
  });
});

describe('stopwordTest', () => {
  it('tests lowercased words, elided ones by their first part', () => {
    const isFrench = stopwordTest('fr');
    expect(["l'homme", 'l’état', 'les', 'homme'].map(isFrench)).toEqual([true, true, true, false]);
    const isEnglish = stopwordTest('en');
    expect(["it's", "trump's", "'s"].map(isEnglish)).toEqual([true, false, false]);
  });

  it('tests Korean words by their endings and has nothing to test for Japanese', () => {
    expect(stopwordTest('ko')('정부는')).toBe(true);
    expect(stopwordTest('ja')('の')).toBe(false);
  });

  it('takes language tags and null', () => {
    expect(stopwordTest('pt-BR')('não')).toBe(true);
    expect(stopwordTest(null)('und')).toBe(true);
    expect(stopwordTest(null)('sport')).toBe(false);
  });
});
