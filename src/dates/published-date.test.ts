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
    ['Aktualizacja: 20.04.2025 19:45 Publikacja: 19.04.2025 19:05', '2025-04-19T19:05'],
    ['Published: 19.04.2025 19:05 Updated: 20.04.2025 19:45', '2025-04-19T19:05'],
    ['Updated: 20.04.2025', '2025-04-20'],
    ['2023-12-22T15:23:34Z', '2023-12-22T15:23'],
    ['2023-12-22T15:23:34.120+01:00', '2023-12-22T15:23'],
    ['Dec 20, 2023 6 min read', '2023-12-20'],
    ['Dec 20, 2023 · 5 minutes read', '2023-12-20'],
    ['World Dec 22, 2023 10:59 AM EST', '2023-12-22T10:59'],
    ['Dec 22, 2023 | Space Exploration', '2023-12-22'],
    ['12.03.2024 · Politik', '2024-03-12'],
    ['17.04.2024, 12:24Lesezeit: 5 Min.', '2024-04-17T12:24'],
    ['28.04.2024, 17:19 Uhr • Lesezeit: 8 Minuten', '2024-04-28T17:19'],
    ['05 Gennaio 2025 Aggiornato alle 16:01 1 minuti di lettura', '2025-01-05'],
    ['13/01/2025 10:22 Actualizado a 13/01/2025 15:43', '2025-01-13T10:22'],
    ['Saturday December 30, 2023 10:00 PM EST 12/30/2023 10:00 PM', '2023-12-30T22:00'],
    ['Thứ tư, 22/10/2025, 19:25 (GMT+7)', '2025-10-22T19:25'],
    ['søndag 2. februar 2025', '2025-02-02'],
    ['Dec. 21, 2023 3 AM PT', '2023-12-21'],
    ['CBC Arts · Posted: Dec 20, 2023 10:27 AM EST | Last Updated: December 21, 2023', '2023-12-20T10:27'],
    ['Zuerst veröffentlicht am 30.04.2024 - 16:17', '2024-04-30T16:17'],
    ['Courtney CarrPublished: December 20, 2023', '2023-12-20'],
    ['Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57', '2024-07-03T18:24'],
    ['-Aktualisiert am 28.04.2023-19:20', '2023-04-28T19:20'],
    ['Nuomonės2024.03.31 19:59', '2024-03-31T19:59'],
    ['2025年1月14日 01時28分 (1月14日 01時40分更新)', '2025-01-14T01:28'],
    ['2025年1月14日（火）', '2025-01-14'],
    ['Fri 22 Dec 2023 15.30 CETLast modified on Fri 22 Dec 2023 20.26 CET', '2023-12-22T15:30'],
    ['입력 2025.07.12 22:09', '2025-07-12T22:09'],
    ['December 23, 202311:08 AM UTCUpdated ago', '2023-12-23T11:08'],
    ['Dec 22, 2023 · Updated 3 hours ago', '2023-12-22'],
    ['Sunday 17 December 2023 17:23, UK', '2023-12-17T17:23'],
    ['2025年1月14日 21時17分 789文字', '2025-01-14T21:17'],
    ['渡辺洋介2025年1月13日 21時37分', '2025-01-13T21:37'],
    ['Dec. 22, 2023, 7:26 PM UTC / Source: TODAY', '2023-12-22T19:26'],
    ['12.03.2024 | Quelle: dpa', '2024-03-12'],
    ['30.01.202430. Januar 2024', '2024-01-30'],
    ['毎日新聞 2025/1/14 21:17（最終更新 1/14 21:17） 789文字', '2025-01-14T21:17'],
    ['Last Update: Monday, 12 January 2015 KSA 19:36 - GMT 16:36', '2015-01-12'],
    ['Dernière mise à jour : 13 mars 2021', '2021-03-13'],
    ['Letzte Aktualisierung: 13.03.2021', '2021-03-13'],
    ['Publication : 12 mars 2021', '2021-03-12'],
    ['Публикация: 12.03.2021 14:05', '2021-03-12T14:05'],
    ['Diterbitkan 12 Agustus 2021', '2021-08-12'],
    ['Di., 12.03.2024, 14:05 Uhr', '2024-03-12T14:05'],
    ['12 marca 2021 r., 14:05', '2021-03-12T14:05'],
    ['12 березня 2021 року', '2021-03-12'],
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
    ['It was published on July 12, 2016.'],
    ['Release date Dec 8, 2023'],
    ['The report was updated on July 12, 2016'],
    ['Die Studie wurde veröffentlicht am 3. Mai 2024 in Berlin'],
    ['December 22, 2023 ago they said'],
    ['宮崎県で震度5弱の地震があった 2025年1月13日'],
    ['Sunday, Feb. 18 - 2:30 PM ET'],
    ['Dec. 22, 2023 / Source: TODAY / Harbour plan faces a long delay, the council says'],
  ])('finds no publication date in %j', (text) => {
    expect(publishedDate(text, now)).toBeNull();
  });

  it('reads slashed dates day first when told', () => {
    expect(publishedDate('Publié le 06/01/2026 - 14:16 UTC+1', new Date('2027-01-01'), true)).toBe('2026-01-06T14:16');
  });
});
