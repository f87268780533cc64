import { FUTURE_SLACK_MS } from './find-date';

const YEARLESS = /^--(?<month>\d{2})-(?<day>\d{2})(?:T\d{2}:\d{2})?$/u;

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
  if (year === null) return null;
  const day = Number(yearless['day']);
  const date = new Date(Date.UTC(year, Number(yearless['month']) - 1, day));
  // A February 29 rolls over to March 1 in a year that has none.
  if (date.getTime() > now.getTime() + FUTURE_SLACK_MS || date.getUTCDate() !== day) return null;
  return `${year}${iso!.slice(1)}`;
}
