import { describe, expect, it } from 'vitest';
import { isByline, isCreditByline, isGenreByline } from './is-byline';

describe('isByline', () => {
  it.each(['By Judah Ari Gross and AP', 'by Brett Samuels - 12/22/23 11:35 AM ET', 'By Gina Scinta', 'Posted by Jane Doe', 'Von Thomas Sabin', 'Bengt Halvorson February 16, 2024', 'Stephen Edelstein December 22, 2023 Comment Now!', 'ByRahul Singh', 'byAmani Mwakyusa', '[a3c]By Amani Mwakyusa', 'John Sexton 4:00 PM on December 20, 2023', 'Dec 19, 2023 by News Staff', 'Dec 21, 2023 at1:39 pm | By Lexi G', 'Tyrese GriffinOct 17, 20235757 Shares97579 Views', 'By Dave Epstein Globe Correspondent,Updated December 22, 2023, 5:49 p.m.', '9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer', 'di Luca Monaco', 'Tobias Mühlbauer24.04.2024, 19:35 Uhr', 'Analysis by Jane Doe', 'Ntombizethu Ngcobo 2 minutes read', 'Autorin/Autor Jana Berg', 'Autor:in Jana Berg', 'Texto: Ana Gómez', 'Tekst: Jan Kowalski', 'Portrait of Lena MarshBy Lena MarshPublished: Oct 16, 2023', 'Lena Marsh By Lena Marsh City Desk', 'By Lena Marsh, one of the authors of our city newsletter. Marsh has covered the council, its budgets, its quarrels and its bridges for more than a decade.', 'von Landesspiegel 30. Juni 2025', 'By AJLabs', 'Автор: Иван Петров', 'Yazar: Ayşe Demir', 'Autorka: Anna Nowak', 'Auteure : Marie Dupont', '순천, 광양 구현모 기자 ninek@hankookilbo.com', 'News by Matt Wales News Reporter', 'Lena Marsh, General Editor, F1Dec 19, 2023, 05:30 PM', 'Lena Marsh, Associate Editor, CityWire Dec 21, 2023', 'Lena Marsh, Senior Reporter Dec 21, 2023', 'Escrito por Lena Marsh', 'Scritto da Lena Marsh', 'Geschreven door Lena de Vries', 'Skrevet af Lena Marsh', 'Texte : Lena Marsh', 'Autore: Lena Marsh', 'Von dpa', 'Von Lena Marsh und dpa', 'Van onze verslaggever Jan Jansen', 'Dal nostro inviato Marco Rossi', 'Lena Marsh, City University law professor, Citywire.lt 2024.03.31 19:59', 'Lena Marsh Publié le 12 mars 2024 à 10h15', 'Jan Jansen Gepubliceerd op 12 maart 2024', 'Reporting by The Associated Press.', 'Reported by Lena Marsh.', '22.08.2024 Profilbild von Lena Marsh', 'Dec 3, 2023 Headshot of Lena Marsh', 'Oleh: Budi Santoso', 'Penulis: Budi Santoso', 'Szerző: Kovács Anna', 'Muhabir: Ayşe Demir', 'Story by Lena Marsh • Photos by Sam Lee', 'Propos recueillis par Lena Marsh', 'Di Lena Marsh inviata a Kiev'])('takes %j for a byline', (line) => {
    expect(isByline(line)).toBe(true);
  });
  it.each([
    'By the time the police arrived, the crowd had left.',
    'By 2030 the city plans to plant a million trees.',
    'By clicking Subscribe you agree to our terms.',
    'Israel has carried out drone strikes against terrorists operating in the Sinai Peninsula.',
    'By Country',
    'Lena Marsh, Senior Reporter, The Morning Town Desk Dec 21, 2023',
    'By Topic',
    'Von Freitag, 3. Mai 2024, bis Sonntag',
    'Christmas Day December 25, 2023',
    'Byron Allen buys a station',
    'By the way, it was 5 p.m.',
    'Dec 19, 2023: stocks fell by a third',
    'Dec 19, 2023 - Stocks fell sharply',
    'Door knocking for benefits',
    'Von oben gesehen',
    'Von unserem Leser',
    'Van Morrison sings',
    'Review by the committee found problems.',
    'Updated daily 5 min read',
    'Publié le 06/01/2026 - 14:16 UTC+1',
    'Text STOP To Unsubscribe',
    'Man Bitten By Bear Cub In Park',
    'By Tuesday, the council had agreed to fund the new bridge over the river.',
    'By some accounts, the capture of the bridge gives the council a valuable bargaining chip in the talks.',
    'By the way, where is the mayor right now? On a plane headed back to his holiday.',
    'By Lena Marsh.',
    'Reporting by the committee found problems.',
    '22.08.2024 Photo of the Day',
    'Oleh Petrenko',
    'By the end of the day. Lena Marsh said no',
    'Von Reportern in Berlin wurde der Plan gelobt',
    'By reporters in Kiev, the talks were called a failure',
    'Propos recueillis par la police auprès des témoins',
    'Photos by the reader show the flood',
    'Oleh: the minister said the talks would resume on Monday.',
    'Penulis: ini adalah cerita tentang jembatan baru.',
    'Dec 3, 2023 Picture of the flooded bridge',
    'Dec 3, 2023 Image of Lena Marsh receiving the award from the mayor of the town',
  ])('takes %j for a sentence', (line) => {
    expect(isByline(line)).toBe(false);
  });
});

describe('isCreditByline', () => {
  it.each(['Reporting by The Associated Press.', 'Written by Lena Marsh.'])('takes %j for the credit under a story', (line) => {
    expect(isCreditByline(line)).toBe(true);
  });
  it.each(['By Lena Marsh', 'Reporting by Lena Marsh', 'Posted by Lena Marsh.'])('takes %j for a byline of the head', (line) => {
    expect(isCreditByline(line)).toBe(false);
  });
});

describe('isGenreByline', () => {
  it.each(['Kolumne von Lena Marsh - 28.04.2024 um 08:52 Uhr - 3 Ergänzungen', 'Ein Kommentar von Lena Marsh', 'Analyse von Lena Marsh und Jan Berg', 'Ein Beitrag von Lena Marsh', 'Eine Glosse von Lena Marsh - 28.04.2024'])('takes %j for a byline', (line) => {
    expect(isGenreByline(line)).toBe(true);
  });
  it.each(['Kolumne von heute', 'Ein Kommentar von unserem Leser', 'Von Lena Marsh', 'Ein Bericht von der Front'])('takes %j for something else', (line) => {
    expect(isGenreByline(line)).toBe(false);
  });
});
