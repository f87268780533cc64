/**
 * seedtext/node: read seed files and whole corpora from disk, in this thread or on a pool of worker threads.
 * @packageDocumentation
 */
export { readSeedFile, readSeeds } from './read-seed-file';
export { findSeedFiles, type WalkOptions } from './seed-paths';
export { parseFiles, type ParseFilesOptions } from './parse-files';
export { renderSeed, summarizeArticle, type Rendering, type ArticleSummary } from './render-seed';
export type { FileResult } from './process-seed-file';
