import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { Article } from '../model/schemas';
import { createTemplateLearner } from '../learn/learn-templates';
import { parseSeed } from '../parse-seed';
import { describeError } from '../node/describe-error';
import { walkSeedPaths } from '../node/seed-paths';
import { commonRoot, writeFileAtomically } from './output';
import { startProgress } from './progress';
import { UsageError, parseCommandLine, positiveInteger } from './usage';

/** The help of `seedtext learn`. */
export const learnHelp = `Usage: seedtext learn <paths...> [--out rules.json] [options]

Learns site templates: short blocks (at most 160 characters) that the parser keeps as body or
headline and that repeat across the files of one source — in at least 3 files and at least 20 %
of that source's files — become rules of family "template", which 'seedtext parse --rules
rules.json' then removes. Exact copies of a file count once.

Options:
  -o, --out FILE      write the rules to FILE (atomically); standard output by default
  --group-by HOW      how files are grouped: source (default: the source the article names, or
                      else its folder), folder, or a regular expression with one capture group,
                      matched against each path ('sites/([^/]+)/')
  --min-files N       fewest files of a group a line must be in (default and least: 3)
  --min-share SHARE   smallest share of a group's files a line must be in (default: 0.2)
  -q, --quiet         no progress or summary on standard error
  -h, --help          show this help

Example:
  seedtext learn corpus/ --out rules.json && seedtext parse corpus/ --rules rules.json`;

const commandSpec = {
  out: { type: 'string', short: 'o' },
  'group-by': { type: 'string' },
  'min-files': { type: 'string' },
  'min-share': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs `seedtext learn`; resolves to the exit code.
 * @example
 * process.exitCode = await learnCommand(['corpus', '--out', 'rules.json']);
 */
export async function learnCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine('learn', args, commandSpec);
  if (values.help) {
    process.stdout.write(`${learnHelp}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('learn', 'give the files or directories to learn from');
  const root = commonRoot(positionals);
  const groupOf = grouping(values['group-by'] ?? 'source', root);
  const learner = createTemplateLearner({
    minFiles: values['min-files'] === undefined ? undefined : positiveInteger('learn', '--min-files', values['min-files']),
    minShare: values['min-share'] === undefined ? undefined : share(values['min-share']),
  });

  const progress = startProgress(positionals, { show: process.stderr.isTTY === true && !values.quiet, exclude: [] });
  let failed = 0;
  let learnedFrom = 0;
  for await (const { file, error } of walkSeedPaths(positionals)) {
    let bytes: Uint8Array;
    try {
      if (error !== undefined) throw new Error(error);
      bytes = await readFile(file);
    } catch (reason) {
      failed += 1;
      progress.advance({ bytes: 0, error: describeError(reason) });
      progress.note(`seedtext learn: ${file}: ${describeError(reason)}`);
      continue;
    }
    progress.advance({ bytes: bytes.length });
    const article = parseSeed(bytes);
    const group = groupOf(file, article);
    if (group === undefined) continue;
    learner.add(article, group);
    learnedFrom += 1;
  }
  progress.finish();

  const rules = learner.rules();
  const json = `${JSON.stringify(rules, null, 2)}\n`;
  if (values.out === undefined) process.stdout.write(json);
  else await writeFileAtomically(values.out, json);
  if (!values.quiet) process.stderr.write(`seedtext learn: ${rules.length} rules from ${learnedFrom} files\n`);
  return failed > 0 ? 1 : 0;
}

type GroupOf = (file: string, article: Article) => string | undefined;

function grouping(how: string, root: string): GroupOf {
  const folderOf = (file: string) => relative(root, dirname(resolve(file))) || basename(root);
  if (how === 'folder') return folderOf;
  if (how === 'source') return (file, article) => article.source ?? folderOf(file);
  let pattern: RegExp;
  try {
    pattern = new RegExp(how, 'u');
  } catch (error) {
    throw new UsageError('learn', `--group-by must be source, folder or a regular expression: ${(error as Error).message}`);
  }
  if (new RegExp(`${how}|`, 'u').exec('')!.length !== 2) throw new UsageError('learn', '--group-by needs a regular expression with exactly one capture group');
  // A file whose path the expression does not match belongs to no group and teaches nothing.
  return (file) => pattern.exec(file.split(sep).join('/'))?.[1];
}

function share(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !(number > 0 && number <= 1)) throw new UsageError('learn', `--min-share needs a number above 0 and at most 1, not '${value}'`);
  return number;
}
