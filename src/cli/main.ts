import { version } from '../../package.json';
import { learnCommand, learnHelp } from './learn-command';
import { reportCommand, reportHelp } from '../report/report-command';
import { parseCommand, parseHelp, stripHelp } from './parse-command';
import { statsCommand, statsHelp } from './stats-command';
import { UsageError } from './usage';

/** The help of `seedtext`. */
export const mainHelp = `Usage: seedtext <command> [options]

Turns seed files — plain-text dumps of scraped news pages — into clean, typed article records.

Commands:
  parse [paths...]    parse files, directories (*.txt) or standard input into articles (JSON, JSONL, Markdown, text)
  strip [paths...]    print only the text kept once the page furniture is removed
  stats [paths...]    counts over a corpus: words, removed spans per family, top sources and authors
  learn <paths...>    learn site templates (lines repeated across a source's files) as rules for --rules
  report <paths...>   one self-contained HTML page showing what was kept and what was removed, and why

Options:
  -h, --help          show this help ('seedtext <command> --help' for a command's)
  -v, --version       show the version

Examples:
  seedtext parse article.txt
  seedtext parse corpus/ --jobs 4 > articles.jsonl
  seedtext learn corpus/ --out rules.json && seedtext parse corpus/ --rules rules.json --out clean/`;

const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  parse: { run: (args) => parseCommand('parse', args), help: parseHelp },
  strip: { run: (args) => parseCommand('strip', args), help: stripHelp },
  stats: { run: statsCommand, help: statsHelp },
  learn: { run: learnCommand, help: learnHelp },
  report: { run: reportCommand, help: reportHelp },
};

/**
 * Runs the command line and resolves to the exit code: 0 when all went well, 1 when some files failed, 2 for a usage error.
 * @example
 * process.exitCode = await runCli(['parse', 'corpus', '--format', 'jsonl']);
 */
export async function runCli(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h') return print(mainHelp);
  if (name === '--version' || name === '-v') return print(version);
  const command = name === undefined ? undefined : commands[name];
  try {
    if (name === undefined) throw new UsageError(null, 'give a command: parse, strip, stats, learn or report');
    if (!command) throw new UsageError(null, `unknown command '${name}'`);
    return await command.run(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // `--help` wins over any mistake next to it.
    if (command && (rest.includes('--help') || rest.includes('-h'))) return print(command.help);
    process.stderr.write(`${error.line}\n`);
    return 2;
  }
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

// `seedtext … | head` closes the pipe early: stop quietly instead of failing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2));
