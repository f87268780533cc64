import { STOPWORDS, type WordListLanguage } from './stopwords';
import { ASCII_HASH_BITS, asciiWordHash, lowercaseWord } from './words';

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
      if (language === 'tr') for (const spelling of turkishCapitalSpellings(word)) add(spelling, bit);
    }
  });
  return index;
}

// Turkish in capitals, lowercased by the rules of other languages, loses its two i's: `ARTIK` gives
// `artik` for `artık`, `İÇİN` gives `i̇çi̇n` (an `i` with a combining dot) for `için`.
function turkishCapitalSpellings(word: string): string[] {
  const dotted = word.replace(/ı/gu, 'i');
  return [dotted, dotted.replace(/i/gu, 'i\u0307')].filter((spelling) => spelling !== word);
}

// Most words of a text are longer than any stopword and need no copy to be looked up.
const LONGEST_STOPWORD = Math.max(...Array.from(STOPWORD_INDEX.keys(), (word) => word.length));

/**
 * The mask of the languages the word at a span of `forEachWord` is a stopword in (0 for none); `hash` is its `asciiWordHash`, when known.
 * @example
 * stopwordMaskAt('Und dann', 0, 3) === STOPWORD_INDEX.get('und'); // true
 * @internal
 */
export function stopwordMaskAt(source: string, start: number, end: number, hash?: number): number {
  if (end - start > LONGEST_STOPWORD) return 0;
  const slot = hash ?? asciiWordHash(source, start, end);
  if (slot < 0) return STOPWORD_INDEX.get(lowercaseWord(source, start, end)) ?? 0;
  const length = end - start;
  for (let index = slot; ; index = (index + 1) & SLOT_MASK) {
    const slotLength = ASCII_SLOTS.lengths[index]!;
    if (slotLength === 0) return 0;
    if (slotLength === length && spells(source, start, ASCII_SLOTS.words[index]!)) return ASCII_SLOTS.masks[index]!;
  }
}

// Most words of a text are ASCII: looking them up by a hash of their letters, read in place, spares
// copying and lowercasing each of them. The ASCII stopwords sit in an open-addressed table of
// words, four times as large as their number, with their masks beside them: a stopword is a third
// of the words of prose, and looking its mask up in the index again would cost more than finding it.
// The words' lengths sit in a small table of their own, read first: most words of a text land on an
// empty slot or on a word of another length, told without reading the slow table of strings.
const SLOT_MASK = (1 << ASCII_HASH_BITS) - 1;
const ASCII_SLOTS: AsciiSlots = /* @__PURE__ */ buildAsciiSlots();

interface AsciiSlots {
  readonly words: (string | undefined)[];
  readonly masks: Int32Array;
  /** The length of the word in each slot, 0 for an empty slot. */
  readonly lengths: Uint8Array;
}

function buildAsciiSlots(): AsciiSlots {
  const words: (string | undefined)[] = new Array<string | undefined>(1 << ASCII_HASH_BITS).fill(undefined);
  const masks = new Int32Array(1 << ASCII_HASH_BITS);
  const lengths = new Uint8Array(1 << ASCII_HASH_BITS);
  for (const [word, mask] of STOPWORD_INDEX) {
    if (!/^[a-z]+$/.test(word)) continue;
    let index = asciiWordHash(word, 0, word.length);
    while (words[index] !== undefined) index = (index + 1) & SLOT_MASK;
    words[index] = word;
    masks[index] = mask;
    lengths[index] = word.length;
  }
  return { words, masks, lengths };
}

// Whether the ASCII letters at `start`, as many as the word has, spell a lowercase word: `The` spells `the`.
function spells(source: string, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    if ((source.charCodeAt(start + index) | 0x20) !== word.charCodeAt(index)) return false;
  }
  return true;
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
  let code = CANONICAL_CODES.get(tag);
  if (code === undefined) {
    const language = tag.toLowerCase().split(/[-_]/, 1)[0] ?? '';
    code = LANGUAGE_ALIASES[language] ?? language;
    CANONICAL_CODES.set(tag, code);
  }
  return code;
}

// Classifiers ask for the page's language once per block: the tags a caller uses are read once.
const CANONICAL_CODES = new Map<string, string>();

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
