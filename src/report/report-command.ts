import { readFile } from 'node:fs/promises';
import { parseSeed } from '../parse-seed';
import { describeError } from '../node/describe-error';
import { walkSeedPaths } from '../node/seed-paths';
import { writeFileAtomically } from '../cli/output';
import { parseOptionSpec, readParseOptions } from '../cli/parse-options';
import { UsageError, parseCommandLine } from '../cli/usage';
import { renderReport, type ReportEntry } from './render-report';

/** The help of `seedtext report`. */
export const reportHelp = `Usage: seedtext report <paths...> [--out report.html] [options]

Writes a self-contained HTML page showing how each file was read: its metadata, every block
coloured by role — the body, the credits, the comments, and each removed span coloured by its
family, with the rule that removed it on hover — and the removals counted per family.
Paths are files or directories (searched for *.txt). Meant for a handful of files at a time.

Options:
  -o, --out FILE      write the page to FILE (atomically); standard output by default
  --rules FILE        rules to add or disable: a JSON array of rules, or { "add": [...], "disable": [...] }
  --mode MODE         precision, balanced (default) or recall
  --now ISO           dates later than this are not publication dates (default: now)
  --languages LIST    ISO 639-1 codes to expect, comma-separated (en,de)
  --max-length N      characters to parse per file; the rest is one unparsed block
  -h, --help          show this help

Exit status: 0 when every file was read, 1 when some could not be (each reported on standard
error, the others still in the page), 2 for a usage error.

Example:
  seedtext report seeds/ --out report.html`;

const commandSpec = {
  ...parseOptionSpec,
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs `seedtext report`; resolves to the exit code.
 * @example
 * process.exitCode = await reportCommand(['seeds', '--out', 'report.html']);
 */
export async function reportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine('report', args, commandSpec);
  if (values.help) {
    process.stdout.write(`${reportHelp}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('report', 'give the files or directories to report on');
  const options = await readParseOptions('report', values);
  const entries: ReportEntry[] = [];
  let failed = 0;
  for await (const { file, error } of walkSeedPaths(positionals)) {
    try {
      if (error !== undefined) throw new Error(error);
      entries.push({ file, article: parseSeed(await readFile(file), options) });
    } catch (reason) {
      failed += 1;
      process.stderr.write(`seedtext report: ${file}: ${describeError(reason)}\n`);
    }
  }
  const html = renderReport(entries);
  if (values.out === undefined) process.stdout.write(html);
  else await writeFileAtomically(values.out, html);
  return failed > 0 ? 1 : 0;
}
