import type { BlockType, Role } from '../model/schemas';
import type { CreditKind, MatchingRule } from '../rules/rule';
import type { WordCensus } from '../language/word-census';

/** The id under which the prose classifier reports what it removed. */
export const LOW_CONTENT_CLASSIFIER = 'classifier.low-content';
/** The id under which residue of a comment section (names, dates, `Reply`) is reported. */
export const COMMENT_SECTION_CLASSIFIER = 'classifier.comment-section';
/** The id under which bylines and date lines of other stories than the article are reported. */
export const OTHER_META_CLASSIFIER = 'classifier.other-story-meta';
/**
 * The id under which the bio of the writer under the byline in the page head is reported.
 * @example
 * article.removed.filter((removed) => removed.rule === AUTHOR_BIO_CLASSIFIER); // `Sherri Gordon, CLC is a certified …`
 */
export const AUTHOR_BIO_CLASSIFIER = 'classifier.author-bio';
/**
 * The id under which an image's alt text and the caption that says it again with its credit are reported.
 * @example
 * article.removed.filter((removed) => removed.rule === ALT_TEXT_CLASSIFIER); // the alt text and `… rink.John Tlumacki/Globe Staff`
 */
export const ALT_TEXT_CLASSIFIER = 'classifier.alt-text';
/**
 * The id under which the author's box under the story (`Jay Weaver`, `Jay Weaver writes about…`) is reported.
 * @example
 * article.removed.filter((removed) => removed.rule === AUTHOR_BOX_CLASSIFIER); // `Jay Weaver`, `Jay Weaver writes about …`
 */
export const AUTHOR_BOX_CLASSIFIER = 'classifier.author-box';
/**
 * The id under which the headlines of other stories listed under a heading inside the story (`Most read in Celebrity`) are reported.
 * @example
 * article.removed.filter((removed) => removed.rule === RELATED_TEASER_CLASSIFIER); // `Jade Goody's mum heartbroken as …`
 */
export const RELATED_TEASER_CLASSIFIER = 'classifier.related-teaser';
/**
 * The id under which the text of an embedded tweet, on the line of its picture link or right above its signature, is reported.
 * @example
 * article.removed.filter((removed) => removed.rule === TWEET_TEXT_CLASSIFIER); // `Hands off OUR Chick-Fil-A!`
 */
export const TWEET_TEXT_CLASSIFIER = 'classifier.tweet-text';
/** The id under which a paragraph of the article that the page repeats is reported, past its first time, and a line that says its words twice. */
export const REPEAT_CLASSIFIER = 'classifier.repeat';

/**
 * A block being classified: its span, its text, and what the classifier has decided so far.
 * @internal
 */
export interface Piece {
  /** Offset of the first visible character of the block's source. */
  readonly start: number;
  /** Offset just past the last visible character of the block's source. */
  readonly end: number;
  /** The block text: source with white space normalised, bullet taken off. */
  readonly text: string;
  /** The bullet that opened the line, or null. */
  readonly bullet: string | null;
  /** Nesting depth of a list item. */
  readonly depth: number;
  /** The role given so far, or null while undecided. */
  role: Role | null;
  /** The shape of the block. */
  type: BlockType;
  /** The rule that decided the role, when one did. */
  rule: MatchingRule | null;
  /** The classifier's id, when it decided the role instead of a rule. */
  classifier: string | null;
  /** The prose score of the block (higher is more like the article's prose). */
  score: number;
  /** The block's words as a reader counts them, read with its prose features; the article's statistics add them up. */
  words: number;
  /** For credits: what is credited. */
  creditKind: CreditKind | null;
  /** The census of the block's words when the piece is a whole segment the page's language was read from; null otherwise. */
  readonly census: WordCensus | null;
  /** For a `By` on a line of its own, and the lines of names under it but the last: whether the byline goes on on the next line. */
  pairedBy?: boolean;
}
