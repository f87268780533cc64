import { readFile } from 'node:fs/promises';
import type { Article } from '../model/schemas';
import type { ParseOptions } from '../model/options';
import { parseSeed } from '../parse-seed';
import { findSeedFiles } from './seed-paths';

/**
 * Reads a seed file as bytes and parses it; the encoding is detected (`article.encoding`).
 * @param path - The file to read.
 * @param options - As for `parseSeed`.
 * @returns The article.
 * @example
 * const article = await readSeedFile('seeds/000_ff9fc87d19caf1b9.txt', { now: new Date('2026-01-01') });
 * article.source; // 'The Times of Israel'
 */
export async function readSeedFile(path: string, options?: ParseOptions): Promise<Article> {
  return parseSeed(await readFile(path), options);
}

/**
 * Parses every `*.txt` file under a directory, recursively, in sorted order, one file at a time.
 * @param directory - The folder to search.
 * @param options - As for `parseSeed`.
 * @returns The path and the article of each file, lazily.
 * @example
 * for await (const { file, article } of readSeeds('corpus')) console.log(file, article.title);
 */
export async function* readSeeds(directory: string, options?: ParseOptions): AsyncGenerator<{
  /** The path of the seed file. */
  file: string;
  /** Its article. */
  article: Article;
}> {
  for await (const file of findSeedFiles([directory])) yield { file, article: await readSeedFile(file, options) };
}
