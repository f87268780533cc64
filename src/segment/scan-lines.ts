import { isVisibleAt } from '../normalize/visible';

/** A line of the text with its visible span, indentation and bullet. @internal */
export interface Line {
  /** Offset of the first visible character (the bullet included). */
  readonly start: number;
  /** Offset just past the last visible character. */
  readonly end: number;
  /** Columns of white space before `start` (a tab counts four). */
  readonly indent: number;
  /** The bullet or list number that opens the line, or null. */
  readonly bullet: string | null;
  /** Offset where the text after the bullet starts (`start` when there is no bullet). */
  readonly contentStart: number;
  /** Whether blank lines (or the start of the text) stand between this line and the previous one. */
  readonly afterBlank: boolean;
}

// `  • Share`, `* item`, `- item`, `□ item`, `○ item`, `☆ item`: bullets of text renderers and scrapers.
const BULLET_CHARS = new Set(['•', '◦', '▪', '▫', '■', '□', '○', '●', '☆', '★', '►', '▶', '‣', '⁃', '∙', '·', '*', '+', '-', '–', '—', '➢', '✓', '✔']);
// `1. item`, `2) item`, but not `22. Dezember 2023` nor `06. 01. 2026`, dates written day first with spaces.
const NUMBERED_BULLET = /\d{1,3}[.)](?=[\t ]|$)/y;
const MONTH_AFTER_NUMBER = /^[\t ]+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|\d{1,2}\.[\t ]?\d{4}(?!\d))/i;

/**
 * Splits `text` up to `limit` into lines (LF, CRLF or a lone CR) and reads each one's visible span and bullet, in one pass.
 * Blank lines are not returned (a file of blank lines would fill memory with them); the line after them says so.
 * @example
 * scanLines('  • Tweet\r\nBody', 16).map((line) => line.bullet); // ['•', null]
 * @internal
 */
export function scanLines(text: string, limit: number): Line[] {
  const lines: Line[] = [];
  let nextLf = -2;
  let nextCr = -2;
  let lineStart = 0;
  let afterBlank = true;
  while (lineStart <= limit) {
    if (nextLf !== -1 && nextLf < lineStart) nextLf = text.indexOf('\n', lineStart);
    if (nextCr !== -1 && nextCr < lineStart) nextCr = text.indexOf('\r', lineStart);
    let lineEnd = minBreak(nextLf, nextCr, limit);
    const line = readLine(text, lineStart, lineEnd, afterBlank);
    afterBlank = line === null;
    if (line) lines.push(line);
    if (lineEnd >= limit) break;
    const crlf = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 && lineEnd + 1 < limit;
    lineEnd += crlf ? 2 : 1;
    lineStart = lineEnd;
  }
  return lines;
}

function minBreak(nextLf: number, nextCr: number, limit: number): number {
  let end = limit;
  if (nextLf !== -1 && nextLf < end) end = nextLf;
  if (nextCr !== -1 && nextCr < end) end = nextCr;
  return end;
}

function readLine(text: string, lineStart: number, lineEnd: number, afterBlank: boolean): Line | null {
  let start = lineStart;
  let indent = 0;
  while (start < lineEnd && !isVisibleAt(text, start)) {
    indent += text.charCodeAt(start) === 9 ? 4 : 1;
    start++;
  }
  if (start === lineEnd) return null;
  let end = lineEnd;
  while (end > start && !isVisibleAt(text, end - 1)) end--;
  const bulletEnd = readBullet(text, start, end);
  if (bulletEnd === start) return { start, end, indent, bullet: null, contentStart: start, afterBlank };
  let contentStart = bulletEnd;
  while (contentStart < end && !isVisibleAt(text, contentStart)) contentStart++;
  return { start, end, indent, bullet: text.slice(start, bulletEnd), contentStart, afterBlank };
}

/** Offset after the bullet that opens the visible span `[start, end)`, or `start` when there is none. */
function readBullet(text: string, start: number, end: number): number {
  const first = text[start]!;
  if (BULLET_CHARS.has(first)) {
    const afterBullet = start + 1;
    return afterBullet === end || !isVisibleAt(text, afterBullet) ? afterBullet : start;
  }
  const code = first.charCodeAt(0);
  if (code < 48 || code > 57) return start;
  NUMBERED_BULLET.lastIndex = start;
  if (!NUMBERED_BULLET.test(text) || NUMBERED_BULLET.lastIndex > end) return start;
  const afterNumber = NUMBERED_BULLET.lastIndex;
  return MONTH_AFTER_NUMBER.test(text.slice(afterNumber, Math.min(end, afterNumber + 10))) ? start : afterNumber;
}
