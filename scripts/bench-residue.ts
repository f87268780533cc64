/**
 * `npm run bench-residue`: lists, per page of ../shared/bench, the body blocks parseSeed keeps that the gold body lacks (most of
 * their 4-word shingles, the unit of `npm run eval`, absent from it), then adds up their words by shape, so that the commonest
 * kinds of residue in one dump stand out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIR, BENCH_NOW, subfolders } from './bench-pages';
import { usageError } from './usage-error';
import { parseSeed, type Block } from '../src/index';
import { benchWords, shingles } from './score';

const USAGE = `Usage: npm run bench-residue -- [options]

Lists the body blocks kept on ../shared/bench that the gold body lacks, per page, then their words by shape.

  --set NAME              one set only (a folder of ../shared/bench)
  --variant lite|full     the dump to read (default full)
  --summary               the words by shape only
  --help                  this text`;

// A block whose shingles are mostly in the gold is the story's, maybe cut or joined otherwise.
const MIN_GOLD_SHARE = 0.5;

function readOptions() {
  let values;
  try {
    values = parseArgs({
      options: {
        set: { type: 'string' },
        variant: { type: 'string', default: 'full' },
        summary: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    usageError((error as Error).message, USAGE);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.variant !== 'lite' && values.variant !== 'full') usageError(`--variant must be lite or full, not ${values.variant}`, USAGE);
  return { set: values.set, variant: values.variant, summary: values.summary };
}

// The share of a block's shingles (of its words, when it has fewer than four) that the gold holds.
function goldShare(text: string, goldShingles: ReadonlySet<string>, goldWords: ReadonlySet<string>): number {
  const words = benchWords(text);
  const grams = shingles(words);
  const [units, gold] = grams.length > 0 ? [grams, goldShingles] : [words, goldWords];
  return units.length === 0 ? 1 : units.filter((unit) => gold.has(unit)).length / units.length;
}

// A coarse shape: the block's type, how many words, how it ends, whether it holds digits (`list-item 4-8w open digits`).
function shapeOf(block: Block): string {
  const words = benchWords(block.text).length;
  const size = words <= 3 ? '1-3w' : words <= 8 ? '4-8w' : words <= 20 ? '9-20w' : '21+w';
  const text = block.text.trim();
  const ending = /[.!?…]["'”’»)]?$/u.test(text) ? 'sentence' : text.endsWith(':') ? 'colon' : 'open';
  return `${block.type} ${size} ${ending}${/\d/u.test(text) ? ' digits' : ''}`;
}

function main(): void {
  const options = readOptions();
  if (!existsSync(BENCH_DIR)) {
    console.log('../shared/bench not found: nothing to list');
    return;
  }
  const available = subfolders(BENCH_DIR);
  if (options.set !== undefined && !available.includes(options.set)) usageError(`no set ${options.set} in ${BENCH_DIR}; there are ${available.join(', ')}`, USAGE);
  const sets = options.set === undefined ? available : [options.set];
  const wordsByShape = new Map<string, number>();
  for (const set of sets) {
    for (const id of subfolders(join(BENCH_DIR, set))) {
      const dump = join(BENCH_DIR, set, id, `${options.variant}.txt`);
      if (!existsSync(dump)) continue;
      const gold = benchWords((JSON.parse(readFileSync(join(BENCH_DIR, set, id, 'gold.json'), 'utf8')) as { body?: string }).body ?? '');
      const goldShingles = new Set(shingles(gold));
      const goldWords = new Set(gold);
      const residue = parseSeed(readFileSync(dump), { now: BENCH_NOW }).body.filter((block) => goldShare(block.text, goldShingles, goldWords) < MIN_GOLD_SHARE);
      for (const block of residue) {
        const shape = shapeOf(block);
        wordsByShape.set(shape, (wordsByShape.get(shape) ?? 0) + benchWords(block.text).length);
      }
      if (options.summary || residue.length === 0) continue;
      console.log(`${set}/${id}`);
      for (const block of residue) console.log(`  [${shapeOf(block)}] ${block.text.replace(/\n/g, ' ⏎ ').slice(0, 160)}`);
    }
  }
  const shapes = [...wordsByShape].sort((a, b) => b[1] - a[1]);
  console.log(`\nresidue words by shape (${shapes.reduce((sum, [, words]) => sum + words, 0)} in all):`);
  for (const [shape, words] of shapes) console.log(`  ${String(words).padStart(6)}  ${shape}`);
}

main();
