import { describe, expect, it } from 'vitest';
import { parseSourceLine } from './parse-source-line';

describe('parseSourceLine', () => {
  it.each([
    ['Sourced : The Times of Israel', 'The Times of Israel'],
    ['Source: Reuters', 'Reuters'],
    ['Quelle: dpa', 'dpa'],
    ['Via The Hill', 'The Hill'],
    ['h/t Daily Mail', 'Daily Mail'],
    ['Delivered by The Daily Sheeple', 'The Daily Sheeple'],
    ['Hat tip: Breitbart', 'Breitbart'],
    ['Originally published at The Conversation.', 'The Conversation'],
    ['Originally published by Common Dreams', 'Common Dreams'],
    ['This article first appeared on Salon.com', 'Salon.com'],
    ['This story was originally published in The Guardian.', 'The Guardian'],
    ['The Associated Press contributed to this report.', 'The Associated Press'],
    ['Source: Reuters (https://www.reuters.com/x)', 'Reuters'],
  ])('reads %j', (line, source) => {
    expect(parseSourceLine(line)).toBe(source);
  });

  it.each([
    ['Sources say the deal is close.'],
    ['Via Appia was the first Roman road, and it ran from Rome to Brindisi over many miles of hills.'],
    ['Israel has carried out drone strikes against terrorists operating in the Sinai Peninsula.'],
  ])('finds no source in %j', (line) => {
    expect(parseSourceLine(line)).toBeNull();
  });
});
