import type { Article } from '../model/schemas';

/**
 * The article as plain text: the headline, a blank line, then the body paragraphs separated by blank lines.
 * @example
 * toText(parseSeed('A Headline Of The Day\n\nThe story is told in plain prose, and it goes on for a while.'));
 * // 'A Headline Of The Day\n\nThe story is told in plain prose, and it goes on for a while.\n'
 */
export function toText(article: Article): string {
  const parts = article.title ? [article.title, article.text] : [article.text];
  return `${parts.filter((part) => part.length > 0).join('\n\n')}\n`;
}
