// A line dumped from an image with its alt text beside a caption of the same words (`Two men cut up a pig.
// Two men cut up a pig.`), or from a link or button that repeats its label for screen readers (`Share
// article Share article`), says the same run of words twice, sometimes around a label of the player
// (`1 min`, `with video`). Prose does not; a chant (`Lock her up! Lock her up!`) stands inside a paragraph.
// Two words are enough: the photo of a person is often dumped as the name twice (`Seth Rich Seth Rich`), which is no headline.
const MIN_HALF = 2;
const MAX_GAP = 3;

/**
 * Whether a block is one run of at least two words said twice, with at most three words between, or glued to itself.
 * @example
 * isDoubled('Two men cut up a pig. 1 min Two men cut up a pig.'); // true
 * @internal
 */
export function isDoubled(text: string): boolean {
  // The second half starts past the middle with the first words of the first: most blocks are told by that alone.
  let opening = -1;
  for (let words = 0; words < MIN_HALF; words++) {
    opening = text.indexOf(' ', opening + 1);
    if (opening === -1) return false;
  }
  if (text.indexOf(text.slice(0, opening), text.length >> 1) === -1) return false;
  if (isGluedTwice(text)) return true;
  // Where each word starts, words being what lies between single spaces.
  const starts = [0];
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) starts.push(index + 1);
  for (let gap = 0; gap <= MAX_GAP; gap++) {
    const half = (starts.length - gap) / 2;
    if (half < MIN_HALF) break;
    if (!Number.isInteger(half)) continue;
    const firstEnd = starts[half]! - 1;
    const second = starts[half + gap]!;
    if (text.length - second === firstEnd && text.startsWith(text.slice(0, firstEnd), second)) return true;
  }
  return false;
}

// The two copies glued with no space between (`Valentino Madison Store NYCValentino Madison Store NYC`): an image's alt
// text and its title, or a link drawn twice.
function isGluedTwice(text: string): boolean {
  const half = text.length >> 1;
  return text.length % 2 === 0 && text.charCodeAt(half - 1) !== 32 && text.startsWith(text.slice(0, half), half);
}
