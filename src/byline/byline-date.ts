import { findDate } from '../dates';
import { GLUED_DATE } from './parse-byline';

/**
 * The date a byline states (`By Jane Doe • December 20, 2023 7:00 am`), as ISO 8601, also where the template glued it to the
 * name (`By Desirée ODec. 18, 2023 9:00 am EST`, `Tobias Mühlbauer24.04.2024, 19:35 Uhr`); or null. A day and time without a year
 * (`Jane Roe, 8 января, 17:46`) comes as `--01-08T17:46`, for the page to give its year.
 * @example
 * bylineDate('By Desirée ODec. 18, 2023 9:00 am EST', new Date('2024-01-01')); // '2023-12-18T09:00'
 */
export function bylineDate(line: string, now: Date, dayFirst = false): string | null {
  return findDate(line.replace(GLUED_DATE, ' '), now, dayFirst)?.iso ?? null;
}
