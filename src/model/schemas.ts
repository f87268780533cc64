import * as z from 'zod';

/**
 * A span of the parsed text: UTF-16 offsets such that `source.slice(start, end)` is the span's source.
 * @example
 * PositionSchema.parse({ start: 0, end: 12 });
 */
export const PositionSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first UTF-16 code unit of the span.'),
    end: z.number().int().nonnegative().describe('Offset just past the last UTF-16 code unit of the span.'),
  })
  .describe('UTF-16 offsets into the parsed text.');

/**
 * What a block is in the page: part of the article, its metadata, or residue around it.
 * @example
 * RoleSchema.parse('boilerplate');
 */
export const RoleSchema = z
  .enum(['title', 'section', 'byline', 'source', 'date', 'body', 'credit', 'comment', 'boilerplate', 'unparsed'])
  .describe('The role of a block in the page.');

/**
 * The shape of a block's text.
 * @example
 * BlockTypeSchema.parse('list-item');
 */
export const BlockTypeSchema = z
  .enum(['paragraph', 'heading', 'list-item', 'quote'])
  .describe('The shape of a block: a paragraph, a heading, a list item or a quotation.');

/**
 * One block of a seed file: a run of lines, or residue split off a line, with its role.
 * @example
 * BlockSchema.parse({ role: 'body', type: 'paragraph', text: 'Hello.', position: { start: 0, end: 6 }, depth: 0 });
 */
export const BlockSchema = z
  .object({
    role: RoleSchema.describe('The role the block plays in the page.'),
    type: BlockTypeSchema.describe('The shape of the block.'),
    text: z.string().describe('The source of the block with white space normalised and bullets taken off.'),
    position: PositionSchema.describe('Where the block lies in the parsed text.'),
    depth: z.number().int().nonnegative().describe('Nesting depth of a list item (0 for the outermost list and for other blocks).'),
    rule: z.string().optional().describe('The id of the rule or classifier that gave the block its role, when one did.'),
  })
  .describe('A block of the seed file.');

/**
 * A raw block before classification, as `segment` returns it.
 * @example
 * SegmentSchema.parse({ text: 'Share this', position: { start: 2, end: 14 }, bullet: '•', depth: 0 });
 */
export const SegmentSchema = z
  .object({
    text: z.string().describe('The source of the segment with white space normalised and the bullet taken off.'),
    position: PositionSchema.describe('Where the segment lies in the parsed text.'),
    bullet: z.string().nullable().describe('The bullet or list number that opened the line (`•`, `*`, `1.`), or null.'),
    depth: z.number().int().nonnegative().describe('Nesting depth of a list item, from its indentation (0 otherwise).'),
  })
  .describe('A raw block before classification.');

/**
 * A person or an organisation named in a byline.
 * @example
 * AuthorSchema.parse({ name: 'AP', kind: 'organization' });
 */
export const AuthorSchema = z
  .object({
    name: z.string().describe('The name as written, with roles, dates and handles taken off.'),
    kind: z.enum(['person', 'organization']).describe('Whether the author is a person or an organisation (a wire agency, an outlet, a staff desk).'),
  })
  .describe('An author named in a byline.');

/**
 * A byline as written, and the authors read from it.
 * @example
 * BylineSchema.parse({ raw: 'By AP', authors: [{ name: 'AP', kind: 'organization' }] });
 */
export const BylineSchema = z
  .object({
    raw: z.string().describe('The byline as written.'),
    authors: z.array(AuthorSchema).describe('The authors named in the byline, in order.'),
  })
  .describe('A parsed byline.');

/**
 * A media credit or caption, taken out of the body.
 * @example
 * CreditSchema.parse({ kind: 'photo', text: 'CNN / YouTube', position: { start: 0, end: 23 } });
 */
export const CreditSchema = z
  .object({
    kind: z.enum(['photo', 'video', 'image', 'other']).describe('What the credit is for.'),
    text: z.string().describe('Who or what is credited, with the label (`Photo:`, `Featured image via`) taken off.'),
    position: PositionSchema.describe('Where the credit lies in the parsed text.'),
  })
  .describe('A media credit or caption.');

/**
 * A wire dateline opening a paragraph (`WASHINGTON (Reuters) -`).
 * @example
 * DatelineSchema.parse({ place: 'WASHINGTON', agency: 'Reuters', text: 'WASHINGTON (Reuters) -', position: { start: 0, end: 22 } });
 */
export const DatelineSchema = z
  .object({
    place: z.string().nullable().describe('The place named by the dateline, or null.'),
    agency: z.string().nullable().describe('The agency named in parentheses, or null.'),
    text: z.string().describe('The dateline as written, dash included.'),
    position: PositionSchema.describe('Where the dateline lies; inside the body block that opens with it.'),
  })
  .describe('A dateline at the start of the story.');

/**
 * A block of boilerplate, with why it was removed.
 * @example
 * RemovedSchema.parse({ family: 'share', rule: 'share.print-friendly', text: 'Print Friendly, PDF & Email', position: { start: 13, end: 42 } });
 */
export const RemovedSchema = z
  .object({
    family: z.string().describe('The family of residue (`share`, `comment-form`, `newsletter`, `related`, `navigation`, `advert`, `copyright`, `low-content`, …).'),
    rule: z.string().describe('The id of the rule, or of the classifier, that removed the block.'),
    text: z.string().describe('The text of the removed block.'),
    position: PositionSchema.describe('Where the removed block lies in the parsed text.'),
    score: z.number().optional().describe('The classifier score, when the classifier removed the block (lower is less like prose).'),
  })
  .describe('A removed block of boilerplate.');

/**
 * A non-fatal problem met while parsing.
 * @example
 * IssueSchema.parse({ code: 'too_long', message: 'Input longer than maxLength; the rest is unparsed.' });
 */
export const IssueSchema = z
  .object({
    code: z.string().describe('A snake_case code (`too_long`, `undecodable_bytes`, `invalid_rule`, …).'),
    message: z.string().describe('What happened, for a person.'),
    position: PositionSchema.optional().describe('Where it happened, when it has a place.'),
  })
  .describe('A non-fatal problem met while parsing.');

/**
 * Counts over the body.
 * @example
 * StatsSchema.parse({ words: 460, paragraphs: 2, readingMinutes: 2 });
 */
export const StatsSchema = z
  .object({
    words: z.number().int().nonnegative().describe('Words in the body.'),
    paragraphs: z.number().int().nonnegative().describe('Blocks in the body.'),
    readingMinutes: z.number().nonnegative().describe('Minutes to read the body at 230 words a minute, rounded up.'),
  })
  .describe('Counts over the body.');

/**
 * The article read from a seed file.
 * @example
 * const article = ArticleSchema.parse(parseSeed('Headline\n\nBody text of the story.'));
 */
export const ArticleSchema = z
  .object({
    title: z.string().nullable().describe('The headline, or null.'),
    section: z.string().nullable().describe('The kicker or section label above the headline (`Featured`), or null.'),
    byline: z.string().nullable().describe('The byline as written (`By Judah Ari Gross and AP`), or null.'),
    authors: z.array(AuthorSchema).describe('People and agencies from the byline, in order.'),
    source: z.string().nullable().describe('The publication the text is attributed to (`The Times of Israel`), or null.'),
    dateline: DatelineSchema.nullable().describe('The dateline opening the story, or null; it stays in the text of its paragraph.'),
    published: z.string().nullable().describe('The publication date as ISO 8601, only when the file states it as such, or null.'),
    encoding: z.string().describe('How the input was read: `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`.'),
    body: z.array(BlockSchema).describe('The blocks of the article body, in order.'),
    text: z.string().describe('The body as plain text, blocks joined by a blank line.'),
    credits: z.array(CreditSchema).describe('Media credits and captions, out of the body.'),
    comments: z.array(BlockSchema).describe('Reader comments found after the article, out of the body.'),
    removed: z.array(RemovedSchema).describe('Every block of boilerplate, with the family and the rule that removed it.'),
    language: z.string().nullable().describe('The ISO 639-1 code of the body language, or null when it cannot be told.'),
    stats: StatsSchema.describe('Counts over the body.'),
    blocks: z.array(BlockSchema).describe('Every block of the file in order; together they cover every visible character once.'),
    issues: z.array(IssueSchema).describe('Non-fatal problems met while parsing.'),
  })
  .describe('An article read from a seed file.');

/** UTF-16 offsets `{ start, end }` of a span of the parsed text. */
export type Position = z.infer<typeof PositionSchema>;
/** The role of a block in the page: `'title'`, `'body'`, `'boilerplate'`, …. */
export type Role = z.infer<typeof RoleSchema>;
/** The shape of a block: `'paragraph'`, `'heading'`, `'list-item'` or `'quote'`. */
export type BlockType = z.infer<typeof BlockTypeSchema>;
/** One block of a seed file, with its role, type, normalised text and position. */
export type Block = z.infer<typeof BlockSchema>;
/** A raw block before classification, as `segment` returns it. */
export type Segment = z.infer<typeof SegmentSchema>;
/** A person or an organisation named in a byline. */
export type Author = z.infer<typeof AuthorSchema>;
/** A byline as written, and the authors read from it. */
export type Byline = z.infer<typeof BylineSchema>;
/** A media credit or caption, taken out of the body. */
export type Credit = z.infer<typeof CreditSchema>;
/** A wire dateline opening a paragraph (`WASHINGTON (Reuters) -`). */
export type Dateline = z.infer<typeof DatelineSchema>;
/** A block of boilerplate, with the family and the rule that removed it. */
export type Removed = z.infer<typeof RemovedSchema>;
/** A non-fatal problem met while parsing. */
export type Issue = z.infer<typeof IssueSchema>;
/** Counts over the body: words, paragraphs, reading minutes. */
export type Stats = z.infer<typeof StatsSchema>;
/** The article read from a seed file: the record `parseSeed` returns. */
export type Article = z.infer<typeof ArticleSchema>;
