import { findDate } from './find-date';

// `Published: 2016-07-12`, `Posted on July 12, 2016`, `Veröffentlicht am 22.12.2023`, `Publié le 12 juillet 2016`.
const PUBLISHED_LABEL =
  /^(?:originally\s+)?(?:published|posted|updated|last updated|first published|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publikacja|aktualizacja|opublikowano|publikováno|aktualizováno|publicerad|uppdaterad|publisert|oppdatert|offentliggjort|udgivet|opdateret|julkaistu|päivitetty|atualizado|publicat|actualizat|yayınlanma|güncelleme|опубликовано|обновлено|опубліковано|оновлено|date|datum|fecha)(?!\p{L})/iu;
// What may stand beside a date on a line that is only a date: weekdays, times, zones, separators,
// the seconds and zone of an ISO 8601 timestamp (`2023-12-22T15:23:34Z`).
const DATE_COMPANIONS =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|at|um|uhr|à|le|el|am|on|de|a\.?m\.?|p\.?m\.?|[ecmp][sd]t|et|pt|gmt|utc|cet|cest|bst|ist|mez|mesz|\d{1,2}[:.h]\d{2}(?::\d{2})?|updated|published|(?:\d+ )?min(?:ute)?s? read|\d+ min)\b|(?:\.\d{1,6})?(?:\bz|[+-]\d{2}:?\d{2})(?![\p{L}\d])|[|,.·•/–—:-]/giu;
const MAX_DATE_LINE = 120;
// A page's section may stand before its date on one line: `World Dec 22, 2023 10:59 AM EST`.
const SECTION_LABEL = /^\p{Lu}\p{Ll}+ $/u;
// …or after it, past a bar or a dot, as teaser lists write it: `Dec 22, 2023 | Space Exploration`, `12.03.2024 · Politik`.
const TRAILING_SECTION = /^ ?[|·•] ?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/**
 * The publication date a short line states, as ISO 8601: a `Published`/`Posted on` line, or a line that is only a date; a date inside a sentence of the story is not one.
 * @example
 * publishedDate('Posted on July 12, 2016', new Date('2024-01-01')); // '2016-07-12'
 * publishedDate('The law was passed on July 12, 2016, and it changed everything.', new Date('2024-01-01')); // null
 */
export function publishedDate(text: string, now: Date): string | null {
  const labelled = PUBLISHED_LABEL.test(text);
  if (!labelled && text.length > MAX_DATE_LINE) return null;
  const found = findDate(text, now);
  if (!found) return null;
  if (labelled) return found.iso;
  const before = text.slice(0, found.start).replace(SECTION_LABEL, '');
  const rest = (before + ' ' + text.slice(found.end).replace(TRAILING_SECTION, '')).replace(DATE_COMPANIONS, ' ');
  return /[\p{L}\p{N}]/u.test(rest) ? null : found.iso;
}
