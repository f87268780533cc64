import { describe, expect, it } from 'vitest';
import { findDate } from './find-date';

const now = new Date('2026-01-01T00:00:00Z');

describe('findDate', () => {
  it.each([
    ['Published: 2016-07-12', '2016-07-12'],
    ['2016-07-12T10:00:00Z', '2016-07-12T10:00'],
    ['Posted on July 12, 2016', '2016-07-12'],
    ['Jul. 12, 2016', '2016-07-12'],
    ['Updated Dec. 22, 2023 11:48 a.m. ET', '2023-12-22T11:48'],
    ['12 July 2016', '2016-07-12'],
    ['by Brett Samuels - 12/22/23 11:35 AM ET', '2023-12-22T11:35'],
    ['22.12.2023', '2023-12-22'],
    ['22. Dezember 2023', '2023-12-22'],
    ['12 juillet 2016', '2016-07-12'],
    ['12 de julio de 2016', '2016-07-12'],
    ['Monday, July 12, 2016 at 3:04 pm', '2016-07-12T15:04'],
    ['Published: 09:09 GMT, 22 December 2023', '2023-12-22'],
    ['25/12/2023', '2023-12-25'],
    ['2025年1月14日 01時28分 (1月14日 01時40分更新)', '2025-01-14T01:28'],
    ['渡辺洋介2025年1月13日 21時37分', '2025-01-13T21:37'],
    ['2025년 5월 15일', '2025-05-15'],
    ['毎日新聞 2025/1/14 21:17（最終更新 1/14 21:17）', '2025-01-14T21:17'],
    ['2025.05.15 20:00', '2025-05-15T20:00'],
    ['2018. 11. 23', '2018-11-23'],
    ['2024.03.31 19:59', '2024-03-31T19:59'],
    ['12-20-2023', '2023-12-20'],
    ['Last updated: 2023/12/20 at 8:39 AM', '2023-12-20T08:39'],
    ['06. 01. 2025, 14:59 Uhr', '2025-01-06T14:59'],
    ['Publiziert6. November 2025, 12:26', '2025-11-06T12:26'],
    ['8 января 2025', '2025-01-08'],
    ['søndag 2. februar 2025', '2025-02-02'],
    ['19 kwietnia 2025', '2025-04-19'],
    ['Publisert: 05.08.24 kl. 14:47', '2024-08-05T14:47'],
    ['December 22, 2023 — 4.00pm', '2023-12-22T16:00'],
    ['30.01.202430. Januar 2024', '2024-01-30'],
    ['8 января, 17:46', '--01-08T17:46'],
    ['Jane Roe, Dec. 19, 10:30 AM', '--12-19T10:30'],
    ['8 января 2025, 17:46', '2025-01-08T17:46'],
    ['12-Mar-2021 14:05 IST', '2021-03-12T14:05'],
    ['12. maaliskuuta 2021 klo 14.05', '2021-03-12T14:05'],
    ['12 Agustus 2021', '2021-08-12'],
    ['12th of March 2021', '2021-03-12'],
    ['12 Haz 2021 14:05', '2021-06-12T14:05'],
  ])('reads %j', (text, iso) => {
    expect(findDate(text, now)?.iso).toBe(iso);
  });

  it('says where the date lies in the line', () => {
    expect(findDate('Posted on July 12, 2016', now)).toEqual({ iso: '2016-07-12', start: 10, end: 23 });
  });

  it('reads slashed dates day first when told, unless the second number cannot be a month', () => {
    expect(findDate('Publié le 06/01/2026', new Date('2027-01-01'), true)?.iso).toBe('2026-01-06');
    expect(findDate('06/01/2026', new Date('2027-01-01'))?.iso).toBe('2026-06-01');
    expect(findDate('12/22/2023', new Date('2027-01-01'), true)?.iso).toBe('2023-12-22');
  });

  it('rejects dates after now and dates that do not exist', () => {
    expect(findDate('March 3, 2031', now)).toBeNull();
    expect(findDate('February 30, 2020', now)).toBeNull();
    expect(findDate('No date here', now)).toBeNull();
    expect(findDate('They won 3-2-23 on aggregate', now)).toBeNull();
    expect(findDate('Version 1.2.345', now)).toBeNull();
    expect(findDate('Date: Tuesday, Dec. 19', now)).toBeNull();
    expect(findDate('February 30, 10:30', now)).toBeNull();
    expect(findDate('Dec 31, 1969', now)).toBeNull();
  });
});
