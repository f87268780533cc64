import { findDate, type FoundDate } from '../dates';
import { isNameLine } from './is-name-line';
import { GLUED_BY, GLUED_DATE, READING_TIME, ROLE_ONLY, TRAILING_ROLE, TRAILING_TIME, bylineAfterDate, isDanglingMark, parseByline, withoutAppositive, withoutPublishedLabel } from './parse-byline';
import { withoutDumpResidue } from './dump-residue';
import { trimEndWhere } from '../normalize/trim-end';
import { foldSpaces } from './fold-spaces';
import { AUTHOR_LABELS, PIECE_KINDS, WRITTEN_BY } from './author-labels';
import { koreanReporters } from './korean-reporters';

// `By`, `Posted by`, `Reporting by` (a credit under a wire story), `Analysis by`, `News by` (a site's kind of piece), and their kin in other languages. Not `Ein Kommentar von`: in German
// teaser lists every teaser has one, and the list would read as a run of bylines that cuts the story.
// `Autorin/Autor` and the other `AUTHOR_LABELS` label the author too, as `WRITTEN_BY` does. `Text`, `Texte` and `Texto` are labels only
// with a colon (`Text: Jane Doe`).
// `Van` and `Dal` only before the paper's own (`Van onze verslaggever`, `Dal nostro inviato`): a name may start with `Van`.
/** The start of a byline; exported for the ReDoS check. @internal */
export const BYLINE_START = new RegExp(String.raw`^(?:(?:(?:posted|written|words|reported|reporting|story|text|compiled|analysis|commentary|opinion|review|news|feature|interview|guide) by|by|von|par|por|di|door|av|af|van(?= onze )|dal(?:la)?(?= nostr[oa] )|author|${AUTHOR_LABELS}|${WRITTEN_BY})(?: ?:)?|(?:text[eo]?|tekst) ?:) \S`, 'iu');
const INITIAL = /\b\p{Lu}\.$/u;
// Not written inside the function: esbuild for a Node 20 target (as under tsx) turns a pattern with Unicode properties into a `new RegExp` call.
const CAPITALISED = /^\p{Lu}/u;
const INNER_CAPITAL = /^\p{Lu}\p{L}*\p{Lu}/u;
const LOWERCASE_WORD = /(?<!\p{L})\p{Ll}{2,}/u;
const CAPITALISED_NAMES = /^\S+(?: \p{Lu}[\p{L}'’.-]*)+$/u;
const DATED_MERIDIEM = /\d ?[ap]\.m\.$/u;
const DIGIT = /\d/u;
const MAX_BYLINE_LENGTH = 160;
// `Reporting by The Associated Press.`: the credit that signs a story under its last paragraph is written as a sentence, full stop and all.
const CREDIT_BY = /^(?:reporting|reported|written|words|compiled) by /iu;
const FAR_FUTURE = new Date(Date.UTC(9999, 0, 1));
// What may follow the date of a dated name line: `Comment Now!`, `5 min read`.
const MAX_AFTER_DATE = 30;

/**
 * Whether a line is a byline: a prefix (`By`, `Posted by`, `Von`, …) followed by names, not a sentence that starts with "By";
 * or names followed by a date (`Stephen Edelstein December 22, 2023`) or a reading time (`Jane Doe 2 minutes read`), or a date
 * followed by a byline (`Dec 19, 2023 by News Staff`).
 * @example
 * isByline('By Judah Ari Gross and AP'); // true
 * isByline('Bengt Halvorson - February 16, 2024'); // true
 * isByline('Dec 19, 2023 by News Staff'); // true
 * isByline('9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer'); // true
 * isByline('By the time the police arrived, the crowd had left.'); // false
 */
export function isByline(line: string): boolean {
  if (line.length > MAX_BYLINE_LENGTH * 4) return false;
  const whole = withoutDumpResidue(foldSpaces(line).trim());
  if (koreanReporters(whole) !== null) return true;
  // `By Jane Doe, one of the authors of our newsletter. Doe has covered…`: the byline ends where the sentence about the author
  // starts; a sentence that opens with `By` (`By some accounts, …`) has no capitalised names before its comma.
  const startsWhole = BYLINE_START.test(whole);
  const names = startsWhole ? withoutAppositive(whole) : whole;
  const text = names === whole || CAPITALISED_NAMES.test(names) ? names : whole;
  if (text.length > MAX_BYLINE_LENGTH) return false;
  // Dates and reading times are written with digits: a line without one need not face their patterns.
  if (!(text === whole ? startsWhole : BYLINE_START.test(text)) && !GLUED_BY.test(text)) return DIGIT.test(text) && (isDatedByline(text.replace(GLUED_DATE, ' ')) || isTimedNameLine(text));
  const { authors } = parseByline(text);
  const date = findDate(text, FAR_FUTURE);
  // `By Country` in a menu: a byline names someone by more than one word, or an organisation; or by one word that a date
  // follows (`von Landesspiegel 30. Juni 2025`) or that is written with capitals inside (`By AJLabs`).
  if (authors.every((author) => author.kind === 'person' && !author.name.includes(' ')) && !(authors.length === 1 && (endsWithDate(text, date) || INNER_CAPITAL.test(authors[0]!.name)))) return false;
  // Names in lower case follow only `by` (`by jane doe`); after `Door`, `Von` or `Par` they are a sentence (`Door knocking for benefits`, `Von unserem Leser`).
  // Wire agencies are written in lower case in every language (`Von dpa`, `Von Jan Berg und dpa`).
  if (!/^by /iu.test(text) && authors.some((author) => author.kind === 'person' && !CAPITALISED.test(author.name))) return false;
  // Every word of a real byline, up to its date, is a name, a role or a separator; a sentence leaves words over.
  const named = authors.reduce((count, author) => count + author.name.split(' ').length, 0);
  const words = (date === null ? text : text.slice(0, date.start).trimEnd()).replace(/^\S+\s+(?:by\s+)?/iu, '').split(' ').length;
  return named >= Math.min(words, 2) && (CREDIT_BY.test(text) || !endsSentence(text));
}

/**
 * Whether a byline is the credit that signs a story under its last paragraph (`Reporting by The Associated Press.`), not one of its head.
 * @example
 * isCreditByline('Reporting by The Associated Press.'); // true
 * isCreditByline('By Jane Doe'); // false
 */
export function isCreditByline(line: string): boolean {
  return CREDIT_BY.test(line) && endsSentence(line);
}

// `Kolumne von Carla Siepmann`, `Ein Kommentar von Jane Doe`: the kind of piece before `von`.
const GENRE_BY = new RegExp(`^(?:eine? )?(?:${PIECE_KINDS}) von `, 'iu');

/**
 * Whether a line is a byline that names the kind of piece first (`Kolumne von Carla Siepmann - 28.04.2024`). Every teaser
 * of a German list may carry one, so such a line is a byline only where it stands under the headline.
 * @example
 * isGenreByline('Kolumne von Carla Siepmann - 28.04.2024 um 08:52 Uhr'); // true
 * isGenreByline('Kolumne von heute'); // false
 */
export function isGenreByline(line: string): boolean {
  if (line.length > MAX_BYLINE_LENGTH * 4) return false;
  const text = foldSpaces(line).trim();
  return GENRE_BY.test(text) && isByline(text.replace(GENRE_BY, 'Von '));
}

// `30. Juni 2025`, `9 Oct 2023 10:00`: a date that ends the line, not one that a sentence goes on after (`…, bis Sonntag`).
function endsWithDate(text: string, date: FoundDate | null): boolean {
  return date !== null && !LOWERCASE_WORD.test(text.slice(date.end));
}

// The full stop of an initial (`Jane Q.`), or of the time of a date (`December 22, 2023, 5:49 p.m.`), does not end a sentence.
function endsSentence(text: string): boolean {
  if (!/[.!?]$/u.test(text) || INITIAL.test(text)) return false;
  return !(DATED_MERIDIEM.test(text) && findDate(text, FAR_FUTURE) !== null);
}

// Names before a date (`Stephen Edelstein December 22, 2023`), or a byline or names after it (`Dec 19, 2023 by News Staff`).
function isDatedByline(text: string): boolean {
  const date = findDate(text, FAR_FUTURE);
  if (date === null) return false;
  if (date.start > 0) return isDatedNameLine(text, date);
  const after = bylineAfterDate(text, date);
  return after !== null && (isByline(after) || isNameLine(after));
}

function isTimedNameLine(text: string): boolean {
  const reading = READING_TIME.exec(text);
  return reading !== null && text.length - reading.index - reading[0].length <= MAX_AFTER_DATE && isNameLine(text.slice(0, reading.index));
}

function isDatedNameLine(text: string, date: FoundDate): boolean {
  if (text.length - date.end > MAX_AFTER_DATE) return false;
  const time = TRAILING_TIME.exec(text);
  const end = time !== null && time.index < date.start ? time.index : date.start;
  // `Marie Dubois Publié le 12 mars 2024`: the label of the date is no name.
  const names = trimEndWhere(withoutPublishedLabel(text.slice(0, end)), isDanglingMark);
  return isNameLine(names) || isNameOverRole(names);
}

// The short name of a desk or a site after a role: `F1`, `PCWorld`, `Metro Desk`.
const DESK_NAME = /^\p{Lu}[\p{L}\p{N}]{0,15}(?: \p{Lu}[\p{L}\p{N}]{0,15}|\.\p{Ll}{2,6})?$/u;

// `Nate Saunders, General Editor, F1` before a date: a name, its role, and maybe its desk, a comma apart.
function isNameOverRole(names: string): boolean {
  const [name, role, desk, ...rest] = names.split(', ');
  return rest.length === 0 && role !== undefined && (ROLE_ONLY.test(role) || TRAILING_ROLE.test(role)) && (desk === undefined || DESK_NAME.test(desk)) && isNameLine(name!);
}
