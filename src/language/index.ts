export { STOPWORDS, type WordListLanguage } from './stopwords';
export { LANGUAGES, STOPWORD_INDEX, languageMask, canonicalLanguage } from './stopword-index';
export { scriptOf, type Script } from './scripts';
export { JAPANESE_PARTICLES, CHINESE_FUNCTION_CHARACTERS, isKoreanFunctionWord, type CharacterLanguage } from './particles';
export { countStopwords, stopwordDensity, stopwordTest, type StopwordCount } from './count-stopwords';
export { detectLanguage, DETECTABLE_LANGUAGES, MAX_DETECTION_CHARACTERS, type DetectableLanguage } from './detect-language';
export { pageLanguage } from './page-language';
