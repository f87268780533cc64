import { MONTHS, MONTH_PATTERN } from './months';

/**
 * A date found in a line: as ISO 8601 (with the time when stated), and where it lies in the line.
 * @example
 * const found: FoundDate = { iso: '2016-07-12', start: 11, end: 24 };
 */
export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when the line states a time (as written, without its zone); `--MM-DDTHH:MM` when it states no year. */
  readonly iso: string;
  /** Offset of the date in the line. */
  readonly start: number;
  /** Offset just past the date (and its time) in the line. */
  readonly end: number;
}

// The time after a date: `at 3:04 pm`, `um 15:46`, `kl. 14:47` (Nordic), `godz. 9:00` (Polish), `saat 18:24` (Turkish), `в 17:46` (Russian).
const STATED_TIME = String.raw`[ ,|·•–—-]{0,6}(?:(?:at|um|à|a las|alle|às|kl\.?|klo|godz\.?|saat|в) )?(?<hour>\d{1,2})[:.h](?<minute>\d{2})(?::\d{2})? ?(?<meridiem>[ap]\.? ?m\.?)?`;
const TIME = `(?:${STATED_TIME})?`;
// `12/22/23 11:35 AM ET`, `12-20-2023` (US, month first), `22.12.2023 14:05`, `06. 01. 2026` (day first): the one format whose year may have two digits.
// A year of four digits may have more glued to it, as where a template prints the date twice (`30.01.202430. Januar 2024`).
const NUMERIC_DATE = new RegExp(String.raw`(?<![\d_])(?<first>\d{1,2})(?<separator>[/.-])(?<space> ?)(?<second>\d{1,2})\k<separator>\k<space>(?<year>\d{4}|\d{2}(?!\d))${TIME}`, 'iu');
const YEAR_FIRST_DATES = [
  // `2024.03.31 19:59`, `2023/12/20 at 8:39 AM`, `2025/1/14 21:17`, `2018. 11. 23`: year first, as East Asian, Baltic and Hungarian pages write it.
  new RegExp(String.raw`(?<![\d_])(?<year>(?:19|20)\d{2})(?<separator>[/.]) ?(?<month>\d{1,2})\k<separator> ?(?<day>\d{1,2})(?![\d.]\d)${TIME}`, 'iu'),
  // `2025年1月13日 21時37分` (Japanese, Chinese), `2025년 5월 15일` (Korean).
  new RegExp(String.raw`(?<year>\d{4}) ?[年년] ?(?<month>\d{1,2}) ?[月월] ?(?<day>\d{1,2}) ?[日일](?: ?(?<hour>\d{1,2}) ?[時시:] ?(?<minute>\d{2})[分분]?)?`, 'u'),
];
// `8 января, 17:46`, `Dec. 19, 10:30 AM`: pages leave the year out of the dates of the year they are shown in. Only a day
// with its time is read so, as a timestamp: a day alone is as often an event's (`Date: Tuesday, Dec. 19`).
const YEARLESS_DATES = [
  new RegExp(String.raw`(?<!\w)(?<monthName>${MONTH_PATTERN})\.? (?<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)${STATED_TIME}`, 'iu'),
  new RegExp(String.raw`(?<![\d_])(?<day>\d{1,2})(?:\.|st|nd|rd|th|er)? (?:de )?(?<monthName>${MONTH_PATTERN})\.?${STATED_TIME}`, 'iu'),
];
// The time that the year-less formats need.
const TIME_OF_DAY = /\d[:.h]\d\d/u;
// What both year-first formats have: the year before `年`, `년`, or a slash or a dot and a digit. Most lines with a
// number of four digits have neither, and are not read by the two formats.
const YEAR_FIRST = /\d{4}(?: ?[年년]|[/.] ?\d)/u;
// Each format starts with a word character, so `(?<!\w)` holds where `\b` would: under the `iu` flags V8 tries
// `\b` at every offset, and the formats ran ten times slower with it. A format that starts with a digit may follow a
// letter, as templates glue a label or a section to the date (`Publiziert6. November 2025`, `Nuomonės2024.03.31`).
/** The date formats, tried in turn; exported for the ReDoS check. @internal */
export const DATE_PATTERNS: readonly RegExp[] = [
  // `2016-07-12`, `2016-07-12T10:00:00Z`
  new RegExp(String.raw`(?<![\d_])(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::\d{2}(?:\.\d+)?)?)?`, 'u'),
  // `July 12, 2016`, `Dec. 22, 2023 11:48 a.m. ET`, `Fri December 22, 2023`
  new RegExp(String.raw`(?<!\w)(?<monthName>${MONTH_PATTERN})\.? (?<day>\d{1,2})(?:st|nd|rd|th)?,? (?<year>\d{4})${TIME}`, 'iu'),
  // `12 July 2016`, `22. Dezember 2023`, `12 juillet 2016`, `12 de julio de 2016`, `12th of March 2021`, `12-Mar-2021`; Polish, Russian and Ukrainian
  // may write the word for "year" after it (`12 marca 2021 r.`, `12 марта 2021 г.`, `12 березня 2021 року`).
  new RegExp(String.raw`(?<![\d_])(?<day>\d{1,2})(?:(?:\.|st|nd|rd|th|er)? (?:de |of )?|-)(?<monthName>${MONTH_PATTERN})(?:\.?,? (?:de )?|-)(?<year>\d{4})(?: ?[rгр]\.| года| року)?${TIME}`, 'iu'),
  NUMERIC_DATE,
  ...YEAR_FIRST_DATES,
  ...YEARLESS_DATES,
];
const TWO_DIGITS = /\d\d/;
const FOUR_DIGITS = /\d{4}/;
/**
 * A day of slack for time zones: a date a few hours "ahead" of `now` is today somewhere.
 * @example
 * Date.parse('2024-01-02T06:00Z') <= now.getTime() + FUTURE_SLACK_MS; // true for `now` 2024-01-01T12:00Z
 * @internal
 */
export const FUTURE_SLACK_MS = 36 * 60 * 60 * 1000;
const SCANNED_LENGTH = 400;

/**
 * The first date in a short line (white space folded, as block texts are), as ISO 8601; dates after `now` and impossible dates (Feb 30) are skipped.
 * Slashed dates are read month first, as in the US, unless `dayFirst` (a page in another language) or the first number cannot be a month.
 * @example
 * findDate('by Brett Samuels - 12/22/23 11:35 AM ET', new Date('2024-01-01'))?.iso; // '2023-12-22T11:35'
 * findDate('Posted on July 12, 2016', new Date('2024-01-01'))?.iso; // '2016-07-12'
 * findDate('Publié le 06/01/2026', new Date('2027-01-01'), true)?.iso; // '2026-01-06'
 */
export function findDate(text: string, now: Date, dayFirst = false): FoundDate | null {
  const line = text.length > SCANNED_LENGTH ? text.slice(0, SCANNED_LENGTH) : text;
  // Every format has a year of two or four digits; most lines have neither, and need not face the month names.
  if (!TWO_DIGITS.test(line)) return null;
  const fourDigits = FOUR_DIGITS.test(line);
  let best: FoundDate | null = null;
  const yearFirst = fourDigits && YEAR_FIRST.test(line);
  const timed = TIME_OF_DAY.test(line);
  for (const pattern of DATE_PATTERNS) {
    const yearless = YEARLESS_DATES.includes(pattern);
    if (yearless ? !timed : !fourDigits && pattern !== NUMERIC_DATE) continue;
    if (!yearFirst && YEAR_FIRST_DATES.includes(pattern)) continue;
    const match = pattern.exec(line);
    if (!match?.groups || (best && match.index >= best.start)) continue;
    const iso = isoOf(match.groups, now, dayFirst);
    if (iso) best = { iso, start: match.index, end: match.index + match[0].length };
  }
  return best;
}

function isoOf(groups: Record<string, string | undefined>, now: Date, dayFirst: boolean): string | null {
  if (groups['year'] === undefined) return yearlessIsoOf(groups);
  let year = Number(groups['year']);
  let month: number;
  let day: number;
  if (groups['monthName']) {
    month = MONTHS.get(groups['monthName'].toLowerCase()) ?? 0;
    day = Number(groups['day']);
  } else if (groups['first']) {
    // `3-2-23` is a score or a code more often than a date: dashes go with four-digit years only.
    if (groups['separator'] === '-' && groups['year']!.length < 4) return null;
    const first = Number(groups['first']);
    const second = Number(groups['second']);
    // Slashes and dashes are US month-first unless the page is not in English or the first number cannot be a month; dots are day-first.
    const dayFirstHere = groups['separator'] === '.' || first > 12 || (dayFirst && second <= 12);
    month = dayFirstHere ? second : first;
    day = dayFirstHere ? first : second;
  } else {
    month = Number(groups['month']);
    day = Number(groups['day']);
  }
  if (year < 100) year += year + 2000 > now.getUTCFullYear() + 1 ? 1900 : 2000;
  if (!isCalendarDate(year, month, day) || year < 1900 || isEpoch(year, month, day)) return null;
  if (Date.UTC(year, month - 1, day) > now.getTime() + FUTURE_SLACK_MS) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = timeOf(groups);
  return time ? `${date}T${time}` : date;
}

// `--01-08T17:46`: ISO 8601 writes a date without its year so; the page gives the year (see `inYear`). A leap year lets February 29 pass.
function yearlessIsoOf(groups: Record<string, string | undefined>): string | null {
  const month = MONTHS.get(groups['monthName']!.toLowerCase()) ?? 0;
  const day = Number(groups['day']);
  const time = timeOf(groups);
  return isCalendarDate(2000, month, day) && time ? `--${pad(month)}-${pad(day)}T${time}` : null;
}

function timeOf(groups: Record<string, string | undefined>): string | null {
  if (groups['hour'] === undefined || groups['minute'] === undefined) return null;
  let hour = Number(groups['hour']);
  const minute = Number(groups['minute']);
  const meridiem = groups['meridiem']?.toLowerCase().replace(/[^ap]/g, '');
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null;
}

// A template prints a missing timestamp as the Unix epoch: `Dec 31, 1969` west of Greenwich, `1 Jan 1970` east of it.
function isEpoch(year: number, month: number, day: number): boolean {
  return (year === 1969 && month === 12 && day === 31) || (year === 1970 && month === 1 && day === 1);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
