// The last step of `npm test`: packs the package, installs the tarball into a fresh project, and uses
// it the way users do — `import`, `require`, `seedtext/node` and the `seedtext` bin. Prints a PASS or
// FAIL line per check and exits 1 when any failed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'seedtext-smoke-'));
const project = join(work, 'project');
const seedFile = join(project, 'seed.txt');
const title = 'A Headline Of The Day';
const seed = `Featured\n\n  • Print Friendly, PDF & Email\n\n${title}\n\nBy Jane Doe and AP\n\nThe story starts here, and it goes on for a while in plain prose with many words.\n`;

// `npm test` hands its children npm_* variables (npm_config_local_prefix points at this repository);
// the npm and node run in the temporary project must not see them.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));

const run = (command, args, cwd = project) =>
  execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });

// Each script throws when the article is not the one expected; the schema check runs in it too.
const expectArticle = (article) => `if (${article}.title !== ${JSON.stringify(title)}) throw new Error('title: ' + ${article}.title);`;

let failures = 0;

function check(name, action) {
  try {
    action();
    console.log(`PASS ${name}`);
    return true;
  } catch (error) {
    failures++;
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim();
    console.log(`FAIL ${name}\n  ${error.message.split('\n')[0]}${output ? `\n${output.replace(/^/gm, '  | ')}` : ''}`);
    return false;
  }
}

function script(file, source) {
  writeFileSync(join(project, file), source);
  run('node', [file]);
}

try {
  let tarball = '';
  const installed =
    check('npm pack', () => {
      const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
      tarball = join(work, packed.filename);
    }) &&
    check('npm install of the tarball in a fresh project', () => {
      mkdirSync(project);
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'seedtext-smoke', private: true, version: '1.0.0' }));
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball]);
      writeFileSync(seedFile, seed);
    });

  if (installed) {
    check("ESM: import { parseSeed, ArticleSchema } from 'seedtext'", () =>
      script('esm.mjs', `import { parseSeed, ArticleSchema } from 'seedtext';\nconst article = ArticleSchema.parse(parseSeed(${JSON.stringify(seed)}));\n${expectArticle('article')}\n`),
    );
    check("CJS: require('seedtext')", () =>
      script('cjs.cjs', `const { parseSeed, ArticleSchema } = require('seedtext');\nconst article = ArticleSchema.parse(parseSeed(${JSON.stringify(seed)}));\n${expectArticle('article')}\n`),
    );
    check("ESM: readSeedFile from 'seedtext/node'", () =>
      script('node-esm.mjs', `import { readSeedFile } from 'seedtext/node';\nconst article = await readSeedFile(${JSON.stringify(seedFile)});\n${expectArticle('article')}\n`),
    );
    check("CJS: readSeedFile from require('seedtext/node')", () =>
      script(
        'node-cjs.cjs',
        `const { readSeedFile } = require('seedtext/node');\nreadSeedFile(${JSON.stringify(seedFile)}).then((article) => { ${expectArticle('article')} }).catch((error) => { console.error(error); process.exitCode = 1; });\n`,
      ),
    );
    check('bin: npx seedtext parse seed.txt --format json', () => {
      const article = JSON.parse(run('npx', ['--no-install', 'seedtext', 'parse', seedFile, '--format', 'json']));
      if (article.title !== title) throw new Error(`title: ${article.title}`);
    });
    check('bin: seedtext --help exits 0', () => {
      if (!run('npx', ['--no-install', 'seedtext', '--help']).includes('parse')) throw new Error('the help does not mention parse');
    });
    check(`bin: seedtext --version prints ${version}`, () => {
      const printed = run('npx', ['--no-install', 'seedtext', '--version']).trim();
      if (!printed.includes(version)) throw new Error(`printed ${printed}`);
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(failures === 0 ? 'smoke: all checks passed' : `smoke: ${failures} check${failures === 1 ? '' : 's'} failed`);
process.exit(failures === 0 ? 0 : 1);
