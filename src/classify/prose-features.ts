import { countStopwords } from '../language';
import type { ProseFeatures } from './prose-score';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const UPPERCASE = /^\p{Lu}/u;
const LINK = /^(?:https?:|www\.)|@\w|\.(?:com|org|net)\b/iu;

/**
 * Reads the features of a block text that the prose scorer needs: words and stopwords in the page's language, sentence ends, capitals, links.
 * @example
 * proseFeatures('It was late.', 'en').stopwords; // 2
 * @internal
 */
export function proseFeatures(text: string, language: string | null): ProseFeatures {
  const { words, stopwords } = countStopwords(text, language);
  let sentenceEnds = 0;
  let capitalized = 0;
  let links = 0;
  const marks = { dot: -1, colon: -1, at: -1 };
  // Tokens are read in place between spaces: copying each one costs more than reading it.
  for (let start = 0; start <= text.length; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    if (endsSentence(text, start, end)) sentenceEnds++;
    if (startsWithCapital(text, start, end)) capitalized++;
    if (nextLinkMark(text, start, marks) < end && LINK.test(text.slice(start, end))) links++;
    start = end + 1;
  }
  return { words, stopwords, sentenceEnds, endsSentence: endsSentence(text, 0, text.length), capitalized, links };
}

// A sentence ends in `.`, `!`, `?` or `…`, possibly inside quotes or brackets: `said.”`, `(2019).`
function endsSentence(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && isCloser(text.charCodeAt(last))) last--;
  return last >= start && isSentenceEnd(text.charCodeAt(last));
}

// `.`, `!`, `?`, `…` and the full-width `。`, `！`, `？`.
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

// `”`, `"`, `'`, `’`, `)` and `]`.
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x22 || code === 0x27 || code === 0x2019 || code === 0x29 || code === 0x5d;
}

// The first letter or digit of the token decides: `“Biden` is capitalized, `$5bn` and `iPhone` are not.
function startsWithCapital(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; ) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) return true;
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return false;
      index++;
      continue;
    }
    const character = String.fromCodePoint(text.codePointAt(index)!);
    if (LETTER_OR_DIGIT.test(character)) return UPPERCASE.test(character);
    index += character.length;
  }
  return false;
}

// Only a token with `.`, `:` or `@` can be a link: the others need not be copied and matched. Where
// the next of each mark stands is kept from token to token, so that the text is searched for each once.
function nextLinkMark(text: string, start: number, marks: { dot: number; colon: number; at: number }): number {
  if (marks.dot < start) marks.dot = indexFrom(text, '.', start);
  if (marks.colon < start) marks.colon = indexFrom(text, ':', start);
  if (marks.at < start) marks.at = indexFrom(text, '@', start);
  return Math.min(marks.dot, marks.colon, marks.at);
}

// The offset of the next `mark` from `start`, or past the end of the text when there is none.
function indexFrom(text: string, mark: string, start: number): number {
  const index = text.indexOf(mark, start);
  return index < 0 ? Infinity : index;
}
