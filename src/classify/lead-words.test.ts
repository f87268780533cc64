import { describe, expect, it } from 'vitest';
import { leadOf, overlap } from './lead-words';
import type { Piece } from './piece';

const piece = (text: string): Piece => ({ start: 0, end: text.length, text, bullet: null, depth: 0, role: null, type: 'paragraph', rule: null, classifier: null, score: 0, words: 0, creditKind: null, census: null });

describe('lead words', () => {
  const pieces = [
    piece('Council delays the bridge budget again'),
    piece('The council met on Tuesday evening and delayed the budget for the new bridge over the river once more.'),
  ];

  it('takes the first paragraphs past the head, lowercased', () => {
    expect(leadOf(pieces, 1)).toEqual([pieces[1]!.text.toLowerCase()]);
    expect(leadOf(pieces, 2)).toEqual([]);
  });

  it('measures how much of a line the lead names, by the start of each content word', () => {
    const lead = leadOf(pieces, 1);
    expect(overlap('Council delays the bridge budget again', lead)).toBe(0.8);
    expect(overlap('Bridges', lead)).toBe(1);
    expect(overlap('Five winter walks in the hills', lead)).toBe(0);
    expect(overlap('Anything at all', [])).toBe(0);
  });

  it('finds a stem only at the start of a content word of the lead', () => {
    const lead = leadOf([piece('It was a restatement of the old plan, and a restive crowd heard it in the square outside.')], 0);
    expect(overlap('State', lead)).toBe(0);
    expect(overlap('Restate', lead)).toBe(1);
    expect(overlap('Plans', lead)).toBe(0);
  });

  it('reads content words as `[\\p{L}\\p{N}]{4,}` finds them', () => {
    const text = 'Die Kühltürme des 𝐀𝐁𝐂𝐃-Werks, 2024 gebaut — élan, ÉTÉ, naïve; İstanbul ΟΔΟΣ x\ud800y 😀word abc';
    const lead = leadOf([piece(text), piece(text)], 0);
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []) expect(overlap(word, lead), word).toBe(1);
    for (const word of ['𝐀𝐁𝐂', 'gebäude', 'stan']) expect(overlap(word, lead), word).toBe(0);
  });

  it('reads the lead of a story written without spaces, and finds its words by pairs of characters', () => {
    const lead = leadOf([piece('パレスチナ自治区ガザ地区のイスラム組織ハマスとイスラエルの停戦交渉を仲介しているカタールの外務省報道官は14日、合意に近いと語った。')], 0);
    expect(lead).toHaveLength(1);
    expect(overlap('イスラエルとハマスの停戦', lead)).toBeGreaterThan(0.5);
    expect(overlap('南海トラフ地震', lead)).toBe(0);
  });
});
