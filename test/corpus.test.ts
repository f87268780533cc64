import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { parseSeed } from '../src/index';
import { expectSoundArticle } from './support/invariants';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const now = new Date('2026-01-01T00:00:00Z');

function seedFiles(): string[] {
  const files = readdirSync(join(root, 'seeds')).filter((name) => name.endsWith('.txt')).map((name) => join(root, 'seeds', name));
  if (!existsSync(shared)) return files;
  for (const corpus of readdirSync(join(shared, 'corpora'))) {
    const texts = join(shared, 'corpora', corpus, 'texts');
    if (existsSync(texts)) files.push(...readdirSync(texts).map((name) => join(texts, name)));
  }
  for (const set of readdirSync(join(shared, 'bench'))) {
    const dir = join(shared, 'bench', set);
    if (!existsSync(dir) || set.includes('.')) continue;
    for (const id of readdirSync(dir)) for (const variant of ['lite.txt', 'full.txt']) if (existsSync(join(dir, id, variant))) files.push(join(dir, id, variant));
  }
  return files;
}

describe('every real file parses to a valid, lossless article', () => {
  if (!existsSync(shared)) it.skip('../shared is absent: corpus checks skipped (the seeds are checked by the golden test)', () => {});
  it('parses every file of seeds/, ../shared/corpora and ../shared/bench', { timeout: 300_000 }, () => {
    for (const file of seedFiles()) {
      const bytes = new Uint8Array(readFileSync(file));
      try {
        expectSoundArticle(bytes, parseSeed(bytes, { now }));
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    }
  });
});
