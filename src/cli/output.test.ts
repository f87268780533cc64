import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commonRoot, outputPath, writeFileAtomically } from './output';

const work = mkdtempSync(join(tmpdir(), 'seedtext-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('commonRoot', () => {
  it('is the deepest folder holding every input', () => {
    mkdirSync(join(work, 'corpus', 'a'), { recursive: true });
    mkdirSync(join(work, 'corpus', 'b'), { recursive: true });
    writeFileSync(join(work, 'corpus', 'b', 'x.txt'), 'x');
    expect(commonRoot([join(work, 'corpus', 'a'), join(work, 'corpus', 'b', 'x.txt')])).toBe(join(work, 'corpus'));
    expect(commonRoot([join(work, 'corpus', 'a')])).toBe(join(work, 'corpus', 'a'));
    expect(commonRoot([join(work, 'corpus', 'b', 'x.txt')])).toBe(join(work, 'corpus', 'b'));
    expect(commonRoot(['-'])).toBe(process.cwd());
  });
});

describe('outputPath', () => {
  it('mirrors the input below the root, with the extension replaced', () => {
    expect(outputPath('out', '/data/corpus', '/data/corpus/site/a.txt', '.json')).toBe(resolve('out', 'site', 'a.json'));
    expect(outputPath('out', '/data', '/data/notes', '.md')).toBe(resolve('out', 'notes.md'));
    expect(outputPath('out', '/data', '-', '.txt')).toBe(resolve('out', 'stdin.txt'));
  });
});

describe('writeFileAtomically', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const target = join(work, 'rules.json');
    writeFileSync(target, 'old');
    await writeFileAtomically(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no temporary file when the rename fails', async () => {
    const folder = join(work, 'is-a-folder');
    mkdirSync(join(folder, 'inside'), { recursive: true });
    await expect(writeFileAtomically(join(folder, 'inside'), 'x')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(['inside']);
  });
});
