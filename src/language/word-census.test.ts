import { describe, expect, it } from 'vitest';
import { countStopwords } from './count-stopwords';
import { addEvidence, emptyEvidence } from './evidence';
import { censusBefore, censusStopwords, spanCensus, wordCensus } from './word-census';
import { readsLowercased } from './words';

const texts = [
  'Die Regierung hat am Montag einen Plan vorgelegt, der die Steuern senken soll.',
  "Le gouvernement a présenté lundi un plan pour baisser les impôts de l'État.",
  'The cat sat on the mat, and THE DOG did not.',
  '東京都の小池知事は会見で述べた',
  '정부는 오늘 발표했다',
  'Hükümet bugün için yeni bir plan açıkladı ve İstanbul da listede.',
  'Home News Sport',
  '',
];

describe('wordCensus', () => {
  it('counts what countStopwords counts, in any language', () => {
    for (const text of texts) {
      const census = wordCensus(text);
      for (const language of [null, 'en', 'de', 'fr', 'tr', 'pt-BR', 'nb', 'sw']) {
        expect(censusStopwords(census, language), `${text} in ${language}`).toEqual(countStopwords(text, language));
      }
      for (const language of ['ja', 'zh', 'ko']) expect(censusStopwords(census, language)).toBeNull();
    }
  });

  it('adds up: the evidence of texts is that of the texts joined by line breaks', () => {
    const total = emptyEvidence();
    for (const text of texts) addEvidence(total, wordCensus(text).evidence);
    expect(total).toEqual(wordCensus(texts.join('\n')).evidence);
  });
});

describe('spanCensus', () => {
  it('reads a span as wordCensus reads its text', () => {
    const joined = texts.join('\n');
    let offset = 0;
    for (const text of texts) {
      const { source, start, end, ...census } = spanCensus(joined, offset, offset + text.length);
      expect(source.slice(start, end)).toBe(text);
      if (!readsLowercased(text)) expect({ ...census, source: text, start: 0, end: text.length }, text).toEqual(wordCensus(text));
      offset += text.length + 1;
    }
  });
});

describe('censusBefore', () => {
  it('reads the start of a text as spanCensus reads it, from the census of the whole', () => {
    const residue = 'Featured image via Alex Wong/Getty Images';
    for (const text of texts.filter((text) => text !== '' && !readsLowercased(text))) {
      const line = `${text}.${residue}`;
      const census = spanCensus(`Home\n${line}`, 5, 5 + line.length);
      expect(censusBefore(census, text.length + 1), text).toEqual(spanCensus(`Home\n${line}`, 5, 6 + text.length));
    }
  });

  it('is null where the cut falls inside a word', () => {
    expect(censusBefore(wordCensus('The cat sat'), 6)).toBeNull();
  });
});
