/**
 * Speed benchmark (`npm run bench`): parseSeed throughput against a floor measured in the same process, the CLI with
 * one and two jobs on a corpus of at least 100 MB (wall time, files/s, peak RSS), and a scaling check that exits
 * non-zero when a document 16 times larger costs more than 24 times the time.
 *
 * Uses ../shared/corpora and ../shared/bench beside the repository (skipped with a message when absent) and seeds/.
 * `BENCH_CLI_MB=300 npm run bench` makes the CLI corpus larger.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, closeSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { Bench } from 'tinybench';
import { parseSeed } from '../src/index';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const cli = join(root, 'dist', 'cli.js');
const MB = 1e6;
const now = new Date('2026-01-01T00:00:00Z');

const TARGET_RATIO_TO_FLOOR = 0.1;
const TARGET_SPEEDUP = 1.5;
const TARGET_RSS_MB = 256;
const SCALE = 16;
const MAX_SCALE_COST = 24;
const CLI_CORPUS_MB = Number(process.env.BENCH_CLI_MB ?? 100);
// Each throughput sample parses about this much text, so one iteration takes long enough to time well.
const SAMPLE_BYTES = 2 * MB;

interface Dataset {
  readonly name: string;
  readonly files: string[];
}

function txtFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function datasets(): Dataset[] {
  const found: Dataset[] = [{ name: 'seeds', files: txtFiles(join(root, 'seeds')) }];
  for (const group of ['corpora', 'bench']) {
    const folder = join(shared, group);
    if (!existsSync(folder)) {
      console.log(`(skipping ../shared/${group}: not found)`);
      continue;
    }
    const names = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    for (const name of names.sort()) {
      const files = txtFiles(join(folder, name));
      if (group === 'bench') {
        found.push({ name: `${name} lite`, files: files.filter((file) => basename(file) === 'lite.txt') });
        found.push({ name: `${name} full`, files: files.filter((file) => basename(file) === 'full.txt') });
      } else if (files.length > 0) {
        found.push({ name, files });
      }
    }
  }
  return found.filter((dataset) => dataset.files.length > 0);
}

// Every k-th file, so that a sample spans the whole dataset.
function sample(texts: string[]): string[] {
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const step = Math.max(1, Math.floor(total / SAMPLE_BYTES));
  return texts.filter((_, index) => index % step === 0);
}

// The floor: reading every character once. No parser can go faster than touching its input.
function readEveryCharacter(texts: readonly string[]): number {
  let sum = 0;
  for (const text of texts) for (let index = 0; index < text.length; index += 1) sum = (sum + text.charCodeAt(index)) | 0;
  return sum;
}

async function meanMs(name: string, fn: () => void, time = 1000): Promise<number> {
  const bench = new Bench({ time, iterations: 5, warmupIterations: 2 });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (result.state !== 'completed') throw new Error(`${name}: ${result.state === 'errored' ? result.error.message : result.state}`);
  return result.latency.mean;
}

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(cells[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const mark = (ok: boolean) => (ok ? 'ok' : 'MISS');
let sink = 0;

async function throughput(sets: Dataset[]) {
  console.log('\n## parseSeed throughput (tinybench, mean of samples of about 2 MB per dataset)\n');
  const rows: (string | number)[][] = [];
  const all: string[] = [];
  for (const dataset of sets) {
    const texts = sample(dataset.files.map((file) => readFileSync(file, 'utf8')));
    all.push(...texts);
    rows.push(await throughputRow(dataset.name, texts));
  }
  const overall = await throughputRow('all', sample(all));
  rows.push(overall);
  console.log(table(['dataset', 'files', 'MB', 'parseSeed MB/s', 'floor MB/s', 'ratio', `≥ ${TARGET_RATIO_TO_FLOOR}`], rows));
}

async function throughputRow(name: string, texts: string[]): Promise<(string | number)[]> {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const parseMs = await meanMs(`parseSeed ${name}`, () => {
    for (const text of texts) sink += parseSeed(text, { now }).stats.words;
  });
  const floorMs = await meanMs(`floor ${name}`, () => {
    sink += readEveryCharacter(texts);
  });
  const parseRate = bytes / MB / (parseMs / 1000);
  const floorRate = bytes / MB / (floorMs / 1000);
  const ratio = parseRate / floorRate;
  return [name, texts.length, (bytes / MB).toFixed(1), parseRate.toFixed(1), floorRate.toFixed(0), ratio.toFixed(3), mark(ratio >= TARGET_RATIO_TO_FLOOR)];
}

async function scaling(sets: Dataset[]): Promise<boolean> {
  console.log(`\n## Scaling: one document repeated ${SCALE} times must cost at most ${MAX_SCALE_COST}× the time\n`);
  // The largest document of each kind: superlinear work shows most on long inputs.
  const picks = sets
    .filter((dataset) => ['seeds', 'isot', 'fnc1_bodies'].includes(dataset.name) || dataset.name.endsWith(' full'))
    .map((dataset) => dataset.files.reduce((largest, file) => (statSync(file).size > statSync(largest).size ? file : largest)));
  const rows: (string | number)[][] = [];
  let ok = true;
  for (const file of picks) {
    const text = readFileSync(file, 'utf8');
    const repeated = Array.from({ length: SCALE }, () => text).join('\n\n');
    const single = await meanMs('single', () => (sink += parseSeed(text, { now }).stats.words));
    const large = await meanMs('repeated', () => (sink += parseSeed(repeated, { now }).stats.words), 2000);
    const cost = large / single;
    ok &&= cost <= MAX_SCALE_COST;
    rows.push([relative(shared, file).startsWith('..') ? relative(root, file) : relative(shared, file), (text.length / 1000).toFixed(0), single.toFixed(2), large.toFixed(2), cost.toFixed(1), mark(cost <= MAX_SCALE_COST)]);
  }
  console.log(table(['document', 'k chars', 'ms', `${SCALE}× ms`, 'cost', `≤ ${MAX_SCALE_COST}`], rows));
  return ok;
}

async function corpusCopy(sets: Dataset[]): Promise<{ folder: string; files: number; bytes: number }> {
  const sources = sets.filter((dataset) => dataset.name !== 'seeds').flatMap((dataset) => dataset.files);
  const folder = mkdtempSync(join(tmpdir(), 'seedtext-bench-'));
  let files = 0;
  let bytes = 0;
  for (let copy = 1; bytes < CLI_CORPUS_MB * MB; copy += 1) {
    for (const file of sources) {
      const target = join(folder, `copy-${copy}`, relative(dirname(shared), file));
      await mkdir(dirname(target), { recursive: true });
      await copyFile(file, target);
      files += 1;
      bytes += statSync(file).size;
    }
  }
  return { folder, files, bytes };
}

interface CliRun {
  readonly seconds: number;
  readonly rssMb: number | null;
  readonly code: number | null;
}

function runCli(args: string[]): Promise<CliRun> {
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : process.execPath;
  // Without /usr/bin/time, the child reports its own peak RSS (worker threads included) as it exits.
  const report = "process.on('exit',()=>process.stderr.write('\\nmaxrss '+process.resourceUsage().maxRSS+'\\n'));import(process.argv[1])";
  const commandArgs = timed ? ['-v', process.execPath, cli, ...args] : ['-e', report, cli, ...args];
  const devNull = openSync('/dev/null', 'w');
  const started = performance.now();
  const child = spawn(command, commandArgs, { stdio: ['ignore', devNull, 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      closeSync(devNull);
      const seconds = (performance.now() - started) / 1000;
      const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? /maxrss (\d+)/.exec(stderr)?.[1];
      resolve({ seconds, rssMb: kilobytes === undefined ? null : Number(kilobytes) / 1024, code });
    });
  });
}

async function cliRuns(sets: Dataset[]) {
  console.log(`\n## CLI: seedtext parse on a corpus of ≥ ${CLI_CORPUS_MB} MB, output to /dev/null\n`);
  if (!existsSync(cli)) {
    console.log('(skipping: dist/cli.js not found; run `npm run build` first)');
    return;
  }
  if (!sets.some((dataset) => dataset.name !== 'seeds')) {
    console.log('(skipping: ../shared not found)');
    return;
  }
  const corpus = await corpusCopy(sets);
  try {
    const rows: (string | number)[][] = [];
    const runs: CliRun[] = [];
    for (const jobs of [1, 2]) {
      const run = await runCli(['parse', corpus.folder, '--jobs', String(jobs), '--quiet']);
      runs.push(run);
      const rssOk = run.rssMb !== null && run.rssMb <= TARGET_RSS_MB;
      rows.push([
        `--jobs ${jobs}`,
        corpus.files,
        (corpus.bytes / MB).toFixed(0),
        run.seconds.toFixed(1),
        (corpus.files / run.seconds).toFixed(0),
        (corpus.bytes / MB / run.seconds).toFixed(1),
        run.rssMb === null ? '?' : `${run.rssMb.toFixed(0)} ${mark(rssOk)}`,
        String(run.code),
      ]);
    }
    console.log(table(['run', 'files', 'MB', 'seconds', 'files/s', 'MB/s', `peak RSS MB (≤ ${TARGET_RSS_MB})`, 'exit'], rows));
    const speedup = runs[0]!.seconds / runs[1]!.seconds;
    console.log(`\nspeed-up with 2 jobs: ${speedup.toFixed(2)}× (target ≥ ${TARGET_SPEEDUP}×) ${mark(speedup >= TARGET_SPEEDUP)}`);
  } finally {
    rmSync(corpus.folder, { recursive: true, force: true });
  }
}

const sets = datasets();
await throughput(sets);
const scales = await scaling(sets);
await cliRuns(sets);
if (sink === 0.5) console.log(sink); // keeps the measured work from being optimised away
if (!scales) {
  console.error(`\nFAIL: a document ${SCALE}× larger cost more than ${MAX_SCALE_COST}× the time`);
  process.exitCode = 1;
}
