import type { Article } from './model/schemas';
import type { ParseOptions } from './model/options';
import { classifyInput } from './classify-input';
import { extractFields } from './extract/extract';
import { assembleArticle } from './assemble/assemble-article';

/**
 * Parses a seed file into an Article: headline, section, byline and authors, source, date, dateline,
 * the body, credits, comments, and every removed span with the rule that removed it.
 *
 * Never throws on a string or a byte array (bytes are read with `decodeSeed`); anything else throws a
 * `SeedInputError`. Positions are offsets into the input string, or into `decodeSeed(bytes).text`.
 * @param input - The seed file as a string or as bytes.
 * @param options - `now`, `mode`, `rules`, `languages`, `maxLength`.
 * @returns The article, with every block of the file in `blocks`.
 * @example
 * const article = parseSeed('Featured\n\nA Headline Of The Day\n\nBy Jane Doe and AP\n\nThe story starts here, and it goes on for a while in plain prose.');
 * article.title; // 'A Headline Of The Day'
 * article.authors; // [{ name: 'Jane Doe', kind: 'person' }, { name: 'AP', kind: 'organization' }]
 */
export function parseSeed(input: string | Uint8Array, options: ParseOptions = {}): Article {
  const { prepared, rules, now, language, pieces } = classifyInput(input, options);
  return assembleArticle({
    text: prepared.text,
    limit: prepared.limit,
    encoding: prepared.encoding,
    pieces,
    fields: extractFields(prepared.text, pieces, rules, now, language),
    language,
    issues: [...prepared.issues, ...rules.issues],
  });
}
