import { describe, expect, it } from 'vitest';
import { cleanText, isVisibleAt, sourceOffset } from './visible';

describe('visible characters', () => {
  it('counts letters, punctuation and lone surrogates as visible', () => {
    expect(isVisibleAt('a', 0)).toBe(true);
    expect(isVisibleAt('•', 0)).toBe(true);
    expect(isVisibleAt('\uD800', 0)).toBe(true);
  });
  it('counts white space, controls and format characters as invisible', () => {
    for (const char of [' ', '\t', '\u00A0', '\u0000', '\u200B', '\u200E', '\uFEFF', '\u202E', '\u3000']) {
      expect(isVisibleAt(char, 0), JSON.stringify(char)).toBe(false);
    }
  });
});

describe('cleanText', () => {
  it('folds white space and drops controls and format characters', () => {
    expect(cleanText('  Print\u00A0Friendly,\r\n PDF\u200B & Email ')).toBe('Print Friendly, PDF & Email');
    expect(cleanText('zero\u200Bwidth a\u0000b')).toBe('zerowidth ab');
  });
});

describe('sourceOffset', () => {
  it('maps an offset of the cleaned text back into the source', () => {
    const source = '  He  left.\u200B Featured image via Flickr';
    const clean = cleanText(source);
    const at = clean.indexOf('Featured');
    expect(source.slice(sourceOffset(source, 0, source.length, at))).toBe('Featured image via Flickr');
  });
});
