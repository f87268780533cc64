import { countStopwords } from '../language';
import type { ProseFeatures } from './prose-score';

// A sentence ends in `.`, `!`, `?` or `…`, possibly inside quotes or brackets: `said.”`, `(2019).`
const SENTENCE_ENDS = new Set('.!?…。！？');
const CLOSERS = new Set('”"\'’)]');
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
  // Tokens are read in place between spaces: copying each one costs more than reading it.
  for (let start = 0; start <= text.length; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    if (endsSentence(text, start, end)) sentenceEnds++;
    if (startsWithCapital(text, start, end)) capitalized++;
    if (isLink(text, start, end)) links++;
    start = end + 1;
  }
  return { words, stopwords, sentenceEnds, endsSentence: endsSentence(text, 0, text.length), capitalized, links };
}

function endsSentence(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && CLOSERS.has(text.charAt(last))) last--;
  return last >= start && SENTENCE_ENDS.has(text.charAt(last));
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

// Only a token with `.`, `:` or `@` can be a link: the others need not be copied and matched.
function isLink(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2e || code === 0x3a || code === 0x40) return LINK.test(text.slice(start, end));
  }
  return false;
}
