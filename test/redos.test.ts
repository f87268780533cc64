import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BYLINE_START } from '../src/byline/is-byline';
import { LEADING_ROLE, PREFIX, ROLE_ONLY, TRAILING_ROLE } from '../src/byline/parse-byline';
import { AUTHOR_LABEL } from '../src/classify/labelled-byline';
import { BY_ALONE } from '../src/classify/name-byline';
import { TRAILING_AGENCY } from '../src/byline/organizations';
import { DATE_PATTERNS } from '../src/dates/find-date';
import { DATE_LINE_PATTERNS } from '../src/dates/published-date';
import { builtinRules } from '../src/index';

const srcDir = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every regular expression literal in the code, with where it stands. */
function regexLiterals(): { where: string; source: string; flags: string }[] {
  const found: { where: string; source: string; flags: string }[] = [];
  for (const file of sourceFiles(srcDir)) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const end = text.lastIndexOf('/');
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `${file.slice(srcDir.length + 1)}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

function expectSafe(source: string, flags: string, where: string): void {
  // The fuzzer's own time limits make it report linear patterns as vulnerable when the machine is loaded; the recall
  // validation runs each attack string in this engine and keeps only those that really take long.
  const result = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 60_000, recallTimeout: 2_000 });
  expect(result.status, `${where}: /${source}/${flags} is ${result.status}${'attack' in result && result.attack ? ` (attack: ${JSON.stringify(result.attack.pattern)})` : ''}`).toBe('safe');
}

describe('every regular expression is linear-time (recheck)', () => {
  it('checks the patterns of the built-in rules', { timeout: 300_000 }, () => {
    for (const rule of builtinRules) if (rule.pattern) expectSafe(rule.pattern, `iu${rule.flags ?? ''}`, rule.id);
  });
  it('checks the regular expressions the code builds at load time', { timeout: 300_000 }, () => {
    const built = { LEADING_ROLE, TRAILING_ROLE, ROLE_ONLY, TRAILING_AGENCY, BYLINE_START, PREFIX, BY_ALONE, AUTHOR_LABEL, ...Object.fromEntries(DATE_PATTERNS.map((regex, index) => [`DATE_PATTERNS[${index}]`, regex])), ...DATE_LINE_PATTERNS };
    // The combined pre-filter of the rules is left out: it is an alternation of the rule patterns
    // checked above, and a search over alternatives costs at most the sum of theirs.
    for (const [name, regex] of Object.entries(built)) expectSafe(regex.source, regex.flags, name);
  });

  it('checks the regular expression literals of the code', { timeout: 300_000 }, () => {
    const literals = regexLiterals();
    expect(literals.length).toBeGreaterThan(20);
    for (const { source, flags, where } of literals) expectSafe(source, flags, where);
  });
});
