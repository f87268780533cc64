import { describe, expect, it } from 'vitest';
import { STOPWORDS } from './stopwords';

describe('STOPWORDS', () => {
  for (const [language, list] of Object.entries(STOPWORDS)) {
    it(`lists the ${language} function words lowercased, composed, sorted and once each`, () => {
      const words = list.split(' ');
      expect(words).toEqual([...words].sort());
      expect(words.length).toBeGreaterThanOrEqual(50);
      expect(new Set(words).size).toBe(words.length);
      for (const word of words) {
        expect(word).toMatch(/^[\p{L}\p{M}]+$/u);
        expect(word).toBe(word.toLowerCase());
        expect(word).toBe(word.normalize('NFC'));
      }
    });
  }
});
