/** Languages told apart by their script and function characters rather than by a word list. */
export type CharacterLanguage = 'ja' | 'ko' | 'zh';

/**
 * The hiragana particles of Japanese prose: `東京都の小池知事は記者会見で` holds の, は and で, a
 * menu of nouns like `ニュース 政治 経済` holds none.
 * @example
 * JAPANESE_PARTICLES.has('の'); // true
 */
export const JAPANESE_PARTICLES: ReadonlySet<string> = new Set('のはがをにでとも');

/**
 * The function characters of Chinese prose, simplified and traditional: `的`, `了`, `是`, `在`, …
 * @example
 * CHINESE_FUNCTION_CHARACTERS.has('的'); // true
 */
export const CHINESE_FUNCTION_CHARACTERS: ReadonlySet<string> = new Set(
  '的了是在和有不这也就都与及对为之于而被将从其并但這與對為從將並',
);

// Korean writes particles and verb endings onto the word: `정부는` (the government + topic),
// `발표했다` (announced). A word ending in one of these syllables is counted as a function word.
const KOREAN_ENDINGS: ReadonlySet<string> = new Set('은는이가을를에의도로와과서다며고');

// Korean function words written on their own that no ending above catches: `할 수 있다` (can),
// `사건에 대해` (about the case), `및` (and).
const KOREAN_WORDS: ReadonlySet<string> = new Set([
  '그', '저', '하지만', '그러나', '또', '또한', '및', '등', '수', '것', '더', '중', '때', '대한', '대해', '위해', '통해', '따라',
]);

/**
 * Whether a Korean word is a function word or ends with a particle or a verb ending.
 * @example
 * isKoreanFunctionWord('정부는'); // true
 * isKoreanFunctionWord('정치'); // false
 */
export function isKoreanFunctionWord(word: string): boolean {
  return KOREAN_ENDINGS.has(word.charAt(word.length - 1)) || KOREAN_WORDS.has(word);
}
