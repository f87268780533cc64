import { describe, expect, it } from 'vitest';
import type { Piece } from './piece';
import { nextWithText, previousWithText } from './with-text';

const pieces = ['Caption', '', 'Credit'].map((text) => ({ text }) as Piece);

describe('nextWithText and previousWithText', () => {
  it('step over blank pieces', () => {
    expect(nextWithText(pieces, 0)).toBe(2);
    expect(previousWithText(pieces, 2)).toBe(0);
  });

  it('give -1 past either end', () => {
    expect(nextWithText(pieces, 2)).toBe(-1);
    expect(previousWithText(pieces, 0)).toBe(-1);
  });
});
