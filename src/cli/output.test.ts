import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { BufferedWriter, commonRoot, outputPath, writeFileAtomically } from './output';

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

describe('BufferedWriter', () => {
  const collect = () => {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    return { chunks, stream };
  };

  it('copies bytes when given, so their memory can be reused before the flush', async () => {
    const { chunks, stream } = collect();
    const writer = new BufferedWriter(stream);
    const bytes = new TextEncoder().encode('first');
    await writer.write(bytes, '\n');
    bytes.set(new TextEncoder().encode('xxxxx'));
    await writer.flush();
    expect(Buffer.concat(chunks).toString()).toBe('first\n');
  });

  it('writes in chunks of 64 KiB, and a larger part whole, in order', async () => {
    const { chunks, stream } = collect();
    const writer = new BufferedWriter(stream);
    const large = 'b'.repeat(100 * 1024);
    await writer.write('a'.repeat(40 * 1024), large, 'c'.repeat(40 * 1024));
    await writer.flush();
    expect(chunks.map((chunk) => chunk.length)).toEqual([40 * 1024, 100 * 1024, 40 * 1024]);
    expect(Buffer.concat(chunks).toString()).toBe('a'.repeat(40 * 1024) + large + 'c'.repeat(40 * 1024));
  });
});
