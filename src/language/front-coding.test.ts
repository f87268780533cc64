import { describe, expect, it } from 'vitest';
import { expandFrontCoded } from './front-coding';

describe('expandFrontCoded', () => {
  it('drops as many letters of the word before as the digit that leads an entry says, then adds the letters after it', () => {
    expect(expandFrontCoded('ab0er3lle0m1n')).toBe('ab aber alle allem allen');
    expect(expandFrontCoded('january5n0uar')).toBe('january jan januar');
  });

  it('parts words at a space or before a digit', () => {
    expect(expandFrontCoded('ab0er bei0m')).toBe('ab aber bei beim');
  });

  it('keeps an entry without a digit as it is, and counts letters as UTF-16 units', () => {
    expect(expandFrontCoded('его2й1ё же за')).toBe('его ей её же за');
    expect(expandFrontCoded('a')).toBe('a');
  });
});
