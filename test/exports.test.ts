import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The export names of the built entries, as users `import` and `require` them: `npm test` builds dist/ before vitest runs.
const root = join(import.meta.dirname, '..');
const snapshotFile = join(import.meta.dirname, '__snapshots__', 'exports.json');
const entries = ['dist/index.js', 'dist/index.cjs', 'dist/node.js', 'dist/node.cjs'] as const;
const require = createRequire(import.meta.url);

async function exportNames(entry: string): Promise<string[]> {
  const path = join(root, entry);
  const module: object = entry.endsWith('.cjs') ? require(path) : await import(pathToFileURL(path).href);
  return Object.keys(module).filter((name) => name !== 'default' && name !== '__esModule').sort();
}

describe('the export names of dist/', () => {
  it('match test/__snapshots__/exports.json', async () => {
    const actual: Record<string, string[]> = {};
    for (const entry of entries) actual[entry] = await exportNames(entry);
    if (process.env.UPDATE === '1' || !existsSync(snapshotFile)) writeFileSync(snapshotFile, `${JSON.stringify(actual, null, 2)}\n`);
    const expected: unknown = JSON.parse(readFileSync(snapshotFile, 'utf8'));
    expect(
      actual,
      'The public exports changed. If that is intended, run `UPDATE=1 npx vitest run test/exports.test.ts`, review the diff of test/__snapshots__/exports.json, and add a changeset (`npx changeset`): a removed export is a breaking change.',
    ).toEqual(expected);
  });

  it('are the same for import and require', async () => {
    expect(await exportNames('dist/index.cjs')).toEqual(await exportNames('dist/index.js'));
    expect(await exportNames('dist/node.cjs')).toEqual(await exportNames('dist/node.js'));
  });
});
