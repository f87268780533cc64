import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

// The core entry promises to run in browsers, Deno, Bun and edge runtimes: it must bundle for the browser
// without any Node built-in among its inputs (a stray `import { readFile } from 'node:fs'` would fail here).
describe('the core entry in a browser bundle', () => {
  it('bundles for platform browser with no Node built-in among its inputs', async () => {
    const result = await build({
      entryPoints: [join(root, 'src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
    const fromNode = imports.filter((path) => nodeBuiltins.has(path) || path.startsWith('node:'));
    expect(fromNode, 'Node built-ins imported by the core entry').toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('src/node/') || path.startsWith('src/cli/'))).toEqual([]);
    expect(inputs).toContain('src/parse-seed.ts');
  });
});
