const WORD = /[\p{L}\p{N}]+/gu;
const RUN = 4;

/**
 * The runs of four words of the paragraphs kept so far, read as one stream across the paragraph breaks.
 * @internal
 */
export interface KeptRuns {
  readonly runs: Set<string>;
  /** The last words of the stream, which start the runs of the next paragraph. */
  tail: readonly string[];
}

/**
 * The lowercased words of a text, as runs of letters and digits.
 * @example
 * lowerWords('The bridge, the road'); // ['the', 'bridge', 'the', 'road']
 * @internal
 */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Adds a kept paragraph's words to the stream.
 * @example
 * const kept: KeptRuns = { runs: new Set(), tail: [] };
 * rememberRuns(lowerWords('The bridge will be built'), kept); // kept.runs: 'the bridge will be', 'bridge will be built'
 * @internal
 */
export function rememberRuns(words: readonly string[], kept: KeptRuns): void {
  const stream = [...kept.tail, ...words];
  for (let index = 0; index + RUN <= stream.length; index++) kept.runs.add(stream.slice(index, index + RUN).join(' '));
  kept.tail = stream.slice(-(RUN - 1));
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
 * isEcho(lowerWords(lineOfTheCopy), kept); // true when the line repeats kept paragraphs across their breaks
 * @internal
 */
export function isEcho(words: readonly string[], kept: KeptRuns): boolean {
  const runs = words.length - RUN + 1;
  if (runs < ECHO_MIN_RUNS) return false;
  let repeated = 0;
  for (let index = 0; index < runs; index++) if (kept.runs.has(words.slice(index, index + RUN).join(' '))) repeated++;
  return repeated >= runs * ECHO_SHARE;
}
