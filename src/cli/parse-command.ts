import type { Rendering } from '../node/render-seed';
import { processSeedPaths } from '../node/parse-files';
import { STDIN_PATH, walkSeedPaths, type SeedPath } from '../node/seed-paths';
import { BufferedWriter, commonRoot, directorySink, documentSink, jsonArraySink, jsonLinesSink, type ResultSink } from './output';
import { parseOptionHelp, parseOptionSpec, readJobs, readParseOptions, runOptionSpec } from './parse-options';
import { startProgress } from './progress';
import { UsageError, oneOf, parseCommandLine } from './usage';

const PARSE_FORMATS = ['json', 'jsonl', 'md', 'text'] as const;
const STRIP_FORMATS = ['text', 'jsonl'] as const;
type Format = (typeof PARSE_FORMATS)[number];

/** The help of `seedtext parse`. */
export const parseHelp = `Usage: seedtext parse [paths...] [options]

Parses seed files into articles. Paths are files or directories (searched recursively for *.txt,
in sorted order); '-' or no path reads standard input. Input files are never modified.

Options:
  -f, --format FORMAT json (default for one input: the article as pretty JSON), jsonl (default for
                      several: one article a line, with a "file" field), md or text
  -o, --out DIR       write one .json, .md or .txt per input under DIR, mirroring the input tree
  --unordered         write results as they finish instead of in input order
${parseOptionHelp}

Exit status: 0 when every file parsed, 1 when some could not be read (each reported on standard
error, the rest still parsed), 2 for a usage error.

Examples:
  seedtext parse article.txt
  seedtext parse corpus/ --jobs 4 > articles.jsonl
  seedtext parse corpus/ --format md --out clean/
  curl -s https://example.com/page.txt | seedtext parse --format text`;

/** The help of `seedtext strip`. */
export const stripHelp = `Usage: seedtext strip [paths...] [options]

Prints the text that is kept once the page furniture is removed (share buttons, comment forms,
newsletter prompts, related links…): every block that is not boilerplate, joined by blank lines.
Paths are files or directories (searched for *.txt); '-' or no path reads standard input.

Options:
  -f, --format FORMAT text (default for one input) or jsonl (default for several: { "file", "text" })
  -o, --out DIR       write one .txt per input under DIR, mirroring the input tree
  --unordered         write results as they finish instead of in input order
${parseOptionHelp}

Examples:
  seedtext strip page.txt
  seedtext strip corpus/ --out stripped/`;

const commandSpec = {
  ...parseOptionSpec,
  ...runOptionSpec,
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  unordered: { type: 'boolean' },
} as const;

/**
 * Runs `seedtext parse` or `seedtext strip`; resolves to the exit code.
 * @example
 * process.exitCode = await parseCommand('parse', ['corpus', '--format', 'jsonl']);
 */
export async function parseCommand(command: 'parse' | 'strip', args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(command, args, commandSpec);
  if (values.help) {
    process.stdout.write(`${command === 'parse' ? parseHelp : stripHelp}\n`);
    return 0;
  }
  const paths = positionals.length > 0 ? positionals : [STDIN_PATH];
  if (positionals.length === 0 && process.stdin.isTTY) throw new UsageError(command, 'no input: give files or directories, or pipe a seed file in');
  if (paths.filter((path) => path === STDIN_PATH).length > 1) throw new UsageError(command, "standard input ('-') can be read only once");
  const format = values.format === undefined ? undefined : oneOf(command, '--format', values.format, command === 'parse' ? PARSE_FORMATS : STRIP_FORMATS);
  const parse = await readParseOptions(command, values);
  const jobs = readJobs(command, values.jobs);
  const exclude = values.out === undefined ? [] : [values.out];

  const found = await peekable(walkSeedPaths(paths, { exclude }));
  const several = found.count > 1;
  const chosen = format ?? (several ? 'jsonl' : command === 'parse' ? 'json' : 'text');
  const rendering = renderingOf(command, chosen, several, values.out !== undefined);
  const sink =
    values.out === undefined
      ? stdoutSink(chosen, rendering, several)
      : directorySink(values.out, commonRoot(paths), command === 'strip' ? '.txt' : extensionOf(chosen));

  const progress = startProgress(paths, { show: process.stderr.isTTY === true && !values.quiet, exclude });
  let failed = 0;
  const results = processSeedPaths(found.items, { jobs: several ? jobs : 1, format: rendering, ordered: !values.unordered, parse });
  for await (const result of results) {
    const writeProblem = await sink.add(result);
    const problem = result.error ?? writeProblem;
    progress.advance(problem === null ? result : { ...result, error: problem });
    if (problem !== null) {
      failed += 1;
      progress.note(`seedtext ${command}: ${result.file}: ${problem}`);
    }
  }
  await sink.close();
  progress.finish();
  return failed > 0 ? 1 : 0;
}

function renderingOf(command: 'parse' | 'strip', format: Format, several: boolean, toFiles: boolean): Rendering {
  if (command === 'strip') return format === 'jsonl' && !toFiles ? 'strip-jsonl' : 'strip';
  if (format === 'md' || format === 'text') return format;
  if (toFiles) return 'json';
  if (format === 'jsonl') return 'jsonl';
  return several ? 'json-with-file' : 'json';
}

function stdoutSink(format: Format, rendering: Rendering, several: boolean): ResultSink {
  const writer = new BufferedWriter(process.stdout);
  if (rendering === 'jsonl' || rendering === 'strip-jsonl') return jsonLinesSink(writer);
  if (rendering === 'json-with-file') return jsonArraySink(writer);
  if (!several) return documentSink(writer, null);
  return documentSink(writer, format === 'md' ? (file) => `<!-- ${file} -->` : (file) => `==> ${file} <==`);
}

function extensionOf(format: Format): string {
  return format === 'md' ? '.md' : format === 'text' ? '.txt' : '.json';
}

/**
 * Reads the first two items of a walk to tell one input from several, and gives back the whole walk.
 * @example
 * const { count, items } = await peekable(walkSeedPaths(paths)); // count: 0, 1, or 2 for two or more
 */
async function peekable(walk: AsyncGenerator<SeedPath>): Promise<{ count: number; items: AsyncIterable<SeedPath> }> {
  const head: SeedPath[] = [];
  while (head.length < 2) {
    const next = await walk.next();
    if (next.done) break;
    head.push(next.value);
  }
  async function* items() {
    yield* head;
    if (head.length === 2) yield* walk;
  }
  return { count: head.length, items: items() };
}
