import { CHINESE_FUNCTION_CHARACTERS, JAPANESE_PARTICLES, isKoreanFunctionWord } from './particles';
import { STOPWORD_INDEX, canonicalLanguage, languageMask, stopwordMaskAt } from './stopword-index';
import { forEachWord, lowercaseWord, wordScript } from './words';

/** How many words a text has and how many of them are stopwords of a language. */
export interface StopwordCount {
  /** Words of the text; for Japanese and Chinese, which have no spaces, one word per two Han or kana characters. */
  readonly words: number;
  /** Words that are stopwords; for Japanese and Chinese, particles and function characters. */
  readonly stopwords: number;
}

// Every bit set: with no language known, a word counts when it is a stopword anywhere.
const ANY_LANGUAGE = -1;

/**
 * Counts the words of a text and the stopwords among them in one pass; fast enough to run on every block of a page.
 *
 * `language` is an ISO 639-1 code, or null for "a stopword of any language". Japanese and Chinese
 * are counted by character (particles like `の` and `は`, function characters like `的`), Korean by
 * the particles and endings written onto its words (`정부는`).
 * @example
 * countStopwords('Die Regierung hat am Montag einen Plan vorgelegt.', 'de'); // { words: 8, stopwords: 4 }
 * countStopwords('Home News Sport Politik Wirtschaft', 'de'); // { words: 5, stopwords: 0 }
 */
export function countStopwords(text: string, language: string | null): StopwordCount {
  const code = language === null ? null : canonicalLanguage(language);
  if (code === 'ja') return countCharacters(text, JAPANESE_PARTICLES);
  if (code === 'zh') return countCharacters(text, CHINESE_FUNCTION_CHARACTERS);
  if (code === 'ko') return countKoreanWords(text);
  const mask = code === null ? ANY_LANGUAGE : languageMask(code);
  let words = 0;
  let stopwords = 0;
  // Words hold no apostrophe, so the index alone tells a stopword, without copying long words.
  forEachWord(text, (source, start, end, hash) => {
    words++;
    if ((stopwordMaskAt(source, start, end, hash) & mask) !== 0) stopwords++;
  });
  return { words, stopwords };
}

/**
 * The share of a text's words that are stopwords of a language (0 for a text without words); prose is above 0.3, menus near 0.
 * @example
 * stopwordDensity('Home News Sport Politik Wirtschaft', 'de'); // 0
 * stopwordDensity('Er sagte, dass er nicht mehr kommen werde.', 'de'); // 0.75
 */
export function stopwordDensity(text: string, language: string | null): number {
  const { words, stopwords } = countStopwords(text, language);
  return words === 0 ? 0 : stopwords / words;
}

/**
 * A test of whether a lowercased word is a stopword of a language (of any language when null).
 *
 * An elided word counts by its first part: `l'homme`, `dell'anno`, `it's`. Japanese and Chinese
 * have no words to test: use `countStopwords` for them.
 * @example
 * const isStopword = stopwordTest('fr');
 * isStopword("l'homme"); // true
 * isStopword('homme'); // false
 */
export function stopwordTest(language: string | null): (word: string) => boolean {
  if (language !== null && canonicalLanguage(language) === 'ko') return isKoreanFunctionWord;
  const mask = language === null ? ANY_LANGUAGE : languageMask(language);
  if (mask === 0) return () => false;
  return (word) => isIndexed(word, mask) || isIndexed(beforeApostrophe(word), mask);
}

function isIndexed(word: string, mask: number): boolean {
  return ((STOPWORD_INDEX.get(word) ?? 0) & mask) !== 0;
}

function beforeApostrophe(word: string): string {
  const straight = word.indexOf("'");
  const cut = straight >= 0 ? straight : word.indexOf('’');
  return cut > 0 ? word.slice(0, cut) : '';
}

function countKoreanWords(text: string): StopwordCount {
  let words = 0;
  let stopwords = 0;
  forEachWord(text, (source, start, end) => {
    words++;
    if (isKoreanFunctionWord(lowercaseWord(source, start, end))) stopwords++;
  });
  return { words, stopwords };
}

// `東京都の小池知事は` counts as 4 words (8 characters / 2) with 2 particles; words in other scripts count as words.
function countCharacters(text: string, particles: ReadonlySet<string>): StopwordCount {
  let words = 0;
  let characters = 0;
  let stopwords = 0;
  forEachWord(text, (source, start, end) => {
    const script = wordScript(source, start);
    if (script !== 'han' && script !== 'kana') {
      words++;
      return;
    }
    for (const character of lowercaseWord(source, start, end)) {
      characters++;
      if (particles.has(character)) stopwords++;
    }
  });
  return { words: words + Math.round(characters / 2), stopwords };
}
