import { describe, expect, it } from 'vitest';
import { scriptOf } from './scripts';

const scriptOfText = (text: string) => [...text].map((character) => scriptOf(character.charCodeAt(0)));

describe('scriptOf', () => {
  it('tells the scripts of the character-counted and word-listed languages', () => {
    expect(scriptOfText('aéűș')).toEqual(['latin', 'latin', 'latin', 'latin']);
    expect(scriptOfText('ếộữ')).toEqual(['latin', 'latin', 'latin']);
    expect(scriptOfText('жї')).toEqual(['cyrillic', 'cyrillic']);
    expect(scriptOfText('है')).toEqual(['devanagari', 'devanagari']);
    expect(scriptOfText('のニｶ')).toEqual(['kana', 'kana', 'kana']);
    expect(scriptOfText('東京的')).toEqual(['han', 'han', 'han']);
    expect(scriptOfText('정부ㄱ')).toEqual(['hangul', 'hangul', 'hangul']);
  });

  it('puts Greek, Arabic, Hebrew and Thai under other', () => {
    expect(scriptOfText('αبשก')).toEqual(['other', 'other', 'other', 'other']);
  });
});
