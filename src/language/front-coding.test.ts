import { describe, expect, it } from 'vitest';
import { expandFrontCoded } from './front-coding';

describe('expandFrontCoded', () => {
  it('takes as many letters of the word before as the digit that leads an entry says', () => {
    expect(expandFrontCoded('ab2er1lle4m4n')).toBe('ab aber alle allem allen');
  });

  it('parts words at a space or before a digit', () => {
    expect(expandFrontCoded('ab2er bei3m')).toBe('ab aber bei beim');
  });

  it('keeps an entry without a digit as it is, and counts letters as UTF-16 units', () => {
    expect(expandFrontCoded('его1й1ё же за')).toBe('его ей её же за');
    expect(expandFrontCoded('a')).toBe('a');
  });
});
