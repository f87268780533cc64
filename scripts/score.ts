/**
 * The benchmark's metric, as `../shared/bench/README.md` defines it: words are lowercased runs of
 * letters and digits after NFKC; the body is scored by the F1 of 4-word shingles (multisets) and of
 * single words; the title by exact match of its words; the authors by the F1 of normalised name sets.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercased runs of letters and digits after NFKC normalisation. */
export function benchWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** Overlapping 4-word shingles; a text of fewer than 4 words is one shingle of all its words. */
export function shingles(words: readonly string[], size = 4): string[] {
  if (words.length === 0) return [];
  if (words.length < size) return [words.join(' ')];
  const result: string[] = [];
  for (let index = 0; index + size <= words.length; index++) result.push(words.slice(index, index + size).join(' '));
  return result;
}

/** Precision, recall and F1 of two multisets. */
export interface Overlap {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Precision, recall and F1 of a predicted multiset against a gold one; both empty scores 1, one empty scores 0. */
export function multisetOverlap(predicted: readonly string[], gold: readonly string[]): Overlap {
  if (predicted.length === 0 && gold.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (predicted.length === 0 || gold.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const item of gold) counts.set(item, (counts.get(item) ?? 0) + 1);
  let shared = 0;
  for (const item of predicted) {
    const count = counts.get(item) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(item, count - 1);
    }
  }
  const precision = shared / predicted.length;
  const recall = shared / gold.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Body scores: 4-shingle and word overlap of the predicted body against the gold body. */
export function scoreBody(predicted: string, gold: string): { shingle: Overlap; word: Overlap } {
  const predictedWords = benchWords(predicted);
  const goldWords = benchWords(gold);
  return { shingle: multisetOverlap(shingles(predictedWords), shingles(goldWords)), word: multisetOverlap(predictedWords, goldWords) };
}

/** 1 when the title's words equal the gold title's words, else 0. */
export function scoreTitle(predicted: string | null, gold: string | null): number {
  return benchWords(predicted ?? '').join(' ') === benchWords(gold ?? '').join(' ') ? 1 : 0;
}

/** F1 of the normalised sets of author names. */
export function scoreAuthors(predicted: readonly string[], gold: readonly string[]): number {
  const normalise = (names: readonly string[]) => [...new Set(names.map((name) => benchWords(name).join(' ')).filter((name) => name !== ''))];
  return multisetOverlap(normalise(predicted), normalise(gold)).f1;
}
