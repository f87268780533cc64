import type { CharacterLanguage } from './particles';
import type { Script } from './scripts';
import { LANGUAGES, canonicalLanguage } from './stopword-index';
import type { WordListLanguage } from './stopwords';
import type { Evidence } from './evidence';
import { wordCensus } from './word-census';

/** Every language `detectLanguage` can return. */
export type DetectableLanguage = WordListLanguage | CharacterLanguage;

/**
 * Every language `detectLanguage` can return: those of the stopword index, then Japanese, Korean and Chinese.
 * @example
 * DETECTABLE_LANGUAGES.includes('ja'); // true
 */
export const DETECTABLE_LANGUAGES: readonly DetectableLanguage[] = [...LANGUAGES, 'ja', 'ko', 'zh'];

/**
 * How much of a text the detector reads: the first 20,000 characters, some 3,000 words, tell any
 * language apart and keep the detection of a huge page as fast as that of a short one.
 * @example
 * detectLanguage(hugeText) === detectLanguage(hugeText.slice(0, MAX_DETECTION_CHARACTERS)); // true
 */
export const MAX_DETECTION_CHARACTERS = 20_000;

// Fewer hits than this is too little evidence: a caption or a menu says nothing about the language.
const MIN_HITS = 5;
// Prose in a listed language has 0.3–0.5 of its words in the list (a paragraph naming sixteen
// police officers, 0.16); Swahili prose meets a few foreign stopwords by chance (`la`, `na`, `ya`:
// 0.10 of its words in Spanish), and a Zulu page with an English author box and adverts, 0.10 in English.
const MIN_HIT_SHARE = 0.15;
// Turkish, Finnish and Hungarian glue their function words onto the word (`evlerinde`, `talossa`,
// `házban`) and Vietnamese splits its content words into syllables, so their prose reaches only
// 0.11–0.20 (a Turkish news page with its menus, 0.11). They count from SPARSE_HIT_SHARE when
// they have twice the hits of the runner-up.
const SPARSE_LANGUAGES: ReadonlySet<WordListLanguage> = new Set(['tr', 'fi', 'hu', 'vi']);
const SPARSE_HIT_SHARE = 0.08;
const MIN_LEAD = 2;
// Japanese prose is some 40% kana; Chinese has none, so a little kana already tells Japanese.
const MIN_KANA_SHARE = 0.1;

/**
 * The ISO 639-1 code of the language a text is written in, or null when there is too little evidence.
 *
 * Reads the first `MAX_DETECTION_CHARACTERS` characters in one pass. The script decides first
 * (kana for Japanese, Han alone for Chinese, Hangul for Korean, at least 5 particles each);
 * otherwise the language whose stopwords cover most words wins, if it has at least 5 of them and
 * more than any other language, and they cover 15% of the words (Turkish, Finnish, Hungarian and
 * Vietnamese, which have fewer free-standing function words: 8%, with twice the runner-up's
 * hits). Text mostly in another script (Arabic, Greek, Thai, …) gives null. `languages` restricts
 * the answer to those codes (`pt-BR` counts as `pt`); a text in none of them gives null.
 * @example
 * detectLanguage('Die Regierung hat am Montag einen Plan vorgelegt, der die Steuern senken soll.'); // 'de'
 * detectLanguage('Le gouvernement a présenté lundi un plan pour baisser les impôts.', ['en', 'fr']); // 'fr'
 * detectLanguage('Home News Sport'); // null
 */
export function detectLanguage(text: string, languages?: readonly string[]): DetectableLanguage | null {
  return languageOfEvidence(wordCensus(text.slice(0, MAX_DETECTION_CHARACTERS)).evidence, languages);
}

/**
 * The language the evidence of a text tells, as `detectLanguage` decides it; the evidence of several texts may be added up first.
 * @example
 * languageOfEvidence(wordCensus('Die Regierung hat am Montag einen Plan vorgelegt.').evidence); // 'de'
 * @internal
 */
export function languageOfEvidence(evidence: Evidence, languages?: readonly string[]): DetectableLanguage | null {
  const allowed = languages === undefined ? null : new Set(languages.map(canonicalLanguage));
  const isAllowed = (language: DetectableLanguage) => allowed === null || allowed.has(language);
  switch (dominantScript(evidence.letters)) {
    case 'kana':
    case 'han':
      return characterLanguage(evidence, isAllowed);
    case 'hangul':
      return isAllowed('ko') && evidence.koreanHits >= MIN_HITS ? 'ko' : null;
    case 'other':
      return null;
    default:
      return wordListLanguage(evidence, isAllowed);
  }
}

// Kana and Han count as one script: a Japanese text is mostly Han with kana between them.
function dominantScript(letters: Record<Script, number>): Script {
  let best: Script = 'other';
  let bestLetters = 0;
  // A plain loop over the keys: `Object.entries` and a swap by destructuring cost more than the
  // rest of the detection on a short page.
  for (const script in letters) {
    const weight = script === 'kana' || script === 'han' ? letters.kana + letters.han : letters[script as Script];
    if (weight > bestLetters) {
      best = script as Script;
      bestLetters = weight;
    }
  }
  return best;
}

function characterLanguage(evidence: Evidence, isAllowed: (language: DetectableLanguage) => boolean): DetectableLanguage | null {
  const { kana, han } = evidence.letters;
  if (kana >= (kana + han) * MIN_KANA_SHARE) {
    return isAllowed('ja') && evidence.japaneseHits >= MIN_HITS ? 'ja' : null;
  }
  return isAllowed('zh') && evidence.chineseHits >= MIN_HITS ? 'zh' : null;
}

function wordListLanguage(evidence: Evidence, isAllowed: (language: DetectableLanguage) => boolean): DetectableLanguage | null {
  let best: WordListLanguage | null = null;
  let bestHits = 0;
  let secondHits = 0;
  for (const [position, language] of LANGUAGES.entries()) {
    const hits = evidence.hits[position] ?? 0;
    if (!isAllowed(language)) continue;
    if (hits > bestHits) {
      secondHits = bestHits;
      [best, bestHits] = [language, hits];
    } else if (hits > secondHits) {
      secondHits = hits;
    }
  }
  if (best === null || bestHits < MIN_HITS || bestHits <= secondHits) return null;
  const share = bestHits / evidence.listWords;
  if (share >= MIN_HIT_SHARE) return best;
  const sparse = SPARSE_LANGUAGES.has(best) && share >= SPARSE_HIT_SHARE;
  return sparse && bestHits >= secondHits * MIN_LEAD ? best : null;
}
