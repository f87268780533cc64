import type { Rule } from '../rules/rule';

/**
 * How eager the stripper is: `precision` removes doubtful blocks, `recall` keeps them, `balanced` sits between.
 * @example
 * parseSeed(text, { mode: 'recall' });
 */
export type Mode = 'precision' | 'balanced' | 'recall';

/**
 * Changes to the built-in rules: rules to add (same shape as built-ins; a rule with a built-in's id replaces it) and ids to disable.
 * @example
 * parseSeed(text, { rules: { disable: ['share.tweet'], add: [{ id: 'site.promo', family: 'advert', description: 'Our shop banner', lines: ['Visit our shop'] }] } });
 */
export interface RuleChanges {
  /** Rules to add; one with the id of a built-in replaces it. */
  readonly add?: readonly Rule[];
  /** Ids of rules to disable (built-in or added). */
  readonly disable?: readonly string[];
}

/**
 * Options of `parseSeed` and `stripBoilerplate`.
 * @example
 * parseSeed(text, { now: new Date('2024-01-01'), mode: 'balanced', languages: ['en'] });
 */
export interface ParseOptions {
  /** Dates later than this are not publication dates; the time of the call by default. */
  readonly now?: Date;
  /** Rules to add, replace or disable. */
  readonly rules?: RuleChanges;
  /** How eager the stripper is; `balanced` by default. */
  readonly mode?: Mode;
  /** ISO 639-1 codes of the languages to expect; detected among all known ones by default. */
  readonly languages?: readonly string[];
  /** Characters of input to parse (16 MiB by default); the rest becomes one `unparsed` block with an issue `too_long`. */
  readonly maxLength?: number;
}

/** The default `maxLength`: 16 MiB of UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 16 * 1024 * 1024;
