import type { Block, Removed } from './model/schemas';
import type { ParseOptions } from './model/options';
import { classifyInput } from './classify-input';
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

/**
 * Removes the page furniture from a seed file and says what it removed and why; headline, byline, credits and comments are kept.
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
  const blocks = toBlocks(pieces);
  if (prepared.limit < prepared.text.length) blocks.push(unparsedBlock(prepared.text, prepared.limit));
  const text = blocks
    .filter((block) => block.role !== 'boilerplate')
    .map((block) => block.text)
    .join('\n\n');
  return { text, blocks, removed: removedSpans(pieces) };
}
