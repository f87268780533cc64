import { describe, expect, it } from 'vitest';
import { foldSpaces } from './fold-spaces';

describe('foldSpaces', () => {
  it('folds as replacing every run of white space by a space does', () => {
    for (const line of ['By Jane Doe', 'By  Jane Doe', 'By\tJane\u00A0Doe', ' lead and trail ', 'a\u2028b', 'a\u3000 b', '']) {
      expect(foldSpaces(line), JSON.stringify(line)).toBe(line.replace(/\s+/gu, ' '));
    }
  });
});
