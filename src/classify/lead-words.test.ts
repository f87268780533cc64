import { describe, expect, it } from 'vitest';
import { leadWords, overlap } from './lead-words';
import type { Piece } from './piece';

const piece = (text: string): Piece => ({ start: 0, end: text.length, text, bullet: null, depth: 0, role: null, type: 'paragraph', rule: null, classifier: null, score: 0, creditKind: null });

describe('lead words', () => {
  const pieces = [
    piece('Council delays the bridge budget again'),
    piece('The council met on Tuesday evening and delayed the budget for the new bridge over the river once more.'),
  ];

  it('takes the content words of the first paragraphs, by the start of each word', () => {
    const lead = leadWords(pieces, 1);
    expect(lead.has('counc')).toBe(true);
    expect(lead.has('bridg')).toBe(true);
    expect(lead.has('the')).toBe(false);
  });

  it('measures how much of a line the lead names', () => {
    const lead = leadWords(pieces, 1);
    expect(overlap('Council delays the bridge budget again', lead)).toBe(0.8);
    expect(overlap('Five winter walks in the hills', lead)).toBe(0);
    expect(overlap('Anything at all', new Set())).toBe(0);
  });

  it('reads content words as `[\\p{L}\\p{N}]{4,}` finds them', () => {
    const text = 'Die Kühltürme des 𝐀𝐁𝐂𝐃-Werks, 2024 gebaut — élan, ÉTÉ, naïve; İstanbul ΟΔΟΣ x\ud800y 😀word abc';
    const expected = new Set((text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).map((word) => word.slice(0, 5)));
    expect(leadWords([piece(text)], 0)).toEqual(expected);
  });
});
