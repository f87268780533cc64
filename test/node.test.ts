import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeedFiles, parseFiles, readSeedFile, readSeeds } from '../src/node/index';

const now = new Date('2026-01-01T00:00:00Z');
const story = (topic: string) =>
  `${topic} Plan Divides the Town Council\n\nThe town council met on Tuesday to discuss the ${topic.toLowerCase()} plan, which residents have debated for months.\n\nA final vote is expected next month, the mayor said after the meeting.`;

let corpus: string;

const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'seedtext-node-'));
  mkdirSync(join(corpus, 'b-site', 'deeper'), { recursive: true });
  mkdirSync(join(corpus, '.hidden'));
  writeFileSync(join(corpus, 'z.txt'), story('Zoning'));
  writeFileSync(join(corpus, 'a.txt'), story('Parking'));
  writeFileSync(join(corpus, 'b-site', 'deeper', 'c.txt'), story('Transit'));
  writeFileSync(join(corpus, 'b-site', 'readme.md'), 'not a seed');
  writeFileSync(join(corpus, '.hidden', 'skip.txt'), story('Hidden'));
  // UTF-16 with a byte order mark: read as bytes, decoded by the core.
  writeFileSync(join(corpus, 'b-site', 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story('Budget'), 'utf16le')]));
});

afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('findSeedFiles', () => {
  it('finds *.txt files recursively, sorted per directory, skipping hidden entries', async () => {
    expect(await collect(findSeedFiles([corpus]))).toEqual(['a.txt', 'b-site/deeper/c.txt', 'b-site/utf16.txt', 'z.txt'].map((file) => join(corpus, file)));
  });

  it('passes files through as given and leaves out excluded folders', async () => {
    const found = await collect(findSeedFiles([join(corpus, 'b-site', 'readme.md'), corpus], { exclude: [join(corpus, 'b-site')] }));
    expect(found).toEqual([join(corpus, 'b-site', 'readme.md'), join(corpus, 'a.txt'), join(corpus, 'z.txt')]);
  });

  it('throws on a path that does not exist', async () => {
    await expect(collect(findSeedFiles([join(corpus, 'missing')]))).rejects.toThrow('no such file or directory');
  });
});

describe('readSeedFile', () => {
  it('reads the bytes and parses them', async () => {
    const article = await readSeedFile(join(corpus, 'a.txt'), { now });
    expect(article.encoding).toBe('utf-8');
    expect(article.text).toContain('A final vote is expected next month');
  });

  it('detects the encoding of the bytes', async () => {
    const article = await readSeedFile(join(corpus, 'b-site', 'utf16.txt'), { now });
    expect(article.encoding).toBe('utf-16le');
    expect(article.text).toContain('budget plan');
  });
});

describe('readSeeds', () => {
  it('yields every file with its article, in order', async () => {
    const seeds = await collect(readSeeds(corpus, { now }));
    expect(seeds.map((seed) => seed.file)).toEqual(['a.txt', 'b-site/deeper/c.txt', 'b-site/utf16.txt', 'z.txt'].map((file) => join(corpus, file)));
    expect(seeds[0]!.article.text).toContain('parking plan');
  });

  it('is lazy: breaking off after the first file reads no more', async () => {
    for await (const seed of readSeeds(corpus, { now })) {
      expect(seed.file).toBe(join(corpus, 'a.txt'));
      break;
    }
  });
});

describe('parseFiles', () => {
  it('renders each file in order, and reports a missing one without stopping', async () => {
    const results = await collect(parseFiles([join(corpus, 'a.txt'), join(corpus, 'missing.txt'), join(corpus, 'z.txt')], { jobs: 1, format: 'jsonl', parse: { now } }));
    expect(results.map((result) => result.file)).toEqual([join(corpus, 'a.txt'), join(corpus, 'missing.txt'), join(corpus, 'z.txt')]);
    expect(results[1]).toEqual({ file: join(corpus, 'missing.txt'), bytes: 0, error: 'no such file or directory' });
    const line = JSON.parse(results[2]!.output!) as { file: string; text: string };
    expect(line.file).toBe(join(corpus, 'z.txt'));
    expect(line.text).toContain('zoning plan');
  });

  it('strips to the kept text', async () => {
    const [result] = await collect(parseFiles([join(corpus, 'a.txt')], { jobs: 1, format: 'strip', parse: { now } }));
    expect(result!.output).toContain('A final vote is expected next month');
    expect(result!.bytes).toBe(Buffer.byteLength(story('Parking')));
  });
});
