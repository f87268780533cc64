const YEARLESS = /^--(?<month>\d{2})-(?<day>\d{2})(?<time>T\d{2}:\d{2})?$/u;
// A day of slack for time zones, as for the dates that state their year.
const FUTURE_SLACK_MS = 36 * 60 * 60 * 1000;

/**
 * A date found without its year (`--01-08T17:46`, from `8 января, 17:46`) put in the year of the page, or null where the page
 * states no year or the date would then be after `now`; a date that states its year is kept as it is.
 * @example
 * inYear('--01-08T17:46', 2026, new Date('2027-01-01')); // '2026-01-08T17:46'
 * inYear('--01-08T17:46', null, new Date('2027-01-01')); // null
 * inYear('2023-12-22', null, new Date('2027-01-01')); // '2023-12-22'
 */
export function inYear(iso: string | null, year: number | null, now: Date): string | null {
  const yearless = iso === null ? null : YEARLESS.exec(iso)?.groups;
  if (!yearless) return iso;
  if (year === null || Date.UTC(year, Number(yearless['month']) - 1, Number(yearless['day'])) > now.getTime() + FUTURE_SLACK_MS) return null;
  // February 29 of a year that has none.
  if (new Date(Date.UTC(year, Number(yearless['month']) - 1, Number(yearless['day']))).getUTCDate() !== Number(yearless['day'])) return null;
  return `${year}${iso!.slice(1)}`;
}
