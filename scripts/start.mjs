// `npm start`: builds when dist/ is missing or older than src/, then parses the bundled seeds/ and prints each article.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const built = join(root, 'dist', 'index.js');

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!existsSync(built) || statSync(built).mtimeMs < newestIn(join(root, 'src'))) {
  console.error('Building seedtext…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const { parseSeed } = await import(built);
const seedsDir = join(root, 'seeds');
for (const name of readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort()) {
  const article = parseSeed(readFileSync(join(seedsDir, name)));
  const rule = '─'.repeat(72);
  console.log(`${rule}\n${name}\n${rule}`);
  const fields = {
    title: article.title,
    section: article.section,
    byline: article.byline,
    authors: article.authors.map((author) => `${author.name} (${author.kind})`).join(', ') || null,
    source: article.source,
    published: article.published,
    dateline: article.dateline?.text ?? null,
    language: article.language,
    words: article.stats.words,
  };
  for (const [field, value] of Object.entries(fields)) console.log(`${field.padEnd(10)} ${value ?? '–'}`);
  console.log(`\n${article.text}\n`);
  for (const credit of article.credits) console.log(`credit     ${credit.kind}: ${credit.text}`);
  for (const span of article.removed) console.log(`removed    ${span.family}/${span.rule}: ${span.text}`);
  console.log();
}
