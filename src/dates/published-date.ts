import { findDate, type FoundDate } from './find-date';

// The words that label a publication date (`Published`, `Posted on`, `Veröffentlicht am`, `Publié le`, `Giriş:`, `입력`)…
const PUBLISH_WORDS =
  'originally published|first published|zuerst veröffentlicht|published|posted|veröffentlicht|erstellt|publiziert|erschienen|publié|publiée|publicado|publicada|pubblicato|gepubliceerd|publikacja|opublikowano|publikováno|publicerad|publisert|offentliggjort|udgivet|julkaistu|publicat|yayınlanma|giriş|опубликовано|опубліковано|입력|등록|発行|公開|配信|发布';
// …and an update (`Updated`, `Aktualisiert am`, `Actualizado a`, `Güncelleme:`, `Stand:`).
const UPDATE_WORDS =
  'last updated|last modified|zuletzt aktualisiert|updated|modified|aktualisiert|geändert|modifié|modificado|stand|mis à jour|actualizado|actualizada|aggiornato|bijgewerkt|aktualizacja|zaktualizowano|aktualizováno|aktualizace|uppdaterad|oppdatert|opdateret|päivitetty|atualizado|actualizat|güncelleme|обновлено|оновлено|수정|更新';
// Labels, mostly nouns, that pages write only before their date (`Publication : 12 mars 2021`, `Публикация: 12.03.2021`,
// `Last update: 12 January 2015`, `Dernière mise à jour : 13 mars 2021`); they are not looked for after it.
const PUBLISH_LEADS = 'publication|veröffentlichung|publicación|publicação|pubblicazione|publicatie|publicerat|objavljeno|diterbitkan|dipublikasikan|публикация|публікація';
const UPDATE_LEADS = 'last update|aktualisierung|mise à jour|actualización|aggiornamento';
const PUBLISH_LABELS = `${PUBLISH_WORDS}|${PUBLISH_LEADS}`;
const UPDATE_LABELS = `${UPDATE_WORDS}|${UPDATE_LEADS}`;
const LABEL_WORDS = `${PUBLISH_LABELS}|${UPDATE_LABELS}`;
const LABEL_END = '(?: ?:| on| am| le| el| il| a| à| at| a las| alle| de| den| dne)? ?$';
const UPDATE_BEFORE = new RegExp(`(?:${UPDATE_LABELS})${LABEL_END}`, 'iu');
const PUBLISH_BEFORE = new RegExp(`(?:${PUBLISH_LABELS})${LABEL_END}`, 'iu');
// A line that opens with a label, maybe behind a bullet's dash (`-Aktualisiert am 28.04.2023-19:20`). `Date` labels a
// publication only at the start: after other words it is another date's (`Release date Dec 8, 2023`).
const PUBLISHED_LABEL = new RegExp(`^[-–—•·|/ ]*(?:${LABEL_WORDS}|date|datum|fecha)(?!\\p{L})`, 'iu');
const UPDATE_LABEL = new RegExp(`^[-–—•·|/ ]*(?:${UPDATE_LABELS})(?!\\p{L})`, 'iu');
// A label right before the date, after a few capitalised words: `CBC Arts · Posted: Dec 20, 2023`, `AFP / Updated: Dec 22, 2023`,
// `Zuerst veröffentlicht am 30/04/2024`, `Courtney CarrPublished: December 20, 2023`, `Publiziert6. November 2025`.
const LABEL_BEFORE_DATE = new RegExp(`(?:${LABEL_WORDS})${LABEL_END}`, 'iu');
const SHORT_PREFIX = /^(?:\p{Lu}[\p{L}.'’&-]*|[|·•/–—-])?(?: (?:\p{Lu}[\p{L}.'’&-]*|[|·•/–—-])){0,4} ?$/u;
// What may stand beside a date on a line that is only a date: weekdays in the languages read, times (`3 AM`, `4.00pm`,
// `kl. 14:47`), zones (`UTC+1`, `(GMT+7)`, `17:23, UK`), reading times (`Lesezeit: 5 Min.`, `1 minuti di lettura`), the labels of the
// update (`Actualizado a`), separators, and the seconds and zone of an ISO 8601 timestamp (`2023-12-22T15:23:34Z`).
const WEEKDAYS =
  '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|пʼятниця|субота|неділя|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật';
const ZONES = '[ecmp][sd]t|et|pt|gmt|utc|uk|cet|cest|bst|ist|mez|mesz|eet|eest|msk|jst|kst|ict|aest|aedt';
const READING_TIME =
  '(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|lectura)?:? ?\\d{1,3} ?(?:min(?:uten|ute|uti|utos|utes|s)?\\.?)(?: (?:read|lesezeit|de lecture|di lettura|de lectura))?';
// How long ago the update was, as templates print it beside the date: `Updated 2 hours ago`, `Updated ago` (the count left empty).
const AGO = '(?:\\d{1,3} ?(?:minutes?|mins?|hours?|hrs?|days?) )?ago';
const DATE_COMPANIONS = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:${WEEKDAYS}|${PUBLISH_WORDS}|${UPDATE_WORDS}|at|um|uhr|à|le|el|am|on|de|a|a las|alle|ore|às|kl|klo|godz|saat|в|(?:${ZONES})(?:[+-]\\d{1,2}(?::?\\d{2})?)?)\\.?(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:${READING_TIME}|${AGO})(?!\\p{L})`,
    `(?<!\\p{N})\\d{1,2}(?:[:.h]\\d{2}(?::\\d{2})?)? ?[ap]\\.? ?m\\.?(?!\\p{L})|(?<!\\p{N})\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?!\\p{N})`,
    '(?:\\.\\d{1,6})?(?:(?<![\\p{L}\\p{N}])z|[+-]\\d{2}:?\\d{2})(?![\\p{L}\\d])',
    // `2025年1月14日 01時28分 (1月14日 01時40分更新)`, `（最終更新 1/14 21:17）`: the day and time of the update, in Japanese or Chinese; `2025年1月14日（火）`: the weekday;
    // `789文字`: the length of the story.
    '\\d{1,2}月\\d{1,2}日|\\d{1,2}時\\d{2}分|最終更新(?: ?\\d{1,2}/\\d{1,2})?|更新|[（(][月火水木金土日월화수목금토일][曜요]?[日일]?[）)]|\\d{1,6}文字',
    '[|,.·•/–—:()（）-]',
  ].join('|'),
  'giu',
);
// Glued words are set apart before the companions are taken off: `12:24Lesezeit: 5 Min.`, `15:48 UhrLesedauer`, `CETLast modified`.
const GLUED_WORD = /(?<=[\p{L}\p{N}])(?=\p{Lu}\p{Ll})/gu;
const MAX_DATE_LINE = 120;
// The dates of updates after the publication date: `13/01/2025 10:22 Actualizado a 13/01/2025 15:43`.
const MAX_LATER_DATES = 3;
// A page's section may stand before its date on one line: `World Dec 22, 2023 10:59 AM EST`, `Nuomonės2024.03.31 19:59`, `Frankfurt, October 23, 2024`,
// or a weekday cut short (`Di., 12.03.2024, 14:05 Uhr`); in Japanese, Chinese or Korean, the author's or the paper's name, a word of a
// few characters (`渡辺洋介2025年1月13日`, `毎日新聞 2025/1/14`).
const SECTION_LABEL = /^(?:\p{Lu}\p{Ll}+\.?,?|[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}]{2,6}) ?$/u;
// …or after it, past a bar or a dot, as teaser lists write it: `Dec 22, 2023 | Space Exploration`, `12.03.2024 · Politik`.
const TRAILING_SECTION = /^ ?[|·•] ?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;
// …and the source of the story may end the line, past the time: `Dec. 22, 2023, 7:26 PM UTC / Source: TODAY`, `12.03.2024 | Quelle: dpa`.
const TRAILING_SOURCE = /[|·•/] ?(?:source|quelle|fuente|fonte|bron|źródło|источник|джерело) ?: ?[\p{L}\p{N}][\p{L}\p{N}.&' -]{0,39}$/iu;

/**
 * The label and companion patterns built from the word lists above; exported for the ReDoS check.
 * @example
 * DATE_LINE_PATTERNS['UPDATE_LABEL']!.test('Updated: Dec 22, 2023'); // true
 * @internal
 */
export const DATE_LINE_PATTERNS: Readonly<Record<string, RegExp>> = { UPDATE_BEFORE, PUBLISH_BEFORE, PUBLISHED_LABEL, UPDATE_LABEL, LABEL_BEFORE_DATE, DATE_COMPANIONS, TRAILING_SOURCE };

/**
 * The publication date a short line states, as ISO 8601: a `Published`/`Posted on` line, or a line that is only a date
 * (with its weekday, time, zone, reading time or update); a date inside a sentence of the story is not one. `dayFirst`
 * reads slashed dates day first, as pages outside the US write them.
 * @example
 * publishedDate('Posted on July 12, 2016', new Date('2024-01-01')); // '2016-07-12'
 * publishedDate('17.04.2024, 12:24Lesezeit: 5 Min.', new Date('2025-01-01')); // '2024-04-17T12:24'
 * publishedDate('The law was passed on July 12, 2016, and it changed everything.', new Date('2024-01-01')); // null
 */
export function publishedDate(text: string, now: Date, dayFirst = false): string | null {
  const labelled = PUBLISHED_LABEL.test(text);
  if (!labelled && text.length > MAX_DATE_LINE) return null;
  const found = findDate(text, now, dayFirst);
  // A day and time without a year on a line of its own is as often an event's (`Sunday, Feb. 18 - 2:30 PM ET`) as the story's.
  if (!found || found.iso.startsWith('--')) return null;
  if (labelled) return publicationOf(text, found, now, dayFirst);
  const before = withoutLabel(text.slice(0, found.start)).replace(SECTION_LABEL, '');
  const after = withoutLaterDates(text.slice(found.end), now).replace(TRAILING_SECTION, '').replace(TRAILING_SOURCE, '');
  const rest = `${before} ${after}`.replace(GLUED_WORD, ' ').replace(DATE_COMPANIONS, ' ');
  return /[\p{L}\p{N}]/u.test(rest) ? null : publicationOf(text, found, now, dayFirst);
}

// `Aktualizacja: 19.04.2025 19:45 Publikacja: 19.04.2025 19:05`: where the first date is the update's and a later one is
// labelled as the publication, the later one is the publication date.
function publicationOf(text: string, first: FoundDate, now: Date, dayFirst: boolean): string {
  if (!UPDATE_BEFORE.test(text.slice(0, first.start))) return first.iso;
  const rest = text.slice(first.end);
  const later = findDate(rest, now, dayFirst);
  return later !== null && !later.iso.startsWith('--') && PUBLISH_BEFORE.test(rest.slice(0, later.start)) ? later.iso : first.iso;
}

/**
 * Whether a line opens with the label of an update (`Updated07:26, 24 Dec 2023`, `Aktualisiert am 28.04.2023`).
 * @example
 * hasUpdateLabel('Updated: Dec. 22, 2023, 1:59 p.m.'); // true
 * hasUpdateLabel('Published: Dec. 22, 2023, 1:54 p.m.'); // false
 */
export function hasUpdateLabel(text: string): boolean {
  return UPDATE_LABEL.test(text);
}

/**
 * Whether a line opens with the label of a publication or update date (`Publisert: 05.08.24 kl. 14:47`, `Datum 28.04.2023`).
 * @example
 * hasPublishedLabel('Publisert: 05.08.24 kl. 14:47'); // true
 * hasPublishedLabel('December 22, 2023'); // false
 */
export function hasPublishedLabel(text: string): boolean {
  return PUBLISHED_LABEL.test(text);
}

// `CBC Arts · Posted: `: a label before the date, after at most a few capitalised words, leaves nothing; other text is kept.
function withoutLabel(before: string): string {
  const label = LABEL_BEFORE_DATE.exec(before);
  return label !== null && SHORT_PREFIX.test(before.slice(0, label.index)) ? '' : before;
}

function withoutLaterDates(after: string, now: Date): string {
  let rest = after;
  for (let count = 0; count < MAX_LATER_DATES; count++) {
    const later = findDate(rest, now);
    if (later === null) break;
    rest = `${rest.slice(0, later.start)} ${rest.slice(later.end)}`;
  }
  return rest;
}
