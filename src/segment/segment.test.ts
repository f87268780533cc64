import { describe, expect, it } from 'vitest';
import { segment } from './segment';

const texts = (input: string) => segment(input).map((block) => block.text);

describe('segment', () => {
  it('splits blocks on blank lines and keeps positions into the input', () => {
    const input = 'Featured\n\n  • Print Friendly, PDF & Email\n  • Send to Kindle\n\nTitle';
    const blocks = segment(input);
    expect(blocks.map((block) => [block.text, block.bullet, block.depth])).toEqual([
      ['Featured', null, 0],
      ['Print Friendly, PDF & Email', '•', 0],
      ['Send to Kindle', '•', 0],
      ['Title', null, 0],
    ]);
    for (const block of blocks) expect(input.slice(block.position.start, block.position.end).endsWith(block.text)).toBe(true);
  });

  it('handles CRLF, lone CR, BOM, NBSP and zero-width characters without shifting positions', () => {
    const input = '\uFEFFOne\u00A0two\r\n\r\nThree\u200B four\rFive';
    const blocks = segment(input);
    expect(blocks.map((block) => block.text)).toEqual(['One two', 'Three four', 'Five']);
    expect(input.slice(blocks[1]!.position.start, blocks[1]!.position.end)).toBe('Three\u200B four');
  });

  it('reads the bullets of scrapers and text renderers', () => {
    expect(segment('* a\n- b\n□ c\n○ d\n☆ e\n1. f\n2) g').map((block) => block.bullet)).toEqual(['*', '-', '□', '○', '☆', '1.', '2)']);
  });

  it('does not take a German date for a numbered list item', () => {
    expect(segment('22. Dezember 2023')[0]!.bullet).toBeNull();
    expect(segment('06. 01. 2026, 14:59 Uhr')[0]!.bullet).toBeNull();
    expect(segment('25. 4. 2023 5:00')[0]!.bullet).toBeNull();
  });

  it('nests list items by indentation', () => {
    expect(segment('  • a\n    ◦ b\n  • c').map((block) => block.depth)).toEqual([0, 1, 0]);
  });

  it('joins an indented line to the bullet above it', () => {
    expect(texts('  • \n    Home\n  • News')).toEqual(['Home', 'News']);
  });

  it('keeps consecutive short lines apart but joins hard-wrapped prose', () => {
    expect(texts('Florida State board approves ACC lawsuit\nUpdated Dec. 22, 2023 11:48 a.m. ET')).toHaveLength(2);
    expect(texts('Home\nScores\nWatch')).toEqual(['Home', 'Scores', 'Watch']);
    const wrapped = 'The board of trustees cleared the way on Friday for a lawsuit against\nthe conference, challenging a contract that binds the school to the\nleague for the next twelve years.';
    expect(texts(wrapped)).toHaveLength(1);
  });

  it('does not join a headline to the `By` on the line under it', () => {
    expect(texts('Play now\nThe daughter of the star shares a video of them holding hands\nBy\nLena Marsh')).toEqual(['Play now', 'The daughter of the star shares a video of them holding hands', 'By', 'Lena Marsh']);
  });

  it('returns nothing for empty or blank input', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n\t\n\u200B')).toEqual([]);
  });
});
