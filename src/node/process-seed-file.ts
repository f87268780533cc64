import { readFileSync } from 'node:fs';
import type { ParseOptions } from '../model/options';
import { renderSeed, type Rendering } from './render-seed';
import { describeError } from './describe-error';
import { Utf8Buffer } from './utf8-buffer';

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
  /** A buffer of an earlier batch, moved back to hold the outputs of this one; a new one is made when absent. */
  readonly buffer?: ArrayBuffer;
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
 * The outcome of one file with its output encoded as UTF-8: what a worker sends back, so that the main thread only writes bytes out.
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

/**
 * The outcomes of a batch of files, their outputs views into one buffer: a worker moves the buffer to the main thread
 * rather than copy it, and the main thread hands it back for a later batch once the outputs are written.
 * @example
 * const batch: EncodedBatch = { results: [{ file: 'a.txt', bytes: 3, output: new Uint8Array(buffer, 0, 12) }], buffer };
 */
export interface EncodedBatch {
  /** One result per file, in order. */
  readonly results: EncodedResult[];
  /** The buffer holding every output, when there is one. */
  readonly buffer?: ArrayBuffer;
}

const decoder = new TextDecoder();

/**
 * Reads files and renders each; never throws: a failure is a result with an `error`.
 * It reads synchronously: on a worker thread nothing else waits, and a small file reads faster that way than through the
 * thread pool (four round trips: open, stat, read, close).
 * @param task - The files, the rendering, and a buffer to reuse for the outputs.
 * @param options - As for `parseSeed`.
 * @returns One result per file, in order, and the buffer their outputs are in.
 * @example
 * processSeedFiles({ files: ['a.txt'], rendering: 'strip' }, {}).results; // [{ file: 'a.txt', bytes: 812, output: Uint8Array }]
 */
export function processSeedFiles(task: SeedTask, options: ParseOptions): EncodedBatch {
  return encodeResults(
    (function* () {
      for (const file of task.files) yield readAndRender(file, task.rendering, options);
    })(),
    task.buffer,
  );
}

/**
 * Encodes the outputs of results into one buffer (`buffer` reused when given); taken lazily, the results are rendered
 * one at a time, so that only one output string is alive at once.
 * @example
 * encodeResults([{ file: 'a.txt', bytes: 3, output: 'abc' }]).results[0].output; // the UTF-8 of 'abc'
 */
export function encodeResults(rendered: Iterable<FileResult>, buffer?: ArrayBuffer): EncodedBatch {
  const outputs = new Utf8Buffer(buffer);
  const placed: { result: Omit<FileResult, 'output'>; span: [number, number] | null }[] = [];
  for (const { output, ...result } of rendered) placed.push({ result, span: output === undefined ? null : outputs.append(output) });
  // Views are made once every output is in: a buffer that grew is a new one.
  const results = placed.map(({ result, span }) => (span ? { ...result, output: new Uint8Array(outputs.buffer, span[0], span[1] - span[0]) } : result));
  return { results, buffer: outputs.buffer };
}

function readAndRender(file: string, rendering: Rendering, options: ParseOptions): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { file, bytes: 0, error: describeError(error) };
  }
  return renderBytes(bytes, file, rendering, options);
}

/**
 * Renders the bytes of one file already read (standard input); a result with an `error` if the parser fails.
 * @example
 * renderBytes(new TextEncoder().encode('Title\n\nBody.'), '-', 'text', {}).output; // 'Title\n\nBody.\n'
 */
export function renderBytes(bytes: Uint8Array, file: string, rendering: Rendering, options: ParseOptions): FileResult {
  try {
    return { file, bytes: bytes.length, output: renderSeed(bytes, file, rendering, options) };
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
