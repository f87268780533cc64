/**
 * Where in the file a rule applies: before the article (`head`), after it (`tail`), or `anywhere`.
 * @example
 * const where: RuleWhere = 'tail';
 */
export type RuleWhere = 'head' | 'tail' | 'anywhere';

/**
 * What a rule's match is: a whole block, or residue inside a line that is split off as a block of its own.
 * @example
 * const scope: RuleScope = 'inline';
 */
export type RuleScope = 'block' | 'inline';

/**
 * What a credit is for, when a rule of family `credit` matches.
 * @example
 * const kind: CreditKind = 'photo';
 */
export type CreditKind = 'photo' | 'video' | 'image' | 'other';

/**
 * A boilerplate rule as data: built-in, user and learned rules all take this JSON shape.
 *
 * A rule matches a block when its normalised text is one of `lines` (compared case-insensitively,
 * white space folded, trailing `:`/`|`/`•` ignored) or when `pattern` matches it. Block rules only
 * look at blocks of at most `maxLength` characters, so a sentence of the story that happens to
 * contain the words is never removed.
 * @example
 * const rule: Rule = {
 *   id: 'share.print-friendly',
 *   family: 'share',
 *   description: 'The print button of the Print Friendly plugin.',
 *   lines: ['Print Friendly, PDF & Email'],
 * };
 */
export interface Rule {
  /** A unique id, `family.name` for built-ins (`share.print-friendly`). */
  readonly id: string;
  /** The family of residue: `share`, `comment-form`, `newsletter`, `related`, `navigation`, `advert`, `copyright`, `credit`, … */
  readonly family: string;
  /** Why the rule exists, with an example of the residue it removes. */
  readonly description: string;
  /** Exact block texts the rule matches (case-insensitive, white space folded). */
  readonly lines?: readonly string[];
  /** A regular expression (source) matched against the block text; must be linear-time. */
  readonly pattern?: string;
  /**
   * Strings of which the lowercased block text holds at least one wherever `pattern` matches: a
   * pre-filter, so that a pattern that must scan the whole line (`^[^\n]{0,200}\bcookies`) is only
   * tried on the few lines that can match. Never a match by itself.
   */
  readonly contains?: readonly string[];
  /** Flags of `pattern`; `i` and `u` are always added. */
  readonly flags?: string;
  /** Where the rule applies; `anywhere` by default. */
  readonly where?: RuleWhere;
  /** Whether the match is a whole block or residue split off inside a line; `block` by default. For `inline`, `pattern` must be anchored at the start (`^`) or at the end (`$`) of the block. */
  readonly scope?: RuleScope;
  /** Longest block text (in characters) a block rule looks at; 160 by default. */
  readonly maxLength?: number;
  /** For family `credit`: what the credit is for. */
  readonly kind?: CreditKind;
  /** For comment markers (`Leave a Reply`): the blocks after it, when it follows the article, are reader comments. */
  readonly startsComments?: boolean;
}

/**
 * A rule as matching reads it: all but its description. Built-in rules are written so, and their
 * descriptions kept in tables of their own, so that the prose stays out of a bundle that only parses.
 * @example
 * const rule: MatchingRule = { id: 'share.send-to-kindle', family: 'share', lines: ['Send to Kindle'] };
 * @internal
 */
export type MatchingRule = Omit<Rule, 'description'>;

/**
 * The descriptions of a family's built-in rules, by rule id.
 * @example
 * const descriptions: RuleDescriptions = { 'share.send-to-kindle': 'The "Send to Kindle" button.' };
 * @internal
 */
export type RuleDescriptions = Readonly<Record<string, string>>;
