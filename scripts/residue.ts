/**
 * `npm run residue`: parses every text of ../shared/corpora and lists the most frequent short lines
 * still left in the bodies, to find boilerplate no rule removes yet (or to see that what is left is prose).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { usageError } from './usage-error';
import { parseSeed } from '../src/index';
import { ResidueTally } from './residue-lines';

const USAGE = `Usage: npm run residue -- [options]

Lists the most frequent short lines left in the bodies of ../shared/corpora.

  --top N                 how many lines (default 40)
  --max-length N          the longest line counted as short (default 80)
  --json                  machine-readable results
  --help                  this text`;

const CORPORA = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/corpora');

function fail(message: string): never {
  return usageError(message, USAGE);
}

function wholeNumber(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) fail(`${flag} takes a whole number above 0, not ${value}`);
  return number;
}

function readOptions() {
  let values;
  try {
    values = parseArgs({
      options: {
        top: { type: 'string', default: '40' },
        'max-length': { type: 'string', default: '80' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return { top: wholeNumber(values.top, '--top'), maxLength: wholeNumber(values['max-length'], '--max-length'), json: values.json };
}

function corpusFiles(): string[] {
  const files: string[] = [];
  for (const corpus of readdirSync(CORPORA, { withFileTypes: true })) {
    if (!corpus.isDirectory()) continue;
    const texts = join(CORPORA, corpus.name, 'texts');
    if (!existsSync(texts)) continue;
    for (const name of readdirSync(texts).sort()) if (name.endsWith('.txt')) files.push(join(texts, name));
  }
  return files;
}

function main(): void {
  const options = readOptions();
  if (!existsSync(CORPORA)) {
    console.log('../shared/corpora not found: nothing to count');
    return;
  }
  const tally = new ResidueTally(options.maxLength);
  const files = corpusFiles();
  for (const file of files) {
    const article = parseSeed(readFileSync(file));
    tally.add(article.blocks.filter((block) => block.role === 'body').map((block) => block.text));
  }
  const top = tally.top(options.top);
  if (options.json) {
    console.log(JSON.stringify({ files: files.length, maxLength: options.maxLength, lines: top }, null, 2));
    return;
  }
  console.log(`The ${top.length} most frequent body lines of at most ${options.maxLength} characters in ${files.length} files of ../shared/corpora\n`);
  console.log(`${'count'.padStart(6)} ${'files'.padStart(6)}  line`);
  for (const line of top) console.log(`${String(line.count).padStart(6)} ${String(line.files).padStart(6)}  ${line.example}`);
}

main();
