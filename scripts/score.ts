/**
 * The benchmark's metric, as `../shared/bench/README.md` defines it: words are lowercased runs of
 * letters and digits after NFKC; the body is scored by the F1 of 4-word shingles (multisets) and of
 * single words; the title by exact match of its words; the authors by the F1 of normalised name sets.
 *
 * Edge cases, which the README leaves open:
 * - nothing predicted and nothing in the gold scores 1 (P, R and F1); only one of them empty scores 0;
 * - a text of 1 to 3 words is one shingle of all its words, so a short prediction can still match a
 *   short gold exactly, and never matches part of a longer one;
 * - a title or a name with no words at all (`null`, `''`, `—`) normalises to the empty string, so a
 *   missing title matches a gold title that is missing too, and empty names are dropped from a set.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Lowercased runs of letters and digits after NFKC normalisation.
 * @example benchWords('Ｈello, WORLD’s 2nd') // ['hello', 'world', 's', '2nd']
 */
export function benchWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/**
 * Overlapping shingles of `size` words; a text of fewer words is one shingle of all of them.
 * @example shingles(['a', 'b', 'c', 'd', 'e']) // ['a b c d', 'b c d e']
 */
export function shingles(words: readonly string[], size = 4): string[] {
  if (words.length === 0) return [];
  if (words.length < size) return [words.join(' ')];
  const result: string[] = [];
  for (let index = 0; index + size <= words.length; index++) result.push(words.slice(index, index + size).join(' '));
  return result;
}

/** Precision, recall and F1 of a predicted multiset against a gold one. */
export interface Overlap {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Precision, recall and F1 of a predicted multiset against a gold one; both empty score 1, one empty 0.
 * @example multisetOverlap(['a', 'a', 'b'], ['a', 'b', 'b', 'c']) // { precision: 2/3, recall: 1/2, f1: 4/7 }
 */
export function multisetOverlap(predicted: readonly string[], gold: readonly string[]): Overlap {
  if (predicted.length === 0 && gold.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (predicted.length === 0 || gold.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const remaining = new Map<string, number>();
  for (const item of gold) remaining.set(item, (remaining.get(item) ?? 0) + 1);
  let shared = 0;
  for (const item of predicted) {
    const count = remaining.get(item) ?? 0;
    if (count > 0) {
      shared++;
      remaining.set(item, count - 1);
    }
  }
  const precision = shared / predicted.length;
  const recall = shared / gold.length;
  return { precision, recall, f1: shared === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Body scores: the 4-shingle and the single-word overlap of the predicted body with the gold body.
 * @example scoreBody('one two three four five', 'one two three four six') // shingle F1 1/2, word F1 4/5
 */
export function scoreBody(predicted: string, gold: string): { shingle: Overlap; word: Overlap } {
  const predictedWords = benchWords(predicted);
  const goldWords = benchWords(gold);
  return {
    shingle: multisetOverlap(shingles(predictedWords), shingles(goldWords)),
    word: multisetOverlap(predictedWords, goldWords),
  };
}

/**
 * 1 when the title's words equal the gold title's words, else 0.
 * @example scoreTitle('Hello, World!', 'hello world') // 1
 */
export function scoreTitle(predicted: string | null, gold: string | null): number {
  return benchWords(predicted ?? '').join(' ') === benchWords(gold ?? '').join(' ') ? 1 : 0;
}

/**
 * F1 of the sets of author names, each name normalised to its words.
 * @example scoreAuthors(['Jane Doe', 'AP'], ['JANE DOE']) // 2/3
 */
export function scoreAuthors(predicted: readonly string[], gold: readonly string[]): number {
  return multisetOverlap(nameSet(predicted), nameSet(gold)).f1;
}

function nameSet(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => benchWords(name).join(' ')).filter((name) => name !== ''))];
}

/**
 * Not in the benchmark's README, for development: 1 when the publication date's day is the gold's.
 * @example scorePublished('2023-12-22T08:00:00Z', '2023-12-22') // 1
 */
export function scorePublished(predicted: string | null, gold: string): number {
  return predicted !== null && predicted.slice(0, 10) === gold.slice(0, 10) ? 1 : 0;
}
