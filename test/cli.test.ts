import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built CLI, as users run it: `npm test` builds dist/ before vitest runs.
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input: input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Small seed files in the shape of page dumps: a headline, a source line, prose, and a line every page of the site repeats.
const PROMO = 'Riverside Gazette readers keep this small newsroom going every single week.';
const story = (n: number, topic: string) =>
  [
    `${topic} Plan Number ${n} Divides the Town Council`,
    `By Jane Roe`,
    `The town council met on Tuesday to discuss the ${topic.toLowerCase()} plan, which has been debated for months by residents who packed the hall.`,
    PROMO,
    `Supporters of plan ${n} said it would bring new jobs, while opponents argued that the cost had been underestimated and the timeline was too short.`,
    `A final vote is expected next month, the mayor said after the meeting, adding that more hearings would be held before then.`,
  ].join('\n\n');

let corpus: string;
let work: string;

const allFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'seedtext-cli-'));
  corpus = join(work, 'corpus');
  mkdirSync(join(corpus, 'city', 'more'), { recursive: true });
  writeFileSync(join(corpus, 'city', 'a.txt'), story(1, 'Parking'));
  writeFileSync(join(corpus, 'city', 'b.txt'), story(2, 'Housing'));
  writeFileSync(join(corpus, 'city', 'more', 'c.txt'), story(3, 'Transit'));
  writeFileSync(join(corpus, 'd.txt'), story(4, 'School'));
  writeFileSync(join(corpus, 'notes.md'), 'not a seed file');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const seedFiles = () => ['city/a.txt', 'city/b.txt', 'city/more/c.txt', 'd.txt'].map((file) => join(corpus, file));

describe('seedtext parse', () => {
  it('prints one article a line with its file for a directory, in sorted order', () => {
    const { code, stdout, stderr } = run(['parse', corpus, '--jobs', '1']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; body: unknown[] });
    expect(lines.map((line) => line.file)).toEqual(seedFiles());
    expect(lines.every((line) => line.body.length > 0)).toBe(true);
  });

  it('gives the same output with a pool of two workers, in input order', () => {
    expect(run(['parse', corpus, '--jobs', '2']).stdout).toBe(run(['parse', corpus, '--jobs', '1']).stdout);
  });

  it('keeps input order when the main thread parses beside a worker and beside three', () => {
    // Dozens of files make several batches: the worker holds two, the main thread parses the others.
    const many = join(work, 'many');
    mkdirSync(many);
    for (let n = 10; n < 60; n += 1) writeFileSync(join(many, `${n}.txt`), story(n, `Topic ${n}`));
    const one = run(['parse', many, '--jobs', '1']).stdout;
    expect(one.trimEnd().split('\n')).toHaveLength(50);
    expect(run(['parse', many, '--jobs', '2']).stdout).toBe(one);
    expect(run(['parse', many, '--jobs', '4']).stdout).toBe(one);
  });

  it('reports a path it cannot read in its place among many files, the same with one job and two', () => {
    const first = join(work, 'first');
    const second = join(work, 'second');
    for (const [folder, from] of [[first, 100], [second, 200]] as const) {
      mkdirSync(folder);
      for (let n = from; n < from + 40; n += 1) writeFileSync(join(folder, `${n}.txt`), story(n, `Subject ${n}`));
    }
    const missing = join(work, 'gone.txt');
    const one = run(['parse', first, missing, second, '--jobs', '1']);
    expect(one.code).toBe(1);
    const files = one.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file);
    expect(files).toHaveLength(81);
    expect(files[40]).toBe(missing);
    expect(one.stderr).toContain(`${missing}: no such file or directory`);
    for (const jobs of ['2', '3']) expect(run(['parse', first, missing, second, '--jobs', jobs])).toEqual(one);
  });

  it('gives every file with --unordered', () => {
    const files = run(['parse', corpus, '--jobs', '2', '--unordered']).stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file);
    expect(files.sort()).toEqual(seedFiles());
  });

  it('prints one input as the article in pretty JSON, without a file field', () => {
    const { code, stdout } = run(['parse', join(corpus, 'd.txt')]);
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as Record<string, unknown>;
    expect(article.file).toBeUndefined();
    expect(article.text).toContain('A final vote is expected next month');
    expect(stdout.split('\n').length).toBeGreaterThan(10);
  });

  it('prints several inputs as a JSON array with --format json', () => {
    const articles = JSON.parse(run(['parse', corpus, '--format', 'json']).stdout) as { file: string }[];
    expect(articles.map((article) => article.file)).toEqual(seedFiles());
  });

  it('renders Markdown and text, each document after a header naming its file', () => {
    const markdown = run(['parse', corpus, '--format', 'md']).stdout;
    expect(markdown).toContain(`<!-- ${join(corpus, 'd.txt')} -->`);
    expect(markdown).toContain('A final vote is expected next month');
    const text = run(['parse', corpus, '--format', 'text']).stdout;
    expect(text).toContain(`==> ${join(corpus, 'city', 'a.txt')} <==`);
    expect(text).not.toContain('"title"');
  });

  it('reads standard input with - or with no path', () => {
    for (const args of [['parse', '-'], ['parse']]) {
      const { code, stdout } = run([...args, '--format', 'text'], story(5, 'Library'));
      expect(code).toBe(0);
      expect(stdout).toContain('A final vote is expected next month');
    }
  });

  it('writes one file per input with --out, mirroring the tree, through a rename, leaving the inputs alone', () => {
    const out = join(work, 'out');
    mkdirSync(join(out, 'city'), { recursive: true });
    writeFileSync(join(out, 'city', 'a.json'), 'old');
    const oldInode = statSync(join(out, 'city', 'a.json')).ino;
    const before = seedFiles().map((file) => readFileSync(file, 'utf8'));

    const { code, stdout } = run(['parse', corpus, '--out', out, '--jobs', '2']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(allFiles(out)).toEqual(['city/a.json', 'city/b.json', 'city/more/c.json', 'd.json']);
    expect((JSON.parse(readFileSync(join(out, 'city', 'a.json'), 'utf8')) as { text: string }).text).toContain('parking plan');
    // A new file renamed into place, not the old one written over.
    expect(statSync(join(out, 'city', 'a.json')).ino).not.toBe(oldInode);
    expect(seedFiles().map((file) => readFileSync(file, 'utf8'))).toEqual(before);
  });

  it('writes .md files with --format md, and never over an input', () => {
    const out = join(work, 'out-md');
    expect(run(['parse', join(corpus, 'city'), '--out', out, '--format', 'md']).code).toBe(0);
    expect(allFiles(out)).toEqual(['a.md', 'b.md', 'more/c.md']);

    const inPlace = run(['strip', join(corpus, 'd.txt'), '--out', corpus]);
    expect(inPlace.code).toBe(1);
    expect(inPlace.stderr).toContain('would replace the input');
    expect(readFileSync(join(corpus, 'd.txt'), 'utf8')).toBe(story(4, 'School'));
  });

  it('reports a file it cannot read, parses the others, and exits 1', () => {
    const broken = join(work, 'broken');
    mkdirSync(broken, { recursive: true });
    symlinkSync(join(broken, 'nowhere.txt'), join(broken, 'dangling.txt'));
    const missing = join(work, 'missing.txt');
    const { code, stdout, stderr } = run(['parse', join(corpus, 'city', 'a.txt'), missing, join(broken, 'dangling.txt'), join(corpus, 'd.txt')]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; error?: string; title?: string });
    expect(lines.map((line) => line.file)).toEqual([join(corpus, 'city', 'a.txt'), missing, join(broken, 'dangling.txt'), join(corpus, 'd.txt')]);
    expect(lines[1]).toEqual({ file: missing, error: 'no such file or directory' });
    expect(lines[3]!.error).toBeUndefined();
    expect(stderr).toContain(`${missing}: no such file or directory`);
    expect(stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  it('exits 2 with a one-line hint for a usage error', () => {
    for (const args of [['parse', corpus, '--fromat', 'md'], ['parse', corpus, '--format', 'xml'], ['parse', corpus, '--jobs', '0'], ['parse', corpus, '--now', 'yesterday'], ['frobnicate'], []]) {
      const { code, stdout, stderr } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain('--help');
    }
  });

  it('exits 2 for a rules file that is not rules', () => {
    const rules = join(work, 'bad-rules.json');
    writeFileSync(rules, '{"add": [{"family": "x"}]}');
    const { code, stderr } = run(['parse', corpus, '--rules', rules]);
    expect(code).toBe(2);
    expect(stderr).toContain('rule 1 has no "id"');
  });
});

describe('help and version', () => {
  it.each([[['--help']], [['parse', '--help']], [['strip', '-h']], [['stats', '--help']], [['learn', '--help']], [['parse', '--bogus', '--help']]])(
    '%j prints help and exits 0',
    (args) => {
      const { code, stdout } = run(args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: seedtext/);
    },
  );

  it('prints the version', () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(version);
  });
});

describe('seedtext strip and stats', () => {
  it('prints only the kept text', () => {
    const { code, stdout } = run(['strip', join(corpus, 'd.txt')]);
    expect(code).toBe(0);
    expect(stdout).toContain('A final vote is expected next month');
    expect(stdout.trimStart().startsWith('{')).toBe(false);
  });

  it('counts files and words over a corpus', () => {
    const { code, stdout } = run(['stats', corpus, '--format', 'json']);
    expect(code).toBe(0);
    const stats = JSON.parse(stdout) as { files: number; words: number; withoutBody: number };
    expect(stats.files).toBe(4);
    expect(stats.words).toBeGreaterThan(4 * 50);
    expect(stats.withoutBody).toBe(0);
    expect(run(['stats', corpus]).stdout).toMatch(/^files +4$/m);
  });
});

describe('seedtext learn', () => {
  it('learns the line every page of a site repeats, and parse --rules removes it', () => {
    const rulesFile = join(work, 'rules.json');
    const learned = run(['learn', corpus, '--group-by', 'folder', '--min-share', '0.5', '--out', rulesFile]);
    expect(learned.code).toBe(0);
    expect(learned.stdout).toBe('');
    // Under city/ the line is in two files only: fewer than three files never make a rule. Grouped by folder: nothing.
    expect(JSON.parse(readFileSync(rulesFile, 'utf8'))).toEqual([]);

    const oneGroup = run(['learn', corpus, '--group-by', '(corpus)', '--out', rulesFile]);
    expect(oneGroup.code).toBe(0);
    const rules = JSON.parse(readFileSync(rulesFile, 'utf8')) as { id: string; family: string; lines: string[]; description: string }[];
    const rule = rules.find((candidate) => candidate.lines.includes(PROMO));
    expect(rule).toMatchObject({ id: expect.stringMatching(/^template\.corpus\.\d+$/), family: 'template' });
    expect(rule!.description).toContain('4 of 4 files');
    expect(rules.every((candidate) => candidate.lines.every((line) => line.length <= 160))).toBe(true);

    const without = run(['strip', join(corpus, 'd.txt')]).stdout;
    expect(without).toContain(PROMO);
    const parsed = JSON.parse(run(['parse', join(corpus, 'd.txt'), '--rules', rulesFile]).stdout) as { text: string; removed: { rule: string; text: string }[] };
    expect(parsed.text).not.toContain(PROMO);
    expect(parsed.removed).toContainEqual(expect.objectContaining({ rule: rule!.id, text: PROMO }));
  });

  it('needs a path', () => {
    expect(run(['learn']).code).toBe(2);
  });
});
