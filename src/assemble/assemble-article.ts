import type { Article, Block, Issue, Removed, Stats } from '../model/schemas';
import { ALT_TEXT_CLASSIFIER, AUTHOR_BIO_CLASSIFIER, AUTHOR_BOX_CLASSIFIER, COMMENT_SECTION_CLASSIFIER, LOW_CONTENT_CLASSIFIER, RELATED_TEASER_CLASSIFIER, REPEAT_CLASSIFIER, TWEET_TEXT_CLASSIFIER, type Piece } from '../classify/piece';
import type { ExtractedFields } from '../extract/extract';
import { cleanText } from '../normalize/visible';

/** What `assembleArticle` puts together. @internal */
export interface ArticleParts {
  readonly text: string;
  readonly limit: number;
  readonly encoding: string;
  readonly pieces: readonly Piece[];
  readonly fields: ExtractedFields;
  readonly language: string | null;
  readonly issues: readonly Issue[];
}

const WORDS_PER_MINUTE = 230;

/**
 * Builds the Article record from the classified pieces and the extracted fields.
 * @example
 * assembleArticle({ text, limit, encoding: 'utf-8', pieces, fields, language: 'en', issues: [] }).body;
 * @internal
 */
export function assembleArticle(parts: ArticleParts): Article {
  const blocks = toBlocks(parts.pieces);
  if (parts.limit < parts.text.length) blocks.push(unparsedBlock(parts.text, parts.limit));
  const body = blocks.filter((block) => block.role === 'body');
  const text = body.map((block) => block.text).join('\n\n');
  const { title, section, byline, authors, source, dateline, published, credits } = parts.fields;
  // Fields named one by one, not spread: an object spread followed by more properties takes V8's
  // slow path and costs more than the rest of a short page's assembly.
  return {
    title,
    section,
    byline,
    authors,
    source,
    dateline,
    published,
    credits,
    encoding: parts.encoding,
    body,
    text,
    comments: blocks.filter((block) => block.role === 'comment'),
    removed: removedSpans(parts.pieces),
    language: parts.language,
    stats: bodyStats(parts.pieces),
    blocks,
    issues: [...parts.issues],
  };
}

/**
 * The blocks of the file from classified pieces.
 * @example
 * toBlocks(pieces)[0]?.role; // 'section'
 * @internal
 */
export function toBlocks(pieces: readonly Piece[]): Block[] {
  return pieces.map((piece) => {
    const block: Block = {
      role: piece.role ?? 'boilerplate',
      type: piece.type,
      text: piece.text,
      position: { start: piece.start, end: piece.end },
      depth: piece.depth,
    };
    const rule = piece.rule?.id ?? piece.classifier;
    if (rule) block.rule = rule;
    return block;
  });
}

// The families of what classifiers other than the prose classifier remove; the rest is `low-content`.
const CLASSIFIER_FAMILIES: Readonly<Record<string, string>> = {
  [COMMENT_SECTION_CLASSIFIER]: 'comment-form',
  [REPEAT_CLASSIFIER]: 'repeat',
  [AUTHOR_BIO_CLASSIFIER]: 'author-bio',
  [AUTHOR_BOX_CLASSIFIER]: 'author-bio',
  [ALT_TEXT_CLASSIFIER]: 'media',
  [RELATED_TEASER_CLASSIFIER]: 'related',
  [TWEET_TEXT_CLASSIFIER]: 'embed',
};

/**
 * Every boilerplate block as a removed span, with its family and the rule or classifier that removed it.
 * @example
 * removedSpans(pieces).map((span) => span.family); // ['share', 'share']
 * @internal
 */
export function removedSpans(pieces: readonly Piece[]): Removed[] {
  const removed: Removed[] = [];
  for (const piece of pieces) {
    if (piece.role !== 'boilerplate') continue;
    const span: Removed = {
      family: piece.rule?.family ?? CLASSIFIER_FAMILIES[piece.classifier ?? ''] ?? 'low-content',
      rule: piece.rule?.id ?? piece.classifier ?? LOW_CONTENT_CLASSIFIER,
      text: piece.text,
      position: { start: piece.start, end: piece.end },
    };
    if (!piece.rule) span.score = piece.score;
    removed.push(span);
  }
  return removed;
}

/**
 * The block of role `unparsed` that holds the input beyond `maxLength`.
 * @example
 * unparsedBlock('abcdef', 3).position; // { start: 3, end: 6 }
 * @internal
 */
export function unparsedBlock(text: string, limit: number): Block {
  return { role: 'unparsed', type: 'paragraph', text: cleanText(text.slice(limit)), position: { start: limit, end: text.length }, depth: 0 };
}

// The words of the body are those of its blocks, counted when their prose features were read: the
// blank lines that join the blocks neither start nor join a word.
function bodyStats(pieces: readonly Piece[]): Stats {
  let words = 0;
  let paragraphs = 0;
  for (const piece of pieces) {
    if (piece.role !== 'body') continue;
    words += piece.words;
    paragraphs++;
  }
  return { words, paragraphs, readingMinutes: Math.ceil(words / WORDS_PER_MINUTE) };
}
