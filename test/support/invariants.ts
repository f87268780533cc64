import { expect } from 'vitest';
import { ArticleSchema, decodeSeed, type Article, type Block } from '../../src/index';

const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}]/u;
const FOLD = /[\p{Cc}\p{Cf}\p{White_Space}]+/gu;

/** The text positions point into: the input string, or the decoded bytes. */
export function parsedText(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : decodeSeed(input).text;
}

/**
 * Every visible character of `text` lies in exactly one block: blocks are sorted, do not overlap,
 * and no visible character falls between them. Linear in the text.
 */
export function expectLossless(text: string, blocks: readonly Block[]): void {
  let covered = 0;
  for (const block of blocks) {
    const { start, end } = block.position;
    expect(start, `block ${JSON.stringify(block.text.slice(0, 40))} starts before the previous one ends`).toBeGreaterThanOrEqual(covered);
    expect(end).toBeGreaterThanOrEqual(start);
    expect(end).toBeLessThanOrEqual(text.length);
    const gap = text.slice(covered, start);
    if (VISIBLE.test(gap)) expect.fail(`visible text outside every block at ${covered}: ${JSON.stringify(gap.slice(0, 60))}`);
    covered = end;
  }
  const rest = text.slice(covered);
  if (VISIBLE.test(rest)) expect.fail(`visible text after the last block: ${JSON.stringify(rest.slice(0, 60))}`);
}

/** A block's text is its source with white space folded, control and format characters and the bullet taken off. */
export function expectPositionsSliceSources(text: string, blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (block.role === 'unparsed') continue;
    const source = text.slice(block.position.start, block.position.end);
    const folded = source.replace(FOLD, (run) => (/[\p{White_Space}]/u.test(run) ? ' ' : '')).trim();
    const words = block.text.replace(FOLD, '');
    expect(folded.replace(FOLD, '').endsWith(words), `block ${JSON.stringify(block.text.slice(0, 60))} is not its source ${JSON.stringify(source.slice(0, 60))}`).toBe(true);
  }
}

/** Body, comments, credits and removed spans all come from `blocks`. */
export function expectFieldsFromBlocks(article: Article): void {
  const key = (block: { position: { start: number; end: number } }) => `${block.position.start}:${block.position.end}`;
  const byRole = (role: Block['role']) => article.blocks.filter((block) => block.role === role);
  expect(article.body).toEqual(byRole('body'));
  expect(article.comments).toEqual(byRole('comment'));
  expect(article.removed.map(key)).toEqual(byRole('boilerplate').map(key));
  expect(article.credits.map(key)).toEqual(byRole('credit').map(key));
  expect(article.text).toBe(article.body.map((block) => block.text).join('\n\n'));
  if (article.dateline) {
    const first = article.body[0]!;
    expect(article.dateline.position.start).toBeGreaterThanOrEqual(first.position.start);
    expect(article.dateline.position.end).toBeLessThanOrEqual(first.position.end);
  }
}

/** Every promise of a parse at once: schema-valid, lossless, positions slicing sources, fields from blocks. */
export function expectSoundArticle(input: string | Uint8Array, article: Article): void {
  ArticleSchema.parse(article);
  const text = parsedText(input);
  expectLossless(text, article.blocks);
  expectPositionsSliceSources(text, article.blocks);
  expectFieldsFromBlocks(article);
}
