import type { Article, Role } from '../model/schemas';
import type { Rule } from '../rules/rule';
import { ruleKey } from '../rules/rule-key';
import { parseSeed } from '../parse-seed';

/**
 * Thresholds of template learning.
 * @example
 * learnTemplates(texts, { minFiles: 5, minShare: 0.5 });
 */
export interface LearnOptions {
  /** Fewest distinct files of a group a line must be seen in; 3 by default, and never fewer than 3. */
  readonly minFiles?: number;
  /** Smallest share of a group's distinct files a line must be seen in; 0.2 by default. */
  readonly minShare?: number;
  /** Longest line (in characters) that can be learned; longer ones are prose, not furniture. 160 by default. */
  readonly maxLineLength?: number;
}

/**
 * One text to learn from, and the group it belongs to (its source, site or folder); without one, the source the article names, or `all`.
 * @example
 * const sample: LearnSample = { text: 'Subscribe now\n\nThe story.', group: 'The Daily Planet' };
 */
export interface LearnSample {
  /** The seed file, as a string or as bytes. */
  readonly text: string | Uint8Array;
  /** The source, site or folder the text comes from. */
  readonly group?: string;
}

/**
 * A learner fed one parsed article at a time, so that a corpus never has to be held in memory.
 * @example
 * const learner = createTemplateLearner();
 * for (const text of texts) learner.add(parseSeed(text), 'The Daily Planet');
 * const rules = learner.rules();
 */
export interface TemplateLearner {
  /** Counts the short lines the article keeps (body and headline) in its group; an exact copy of an article already seen in the group counts once. */
  add(article: Pick<Article, 'blocks'>, group: string): void;
  /** The rules learned so far: one per repeated line, by group, the most widespread first. */
  rules(): Rule[];
}

/** The fewest files a line is ever learned from: two files sharing a line may just quote each other. */
const FLOOR_FILES = 3;
const DEFAULT_MIN_SHARE = 0.2;
const DEFAULT_MAX_LINE_LENGTH = 160;
const DEFAULT_GROUP = 'all';
/**
 * Only what the parser keeps as the article can be a template it misses: a site name taken for the headline, a
 * promotion kept as a paragraph. Bylines, source lines and section labels repeat by nature and must stay fields.
 */
const LEARNED_ROLES: ReadonlySet<Role> = new Set(['body', 'title']);

interface LineCount {
  /** The line as first seen, kept for the rule (matching ignores case anyway). */
  readonly text: string;
  files: number;
}

interface GroupCounts {
  readonly name: string;
  /** Hashes of the articles seen: a corpus that holds one story three times must not turn its short paragraphs into templates. */
  readonly seen: Set<number>;
  readonly lines: Map<string, LineCount>;
}

/**
 * Learns site templates from a corpus: blocks the parser keeps as the article (body paragraphs, the headline) that repeat
 * across many files of the same group become `template` rules.
 *
 * A line is learned when it is seen in at least `minFiles` (≥ 3) distinct files of its group and in at least
 * `minShare` of them, and is at most `maxLineLength` characters long: `Subscribe to our daily newsletter`
 * repeated under every story of a site is furniture, a paragraph of prose is not. The rules have ids
 * `template.<group>.<n>` and can be given to `parseSeed` as `{ rules: { add: rules } }`.
 * @param samples - The texts, each with its group (source, site or folder; by default the source the article names).
 * @param options - `minFiles`, `minShare`, `maxLineLength`.
 * @returns One rule per learned line, grouped by group, the most widespread first.
 * @example
 * const rules = learnTemplates(pages.map((text) => ({ text, group: 'The Daily Planet' })));
 * rules[0]; // { id: 'template.the-daily-planet.1', family: 'template', lines: ['Subscribe to our daily newsletter'], description: 'Seen in 9 of 10 files of group "The Daily Planet".' }
 * parseSeed(page, { rules: { add: rules } });
 */
export function learnTemplates(samples: Iterable<LearnSample>, options: LearnOptions = {}): Rule[] {
  const learner = createTemplateLearner(options);
  for (const sample of samples) {
    const article = parseSeed(sample.text);
    learner.add(article, sample.group ?? article.source ?? DEFAULT_GROUP);
  }
  return learner.rules();
}

/**
 * Creates a template learner to feed one parsed article at a time; `learnTemplates` over a stream of files.
 * @param options - As for `learnTemplates`.
 * @returns A learner with `add(article, group)` and `rules()`.
 * @example
 * const learner = createTemplateLearner({ minShare: 0.3 });
 * for await (const { article } of readSeeds('corpus')) learner.add(article, article.source ?? 'unknown');
 * learner.rules();
 */
export function createTemplateLearner(options: LearnOptions = {}): TemplateLearner {
  const maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const groups = new Map<string, GroupCounts>();

  const add = (article: Pick<Article, 'blocks'>, group: string) => {
    let counts = groups.get(group);
    if (!counts) {
      counts = { name: group, seen: new Set(), lines: new Map() };
      groups.set(group, counts);
    }
    const fingerprint = hashText(article.blocks.map((block) => block.text).join('\n'));
    if (counts.seen.has(fingerprint)) return;
    counts.seen.add(fingerprint);
    const keys = new Map<string, string>();
    for (const { role, text } of article.blocks) {
      const key = ruleKey(text);
      if (LEARNED_ROLES.has(role) && text.length <= maxLineLength && key.length > 0 && !keys.has(key)) keys.set(key, text);
    }
    for (const [key, line] of keys) {
      const count = counts.lines.get(key);
      if (count) count.files += 1;
      else counts.lines.set(key, { text: line, files: 1 });
    }
  };

  const rules = () => {
    const ids = new Set<string>();
    const learned: Rule[] = [];
    for (const counts of [...groups.values()].sort((a, b) => compareText(a.name, b.name))) {
      const slug = uniqueSlug(groupSlug(counts.name), ids);
      const files = counts.seen.size;
      const needed = Math.max(FLOOR_FILES, options.minFiles ?? FLOOR_FILES, Math.ceil(files * (options.minShare ?? DEFAULT_MIN_SHARE)));
      const repeated = [...counts.lines.values()]
        .filter((line) => line.files >= needed)
        .sort((a, b) => b.files - a.files || compareText(a.text, b.text));
      repeated.forEach((line, index) => {
        learned.push({
          id: `template.${slug}.${index + 1}`,
          family: 'template',
          description: `Seen in ${line.files} of ${files} files of group ${JSON.stringify(counts.name)}.`,
          lines: [line.text],
        });
      });
    }
    return learned;
  };

  return { add, rules };
}

/**
 * The id part of a group name: letters and digits in lower case, other runs as one `-`.
 * @example
 * groupSlug('The Times of Israel'); // 'the-times-of-israel'
 * @internal
 */
export function groupSlug(group: string): string {
  const slug = group
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return slug === '' ? 'group' : slug;
}

// `The Times` and `the-times` are two groups with one slug; the second becomes `the-times-2`.
function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${slug}-${suffix}`;
  taken.add(candidate);
  return candidate;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// cyrb53: a fast 53-bit string hash; collisions among a corpus's texts are vanishingly rare.
function hashText(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
