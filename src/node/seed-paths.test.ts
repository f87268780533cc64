import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkSeedPaths } from './seed-paths';

const root = mkdtempSync(join(tmpdir(), 'seedtext-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('walkSeedPaths', () => {
  it('lists folders without waiting for a turn of the event loop', async () => {
    // A thread that parses between writes turns its loop only between tasks: a walk that waited for it would stall.
    for (const folder of ['a', 'b', 'c']) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, 'page.txt'), 'Title\n\nBody.');
    }
    let turned = false;
    const turn = setImmediate(() => (turned = true));
    const files: string[] = [];
    for await (const { file } of walkSeedPaths([root, join(root, 'missing')])) files.push(file.slice(root.length));
    expect(turned).toBe(false);
    clearImmediate(turn);
    expect(files).toEqual(['/a/page.txt', '/b/page.txt', '/c/page.txt', '/missing']);
  });
});
