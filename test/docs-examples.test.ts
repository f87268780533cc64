import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

// Every ```ts block of README.md and docs/*.md runs against the built package (`npm test` builds dist/ first),
// so that no example can rot. A block opts out with the info string ```ts no-run. Blocks run in a scratch
// folder holding `seeds/` (the two bundled seeds) and `corpus/` (the same files), the paths the examples use.
// They are also type-checked against the built declarations, so that they teach types that exist.
const root = join(import.meta.dirname, '..');
const run = promisify(execFile);
const entries = { seedtext: 'dist/index.js', 'seedtext/node': 'dist/node.js' } as const;

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examplesOf(file: string): Example[] {
  const examples: Example[] = [];
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const info = /^```(\S*)(.*)$/.exec(lines[index]!);
    if (!info) continue;
    const end = lines.findIndex((line, at) => at > index && line.startsWith('```'));
    if (end === -1) break;
    const runnable = (info[1] === 'ts' || info[1] === 'typescript') && !/\bno-run\b/.test(info[2]!);
    if (runnable) examples.push({ file, line: index + 1, code: lines.slice(index + 1, end).join('\n') });
    index = end;
  }
  return examples;
}

function linkedToDist(code: string): string {
  return code.replace(/(from\s+|import\s*\(\s*)(['"])(seedtext(?:\/node)?)\2/g, (_, keyword: string, quote: string, name: keyof typeof entries) => {
    return `${keyword}${quote}${pathToFileURL(join(root, entries[name])).href}${quote}`;
  });
}

const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];
const examples = documents.flatMap(examplesOf);
const scratch = mkdtempSync(join(tmpdir(), 'seedtext-docs-'));
for (const folder of ['seeds', 'corpus']) {
  mkdirSync(join(scratch, folder));
  for (const name of readdirSync(join(root, 'seeds')).filter((file) => file.endsWith('.txt'))) cpSync(join(root, 'seeds', name), join(scratch, folder, name));
}
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the examples of the documentation', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  it('type-check against dist/*.d.ts', async () => {
    const folder = join(scratch, 'typecheck');
    mkdirSync(folder);
    examples.forEach((example, index) => writeFileSync(join(folder, `example-${index}.ts`), `${example.code}\nexport {};\n`));
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }');
    const compilerOptions = {
      strict: true,
      noUncheckedIndexedAccess: true,
      module: 'nodenext',
      target: 'es2022',
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
      paths: { seedtext: [join(root, 'dist/index.d.ts')], 'seedtext/node': [join(root, 'dist/node.d.ts')] },
    };
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      await run(process.execPath, [tsc, '-p', folder], { timeout: 60_000 });
    } catch (error) {
      const { stdout } = error as { stdout?: string };
      const named = (stdout ?? String(error)).replace(/example-(\d+)\.ts/g, (_, index: string) => {
        const example = examples[Number(index)]!;
        return `${example.file}:${example.line} (block)`;
      });
      throw new Error(`the examples do not type-check:\n${named}`);
    }
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))('%s runs', async (name, example) => {
    const { code } = await transform(linkedToDist(example.code), { loader: 'ts', format: 'esm', target: 'node20' });
    const script = join(scratch, `${name.replace(/[^\w]+/g, '-')}.mjs`);
    writeFileSync(script, code);
    try {
      await run(process.execPath, [script], { cwd: scratch, timeout: 30_000 });
    } catch (error) {
      const { stderr } = error as { stderr?: string };
      throw new Error(`${name} failed:\n${stderr ?? String(error)}`);
    }
  });
});
