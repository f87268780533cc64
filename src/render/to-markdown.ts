import type { Article, Block } from '../model/schemas';

const MARKDOWN_SPECIAL = /[\\`*_[\]#<>|]/g;
const LINE_START_MARKER = /^(\d+)\. |^[-+] /;

/**
 * The article as Markdown: the headline as `#`, the section, byline, source and date as a quoted front
 * matter, then the body (headings as `##`, list items as nested `-`, quotes as `>`), then the credits.
 * @example
 * toMarkdown(parseSeed('A Headline Of The Day\n\nBy Jane Doe\n\nThe story is told in plain prose, and it goes on for a while.'));
 * // '# A Headline Of The Day\n\n*By Jane Doe*\n\nThe story is told in plain prose, and it goes on for a while.\n'
 */
export function toMarkdown(article: Article): string {
  const parts: string[] = [];
  if (article.section) parts.push(`**${escapeMarkdown(article.section)}**`);
  if (article.title) parts.push(`# ${escapeMarkdown(article.title)}`);
  const meta = [article.byline, article.published, article.source ? `Source: ${article.source}` : null].filter(
    (value): value is string => value !== null,
  );
  if (meta.length > 0) parts.push(`*${meta.map(escapeMarkdown).join(' · ')}*`);
  parts.push(...bodyMarkdown(article.body));
  if (article.credits.length > 0) {
    parts.push(article.credits.map((credit) => `- ${credit.kind}: ${escapeMarkdown(credit.text)}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

function bodyMarkdown(body: readonly Block[]): string[] {
  const parts: string[] = [];
  let list: string[] = [];
  for (const block of body) {
    if (block.type === 'list-item') {
      list.push(`${'  '.repeat(block.depth)}- ${escapeMarkdown(block.text)}`);
      continue;
    }
    if (list.length > 0) parts.push(list.join('\n'));
    list = [];
    parts.push(blockMarkdown(block));
  }
  if (list.length > 0) parts.push(list.join('\n'));
  return parts;
}

function blockMarkdown(block: Block): string {
  const text = escapeMarkdown(block.text);
  if (block.type === 'heading') return `## ${text}`;
  if (block.type === 'quote') return `> ${escapeMarkdown(block.text.replace(/^>\s*/, ''))}`;
  return text;
}

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$&').replace(LINE_START_MARKER, (marker) => `\\${marker}`);
}
