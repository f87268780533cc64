import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Mode, ParseOptions, RuleChanges } from '../model/options';
import type { Rule } from '../rules/rule';
import { describeError } from '../node/describe-error';
import { UsageError, oneOf, positiveInteger } from './usage';

/** The options of `parseSeed`, as every command that parses takes them. */
export const parseOptionSpec = {
  rules: { type: 'string' },
  mode: { type: 'string' },
  now: { type: 'string' },
  languages: { type: 'string' },
  'max-length': { type: 'string' },
} as const;

/** How a command runs over many files. */
export const runOptionSpec = {
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The help lines of `parseOptionSpec` and `runOptionSpec`. */
export const parseOptionHelp = `  --rules FILE        rules to add or disable: a JSON array of rules, or { "add": [...], "disable": [...] }
  --mode MODE         precision, balanced (default) or recall
  --now ISO           dates later than this are not publication dates (default: now)
  --languages LIST    ISO 639-1 codes to expect, comma-separated (en,de)
  --max-length N      characters to parse per file; the rest is one unparsed block
  -j, --jobs N        files parsed at once (default: ${availableParallelism()}); 1 parses without worker threads
  -q, --quiet         no progress or summary on standard error
  -h, --help          show this help`;

const MODES: readonly Mode[] = ['precision', 'balanced', 'recall'];

interface ParseOptionValues {
  readonly rules?: string | undefined;
  readonly mode?: string | undefined;
  readonly now?: string | undefined;
  readonly languages?: string | undefined;
  readonly 'max-length'?: string | undefined;
}

/**
 * The `parseSeed` options given on the command line; the rules file is read and checked here.
 * @example
 * await readParseOptions('parse', { mode: 'recall', now: '2026-01-01' }); // { mode: 'recall', now: Date }
 */
export async function readParseOptions(command: string, values: ParseOptionValues): Promise<ParseOptions> {
  const options: { -readonly [K in keyof ParseOptions]: ParseOptions[K] } = {};
  if (values.rules !== undefined) options.rules = await readRulesFile(command, values.rules);
  if (values.mode !== undefined) options.mode = oneOf(command, '--mode', values.mode, MODES);
  if (values.now !== undefined) {
    const now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(command, `--now needs an ISO 8601 date, not '${values.now}'`);
    options.now = now;
  }
  if (values.languages !== undefined) options.languages = values.languages.split(',').map((code) => code.trim()).filter(Boolean);
  if (values['max-length'] !== undefined) options.maxLength = positiveInteger(command, '--max-length', values['max-length']);
  return options;
}

/**
 * The number of jobs given with `--jobs`, or the number of cores.
 * @example
 * readJobs('parse', '2'); // 2
 */
export function readJobs(command: string, value: string | undefined): number {
  return value === undefined ? availableParallelism() : positiveInteger(command, '--jobs', value);
}

/**
 * Reads a rules file: a JSON array of rules (to add), or `{ "add": [...], "disable": [...] }`.
 * @example
 * await readRulesFile('parse', 'rules.json'); // { add: [{ id: 'template.site.1', … }] }
 */
export async function readRulesFile(command: string, path: string): Promise<RuleChanges> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(command, `--rules ${path}: ${describeError(error)}`);
  }
  const changes = Array.isArray(json) ? { add: json } : json;
  const problem = rulesProblem(changes);
  if (problem) throw new UsageError(command, `--rules ${path}: ${problem}`);
  return changes as RuleChanges;
}

// The core checks each rule in depth and reports a bad one as an issue; here only the shape of the file is checked.
function rulesProblem(changes: unknown): string | null {
  if (typeof changes !== 'object' || changes === null) return 'expected a JSON array of rules or { "add": [...], "disable": [...] }';
  const { add = [], disable = [] } = changes as { add?: unknown; disable?: unknown };
  if (!Array.isArray(add)) return '"add" must be an array of rules';
  const badRule = add.findIndex((rule: unknown) => typeof (rule as Partial<Rule> | null)?.id !== 'string');
  if (badRule >= 0) return `rule ${badRule + 1} has no "id"`;
  if (!Array.isArray(disable) || disable.some((id: unknown) => typeof id !== 'string')) return '"disable" must be an array of rule ids';
  return null;
}
