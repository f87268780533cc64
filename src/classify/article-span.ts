/**
 * The span of blocks that holds the article: the run with the largest total weight (Kadane's
 * maximum subarray), so that prose pulls the span out and residue between two runs of prose is
 * bridged only when the prose on both sides outweighs it.
 * @example
 * articleSpan([-5, 40, -2, 30, -50, 10]); // { first: 1, last: 3 }
 * @internal
 */
export function articleSpan(weights: readonly number[]): { first: number; last: number } | null {
  let best = 0;
  let bestFirst = -1;
  let bestLast = -1;
  let sum = 0;
  let first = 0;
  for (let index = 0; index < weights.length; index++) {
    if (sum <= 0) {
      sum = 0;
      first = index;
    }
    sum += weights[index]!;
    if (sum > best) {
      best = sum;
      bestFirst = first;
      bestLast = index;
    }
  }
  return bestFirst === -1 ? null : { first: bestFirst, last: bestLast };
}

/**
 * Where a span that starts at `first` best ends, no later than `last`: the end with the largest total
 * weight, so that residue found inside the span (an author's bio under the story) ends it unless more
 * prose than it weighs follows.
 * @example
 * bestEnd([40, 30, -60, 10, 5], 0, 4); // 1
 * @internal
 */
export function bestEnd(weights: readonly number[], first: number, last: number): number {
  let sum = 0;
  let best = -Infinity;
  let end = first;
  for (let index = first; index <= last; index++) {
    sum += weights[index]!;
    if (sum > best) {
      best = sum;
      end = index;
    }
  }
  return end;
}
