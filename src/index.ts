/**
 * seedtext: turn seed files — plain-text dumps of scraped news pages — into clean, typed article records.
 *
 * The core entry is pure and imports nothing from Node: it runs in browsers, Deno, Bun and edge runtimes.
 * @packageDocumentation
 */
export { parseSeed } from './parse-seed';
export { stripBoilerplate, type StripResult } from './strip-boilerplate';
export { segment } from './segment/segment';
export { decodeSeed, type DecodedSeed } from './normalize/decode-seed';
export { parseByline } from './byline';
export { parseSourceLine } from './source/parse-source-line';
export { toMarkdown } from './render/to-markdown';
export { toText } from './render/to-text';
export { builtinRules } from './rules/families';
export type { Rule, RuleWhere, RuleScope, CreditKind } from './rules/rule';
export { SeedInputError } from './model/errors';
export { DEFAULT_MAX_LENGTH, type ParseOptions, type Mode, type RuleChanges } from './model/options';
export * from './model/schemas';
export { articleJsonSchema } from './model/json-schema';
export { learnTemplates, createTemplateLearner, type LearnOptions, type LearnSample, type TemplateLearner } from './learn/learn-templates';
