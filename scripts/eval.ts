/**
 * `npm run eval`: scores parseSeed on the development benchmark in ../shared/bench with the metric its
 * README defines (see ./score.ts), one row per set and variant, and counts the removed spans by family.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIR, BENCH_NOW, subfolders } from './bench-pages';
import { usageError } from './usage-error';
import { parseSeed, type Article, type Mode } from '../src/index';
import { scoreAuthors, scoreBody, scorePublished, scoreTitle, benchWords, type Overlap } from './score';

const USAGE = `Usage: npm run eval -- [options]

Scores parseSeed on ../shared/bench (body 4-shingle and word P/R/F1, title exact, authors F1).

  --set NAME              one set only (a folder of ../shared/bench)
  --variant lite|full     one dump only
  --mode MODE             precision | balanced | recall (default balanced)
  --json                  machine-readable results
  --worst N               list the N documents with the lowest body F1
  --baseline              score "keep everything": the whole dump as the body
  --help                  this text`;

const VARIANTS = ['lite', 'full'] as const;
const MODES: readonly Mode[] = ['precision', 'balanced', 'recall'];

/** The gold article of a benchmark page, as gold.json holds it. */
interface Gold {
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly date: string | null;
  readonly body: string;
}

/** The scores of one document. */
interface DocumentScore {
  readonly id: string;
  readonly shingle: Overlap;
  readonly word: Overlap;
  readonly title: number;
  readonly authors: number | null;
  readonly published: number | null;
  readonly ms: number;
  readonly predictedWords: number;
  readonly goldWords: number;
}

/** The scores of one set and variant, averaged over its documents. */
interface RunResult {
  readonly set: string;
  readonly variant: string;
  readonly system: string;
  readonly documents: number;
  readonly body: Overlap;
  readonly bodyWords: Overlap;
  readonly title: number | null;
  readonly authors: number | null;
  readonly published: number | null;
  readonly msPerDocument: number | null;
  readonly removed: Record<string, number>;
  readonly worst?: readonly WorstDocument[];
}

interface WorstDocument {
  readonly id: string;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly predictedWords: number;
  readonly goldWords: number;
}

function fail(message: string): never {
  return usageError(message, USAGE);
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        set: { type: 'string' },
        variant: { type: 'string' },
        mode: { type: 'string', default: 'balanced' },
        json: { type: 'boolean', default: false },
        worst: { type: 'string', default: '0' },
        baseline: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const variant = parsed.variant;
  if (variant !== undefined && !VARIANTS.some((known) => known === variant)) fail(`--variant must be lite or full, not ${variant}`);
  const mode = MODES.find((known) => known === parsed.mode) ?? fail(`--mode must be ${MODES.join(', ')}, not ${parsed.mode}`);
  const worst = Number(parsed.worst);
  if (!Number.isInteger(worst) || worst < 0) fail(`--worst takes a whole number, not ${parsed.worst}`);
  return { set: parsed.set, variants: variant ? [variant] : [...VARIANTS], mode, json: parsed.json, worst, baseline: parsed.baseline };
}

function readGold(path: string): Gold {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<Gold>;
  return { title: raw.title ?? null, authors: raw.authors ?? [], date: raw.date ?? null, body: raw.body ?? '' };
}

function scoreDocument(id: string, gold: Gold, input: Uint8Array, options: { baseline: boolean; mode: Mode }, families: Map<string, number>): DocumentScore {
  const started = performance.now();
  const article: Article | null = options.baseline ? null : parseSeed(input, { now: BENCH_NOW, mode: options.mode });
  const ms = performance.now() - started;
  const body = article ? article.text : new TextDecoder().decode(input);
  for (const span of article?.removed ?? []) families.set(span.family, (families.get(span.family) ?? 0) + 1);
  return {
    id,
    ...scoreBody(body, gold.body),
    title: scoreTitle(article?.title ?? null, gold.title),
    authors: gold.authors.length > 0 ? scoreAuthors(article?.authors.map((author) => author.name) ?? [], gold.authors) : null,
    published: gold.date ? scorePublished(article?.published ?? null, gold.date) : null,
    ms,
    predictedWords: benchWords(body).length,
    goldWords: benchWords(gold.body).length,
  };
}

function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length;
}

function meanOverlap(overlaps: readonly Overlap[]): Overlap {
  return {
    precision: mean(overlaps.map((overlap) => overlap.precision)) ?? 0,
    recall: mean(overlaps.map((overlap) => overlap.recall)) ?? 0,
    f1: mean(overlaps.map((overlap) => overlap.f1)) ?? 0,
  };
}

function evaluate(benchDir: string, set: string, variant: string, options: ReturnType<typeof readOptions>): RunResult {
  const families = new Map<string, number>();
  const scores: DocumentScore[] = [];
  for (const id of subfolders(join(benchDir, set))) {
    const dir = join(benchDir, set, id);
    if (!existsSync(join(dir, `${variant}.txt`)) || !existsSync(join(dir, 'gold.json'))) continue;
    scores.push(scoreDocument(id, readGold(join(dir, 'gold.json')), readFileSync(join(dir, `${variant}.txt`)), options, families));
  }
  const worst = [...scores]
    .sort((a, b) => a.shingle.f1 - b.shingle.f1)
    .slice(0, options.worst)
    .map(({ id, shingle, predictedWords, goldWords }) => ({ id, ...shingle, predictedWords, goldWords }));
  return {
    set,
    variant,
    system: options.baseline ? 'keep everything' : `seedtext (${options.mode})`,
    documents: scores.length,
    body: meanOverlap(scores.map((score) => score.shingle)),
    bodyWords: meanOverlap(scores.map((score) => score.word)),
    title: options.baseline ? null : mean(scores.map((score) => score.title)),
    authors: options.baseline ? null : mean(scores.map((score) => score.authors)),
    published: options.baseline ? null : mean(scores.map((score) => score.published)),
    msPerDocument: options.baseline ? null : mean(scores.map((score) => score.ms)),
    removed: Object.fromEntries([...families].sort((a, b) => b[1] - a[1])),
    ...(options.worst > 0 ? { worst } : {}),
  };
}

function warnOfLaterGoldDates(benchDir: string, sets: readonly string[]): void {
  for (const set of sets) {
    for (const id of subfolders(join(benchDir, set))) {
      const goldPath = join(benchDir, set, id, 'gold.json');
      const date = existsSync(goldPath) ? readGold(goldPath).date : null;
      if (date && new Date(date) > BENCH_NOW) console.error(`warning: ${set}/${id} has a gold date ${date} after the fixed now ${BENCH_NOW.toISOString()}`);
    }
  }
}

const figure = (value: number | null, digits = 3) => (value === null ? '–' : value.toFixed(digits));

function printTable(results: readonly RunResult[]): void {
  const header = ['set', 'dump', 'docs', 'body P', 'body R', 'body F1', 'word P', 'word R', 'word F1', 'title', 'authors', 'date', 'ms/doc'];
  const rows = results.map((result) => [
    result.set,
    result.variant,
    String(result.documents),
    figure(result.body.precision),
    figure(result.body.recall),
    figure(result.body.f1),
    figure(result.bodyWords.precision),
    figure(result.bodyWords.recall),
    figure(result.bodyWords.f1),
    figure(result.title),
    figure(result.authors),
    figure(result.published),
    figure(result.msPerDocument, 2),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(`${results[0]?.system ?? ''}, now ${BENCH_NOW.toISOString().slice(0, 10)}; body = 4-word shingles, title = exact, date = published day (not in the README's metric)\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const result of results) {
    const removed = Object.entries(result.removed);
    if (removed.length > 0) console.log(`\nremoved in ${result.set}/${result.variant}: ${removed.map(([family, count]) => `${family} ${count}`).join(', ')}`);
    if (result.worst && result.worst.length > 0) {
      console.log(`\nlowest body F1 in ${result.set}/${result.variant}:`);
      for (const document of result.worst) {
        console.log(`  ${document.id}  F1 ${figure(document.f1, 2)}  P ${figure(document.precision, 2)}  R ${figure(document.recall, 2)}  (${document.predictedWords} words kept, ${document.goldWords} in gold)`);
      }
    }
  }
}

function main(): void {
  const options = readOptions();
  if (!existsSync(BENCH_DIR)) {
    console.log('../shared/bench not found: the benchmark is skipped');
    return;
  }
  const available = subfolders(BENCH_DIR);
  if (options.set !== undefined && !available.includes(options.set)) fail(`no set ${options.set} in ${BENCH_DIR}; there are ${available.join(', ')}`);
  const sets = options.set === undefined ? available : [options.set];
  warnOfLaterGoldDates(BENCH_DIR, sets);
  const results = sets.flatMap((set) => options.variants.map((variant) => evaluate(BENCH_DIR, set, variant, options)));
  if (options.json) console.log(JSON.stringify({ now: BENCH_NOW.toISOString(), results }, null, 2));
  else printTable(results);
}

main();
