/**
 * Where the development benchmark lives and how its pages are listed, shared by `npm run eval` and `npm run bench-residue`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `../shared/bench` beside the repository.
 * @example
 * existsSync(BENCH_DIR); // false on a fresh clone without ../shared
 */
export const BENCH_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/bench');

/**
 * The fixed `now` of every benchmark run: later than every gold date (the newest is 2026-08-02), so that no stated date counts
 * as "in the future".
 * @example
 * parseSeed(text, { now: BENCH_NOW });
 */
export const BENCH_NOW = new Date('2027-01-01T00:00:00Z');

/**
 * The folders in `dir`, sorted: the sets of the benchmark, or the pages of a set.
 * @example
 * subfolders(BENCH_DIR); // ['fundus-other-dev', 'naeb-en-dev']
 */
export function subfolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}
