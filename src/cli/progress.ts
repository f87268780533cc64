import { statSync } from 'node:fs';
import type { EncodedResult } from '../node/process-seed-file';
import { STDIN_PATH, walkSeedPaths } from '../node/seed-paths';

/**
 * Progress of a command over files, shown on standard error when it is a terminal; messages about files always go there.
 * @example
 * const progress = startProgress(['corpus'], { show: true, exclude: [] });
 * progress.advance(result);
 * progress.finish();
 */
export interface Progress {
  /** Counts one file done. */
  advance(result: Pick<EncodedResult, 'bytes' | 'error'>): void;
  /** Prints a line (a failed file) on standard error, above the progress line. */
  note(line: string): void;
  /** Clears the progress line and, when shown, prints a summary. */
  finish(): void;
}

const REDRAW_MS = 200;
const MB = 1024 * 1024;

/**
 * Starts showing progress: files done, MB done, MB/s, and an ETA once a second walk (sizes only) has counted the input.
 * @param paths - The files and directories given, counted in the background.
 * @param options - `show` (a terminal and no `--quiet`) and the directories left out.
 * @returns The progress handle.
 * @example
 * const progress = startProgress(paths, { show: process.stderr.isTTY && !quiet, exclude: [] });
 */
export function startProgress(paths: readonly string[], options: { show: boolean; exclude: readonly string[] }): Progress {
  const stream = process.stderr;
  if (!options.show) return { advance: () => {}, note: (line) => stream.write(`${line}\n`), finish: () => {} };

  const started = performance.now();
  const done = { files: 0, failed: 0, bytes: 0 };
  const total = { files: 0, bytes: 0, counted: false };
  let stopped = false;

  void (async () => {
    for await (const found of walkSeedPaths(paths, { exclude: options.exclude })) {
      if (stopped) return;
      total.files += 1;
      // A synchronous stat takes microseconds; awaiting the thread pool while the main thread is busy takes far longer.
      if (found.error === undefined && found.file !== STDIN_PATH) total.bytes += statSync(found.file, { throwIfNoEntry: false })?.size ?? 0;
    }
    total.counted = true;
  })().catch(() => {});

  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done.bytes / MB / Math.max(seconds, 0.001);
    const files = total.counted ? `${count(done.files)}/${count(total.files)} files` : `${count(done.files)} files`;
    const failed = done.failed > 0 ? ` · ${count(done.failed)} failed` : '';
    const eta = total.counted && rate > 0 ? ` · ETA ${duration(Math.max(0, total.bytes - done.bytes) / MB / rate)}` : '';
    return `${files}${failed} · ${(done.bytes / MB).toFixed(1)} MB · ${rate.toFixed(1)} MB/s${eta}`;
  };
  const draw = () => stream.write(`\r\x1b[K${line().slice(0, Math.max(20, (stream.columns || 80) - 1))}`);
  const timer = setInterval(draw, REDRAW_MS);
  timer.unref();

  return {
    advance: (result) => {
      done.files += 1;
      done.bytes += result.bytes;
      if (result.error !== undefined) done.failed += 1;
    },
    note: (message) => {
      stream.write(`\r\x1b[K${message}\n`);
      draw();
    },
    finish: () => {
      stopped = true;
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      stream.write(`\r\x1b[K${count(done.files)} files, ${(done.bytes / MB).toFixed(1)} MB in ${seconds.toFixed(1)} s${done.failed > 0 ? `, ${count(done.failed)} failed` : ''}\n`);
    },
  };
}

const count = (value: number) => value.toLocaleString('en-US');

function duration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}
