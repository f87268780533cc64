import { describe, expect, it } from 'vitest';
import { bylineDate } from './byline-date';

const now = new Date('2025-01-01');

describe('bylineDate', () => {
  it.each([
    ['By Jane Doe • December 20, 2023 7:00 am', '2023-12-20T07:00'],
    ['By Desirée ODec. 18, 2023 9:00 am EST', '2023-12-18T09:00'],
    ['Tobias Mühlbauer24.04.2024, 19:35 Uhr', '2024-04-24T19:35'],
  ])('reads the date of %j', (line, iso) => {
    expect(bylineDate(line, now)).toBe(iso);
  });

  it('finds none in a byline without a date', () => {
    expect(bylineDate('By Jane Doe and AP', now)).toBeNull();
  });
});
