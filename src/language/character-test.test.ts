import { describe, expect, it } from 'vitest';
import { characterTest } from './character-test';

describe('characterTest', () => {
  it('answers as the pattern, asked again or not', () => {
    const pattern = /^[\p{L}\p{M}]/u;
    const isWordCharacter = characterTest(pattern);
    for (const character of 'aЖ한の\u0301 ,—1') {
      const code = character.charCodeAt(0);
      expect(isWordCharacter(code)).toBe(pattern.test(character));
      expect(isWordCharacter(code)).toBe(pattern.test(character));
    }
  });
});
