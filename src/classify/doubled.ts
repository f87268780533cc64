// A line dumped from an image with its alt text beside a caption of the same words (`Two men cut up a pig.
// Two men cut up a pig.`), or from a link or button that repeats its label for screen readers (`Share
// article Share article`), says the same run of words twice, sometimes around a label of the player
// (`1 min`, `with video`). Prose does not; a chant (`Lock her up! Lock her up!`) stands inside a paragraph.
const MIN_HALF = 3;
const MAX_GAP = 3;

/**
 * Whether a block is one run of at least three words said twice, with at most three words between.
 * @example
 * isDoubled('Two men cut up a pig. 1 min Two men cut up a pig.'); // true
 * @internal
 */
export function isDoubled(text: string): boolean {
  const words = text.split(' ');
  for (let gap = 0; gap <= MAX_GAP; gap++) {
    const half = (words.length - gap) / 2;
    if (half < MIN_HALF) break;
    if (Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half + gap).join(' ')) return true;
  }
  return false;
}
