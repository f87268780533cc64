import { countStopwords } from '../language';
import type { ProseFeatures } from './prose-score';

const SENTENCE_END = /[.!?…。！？][”"'’)\]]*$/u;
const UPPERCASE_START = /^[^\p{L}\p{N}]*\p{Lu}/u;
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
  for (const token of text.split(' ')) {
    if (SENTENCE_END.test(token)) sentenceEnds++;
    if (UPPERCASE_START.test(token)) capitalized++;
    if (LINK.test(token)) links++;
  }
  return { words, stopwords, sentenceEnds, endsSentence: SENTENCE_END.test(text), capitalized, links };
}
