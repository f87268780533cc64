import { describe, expect, it } from 'vitest';
import { publishedDate } from './published-date';

const now = new Date('2026-01-01T00:00:00Z');

describe('publishedDate', () => {
  it.each([
    ['Published: 2016-07-12', '2016-07-12'],
    ['Posted on July 12, 2016', '2016-07-12'],
    ['Veröffentlicht am 22.12.2023', '2023-12-22'],
    ['Publié le 12 juillet 2016', '2016-07-12'],
    ['Updated Dec. 22, 2023 11:48 a.m. ET', '2023-12-22T11:48'],
    ['December 18, 2023', '2023-12-18'],
    ['Friday, December 22, 2023 | 3:04 PM', '2023-12-22T15:04'],
    ['Aktualizacja: 19.04.2025 19:45 Publikacja: 19.04.2025 19:05', '2025-04-19T19:45'],
    ['2023-12-22T15:23:34Z', '2023-12-22T15:23'],
    ['2023-12-22T15:23:34.120+01:00', '2023-12-22T15:23'],
    ['Dec 20, 2023 6 min read', '2023-12-20'],
    ['Dec 20, 2023 · 5 minutes read', '2023-12-20'],
    ['World Dec 22, 2023 10:59 AM EST', '2023-12-22T10:59'],
    ['Dec 22, 2023 | Space Exploration', '2023-12-22'],
    ['12.03.2024 · Politik', '2024-03-12'],
  ])('reads %j as a publication date', (text, iso) => {
    expect(publishedDate(text, now)).toBe(iso);
  });

  it.each([
    ['The law was passed on July 12, 2016, and it changed everything.'],
    ['Stephen Edelstein December 22, 2023 Comment Now!'],
    ['Posted on March 3, 2031'],
    ['2023-12-22 Zagreb'],
    ['Jane Doe December 22, 2023'],
    ['Dec 22, 2023 | Scientists Find a Fanged Frog'],
  ])('finds no publication date in %j', (text) => {
    expect(publishedDate(text, now)).toBeNull();
  });
});
