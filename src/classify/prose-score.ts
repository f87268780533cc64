/** What the prose scorer sees of a block. @internal */
export interface ProseFeatures {
  /** Word tokens (for scripts without spaces, an estimate from the characters). */
  readonly words: number;
  /** Words that are stopwords of the page's language. */
  readonly stopwords: number;
  /** Tokens that end a sentence (`.`, `!`, `?`, possibly inside quotes). */
  readonly sentenceEnds: number;
  /** Whether the block ends like a sentence. */
  readonly endsSentence: boolean;
  /** Tokens that start with a capital letter. */
  readonly capitalized: number;
  /** Tokens that are URLs, e-mail addresses or @handles. */
  readonly links: number;
  /**
   * Words as a reader counts them, for the article's statistics, not the scorer: runs of letters and digits, joined by
   * apostrophes, periods and hyphens (the matches of `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`).
   */
  readonly readerWords: number;
}

/** How a block reads, jusText-style: prose, nearly prose, too short to tell, or not prose. @internal */
export type ProseClass = 'good' | 'near' | 'short' | 'bad';

/** Thresholds of the prose classes, set by the mode. @internal */
export interface ProseThresholds {
  /** Stopword density a block of prose reaches. */
  readonly goodDensity: number;
  /** Stopword density below which a long block is not prose. */
  readonly nearDensity: number;
  /** Words a block needs to be judged at all. */
  readonly minWords: number;
}

const HEADLINE_MAX_WORDS = 20;

/**
 * The prose class of a block from its features.
 * @example
 * proseClass({ words: 30, stopwords: 12, sentenceEnds: 2, endsSentence: true, capitalized: 4, links: 0, readerWords: 30 }, thresholds); // 'good'
 * @internal
 */
export function proseClass(features: ProseFeatures, thresholds: ProseThresholds): ProseClass {
  const { words, stopwords, sentenceEnds, endsSentence, links } = features;
  if (words === 0) return 'bad';
  const density = stopwords / words;
  if (links / words > 0.3) return 'bad';
  if (words < thresholds.minWords) return 'short';
  const reads = sentenceEnds > 0 || endsSentence;
  // A headline has the stopwords of prose but not its punctuation: `Commander Visits Gaza to Boost Ties with Hamas`.
  if (!reads && words < HEADLINE_MAX_WORDS) return 'short';
  if (density >= thresholds.goodDensity && reads) return 'good';
  if (density >= thresholds.nearDensity) return 'near';
  return 'bad';
}

/**
 * The weight of a block in the search for the article's span: prose counts for it, residue against it.
 * @example
 * proseWeight('good', { words: 40, stopwords: 16, sentenceEnds: 2, endsSentence: true, capitalized: 5, links: 0, readerWords: 40 }, false); // 40
 * @internal
 */
export function proseWeight(kind: ProseClass, features: ProseFeatures, listItem: boolean): number {
  const { words, endsSentence } = features;
  // Lists of teasers (`  • Chloe Madeley shuts down pregnancy rumours as she reunites with …`) read
  // like prose but end without a full stop; list items of a story are sentences.
  if (listItem && (kind === 'good' || kind === 'near')) return endsSentence ? words * 0.5 : -1;
  switch (kind) {
    case 'good':
      return words;
    case 'near':
      return words * 0.25;
    case 'short':
      return isHeadline(features) ? -2 - words : -2;
    case 'bad':
      return -2 - words * 0.5;
  }
}

// A line of a few words that is no sentence, with most words capitalised and a function word among
// them, is a headline: inside the article a subheading, below it one of a list of teasers (`Woman Who
// Threw Burrito Bowl at Chipotle Worker Sentenced…`). Weighed by its words, a list of them outweighs
// the captions and standfirsts between them that read like prose, and the span does not run on into
// it. Product names in a shopping list (`Free People Velvet Peek-a-Bow Tights`) have no function word.
const HEADLINE_MIN_WORDS = 6;

function isHeadline({ words, capitalized, stopwords }: ProseFeatures): boolean {
  return words >= HEADLINE_MIN_WORDS && capitalized * 2 >= words && stopwords > 0;
}
