/**
 * A dateline at the start of a paragraph, with its offsets in the paragraph text.
 * @example
 * const dateline: FoundDateline = { place: 'WASHINGTON', agency: 'Reuters', text: 'WASHINGTON (Reuters) -', start: 0, end: 22 };
 */
export interface FoundDateline {
  readonly place: string | null;
  readonly agency: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// `WASHINGTON (Reuters) -`, `GAZA STRIP (Christian Examiner) –`, `LONDON, May 3 (AFP) —`, `RAFAH, Gaza Strip (AP) —`, `BEIJING —`
const CAPS_DATELINE =
  /^(?<place>\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?)(?:, (?:\p{L}{3,9}\.? \d{1,2}|\d{1,2}\.? \p{L}{3,9}\.?))? ?(?:\((?<agency>\p{Lu}[^()]{0,39}|\p{Ll}{2,5})\) ?)?(?<dash>[-–—]{1,2}|:) /u;
// `Berlin (dpa) -`, `Paris, 3 mai (Reuters) -`: a place in title case needs the agency.
const AGENCY_DATELINE =
  /^(?<place>\p{Lu}[\p{L}.'’-]{1,30}(?: \p{Lu}[\p{L}.'’-]{1,30}){0,3})(?:, (?:\p{L}{3,9}\.? \d{1,2}|\d{1,2}\.? \p{L}{3,9}\.?))? ?\((?<agency>\p{Lu}[^()]{0,39}|\p{Ll}{2,5})\) ?(?<dash>[-–—]{1,2}|:) /u;
// `(CNN) —`, `(CNN)The president …`
const AGENCY_ONLY = /^\((?<agency>\p{Lu}[\p{L}. ]{1,20})\) ?(?:[-–—]{1,2} )?/u;
const SCANNED_LENGTH = 120;

/**
 * The wire dateline that opens a paragraph (a block text, white space folded), such as `WASHINGTON (Reuters) -`, or null.
 * @example
 * parseDateline('WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.');
 * // { place: 'WASHINGTON', agency: 'Reuters', text: 'WASHINGTON (Reuters) -', start: 0, end: 22 }
 */
export function parseDateline(paragraph: string): FoundDateline | null {
  const head = paragraph.slice(0, SCANNED_LENGTH);
  const match = CAPS_DATELINE.exec(head) ?? AGENCY_DATELINE.exec(head) ?? AGENCY_ONLY.exec(head);
  if (!match?.groups) return null;
  const place = match.groups['place']?.trim() ?? null;
  // All capitals is what tells a place from the first words of a sentence (`The U.S. -`).
  const city = place?.split(',')[0] ?? '';
  if (place !== null && !match.groups['agency'] && (place.length < 3 || city !== city.toUpperCase())) return null;
  if (match.groups['dash'] === ':' && !match.groups['agency']) return null;
  const text = match[0].trimEnd();
  return { place, agency: match.groups['agency']?.trim() ?? null, text, start: 0, end: text.length };
}
