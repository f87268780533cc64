import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import type { Writable } from 'node:stream';
import type { EncodedResult } from '../node/process-seed-file';
import { describeError } from '../node/describe-error';
import { STDIN_PATH } from '../node/seed-paths';

/**
 * Where the results of a command go: standard output in one of several framings, or one file per input.
 * @example
 * const sink = jsonLinesSink(new BufferedWriter(process.stdout));
 * await sink.add(result);
 * await sink.close();
 */
export interface ResultSink {
  /** Writes one result; returns an error message when it could not be written. */
  add(result: EncodedResult): Promise<string | null>;
  /** Writes what closes the output and flushes it. */
  close(): Promise<void>;
}

// Writing each line on its own costs a system call per line; 64 KiB at a time does not.
const BUFFER_BYTES = 64 * 1024;

/**
 * Writes to a stream in large chunks and waits until each is written, so a slow reader holds back the parsing.
 * Bytes are copied in at once, into one buffer used again for every chunk: the caller may reuse their memory, and the
 * chunks leave no garbage behind.
 * @example
 * const writer = new BufferedWriter(process.stdout);
 * await writer.write('line\n');
 * await writer.flush();
 */
export class BufferedWriter {
  private readonly chunk = Buffer.allocUnsafeSlow(BUFFER_BYTES);
  private size = 0;

  constructor(private readonly stream: Writable) {}

  /** Adds text or UTF-8 bytes, writing them out once the chunk is full. */
  async write(...parts: (string | Uint8Array)[]): Promise<void> {
    for (const part of parts) {
      const bytes = typeof part === 'string' ? Buffer.from(part) : part;
      if (this.size + bytes.length > this.chunk.length) await this.flush();
      if (bytes.length > this.chunk.length) {
        await this.writeOut(bytes);
      } else {
        this.chunk.set(bytes, this.size);
        this.size += bytes.length;
      }
    }
  }

  /** Writes out everything gathered. */
  async flush(): Promise<void> {
    if (this.size === 0) return;
    await this.writeOut(this.chunk.subarray(0, this.size));
    this.size = 0;
  }

  private writeOut(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => this.stream.write(bytes, (error) => (error ? reject(error) : resolve())));
  }
}

const NEWLINE = 10;
const finalNewline = (output: Uint8Array) => (output[output.length - 1] === NEWLINE ? '' : '\n');
const failure = (result: EncodedResult, indent?: number) => JSON.stringify({ file: result.file, error: result.error }, null, indent);

/**
 * One line per result: the output, or `{ "file": …, "error": … }` for a file that failed.
 * @example
 * jsonLinesSink(writer).add({ file: 'a.txt', bytes: 0, error: 'no such file or directory' });
 */
export function jsonLinesSink(writer: BufferedWriter): ResultSink {
  return {
    add: async (result) => {
      await writer.write(result.output ?? failure(result), '\n');
      return null;
    },
    close: () => writer.flush(),
  };
}

/**
 * A JSON array of results, streamed: each output (an object with a `file` field), or `{ "file": …, "error": … }`.
 * @example
 * jsonArraySink(writer);
 */
export function jsonArraySink(writer: BufferedWriter): ResultSink {
  let count = 0;
  return {
    add: async (result) => {
      await writer.write(count === 0 ? '[\n' : ',\n', result.output ?? failure(result, 2));
      count += 1;
      return null;
    },
    close: async () => {
      await writer.write(count === 0 ? '[]\n' : '\n]\n');
      await writer.flush();
    },
  };
}

/**
 * Each output as a document, after a header naming its file when there are several (`==> a.txt <==` for text, `<!-- a.txt -->` for Markdown).
 * Failed files only show on standard error.
 * @example
 * documentSink(writer, (file) => `==> ${file} <==`);
 */
export function documentSink(writer: BufferedWriter, header: ((file: string) => string) | null): ResultSink {
  let count = 0;
  return {
    add: async (result) => {
      if (result.output === undefined) return null;
      const separator = count > 0 && header ? '\n' : '';
      await writer.write(`${separator}${header ? `${header(result.file)}\n` : ''}`, result.output, finalNewline(result.output));
      count += 1;
      return null;
    },
    close: () => writer.flush(),
  };
}

/**
 * One file per input under `outDir`, mirroring the input tree below `root`, with the extension replaced; each written to a
 * temporary file and then renamed, so a reader never sees half a file. An output that would replace its input is refused.
 * @example
 * directorySink('out', 'corpus', '.json'); // corpus/a/b.txt → out/a/b.json
 */
export function directorySink(outDir: string, root: string, extension: string): ResultSink {
  const made = new Set<string>();
  return {
    add: async (result) => {
      if (result.output === undefined) return null;
      const target = outputPath(outDir, root, result.file, extension);
      if (result.file !== STDIN_PATH && target === resolve(result.file)) return `the output ${target} would replace the input`;
      const folder = dirname(target);
      try {
        if (!made.has(folder)) await mkdir(folder, { recursive: true });
        made.add(folder);
        await writeFileAtomically(target, Buffer.concat([result.output, Buffer.from(finalNewline(result.output))]));
        return null;
      } catch (error) {
        return `could not write ${target}: ${describeError(error)}`;
      }
    },
    close: async () => {},
  };
}

let temporaryCount = 0;

/**
 * Writes a file through a temporary file in the same folder and a rename, so a reader sees the old file or the new one, never half of one.
 * @example
 * await writeFileAtomically('rules.json', JSON.stringify(rules, null, 2));
 */
export async function writeFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${target}.${process.pid}.${temporaryCount++}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Where the output of an input goes under `outDir`: the same path below `root`, with `extension` in place of the input's.
 * @example
 * outputPath('out', '/data/corpus', '/data/corpus/site/a.txt', '.json'); // '/…/out/site/a.json'
 */
export function outputPath(outDir: string, root: string, file: string, extension: string): string {
  const below = file === STDIN_PATH ? 'stdin' : relative(root, resolve(file));
  const extensionAt = below.length - extname(below).length;
  return resolve(outDir, below.slice(0, extensionAt) + extension);
}

/**
 * The deepest folder holding every input: directories count as themselves, files as their folder.
 * @example
 * commonRoot(['corpus/a', 'corpus/b/x.txt']); // '/…/corpus'
 */
export function commonRoot(paths: readonly string[]): string {
  const folders = paths.filter((path) => path !== STDIN_PATH).map((path) => (isDirectory(path) ? resolve(path) : dirname(resolve(path))));
  const [first, ...rest] = folders.map((folder) => folder.split(sep));
  if (!first) return process.cwd();
  let depth = first.length;
  for (const parts of rest) {
    let same = 0;
    while (same < Math.min(depth, parts.length) && parts[same] === first[same]) same += 1;
    depth = same;
  }
  return first.slice(0, depth).join(sep) || sep;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
