import type { Segment } from '../model/schemas';
import { cleanText } from '../normalize/visible';
import { prepareInput } from '../normalize/prepare-input';
import { scanLines, type Line } from './scan-lines';

/**
 * The raw blocks of a seed file before classification: paragraphs, separate lines and list items, with their positions.
 *
 * Blocks are separated by blank lines. Inside a run of lines, each line is a block of its own (page
 * dumps put a headline, a date and a menu item on consecutive lines) unless the run is hard-wrapped
 * prose, whose lines are joined. Bullet lines (`  • `, `* `, `- `, `□`, `○`, `☆`, `1.`) are list items.
 * @example
 * segment('Featured\n\n  • Print Friendly, PDF & Email\n  • Send to Kindle');
 * // [{ text: 'Featured', bullet: null, depth: 0, position: { start: 0, end: 8 } }, { text: 'Print Friendly, PDF & Email', bullet: '•', … }, …]
 */
export function segment(input: string | Uint8Array): Segment[] {
  const { text, limit } = prepareInput(input, {});
  return segmentText(text, limit);
}

/**
 * Segments `text` up to `limit`; `segment` for an already prepared text.
 * @example
 * segmentText('One\n\nTwo', 8).length; // 2
 * @internal
 */
export function segmentText(text: string, limit: number): Segment[] {
  const lines = scanLines(text, limit);
  const segments: Segment[] = [];
  const listIndents: number[] = [];
  // The open run of lines, lines[open] up to the current line: a run of paragraph lines or a list item,
  // read by offsets into `lines` rather than gathered into arrays of their own.
  let open: OpenKind = NONE;
  let first = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.afterBlank || line.bullet !== null) {
      flush(text, lines, open, first, index, listIndents, segments);
      open = NONE;
    }
    if (line.bullet !== null) {
      open = ITEM;
      first = index;
    } else if (open === ITEM && line.indent > lines[first]!.indent) {
      continue;
    } else if (open !== RUN) {
      flush(text, lines, open, first, index, listIndents, segments);
      listIndents.length = 0;
      open = RUN;
      first = index;
    }
  }
  flush(text, lines, open, first, lines.length, listIndents, segments);
  return segments;
}

type OpenKind = typeof NONE | typeof RUN | typeof ITEM;
const NONE = 0;
const RUN = 1;
const ITEM = 2;

// Pushes the blocks of the open run, lines[first] to lines[to - 1].
function flush(text: string, lines: readonly Line[], open: OpenKind, first: number, to: number, listIndents: number[], segments: Segment[]): void {
  if (open === RUN) pushParagraphs(text, lines, first, to, segments);
  if (open === ITEM) segments.push(listItem(text, lines[first]!, lines[to - 1]!.end, listDepth(listIndents, lines[first]!.indent)));
}

function listItem(text: string, first: Line, end: number, depth: number): Segment {
  return {
    text: cleanText(text.slice(first.contentStart, end)),
    position: { start: first.start, end },
    bullet: first.bullet,
    depth,
  };
}

// Nested lists: the depth of an item is how many open items are less indented than it.
function listDepth(indents: number[], indent: number): number {
  while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
  if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
  return indents.length - 1;
}

function pushParagraphs(text: string, lines: readonly Line[], from: number, to: number, segments: Segment[]): void {
  let longest = 0;
  for (let index = from; index < to; index++) longest = Math.max(longest, lines[index]!.end - lines[index]!.start);
  let first = from;
  for (let index = from; index < to; index++) {
    if (index + 1 < to && isWrapped(text, lines, index, to - from, longest)) continue;
    const start = lines[first]!.start;
    const end = lines[index]!.end;
    segments.push({ text: cleanText(text.slice(start, end)), position: { start, end }, bullet: null, depth: 0 });
    first = index + 1;
  }
}

const SENTENCE_END = /[.!?:;"”’)\]]$/;
const LOWERCASE_START = /^\p{Ll}/u;
// A byline's label on a line of its own (`By`, `Von`) starts the byline under a headline; prose does not end on it.
const LONE_BY = /^(?:By|Von|Par|Por|Door)$/u;
const MAX_LONE_BY = 8;

// Hard-wrapped prose (lines cut at 60–80 columns) is one paragraph; a headline over a date line,
// or a menu of short lines, is not: a line continues into the next only when it is nearly as long
// as the longest of the run and the next one carries on the sentence.
function isWrapped(text: string, lines: readonly Line[], index: number, runLength: number, longest: number): boolean {
  const line = lines[index]!;
  const length = line.end - line.start;
  if (longest < 40 || longest > 120 || length < 0.75 * longest) return false;
  const next = lines[index + 1]!;
  if (LOWERCASE_START.test(text.slice(next.start, next.start + 2))) return true;
  if (next.end - next.start <= MAX_LONE_BY && LONE_BY.test(text.slice(next.start, next.end).trim())) return false;
  return runLength >= 3 && !SENTENCE_END.test(text.slice(line.end - 1, line.end));
}
