import type { Author, Credit, Dateline } from '../model/schemas';
import { bylineDate, parseByline } from '../byline';
import { inYear, parseDateline, publishedDate } from '../dates';
import { sourceOffset } from '../normalize/visible';
import type { CompiledRules } from '../rules/compile-rules';
import { parseSourceLine } from '../source/parse-source-line';
import type { Piece } from '../classify/piece';
import { bylineParts, joinBylineParts } from '../classify/byline-text';
import { headlineText } from './headline-text';
import { pageYear } from './page-year';
import { splitNameRun } from '../byline/name-run';

/** The fields of the article read from its classified blocks. @internal */
export interface ExtractedFields {
  readonly title: string | null;
  readonly section: string | null;
  readonly byline: string | null;
  readonly authors: Author[];
  readonly source: string | null;
  readonly dateline: Dateline | null;
  readonly published: string | null;
  readonly credits: Credit[];
}

/**
 * Reads the headline, byline, authors, source, date, dateline and credits from classified pieces; the page's language
 * tells how to read a slashed date (`06/01/2026` is 6 January outside English).
 * @example
 * extractFields(text, classify(text, segments, context), rules, now, 'fr').published;
 * @internal
 */
export function extractFields(text: string, pieces: readonly Piece[], rules: CompiledRules, now: Date, language: string | null = null): ExtractedFields {
  const parts = bylineParts(pieces);
  const byline = joinBylineParts(parts);
  const date = firstOf(pieces, 'date');
  const source = firstOf(pieces, 'source');
  const firstBody = firstOf(pieces, 'body');
  const dayFirst = language !== null && language !== 'en';
  const title = firstOf(pieces, 'title');
  return {
    title: title ? headlineText(title.text) : null,
    section: firstOf(pieces, 'section')?.text ?? null,
    byline,
    authors: parts.flatMap((part) => authorsOf(part, text)),
    source: source ? parseSourceLine(source.text) : null,
    dateline: firstBody ? datelineOf(text, firstBody) : null,
    // A dated byline (`by Brett Samuels - 12/22/23 11:35 AM ET`) states the publication date, more surely than a date line
    // apart from it, which may be the day's date in the page's header. A date without its year takes the page's.
    published: publishedOf(pieces, byline, date, now, dayFirst),
    credits: pieces.filter((piece) => piece.role === 'credit').map((piece) => creditOf(piece, rules)),
  };
}

function publishedOf(pieces: readonly Piece[], byline: string | null, date: Piece | null, now: Date, dayFirst: boolean): string | null {
  const year = pageYear(pieces, now);
  return inYear(byline ? bylineDate(byline, now, dayFirst) : null, year, now) ?? inYear(date ? publishedDate(date.text, now, dayFirst) : null, year, now);
}

// A function of its own, not a closure made on every call: esbuild keeping names (as under tsx) names such a closure each time.
function firstOf(pieces: readonly Piece[], role: Piece['role']): Piece | null {
  return pieces.find((piece) => piece.role === role) ?? null;
}

// `Birgit Baumann Anna Giulia Fink`: names run together without a separator, read as one long name or as none, are split where
// the page writes them apart.
function authorsOf(byline: string, text: string): Author[] {
  const { authors } = parseByline(byline);
  if (authors.length > 1 || authors[0]?.kind === 'organization') return authors;
  const names = splitNameRun(authors[0]?.name ?? byline, text);
  return names === null ? authors : names.map((name) => ({ name, kind: 'person' }));
}

function datelineOf(text: string, piece: Piece): Dateline | null {
  const found = parseDateline(piece.text);
  if (!found) return null;
  const start = sourceOffset(text, piece.start, piece.end, found.start);
  const end = sourceOffset(text, piece.start, piece.end, found.end - 1) + 1;
  return { place: found.place, agency: found.agency, text: found.text, position: { start, end } };
}

function creditOf(piece: Piece, rules: CompiledRules): Credit {
  const pattern = piece.rule ? rules.patternById.get(piece.rule.id) : undefined;
  const credited = pattern?.exec(piece.text)?.groups?.['credit']?.trim();
  return { kind: piece.creditKind ?? 'other', text: credited || piece.text, position: { start: piece.start, end: piece.end } };
}
