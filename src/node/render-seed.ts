import type { Article } from '../model/schemas';
import type { ParseOptions } from '../model/options';
import { parseSeed } from '../parse-seed';
import { stripBoilerplate } from '../strip-boilerplate';
import { toMarkdown } from '../render/to-markdown';
import { toText } from '../render/to-text';

/**
 * What is made of each file: `json` (the Article, pretty), `json-with-file` (the same with a `file` field first),
 * `jsonl` (one line with `file`), `md`, `text`, `strip` (the kept text), `strip-jsonl` (`{ file, text }`),
 * `stats` (an `ArticleSummary` as JSON).
 * @example
 * const rendering: Rendering = 'jsonl';
 */
export type Rendering = 'json' | 'json-with-file' | 'jsonl' | 'md' | 'text' | 'strip' | 'strip-jsonl' | 'stats';

/**
 * What `seedtext stats` counts of one article.
 * @example
 * const summary: ArticleSummary = { words: 420, removed: { share: 2 }, source: 'The Times of Israel', authors: ['AP'], language: 'en', hasBody: true };
 */
export interface ArticleSummary {
  /** Words in the body. */
  readonly words: number;
  /** Removed spans by family. */
  readonly removed: Record<string, number>;
  /** The source the article is attributed to, or null. */
  readonly source: string | null;
  /** The names of the authors, in order. */
  readonly authors: string[];
  /** The language of the body, or null. */
  readonly language: string | null;
  /** Whether any body was found. */
  readonly hasBody: boolean;
}

/**
 * Parses one seed file and renders it as a string (without a final newline for the JSON renderings).
 * @param bytes - The file's bytes.
 * @param file - The path shown in the `file` field.
 * @param rendering - What to make of it.
 * @param options - As for `parseSeed`.
 * @returns The rendered output.
 * @example
 * renderSeed(await readFile('a.txt'), 'a.txt', 'jsonl', {}); // '{"file":"a.txt","title":…}'
 */
export function renderSeed(bytes: Uint8Array, file: string, rendering: Rendering, options: ParseOptions): string {
  switch (rendering) {
    case 'json':
      return JSON.stringify(parseSeed(bytes, options), null, 2);
    case 'json-with-file':
      return JSON.stringify({ file, ...parseSeed(bytes, options) }, null, 2);
    case 'jsonl':
      return JSON.stringify({ file, ...parseSeed(bytes, options) });
    case 'md':
      return toMarkdown(parseSeed(bytes, options));
    case 'text':
      return toText(parseSeed(bytes, options));
    case 'strip':
      return stripBoilerplate(bytes, options).text;
    case 'strip-jsonl':
      return JSON.stringify({ file, text: stripBoilerplate(bytes, options).text });
    case 'stats':
      return JSON.stringify(summarizeArticle(parseSeed(bytes, options)));
  }
}

/**
 * The counts `seedtext stats` adds up over a corpus.
 * @example
 * summarizeArticle(parseSeed(text)).words; // 420
 */
export function summarizeArticle(article: Article): ArticleSummary {
  const removed: Record<string, number> = {};
  for (const span of article.removed) removed[span.family] = (removed[span.family] ?? 0) + 1;
  return {
    words: article.stats.words,
    removed,
    source: article.source,
    authors: article.authors.map((author) => author.name),
    language: article.language,
    hasBody: article.body.length > 0,
  };
}
