import type { Block, Removed } from './model/schemas';
import type { ParseOptions } from './model/options';
import { classifyInput } from './classify-input';
import type { Piece } from './classify/piece';
import { removedSpans, toBlocks, unparsedBlock } from './assemble/assemble-article';

/**
 * What `stripBoilerplate` returns: the kept text, every block, and the removed spans.
 * @example
 * const { text, removed }: StripResult = stripBoilerplate(seed);
 */
export interface StripResult {
  /** Every block whose role is not `boilerplate`, in order, joined by a blank line. */
  readonly text: string;
  /** Every block of the file in order, as in `Article.blocks`. */
  readonly blocks: Block[];
  /** Every boilerplate block with its family and the rule that removed it. */
  readonly removed: Removed[];
}

const SEPARATOR = '\n\n';

/**
 * Removes the page furniture from a seed file and says what it removed and why; headline, byline, credits and comments are kept.
 *
 * The kept text is stable: stripping it again removes nothing. Some blocks are kept only for their
 * context (reader comments after a `Leave a Reply` that is itself removed); where the kept text
 * alone would lose one of them, it is removed here too, with the rule that would remove it.
 * @param input - The seed file as a string or as bytes.
 * @param options - As for `parseSeed`.
 * @returns The kept text, the blocks and the removed spans.
 * @example
 * const { text, removed } = stripBoilerplate('  • Print Friendly, PDF & Email\n\nThe story is told in plain prose, and it goes on for a while.');
 * text; // 'The story is told in plain prose, and it goes on for a while.'
 * removed[0]?.family; // 'share'
 */
export function stripBoilerplate(input: string | Uint8Array, options: ParseOptions = {}): StripResult {
  const { prepared, pieces } = classifyInput(input, options);
  const unparsed = prepared.limit < prepared.text.length ? unparsedBlock(prepared.text, prepared.limit) : null;
  // Each round removes at least one more block, so there are at most as many rounds as blocks.
  for (let round = 0; round <= pieces.length; round++) {
    const kept = keptText(pieces, unparsed);
    const again = classifyInput(kept.text, options).pieces;
    const lost = again.filter((piece) => piece.role === 'boilerplate');
    if (lost.length === 0) {
      const blocks = toBlocks(pieces);
      if (unparsed) blocks.push(unparsed);
      return { text: kept.text, blocks, removed: removedSpans(pieces) };
    }
    for (const piece of lost) removeAgain(pieces[kept.owners[ownerAt(kept.starts, piece.start)]!]!, piece);
  }
  throw new Error('unreachable: every round removes a block');
}

interface KeptText {
  readonly text: string;
  /** Offset in `text` where each kept block starts. */
  readonly starts: number[];
  /** Index in the pieces of each kept block (-1 for the unparsed rest). */
  readonly owners: number[];
}

function keptText(pieces: readonly Piece[], unparsed: Block | null): KeptText {
  const parts: string[] = [];
  const starts: number[] = [];
  const owners: number[] = [];
  let offset = 0;
  const keep = (text: string, owner: number) => {
    if (parts.length > 0) offset += SEPARATOR.length;
    starts.push(offset);
    owners.push(owner);
    parts.push(text);
    offset += text.length;
  };
  pieces.forEach((piece, index) => {
    if (piece.role !== 'boilerplate') keep(piece.text, index);
  });
  if (unparsed) keep(unparsed.text, -1);
  return { text: parts.join(SEPARATOR), starts, owners };
}

function ownerAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function removeAgain(piece: Piece | undefined, reason: Piece): void {
  if (!piece) return;
  piece.role = 'boilerplate';
  piece.rule = reason.rule;
  piece.classifier = reason.classifier;
  piece.score = reason.score;
}
