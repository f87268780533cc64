import { STOPWORDS, type WordListLanguage } from './stopwords';

/**
 * The languages of the stopword index in bit order: bit `i` of a mask stands for `LANGUAGES[i]`.
 * @example
 * LANGUAGES.indexOf('de'); // 1, so German is the bit 1 << 1
 */
export const LANGUAGES = Object.keys(STOPWORDS) as readonly WordListLanguage[];

// The web still writes Romanian with the cedilla letters of old fonts: `şi` for `și`, `ţară` for `țară`.
const CEDILLA_SPELLINGS: Readonly<Record<string, string>> = { ș: 'ş', ț: 'ţ' };
const COMMA_BELOW = /[șț]/g;

/**
 * Every stopword of every language, mapped to the mask of the languages it is a stopword in,
 * so that a classifier looks each word up once: `de` is a stopword in es, fr, nl, pt, ro, …
 * @example
 * const mask = STOPWORD_INDEX.get('und') ?? 0;
 * (mask & languageMask('de')) !== 0; // true
 */
export const STOPWORD_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ buildStopwordIndex();

function buildStopwordIndex(): Map<string, number> {
  const index = new Map<string, number>();
  const add = (word: string, bit: number) => index.set(word, (index.get(word) ?? 0) | bit);
  LANGUAGES.forEach((language, position) => {
    const bit = 1 << position;
    for (const word of STOPWORDS[language].split(/\s+/)) {
      add(word, bit);
      const cedillaSpelling = word.replace(COMMA_BELOW, (letter) => CEDILLA_SPELLINGS[letter] ?? letter);
      if (cedillaSpelling !== word) add(cedillaSpelling, bit);
    }
  });
  return index;
}

// Norwegian is written in two standards; both are told by the one `no` list.
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { nb: 'no', nn: 'no' };

/**
 * The ISO 639-1 code a user's language tag stands for here: lowercased, without its region, Bokmål and Nynorsk as `no`.
 * @example
 * canonicalLanguage('pt-BR'); // 'pt'
 * canonicalLanguage('nb'); // 'no'
 */
export function canonicalLanguage(tag: string): string {
  const code = tag.toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return LANGUAGE_ALIASES[code] ?? code;
}

/**
 * The bit of a language in the masks of `STOPWORD_INDEX`, or 0 for a language without a word list.
 * @example
 * languageMask('fr'); // 1 << 2
 * languageMask('ja'); // 0
 */
export function languageMask(language: string): number {
  const position = (LANGUAGES as readonly string[]).indexOf(canonicalLanguage(language));
  return position < 0 ? 0 : 1 << position;
}
