import type { Piece } from '../classify/piece';

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/**
 * The year the page was shown in, as its copyright notice states it (the last year of `© 2000-2026`), or null; a year after
 * `now` is none. Pages leave this year out of the dates of their stories of the year (`8 января, 17:46`).
 * @example
 * pageYear(pieces, new Date('2027-01-01')); // 2026, where the footer reads `© 2000-2026, Украинская правда`
 * @internal
 */
export function pageYear(pieces: readonly Piece[], now: Date): number | null {
  let latest: number | null = null;
  for (const piece of pieces) {
    if (piece.rule?.family !== 'copyright') continue;
    for (const [year] of piece.text.matchAll(YEAR)) {
      const value = Number(year);
      if (value <= now.getUTCFullYear() && (latest === null || value > latest)) latest = value;
    }
  }
  return latest;
}
