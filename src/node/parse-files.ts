import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ParseOptions } from '../model/options';
import type { Rendering } from './render-seed';
import { shareWork } from './share-work';
import {
  decodeResult,
  encodeResults,
  processSeedFiles,
  readStandardInput,
  renderBytes,
  type EncodedBatch,
  type EncodedResult,
  type FileResult,
  type SeedTask,
} from './process-seed-file';
import { STDIN_PATH, walkSeedPaths, type SeedPath } from './seed-paths';

/**
 * Options of `parseFiles`.
 * @example
 * parseFiles(['corpus'], { jobs: 2, format: 'jsonl', parse: { mode: 'precision' } });
 */
export interface ParseFilesOptions {
  /** Files parsed at once: this thread parses, and `jobs - 1` worker threads beside it. `os.availableParallelism()` by default. */
  readonly jobs?: number;
  /** What to make of each file; `jsonl` by default. */
  readonly format?: Rendering;
  /** Whether results keep the order of the files; `true` by default (`false` yields them as they finish). */
  readonly ordered?: boolean;
  /** Options of `parseSeed`, the same for every file. */
  readonly parse?: ParseOptions;
  /** Directories not to search (an output folder inside the input tree). */
  readonly exclude?: readonly string[];
}

/** Work for one call: files read and parsed together, a path that could not be searched, or standard input. */
type Job = { readonly files: string[] } | { readonly failed: SeedPath } | { readonly stdin: true };

// A worker holds tasks queued behind the one it parses, so that it still has work when this thread, busy parsing a
// task of its own, hears late that one is done: with one queued, both threads waited about a tenth of the time.
const TASKS_PER_WORKER = 3;
// Tasks this thread may parse ahead of the oldest task still in a worker, output kept in order and memory bounded:
// room to take up the differences between tasks rather than wait for each.
const TASKS_HELD_HERE = 4;
// A round trip to a worker costs about as much as parsing a small file: small files go in batches of about this size.
const TASK_BYTES = 64 * 1024;
const MAX_FILES_PER_TASK = 32;
const FIRST_FILES_PER_TASK = 4;
const WORKER_NURSERY_MB = 8;
const WORKER_HEAP_MB = 48;

/**
 * Parses files and directories (searched for `*.txt`) with a bounded number of files in flight, on this thread and `jobs - 1` worker threads.
 * Each result holds the rendered output (the workers read the files and return only that string) or an error; `-` is standard input.
 * @param paths - Files and directories.
 * @param options - `jobs`, `format`, `ordered`, `parse`, `exclude`.
 * @returns The results, lazily, in file order unless `ordered` is false.
 * @example
 * for await (const { file, output, error } of parseFiles(['corpus'], { jobs: 2 })) {
 *   if (error) console.error(`${file}: ${error}`);
 *   else process.stdout.write(`${output}\n`);
 * }
 */
export async function* parseFiles(paths: Iterable<string>, options: ParseFilesOptions = {}): AsyncGenerator<FileResult> {
  for await (const result of processSeedPaths(walkSeedPaths(paths, { exclude: options.exclude ?? [] }), options)) yield decodeResult(result);
}

/**
 * `parseFiles` over paths already found (the walk of `walkSeedPaths`), with each output as UTF-8 bytes, ready to write.
 * An output is valid only until the next result is asked for: its memory then goes to a later batch of files.
 * @example
 * processSeedPaths(walkSeedPaths(['corpus']), { jobs: 1, format: 'strip' });
 * @internal
 */
export async function* processSeedPaths(found: AsyncIterable<SeedPath>, options: ParseFilesOptions = {}): AsyncGenerator<EncodedResult> {
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const rendering = options.format ?? 'jsonl';
  const parse = options.parse ?? {};
  const seen = { files: 0, bytes: 0 };
  let pool: Piscina<SeedTask, EncodedBatch> | undefined;
  // The buffers of batches already written out. Moved to a worker and back, and never let go, they hold the outputs of
  // the next batches: a buffer left to the garbage collector lies outside the heap, where this thread, busy parsing, frees
  // it only at a full collection, which outside memory alone triggers only after 64 MB.
  const spare: ArrayBuffer[] = [];

  const parseHere = (files: string[]): EncodedBatch => processSeedFiles({ files, rendering, buffer: spare.pop() }, parse);
  const run = async (job: Job): Promise<EncodedBatch> => {
    if ('files' in job) return parseHere(job.files);
    if ('failed' in job) return { results: [{ file: job.failed.file, bytes: 0, error: job.failed.error }] };
    return encodeResults([renderBytes(await readStandardInput(), STDIN_PATH, rendering, parse)], spare.pop());
  };
  const inWorker = (job: Job): Promise<EncodedBatch> => {
    if (!('files' in job)) return run(job);
    pool ??= new Piscina({
      filename: workerFile(),
      minThreads: jobs - 1,
      maxThreads: jobs - 1,
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      idleTimeout: 1000,
      // Parsing makes short-lived garbage and keeps little: a nursery large enough to hold a task's garbage
      // spares collections, and a small old generation keeps each worker light.
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_NURSERY_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB },
      workerData: { parse },
    });
    const buffer = spare.pop();
    // A worker that dies (out of memory on a huge file) hands its files back to this thread, whose heap is not capped.
    return pool.run({ files: job.files, rendering, buffer }, { transferList: buffer ? [buffer] : [] }).catch(() => parseHere(job.files));
  };
  const filesPerTask = () =>
    seen.files === 0 ? FIRST_FILES_PER_TASK : Math.min(MAX_FILES_PER_TASK, Math.max(1, Math.round((TASK_BYTES * seen.files) / Math.max(1, seen.bytes))));

  try {
    // This thread is one of the jobs: it would otherwise sit idle between writes, and each worker costs memory of its own
    // (a heap, compiled code), where this thread's is already spent.
    const sharing = {
      ordered: options.ordered ?? true,
      awayLimit: (jobs - 1) * TASKS_PER_WORKER,
      limit: (jobs - 1) * TASKS_PER_WORKER + TASKS_HELD_HERE,
      away: inWorker,
      here: run,
    };
    for await (const { results, buffer } of shareWork(batchJobs(found, filesPerTask), sharing)) {
      for (const result of results) {
        seen.files += 1;
        seen.bytes += result.bytes;
        yield result;
      }
      if (buffer) spare.push(buffer);
    }
  } finally {
    await pool?.destroy();
  }
}

// Files go together up to the current batch size; a failed path or standard input goes alone, in its place.
async function* batchJobs(found: AsyncIterable<SeedPath>, filesPerTask: () => number): AsyncGenerator<Job> {
  let files: string[] = [];
  for await (const path of found) {
    const alone = path.error !== undefined || path.file === STDIN_PATH;
    if (!alone) files.push(path.file);
    if (files.length > 0 && (alone || files.length >= filesPerTask())) {
      yield { files };
      files = [];
    }
    if (path.error !== undefined) yield { failed: path };
    else if (alone) yield { stdin: true };
  }
  if (files.length > 0) yield { files };
}

// Built, the worker sits beside this code in dist/ (`worker.js`, or `worker.cjs` beside the CommonJS build).
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return join(dirname(here), `worker${extname(here)}`);
}
