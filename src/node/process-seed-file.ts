import { readFileSync } from 'node:fs';
import type { ParseOptions } from '../model/options';
import { renderSeed, type Rendering } from './render-seed';
import { describeError } from './describe-error';

/**
 * Files to parse and how to render them: what the main thread sends a worker (paths, not contents).
 * @example
 * const task: SeedTask = { files: ['corpus/a.txt', 'corpus/b.txt'], rendering: 'jsonl' };
 */
export interface SeedTask {
  /** The files to read, in order. */
  readonly files: readonly string[];
  /** What to make of them. */
  readonly rendering: Rendering;
}

/**
 * The outcome of one file: its rendered output, or why it could not be read or parsed.
 * @example
 * const result: FileResult = { file: 'corpus/a.txt', bytes: 5120, output: '{"file":"corpus/a.txt",…}' };
 */
export interface FileResult {
  /** The file, as found. */
  readonly file: string;
  /** Bytes read (0 when the file could not be read). */
  readonly bytes: number;
  /** The rendered output, when the file was parsed. */
  readonly output?: string;
  /** Why the file could not be read or parsed. */
  readonly error?: string;
}

/**
 * The outcome of one file with its output encoded as UTF-8: what a worker sends back, the buffer moved rather than copied,
 * so that the main thread only writes bytes out.
 * @example
 * const result: EncodedResult = { file: 'corpus/a.txt', bytes: 5120, output: new TextEncoder().encode('{…}') };
 */
export interface EncodedResult {
  /** The file, as found. */
  readonly file: string;
  /** Bytes read (0 when the file could not be read). */
  readonly bytes: number;
  /** The rendered output as UTF-8, when the file was parsed. */
  readonly output?: Uint8Array;
  /** Why the file could not be read or parsed. */
  readonly error?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Reads files and renders each; never throws: a failure is a result with an `error`.
 * It reads synchronously: on a worker thread nothing else waits, and a small file reads faster that way than through the
 * thread pool (four round trips: open, stat, read, close).
 * @param task - The files and the rendering.
 * @param options - As for `parseSeed`.
 * @returns One result per file, in order.
 * @example
 * processSeedFiles({ files: ['a.txt'], rendering: 'strip' }, {}); // [{ file: 'a.txt', bytes: 812, output: Uint8Array }]
 */
export function processSeedFiles(task: SeedTask, options: ParseOptions): EncodedResult[] {
  return task.files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      return { file, bytes: 0, error: describeError(error) };
    }
    return renderBytes(bytes, file, task.rendering, options);
  });
}

/**
 * Renders the bytes of one file already read (standard input); a result with an `error` if the parser fails.
 * @example
 * renderBytes(new TextEncoder().encode('Title\n\nBody.'), '-', 'text', {}).output; // the UTF-8 of 'Title\n\nBody.\n'
 */
export function renderBytes(bytes: Uint8Array, file: string, rendering: Rendering, options: ParseOptions): EncodedResult {
  try {
    return { file, bytes: bytes.length, output: encoder.encode(renderSeed(bytes, file, rendering, options)) };
  } catch (error) {
    return { file, bytes: bytes.length, error: `could not be parsed: ${describeError(error)}` };
  }
}

/**
 * The result with its output as a string.
 * @example
 * decodeResult({ file: 'a.txt', bytes: 3, output: new TextEncoder().encode('abc') }).output; // 'abc'
 */
export function decodeResult(result: EncodedResult): FileResult {
  return result.output === undefined ? (result as FileResult) : { ...result, output: decoder.decode(result.output) };
}

/**
 * Reads standard input to its end, as bytes.
 * @example
 * const bytes = await readStandardInput();
 */
export async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
