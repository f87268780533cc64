// `npm start`: builds when dist/ is missing or older than src/, then parses the bundled seeds/ with the
// built library and prints each article: its fields, the body text, the credits and what was removed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const built = join(root, 'dist', 'index.js');

function newestModification(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!existsSync(built) || statSync(built).mtimeMs < newestModification(join(root, 'src'))) {
  console.error('Building seedtext (npm run build)…');
  try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    console.error('The build failed; see the messages above.');
    process.exit(1);
  }
}

const { parseSeed } = await import(pathToFileURL(built).href);
const seedsDir = join(root, 'seeds');
const rule = '─'.repeat(72);

for (const name of readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort()) {
  const article = parseSeed(readFileSync(join(seedsDir, name)));
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
  console.log(`${rule}\n${name}\n${rule}`);
  for (const [field, value] of Object.entries(fields)) console.log(`${field.padEnd(10)} ${value ?? '–'}`);
  console.log(`\n${article.text}\n`);
  for (const credit of article.credits) console.log(`credit   ${credit.kind}: ${credit.text}`);
  for (const span of article.removed) console.log(`removed  ${span.family}/${span.rule}: ${span.text}`);
  console.log();
}
