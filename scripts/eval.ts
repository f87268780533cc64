/**
 * `npm run eval`: scores parseSeed on the development benchmark in ../shared/bench with the metric its
 * README defines, per set and variant. Flags: --set NAME, --variant lite|full, --mode MODE, --json,
 * --worst N (the N documents with the lowest body F1), --baseline (score "keep everything").
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSeed, type Mode } from '../src/index';
import { scoreAuthors, scoreBody, scoreTitle } from './score';

const { values } = parseArgs({
  options: {
    set: { type: 'string' },
    variant: { type: 'string' },
    mode: { type: 'string', default: 'balanced' },
    json: { type: 'boolean', default: false },
    worst: { type: 'string', default: '0' },
    baseline: { type: 'boolean', default: false },
  },
});

const benchDir = resolve(import.meta.dirname, '..', '..', 'shared', 'bench');
if (!existsSync(benchDir)) {
  console.log('../shared/bench not found: the benchmark is skipped');
  process.exit(0);
}

// After every gold date, so that no publication date is rejected as "in the future".
const now = new Date('2026-01-01T00:00:00Z');
const sets = readdirSync(benchDir).filter((name) => !name.includes('.') && (!values.set || name === values.set));
const variants = values.variant ? [values.variant] : ['lite', 'full'];
const results = [];

for (const set of sets) {
  for (const variant of variants) {
    const documents = readdirSync(join(benchDir, set)).filter((id) => existsSync(join(benchDir, set, id, `${variant}.txt`)));
    const totals = { shingleP: 0, shingleR: 0, shingleF1: 0, wordP: 0, wordR: 0, wordF1: 0, title: 0, authors: 0, withAuthors: 0, ms: 0 };
    const families = new Map<string, number>();
    const perDocument: { id: string; f1: number; precision: number; recall: number }[] = [];
    for (const id of documents) {
      const gold = JSON.parse(readFileSync(join(benchDir, set, id, 'gold.json'), 'utf8'));
      const input = readFileSync(join(benchDir, set, id, `${variant}.txt`));
      const started = performance.now();
      const article = values.baseline ? null : parseSeed(input, { now, mode: values.mode as Mode });
      totals.ms += performance.now() - started;
      const body = article ? article.text : new TextDecoder().decode(input);
      const { shingle, word } = scoreBody(body, gold.body ?? '');
      totals.shingleP += shingle.precision;
      totals.shingleR += shingle.recall;
      totals.shingleF1 += shingle.f1;
      totals.wordP += word.precision;
      totals.wordR += word.recall;
      totals.wordF1 += word.f1;
      totals.title += scoreTitle(article?.title ?? null, gold.title ?? null);
      if (Array.isArray(gold.authors) && gold.authors.length > 0) {
        totals.withAuthors++;
        totals.authors += scoreAuthors(article?.authors.map((author) => author.name) ?? [], gold.authors);
      }
      for (const span of article?.removed ?? []) families.set(span.family, (families.get(span.family) ?? 0) + 1);
      perDocument.push({ id, f1: shingle.f1, precision: shingle.precision, recall: shingle.recall });
    }
    const n = Math.max(1, documents.length);
    const round = (value: number) => Math.round(value * 1000) / 1000;
    results.push({
      set,
      variant,
      system: values.baseline ? 'keep everything' : `seedtext (${values.mode})`,
      documents: documents.length,
      body: { precision: round(totals.shingleP / n), recall: round(totals.shingleR / n), f1: round(totals.shingleF1 / n) },
      bodyWords: { precision: round(totals.wordP / n), recall: round(totals.wordR / n), f1: round(totals.wordF1 / n) },
      title: round(totals.title / n),
      authors: totals.withAuthors ? round(totals.authors / totals.withAuthors) : null,
      msPerDocument: round(totals.ms / n),
      removed: Object.fromEntries([...families].sort((a, b) => b[1] - a[1])),
      worst: perDocument.sort((a, b) => a.f1 - b.f1).slice(0, Number(values.worst)),
    });
  }
}

if (values.json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const result of results) {
    console.log(`\n${result.set} / ${result.variant}.txt — ${result.system}, ${result.documents} documents`);
    console.log(`  body 4-shingle  P ${result.body.precision.toFixed(3)}  R ${result.body.recall.toFixed(3)}  F1 ${result.body.f1.toFixed(3)}`);
    console.log(`  body words      P ${result.bodyWords.precision.toFixed(3)}  R ${result.bodyWords.recall.toFixed(3)}  F1 ${result.bodyWords.f1.toFixed(3)}`);
    if (!values.baseline) {
      console.log(`  title exact ${result.title.toFixed(3)}   authors F1 ${result.authors?.toFixed(3) ?? '–'}   ${result.msPerDocument.toFixed(2)} ms/document`);
      console.log(`  removed: ${Object.entries(result.removed).map(([family, count]) => `${family} ${count}`).join(', ')}`);
    }
    for (const document of result.worst) {
      console.log(`    ${document.id}  F1 ${document.f1.toFixed(2)}  P ${document.precision.toFixed(2)}  R ${document.recall.toFixed(2)}`);
    }
  }
}
