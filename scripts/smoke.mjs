// The last step of `npm test`: packs the package, installs the tarball into a fresh project, and uses
// it the way users do — `import`, `require`, `seedtext/node` and the `seedtext` bin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'seedtext-smoke-'));
const seed = 'Featured\n\n  • Print Friendly, PDF & Email\n\nA Headline Of The Day\n\nBy Jane Doe and AP\n\nThe story starts here, and it goes on for a while in plain prose with many words.\n';
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
let failures = 0;

function check(name, action) {
  try {
    action();
    console.log(`PASS ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}\n${error.stderr ?? ''}${error.stdout ?? ''}${error.message}`);
  }
}

try {
  run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'smoke', private: true, version: '1.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)]);
  writeFileSync(join(work, 'seed.txt'), seed);
  const expectTitle = `if (article.title !== 'A Headline Of The Day') throw new Error('title: ' + article.title);`;

  check('import seedtext (ESM) parses and validates', () => {
    writeFileSync(join(work, 'esm.mjs'), `import { parseSeed, ArticleSchema } from 'seedtext';\nconst article = ArticleSchema.parse(parseSeed(${JSON.stringify(seed)}));\n${expectTitle}`);
    run('node', ['esm.mjs']);
  });
  check('require seedtext (CJS) parses and validates', () => {
    writeFileSync(join(work, 'cjs.cjs'), `const { parseSeed, ArticleSchema } = require('seedtext');\nconst article = ArticleSchema.parse(parseSeed(${JSON.stringify(seed)}));\n${expectTitle}`);
    run('node', ['cjs.cjs']);
  });
  check('seedtext/node readSeedFile (ESM)', () => {
    writeFileSync(join(work, 'node.mjs'), `import { readSeedFile } from 'seedtext/node';\nconst article = await readSeedFile('seed.txt');\n${expectTitle}`);
    run('node', ['node.mjs']);
  });
  check('seedtext/node readSeedFile (CJS)', () => {
    writeFileSync(join(work, 'node.cjs'), `const { readSeedFile } = require('seedtext/node');\nreadSeedFile('seed.txt').then((article) => { ${expectTitle} }).catch((error) => { console.error(error); process.exit(1); });`);
    run('node', ['node.cjs']);
  });
  check('the seedtext bin parses a file to JSON', () => {
    const article = JSON.parse(run('npx', ['--no-install', 'seedtext', 'parse', 'seed.txt', '--format', 'json']));
    if (article.title !== 'A Headline Of The Day') throw new Error(`title: ${article.title}`);
  });
  check('seedtext --help exits 0', () => {
    run('npx', ['--no-install', 'seedtext', '--help']);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(failures === 0 ? 'smoke: all checks passed' : `smoke: ${failures} checks failed`);
process.exit(failures === 0 ? 0 : 1);
