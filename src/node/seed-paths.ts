import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeError } from './describe-error';

/** The path that stands for standard input. */
export const STDIN_PATH = '-';

/**
 * A file found by the walk, or a path that could not be searched, with the reason.
 * @example
 * const found: SeedPath = { file: 'corpus/missing', error: 'no such file or directory' };
 */
export interface SeedPath {
  /** The path as given, or joined onto the directory given. */
  readonly file: string;
  /** Why the path could not be searched or read, when it could not. */
  readonly error?: string;
}

/**
 * Options of the walk.
 * @example
 * walkSeedPaths(['corpus'], { exclude: ['corpus/out'] });
 */
export interface WalkOptions {
  /** Directories not to enter (an output folder inside the input tree). */
  readonly exclude?: readonly string[];
}

/**
 * Finds the seed files under paths: files as given, directories searched recursively for `*.txt`, lazily and in sorted order.
 * Entries whose name starts with `.` are skipped; `-` (standard input) is passed through.
 * @param paths - Files and directories.
 * @param options - Directories to leave out.
 * @returns The files, one at a time; throws when a directory cannot be read.
 * @example
 * for await (const file of findSeedFiles(['corpus'])) console.log(file); // corpus/a.txt, corpus/sub/b.txt, …
 */
export async function* findSeedFiles(paths: Iterable<string>, options: WalkOptions = {}): AsyncGenerator<string> {
  for await (const found of walkSeedPaths(paths, options)) {
    if (found.error !== undefined) throw new Error(`${found.file}: ${found.error}`);
    yield found.file;
  }
}

/**
 * `findSeedFiles` that reports a path it cannot search (missing, unreadable directory) as an item with an `error` instead of throwing.
 * @example
 * for await (const { file, error } of walkSeedPaths(['corpus', 'missing'])) console.log(file, error);
 * @internal
 */
export async function* walkSeedPaths(paths: Iterable<string>, options: WalkOptions = {}): AsyncGenerator<SeedPath> {
  const excluded = new Set((options.exclude ?? []).map((path) => resolve(path)));
  for (const path of paths) {
    if (path === STDIN_PATH) {
      yield { file: path };
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      yield { file: path, error: describeError(error) };
      continue;
    }
    if (isDirectory) yield* walkDirectory(path, excluded);
    else yield { file: path };
  }
}

async function* walkDirectory(directory: string, excluded: ReadonlySet<string>): AsyncGenerator<SeedPath> {
  if (excluded.has(resolve(directory))) return;
  let entries: { name: string; kind: 'file' | 'directory' | 'link' }[];
  try {
    entries = listDirectory(directory);
  } catch (error) {
    yield { file: directory, error: describeError(error) };
    return;
  }
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.kind === 'directory') yield* walkDirectory(path, excluded);
    else if (entry.name.endsWith('.txt') && (entry.kind === 'file' || isFile(path))) yield { file: path };
  }
}

// One directory's names are held at a time, to sort them; the tree is never listed whole. Listed synchronously on
// purpose: each asynchronous call is a round trip through the thread pool, which the main thread, parsing between
// writes, hears back from only between two tasks; on folders of a few files each it waited on the walk for about a
// twelfth of its time, where listing a small folder takes some microseconds.
function listDirectory(directory: string) {
  const entries: { name: string; kind: 'file' | 'directory' | 'link' }[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) entries.push({ name: entry.name, kind: 'directory' });
    else if (entry.isFile()) entries.push({ name: entry.name, kind: 'file' });
    // A linked directory is not followed (it may loop back); a linked file is read.
    else if (entry.isSymbolicLink()) entries.push({ name: entry.name, kind: 'link' });
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
