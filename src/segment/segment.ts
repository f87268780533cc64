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
  const segments: Segment[] = [];
  const listIndents: number[] = [];
  let run: Line[] = [];
  let item: Line[] = [];

  const flushRun = () => {
    if (run.length > 0) pushParagraphs(text, run, segments);
    run = [];
  };
  const flushItem = () => {
    if (item.length > 0) segments.push(listItem(text, item, listDepth(listIndents, item[0]!.indent)));
    item = [];
  };

  for (const line of scanLines(text, limit)) {
    if (line.afterBlank) {
      flushRun();
      flushItem();
    }
    if (line.bullet !== null) {
      flushRun();
      flushItem();
      item = [line];
    } else if (item.length > 0 && line.indent > item[0]!.indent) {
      item.push(line);
    } else {
      flushItem();
      if (run.length === 0) listIndents.length = 0;
      run.push(line);
    }
  }
  flushRun();
  flushItem();
  return segments;
}

function listItem(text: string, lines: readonly Line[], depth: number): Segment {
  const first = lines[0]!;
  const end = lines[lines.length - 1]!.end;
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

function pushParagraphs(text: string, lines: readonly Line[], segments: Segment[]): void {
  const longest = lines.reduce((max, line) => Math.max(max, line.end - line.start), 0);
  let first = 0;
  for (let index = 0; index < lines.length; index++) {
    if (index + 1 < lines.length && isWrapped(text, lines, index, longest)) continue;
    const start = lines[first]!.start;
    const end = lines[index]!.end;
    segments.push({ text: cleanText(text.slice(start, end)), position: { start, end }, bullet: null, depth: 0 });
    first = index + 1;
  }
}

const SENTENCE_END = /[.!?:;"”’)\]]$/;
const LOWERCASE_START = /^\p{Ll}/u;

// Hard-wrapped prose (lines cut at 60–80 columns) is one paragraph; a headline over a date line,
// or a menu of short lines, is not: a line continues into the next only when it is nearly as long
// as the longest of the run and the next one carries on the sentence.
function isWrapped(text: string, lines: readonly Line[], index: number, longest: number): boolean {
  const line = lines[index]!;
  const length = line.end - line.start;
  if (longest < 40 || longest > 120 || length < 0.75 * longest) return false;
  const next = lines[index + 1]!;
  if (LOWERCASE_START.test(text.slice(next.start, next.start + 2))) return true;
  return lines.length >= 3 && !SENTENCE_END.test(text.slice(line.end - 1, line.end));
}
