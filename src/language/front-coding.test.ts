import { describe, expect, it } from 'vitest';
import { expandFrontCoded } from './front-coding';

describe('expandFrontCoded', () => {
  it('takes as many letters of the word before as the digit that leads an entry says', () => {
    expect(expandFrontCoded('ab 2er 1lle 4m 4n')).toBe('ab aber alle allem allen');
  });

  it('keeps an entry without a digit as it is, and counts letters as UTF-16 units', () => {
    expect(expandFrontCoded('его 1й 1ё же за')).toBe('его ей её же за');
    expect(expandFrontCoded('a')).toBe('a');
  });
});
