import type { ArticleSummary } from '../node/render-seed';
import { processSeedPaths } from '../node/parse-files';
import { STDIN_PATH, walkSeedPaths } from '../node/seed-paths';
import { parseOptionHelp, parseOptionSpec, readJobs, readParseOptions, runOptionSpec } from './parse-options';
import { startProgress } from './progress';
import { UsageError, oneOf, parseCommandLine, positiveInteger } from './usage';

/** The help of `seedtext stats`. */
export const statsHelp = `Usage: seedtext stats [paths...] [options]

Counts over a corpus: files, words, removed spans per family, the most frequent sources, authors
and languages, and the files in which no article body was found.
Paths are files or directories (searched for *.txt); '-' or no path reads standard input.

Options:
  -f, --format FORMAT text (default: a table) or json
  --top N             how many sources, authors and files without a body to list (default: 10)
${parseOptionHelp}

Example:
  seedtext stats corpus/ --top 20`;

const decoder = new TextDecoder();

const commandSpec = {
  ...parseOptionSpec,
  ...runOptionSpec,
  format: { type: 'string', short: 'f' },
  top: { type: 'string' },
} as const;

/**
 * The counts `seedtext stats` prints.
 * @example
 * const stats: CorpusStats = emptyStats();
 */
export interface CorpusStats {
  files: number;
  failed: number;
  bytes: number;
  words: number;
  removed: Record<string, number>;
  sources: Record<string, number>;
  authors: Record<string, number>;
  languages: Record<string, number>;
  withoutBody: number;
  withoutBodyFiles: string[];
}

/**
 * Runs `seedtext stats`; resolves to the exit code.
 * @example
 * process.exitCode = await statsCommand(['corpus', '--format', 'json']);
 */
export async function statsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine('stats', args, commandSpec);
  if (values.help) {
    process.stdout.write(`${statsHelp}\n`);
    return 0;
  }
  if (positionals.length === 0 && process.stdin.isTTY) throw new UsageError('stats', 'no input: give files or directories, or pipe a seed file in');
  const paths = positionals.length > 0 ? positionals : [STDIN_PATH];
  const format = oneOf('stats', '--format', values.format ?? 'text', ['text', 'json'] as const);
  const top = values.top === undefined ? 10 : positiveInteger('stats', '--top', values.top);
  const parse = await readParseOptions('stats', values);
  const jobs = readJobs('stats', values.jobs);

  const stats = emptyStats();
  const progress = startProgress(paths, { show: process.stderr.isTTY === true && !values.quiet, exclude: [] });
  for await (const result of processSeedPaths(walkSeedPaths(paths), { jobs, format: 'stats', parse })) {
    progress.advance(result);
    if (result.output === undefined) {
      stats.failed += 1;
      progress.note(`seedtext stats: ${result.file}: ${result.error}`);
    } else {
      addSummary(stats, result.file, result.bytes, JSON.parse(decoder.decode(result.output)) as ArticleSummary, top);
    }
  }
  progress.finish();
  process.stdout.write(format === 'json' ? `${JSON.stringify(statsJson(stats, top), null, 2)}\n` : statsTable(stats, top));
  return stats.failed > 0 ? 1 : 0;
}

/**
 * Counts of an empty corpus.
 * @example
 * emptyStats().files; // 0
 */
export function emptyStats(): CorpusStats {
  return { files: 0, failed: 0, bytes: 0, words: 0, removed: {}, sources: {}, authors: {}, languages: {}, withoutBody: 0, withoutBodyFiles: [] };
}

// The list of files without a body is capped: on a corpus the parser gets wrong, it would grow with the corpus.
const LISTED_WITHOUT_BODY = 1000;

/**
 * Adds the summary of one file to the counts.
 * @example
 * addSummary(stats, 'a.txt', 5120, { words: 420, removed: { share: 2 }, source: null, authors: [], language: 'en', hasBody: true }, 10);
 */
export function addSummary(stats: CorpusStats, file: string, bytes: number, summary: ArticleSummary, top: number): void {
  stats.files += 1;
  stats.bytes += bytes;
  stats.words += summary.words;
  for (const [family, spans] of Object.entries(summary.removed)) stats.removed[family] = (stats.removed[family] ?? 0) + spans;
  if (summary.source !== null) tally(stats.sources, summary.source);
  for (const author of summary.authors) tally(stats.authors, author);
  tally(stats.languages, summary.language ?? 'unknown');
  if (!summary.hasBody) {
    stats.withoutBody += 1;
    if (stats.withoutBodyFiles.length < Math.max(top, LISTED_WITHOUT_BODY)) stats.withoutBodyFiles.push(file);
  }
}

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function ranked(counts: Record<string, number>, top: number): [string, number][] {
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, top);
}

function statsJson(stats: CorpusStats, top: number) {
  const asObject = (entries: [string, number][]) => Object.fromEntries(entries);
  return {
    files: stats.files,
    failed: stats.failed,
    bytes: stats.bytes,
    words: stats.words,
    removed: asObject(ranked(stats.removed, Infinity)),
    topSources: asObject(ranked(stats.sources, top)),
    topAuthors: asObject(ranked(stats.authors, top)),
    languages: asObject(ranked(stats.languages, Infinity)),
    withoutBody: stats.withoutBody,
    withoutBodyFiles: stats.withoutBodyFiles,
  };
}

/**
 * The counts as a table for a person.
 * @example
 * process.stdout.write(statsTable(stats, 10));
 */
export function statsTable(stats: CorpusStats, top: number): string {
  const number = (value: number) => value.toLocaleString('en-US');
  const section = (title: string, entries: [string, number][]) =>
    entries.length === 0 ? [] : ['', title, ...entries.map(([name, value]) => `  ${number(value).padStart(9)}  ${name}`)];
  const removedTotal = Object.values(stats.removed).reduce((sum, value) => sum + value, 0);
  const lines = [
    `files           ${number(stats.files)}${stats.failed > 0 ? ` (${number(stats.failed)} could not be read)` : ''}`,
    `size            ${(stats.bytes / 1024 / 1024).toFixed(1)} MB`,
    `words           ${number(stats.words)}`,
    `removed spans   ${number(removedTotal)}`,
    `without body    ${number(stats.withoutBody)}`,
    ...section('removed spans by family', ranked(stats.removed, Infinity)),
    ...section('top sources', ranked(stats.sources, top)),
    ...section('top authors', ranked(stats.authors, top)),
    ...section('languages', ranked(stats.languages, top)),
    ...(stats.withoutBody === 0
      ? []
      : ['', 'files without a body', ...stats.withoutBodyFiles.slice(0, top).map((file) => `  ${file}`), ...moreLine(stats.withoutBody - Math.min(top, stats.withoutBodyFiles.length))]),
  ];
  return `${lines.join('\n')}\n`;
}

function moreLine(more: number): string[] {
  return more > 0 ? [`  … and ${more.toLocaleString('en-US')} more`] : [];
}
