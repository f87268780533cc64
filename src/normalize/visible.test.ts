import { describe, expect, it } from 'vitest';
import { cleanText, isCommonVisible, isVisibleAt, sourceOffset, sourceOffsetFromEnd } from './visible';

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
  it('finds invisible characters past uncommon visible ones, astral ones included', () => {
    expect(cleanText('مرحبا\u200Cبالعالم  😀\u200B!')).toBe('مرحبابالعالم 😀!');
    expect(cleanText('สวัสดี ครับ 😀 tag\u{E0001}end')).toBe('สวัสดี ครับ 😀 tagend');
    expect(cleanText('مرحبا بالعالم')).toBe('مرحبا بالعالم');
  });
  it('cleans around every character of the Basic Multilingual Plane as the full replacement does', () => {
    const full = (source: string) => source.replace(/[^\P{Cc}\t\n\v\f\r\u0085]+|\p{Cf}+/gu, '').replace(/\p{White_Space}+/gu, ' ').trim();
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      for (const source of [`a ${character}b`, `a ${character}${character}b`]) {
        if (cleanText(source) !== full(source)) expect(cleanText(source), code.toString(16)).toBe(full(source));
      }
    }
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

describe('sourceOffsetFromEnd', () => {
  it('finds the offset that sourceOffset finds, at every offset of the cleaned text', () => {
    for (const source of ['  He  left.\u200B Featured image via Flickr', '\u0000a \u200B b\n\n', 'x\t\u00a0 y z ', ' \ud83d\ude00 ok\u200b', '\u200b', 'ab']) {
      const clean = cleanText(source);
      for (let at = 0; at <= clean.length; at++) {
        expect(sourceOffsetFromEnd(source, 0, source.length, at, clean.length), `${JSON.stringify(source)} at ${at}`).toBe(sourceOffset(source, 0, source.length, at));
      }
    }
  });
});

describe('isCommonVisible', () => {
  it('holds only for characters that are visible', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (isCommonVisible(code)) expect(/[\p{White_Space}\p{Cc}\p{Cf}]/u.test(String.fromCharCode(code)), code.toString(16)).toBe(false);
    }
  });

  it('leaves cleanText to find what a regular expression finds', () => {
    const needsCleaning = /[^\P{White_Space} ]|[\p{Cc}\p{Cf}]| {2}/u;
    for (const text of ['a  b', 'a b', 'a\u00adb', 'a\u{e0001}b', '“Quote” — yes…', 'Привет мир', 'x\u2028y', 'end ', '\ud83d\ude00 ok', 'lone \ud800 surrogate', 'a \n b\t\tc d\u00a0e  f\r\n', ' \u200b x \u0000 y']) {
      expect(cleanText(text), JSON.stringify(text)).toBe(needsCleaning.test(text) ? text.replace(/[^\P{Cc}\t\n\v\f\r\u0085]+|\p{Cf}+/gu, '').replace(/\p{White_Space}+/gu, ' ').trim() : text.trim());
    }
  });
});
