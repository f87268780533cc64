import { countStopwords } from '../language';
import { censusStopwords, type WordCensus } from '../language/word-census';
import { isAsciiLetter } from '../language/words';
import { characterTest } from '../language/character-test';
import { letterOrDigitWidth } from '../language/letter-or-digit';
import type { ProseFeatures } from './prose-score';

const LINK = /^(?:https?:|www\.)|@\w|\.(?:com|org|net)\b/iu;
const SPACE = 0x20;
const isUppercase = characterTest(/^\p{Lu}/u);

/**
 * Reads the features of a block text that the prose scorer needs: words and stopwords in the page's language (from the text's census when it was read), sentence ends, capitalised tokens, links;
 * and, in the same pass, its words as a reader counts them.
 * @example
 * proseFeatures('It was late.', 'en').stopwords; // 2
 * @internal
 */
export function proseFeatures(text: string, language: string | null, census?: WordCensus): ProseFeatures {
  const { words, stopwords } = (census && censusStopwords(census, language)) ?? countStopwords(text, language);
  // The text is read where its census read it, a flat copy of the page faster to read than the text.
  const source = census?.source ?? text;
  const from = census?.start ?? 0;
  const to = census?.end ?? text.length;
  const tokens: TokenCounts = { sentenceEnds: 0, capitalized: 0, links: 0 };
  let start = from;
  let marked = false;
  let readerWords = 0;
  let inWord = false;
  let afterJoiner = false;
  // Tokens are read in place between spaces, in one pass: copying each one costs more than reading
  // it, and so does a search for the next space. The reader's words are counted in the same pass,
  // which spares the article's statistics a pass of their own over the body.
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index);
    const width = letterOrDigitWidth(source, index);
    if (width > 0) {
      // Letters and digits, most of a text, are neither spaces nor marks.
      if (!inWord && !afterJoiner) readerWords++;
      inWord = true;
      afterJoiner = false;
      index += width - 1;
      // The rest of a word of ASCII letters changes nothing but where the next token starts: it is read in a loop of its own.
      while (index + 1 < to && isAsciiLetter(source.charCodeAt(index + 1))) index++;
      continue;
    }
    // A joiner continues the word only when a letter or digit follows it: `--` and a final `.` end it.
    afterJoiner = inWord && isJoiner(code);
    inWord = false;
    if (code === SPACE) {
      countToken(tokens, source, start, index, marked);
      start = index + 1;
      marked = false;
    } else if (code === 0x2e || code === 0x3a || code === 0x40) {
      // Only a token with `.`, `:` or `@` can be a link: the others need not be copied and matched.
      marked = true;
    }
  }
  countToken(tokens, source, start, to, marked);
  const endsLikeSentence = endsSentence(source, from, to) && !endsCutShort(source, from, to);
  return { words, stopwords, sentenceEnds: tokens.sentenceEnds, endsSentence: endsLikeSentence, capitalized: tokens.capitalized, links: tokens.links, readerWords };
}

// Inside a word, an apostrophe (`'`, `’`), a period or a hyphen joins: `don't`, `U.S.`, `COVID-19` are one word each.
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

interface TokenCounts {
  sentenceEnds: number;
  capitalized: number;
  links: number;
}

function countToken(tokens: TokenCounts, text: string, start: number, end: number, marked: boolean): void {
  if (endsSentence(text, start, end)) tokens.sentenceEnds++;
  if (startsWithCapital(text, start, end)) tokens.capitalized++;
  if (marked && mayBeLink(text, start, end) && LINK.test(text.slice(start, end))) tokens.links++;
}

// The first letter or digit of the token decides: `“Biden` is capitalized, `$5bn` and `iPhone` are not.
function startsWithCapital(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; ) {
    const code = text.charCodeAt(index);
    if (code >= 0x41 && code <= 0x5a) return true;
    const width = letterOrDigitWidth(text, index);
    if (width > 0) return code >= 0x80 && width === 1 && isUppercase(code);
    index++;
  }
  return false;
}

// Most tokens with a `.` end a sentence: a link needs a token that starts with `h` or `w` (`https:`,
// `www.`), an `@`, or a `.` before `c`, `o` or `n` (`.com`, `.org`, `.net`), and only such a token is
// copied and matched.
function mayBeLink(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start) | 0x20;
  if (first === 0x68 || first === 0x77) return true;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1) | 0x20;
    if (code === 0x40 || (code === 0x2e && (next === 0x63 || next === 0x6f || next === 0x6e))) return true;
  }
  return false;
}

// A sentence ends in `.`, `!`, `?` or `…`, possibly inside quotes or brackets: `said.”`, `(2019).`
function endsSentence(text: string, start: number, end: number): boolean {
  // Most tokens end in a letter, neither a closer nor a sentence end.
  if (end > start && isAsciiLetter(text.charCodeAt(end - 1))) return false;
  const last = lastMark(text, start, end);
  return last >= start && isSentenceEnd(text.charCodeAt(last));
}

// A block cut short ends in an ellipsis (`… a letter from Santa during Royal...`): a teaser, its sentence goes on elsewhere.
function endsCutShort(text: string, start: number, end: number): boolean {
  const last = lastMark(text, start, end);
  return last >= start && (text.charCodeAt(last) === 0x2026 || (last >= start + 2 && text.startsWith('...', last - 2)));
}

// The last character before the closing quotes and brackets, or `start - 1`.
function lastMark(text: string, start: number, end: number): number {
  let last = end - 1;
  while (last >= start && isCloser(text.charCodeAt(last))) last--;
  return last;
}

// `.`, `!`, `?`, `…` and the full-width `。`, `！`, `？`.
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

// `”`, `"`, `'`, `’`, `)` and `]`.
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x22 || code === 0x27 || code === 0x2019 || code === 0x29 || code === 0x5d;
}
