import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { ParseOptions } from '../model/options';
import { processSeedFiles, type EncodedBatch, type SeedTask } from './process-seed-file';

// Built once per worker: the same `rules` object on every call lets the core compile the rules only once.
const parseOptions: ParseOptions = (workerData as { parse?: ParseOptions } | undefined)?.parse ?? {};

/**
 * The task a worker of the `parseFiles` pool runs: it reads the files itself and sends back only the rendered outputs,
 * in UTF-8 in one buffer moved to the main thread, not copied (the buffer the main thread moved here with the task, when it did).
 * Synchronous on purpose: between tasks piscina blocks the worker's event loop, so a pending read would wait for the next task.
 * @example
 * parseTask({ files: ['corpus/a.txt'], rendering: 'jsonl' }); // { results: [{ file: 'corpus/a.txt', bytes: 5120, output: Uint8Array }], buffer }
 */
export default function parseTask(task: SeedTask): ReturnType<typeof move> {
  const batch: EncodedBatch = processSeedFiles(task, parseOptions);
  return move({ [transferableSymbol]: batch.buffer ? [batch.buffer] : [], [valueSymbol]: batch });
}
