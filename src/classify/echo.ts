import { letterOrDigitWidth } from '../language/letter-or-digit';
import { addHash, emptyHashSet, hasHash, type HashSet } from './hash-set';

const RUN = 4;
// FNV-1a: the words and their runs are told apart by hashes, which spares a string for each of them. Two runs
// that differ yet hash alike could only matter were nine in ten runs of a paragraph to do so.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
// Hashes are cut to 30 bits, which V8 keeps in sets and arrays as small integers rather than as boxed numbers.
const SMALL = 0x3fffffff;

/**
 * The runs of four words of the paragraphs kept so far, read as one stream across the paragraph breaks, as hashes.
 * @internal
 */
export interface KeptRuns {
  readonly runs: HashSet;
  /** The hashes of the last words of the stream, which start the runs of the next paragraph. */
  tail: readonly number[];
}

/**
 * No runs kept yet, with room for the runs of about `expectedWords` words.
 * @example
 * isEcho(wordHashes(paragraph), noRuns()); // false
 * @internal
 */
export function noRuns(expectedWords = 0): KeptRuns {
  return { runs: emptyHashSet(expectedWords), tail: [] };
}

/**
 * The hashes of the lowercased words of a text, a word being a run of letters and digits.
 * @example
 * const [the, bridge, again] = wordHashes('The bridge, the road'); // again === the
 * @internal
 */
export function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const lower = code | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      hash = Math.imul(hash ^ (code <= 0x39 ? code : lower), FNV_PRIME);
      inWord = true;
      continue;
    }
    // A letter beyond ASCII may lowercase by its neighbours (`Σ`, `İ`): the text is read again, lowercased whole.
    if (code >= 0x80 && letterOrDigitWidth(text, index) > 0) return lowercasedWordHashes(text);
    if (inWord) hashes.push(hash & SMALL);
    hash = FNV_OFFSET;
    inWord = false;
  }
  if (inWord) hashes.push(hash & SMALL);
  return hashes;
}

function lowercasedWordHashes(text: string): number[] {
  const lower = text.toLowerCase();
  const hashes: number[] = [];
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let index = 0; index < lower.length; index++) {
    const width = letterOrDigitWidth(lower, index);
    if (width === 0) {
      if (inWord) hashes.push(hash & SMALL);
      hash = FNV_OFFSET;
      inWord = false;
      continue;
    }
    for (let unit = 0; unit < width; unit++) hash = Math.imul(hash ^ lower.charCodeAt(index + unit), FNV_PRIME);
    index += width - 1;
    inWord = true;
  }
  if (inWord) hashes.push(hash & SMALL);
  return hashes;
}

// The hash of the run of words that starts at `index`.
function runHash(words: readonly number[], index: number): number {
  const first = Math.imul(FNV_OFFSET ^ words[index]!, FNV_PRIME);
  const second = Math.imul(first ^ words[index + 1]!, FNV_PRIME);
  const third = Math.imul(second ^ words[index + 2]!, FNV_PRIME);
  return Math.imul(third ^ words[index + 3]!, FNV_PRIME) & SMALL;
}

/**
 * Adds a kept paragraph's words to the stream.
 * @example
 * const kept = noRuns();
 * rememberRuns(wordHashes('The bridge will be built'), kept); // kept holds 'the bridge will be', 'bridge will be built'
 * @internal
 */
export function rememberRuns(words: readonly number[], kept: KeptRuns): void {
  // Only the runs that start in the tail read across the break: they take the paragraph's first words
  // onto the tail, rather than a copy of the whole paragraph's words onto it.
  const joint = kept.tail.concat(words.slice(0, RUN - 1));
  for (let index = 0; index < kept.tail.length && index + RUN <= joint.length; index++) addHash(kept.runs, runHash(joint, index));
  for (let index = 0; index + RUN <= words.length; index++) addHash(kept.runs, runHash(words, index));
  kept.tail = words.length >= RUN - 1 ? words.slice(-(RUN - 1)) : joint.slice(-(RUN - 1));
}

// A page that renders the story twice (once for each screen size, or once more cut into lines of a fixed
// width for a print or reader view) may repeat it without its paragraph breaks: lines that run from the
// end of one paragraph into the start of the next. Read across the breaks, such a line is a stretch of
// the story already kept, all but a stray word or two. Paragraphs written to one pattern (`Shares of
// Acme rose 2 percent…`) differ in a name or a figure, which is more runs than this lets pass, and a
// question an interview asks again is shorter than the runs asked for.
const ECHO_MIN_RUNS = 20;
const ECHO_SHARE = 0.9;

/**
 * Whether a long paragraph is, nearly run for run, a stretch of the story already kept.
 * @example
 * isEcho(wordHashes(lineOfTheCopy), kept); // true when the line repeats kept paragraphs across their breaks
 * @internal
 */
export function isEcho(words: readonly number[], kept: KeptRuns): boolean {
  const runs = words.length - RUN + 1;
  if (runs < ECHO_MIN_RUNS) return false;
  let missed = 0;
  for (let index = 0; index < runs; index++) {
    if (hasHash(kept.runs, runHash(words, index))) continue;
    missed++;
    // Most paragraphs are no echo, and tell it within their first runs.
    if (runs - missed < runs * ECHO_SHARE) return false;
  }
  return true;
}
