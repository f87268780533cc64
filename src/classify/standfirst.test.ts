import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import type { Piece } from './piece';
import { standfirstIndex } from './standfirst';
import { councilParagraph as paragraph } from '../../test/support/council-story';

const now = new Date('2026-01-01');
const standfirst = 'No car, no home office: the strikes have become a real problem for the cleaners who have to cross the town every morning.';

describe('standfirstIndex', () => {
  it('keeps the standfirst right under the headline, above the byline', () => {
    const text = ['Menu', 'Town votes on new bridge', standfirst, 'By John Doe', paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const body = parseSeed(text, { now }).blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([standfirst, paragraph('bridge'), paragraph('road'), paragraph('school')]);
  });

  it('keeps the standfirst under the date line under the headline', () => {
    const text = ['Menu', 'Town votes on new bridge', 'Stand: 22.04.2024, 06:00 Uhr', standfirst, 'By John Doe', paragraph('bridge'), paragraph('road')].join('\n\n');
    const body = parseSeed(text, { now }).blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([standfirst, paragraph('bridge'), paragraph('road')]);
  });

  it('leaves a short line under the headline, and everything in precision mode, in the head', () => {
    const text = ['Town votes on new bridge', 'Updated hourly.', 'By John Doe', paragraph('bridge'), paragraph('road')].join('\n\n');
    expect(parseSeed(text, { now }).blocks.find((block) => block.text === 'Updated hourly.')?.role).not.toBe('body');
    const precise = ['Town votes on new bridge', standfirst, 'By John Doe', paragraph('bridge'), paragraph('road')].join('\n\n');
    expect(parseSeed(precise, { now, mode: 'precision' }).blocks.find((block) => block.text === standfirst)?.role).not.toBe('body');
  });

  it('takes only a line of a dozen words or more that ends a sentence', () => {
    const piece = (text: string, role: Piece['role'] = null): Piece => ({ start: 0, end: text.length, text, bullet: null, depth: 0, role, type: 'paragraph', rule: null, classifier: null, score: 0, words: text.split(' ').length, creditKind: null, census: null });
    const under = (line: string) => standfirstIndex([piece('Town votes on new bridge', 'title'), piece(line), piece('By John Doe', 'byline')], ['bad', 'good', 'bad'], 2);
    expect(under(standfirst)).toBe(1);
    expect(under('The council met again on Tuesday night.')).toBe(-1);
    expect(under(standfirst.replace(/\.$/u, ''))).toBe(-1);
  });
});
