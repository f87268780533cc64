import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A mistake in the command line: reported in one line with a hint, and the exit code is 2.
 * @example
 * throw new UsageError('parse', "unknown option '--fromat'");
 */
export class UsageError extends Error {
  /** The command whose `--help` the hint points to, or null for `seedtext --help`. */
  readonly command: string | null;

  constructor(command: string | null, message: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }

  /** The line printed on standard error. */
  get line(): string {
    const name = this.command ? `seedtext ${this.command}` : 'seedtext';
    return `${name}: ${this.message} (see '${name} --help')`;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
type ParsedCommandLine<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/**
 * `util.parseArgs` in strict mode whose mistakes become a one-line `UsageError`.
 * @example
 * const { values, positionals } = parseCommandLine('parse', ['a.txt', '--jobs', '2'], { jobs: { type: 'string' } });
 */
export function parseCommandLine<T extends Options>(command: string, args: string[], options: T): ParsedCommandLine<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(command, firstSentence((error as Error).message));
  }
}

// `util.parseArgs` explains at length (`… place it at the end of the command after '--' …`); the first sentence says what is wrong.
function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  const end = line.search(/\.(?:\s|$)/);
  return (end > 0 ? line.slice(0, end) : line).replace(/^Unknown option/, 'unknown option').replace(/^Option/, 'option');
}

/**
 * A positive whole number given to an option, or a `UsageError`.
 * @example
 * positiveInteger('parse', '--jobs', '4'); // 4
 */
export function positiveInteger(command: string, option: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(command, `${option} needs a positive whole number, not '${value}'`);
  }
  return number;
}

/**
 * One of the allowed values of an option, or a `UsageError` naming them.
 * @example
 * oneOf('parse', '--format', 'md', ['json', 'jsonl', 'md', 'text']); // 'md'
 */
export function oneOf<T extends string>(command: string, option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(command, `${option} must be one of ${allowed.join(', ')}, not '${value}'`);
}
