import { detectLanguage, languageOfEvidence, MAX_DETECTION_CHARACTERS, type DetectableLanguage } from './detect-language';
import { addEvidence, emptyEvidence } from './evidence';
import { spanCensus, wordCensus, type WordCensus } from './word-census';
import { readsLowercased } from './words';

// Blocks this long are sentences; shorter ones are menu items, buttons and labels, often in
// English on a page in another language (`Home`, `Login`, `Share`).
const MIN_SENTENCE_LENGTH = 60;

/** The language of a page, and the census of each of its blocks, in the blocks' order. @internal */
export interface PageReading {
  readonly language: DetectableLanguage | null;
  /** The census of every block, for the classifier to count its words and stopwords without reading it again. */
  readonly censuses: readonly WordCensus[];
}

/**
 * The language of a page from its blocks: detected over its sentence-long blocks (all blocks when
 * there are too few), so that English menu labels do not outvote the article.
 * @example
 * pageLanguage([{ text: 'Home' }, { text: 'Die Regierung hat am Montag einen Plan vorgelegt, der die Steuern senken soll.' }]); // 'de'
 */
export function pageLanguage(blocks: readonly { readonly text: string }[], languages?: readonly string[]): DetectableLanguage | null {
  return readPage(blocks, languages).language;
}

/**
 * `pageLanguage`, with the census of each block.
 * @example
 * const sentence = 'Die Regierung hat am Montag einen Plan vorgelegt, der die Steuern senken soll.';
 * readPage([{ text: 'Home' }, { text: sentence }]).censuses[1]?.words; // 13
 * @internal
 */
export function readPage(blocks: readonly { readonly text: string }[], languages?: readonly string[]): PageReading {
  const page = readBlocks(blocks);
  const sentences = page.filter((block) => block.text.length >= MIN_SENTENCE_LENGTH);
  const language = blocksLanguage(sentences, languages) ?? blocksLanguage(page, languages);
  // By position, not by text: a map by text would hash every block, which reads it once more.
  return { language, censuses: page.map((block) => block.census) };
}

interface ReadBlock {
  readonly text: string;
  readonly census: WordCensus;
  /** Whether the block reads lowercased (`readsLowercased`), and so was read through its lowercased form. */
  readonly lowercased: boolean;
}

// Block texts are flat copies (`cleanText`), as fast to read by character as one copy of the whole
// page: each block is read in place, which spares the page a second copy.
function readBlocks(blocks: readonly { readonly text: string }[]): ReadBlock[] {
  return blocks.map(({ text }) => {
    const lowercased = readsLowercased(text);
    return { text, census: lowercased ? wordCensus(text) : spanCensus(text, 0, text.length), lowercased };
  });
}

// The language of the first MAX_DETECTION_CHARACTERS of the blocks joined by line breaks, told from
// the census of each block. Where the joined text is read lowercased, its words are not those of
// its blocks, and it is read as one.
function blocksLanguage(blocks: readonly ReadBlock[], languages: readonly string[] | undefined): DetectableLanguage | null {
  const joined = joinBlocks(blocks);
  if (joined !== null && readsLowercased(joined)) return detectLanguage(joined, languages);
  const evidence = emptyEvidence();
  for (let index = 0, length = 0; index < blocks.length && length < MAX_DETECTION_CHARACTERS; length += blocks[index]!.text.length + 1, index++) {
    const block = blocks[index]!;
    // The last block may be cut short: only what the joined text holds of it counts.
    const held = Math.min(block.text.length, MAX_DETECTION_CHARACTERS - length);
    addEvidence(evidence, held === block.text.length ? block.census.evidence : spanCensus(block.text, 0, held).evidence);
  }
  return languageOfEvidence(evidence, languages);
}

// The first MAX_DETECTION_CHARACTERS of the blocks joined, where some block reads lowercased
// (`readsLowercased`); null where none does, and so neither does their join.
function joinBlocks(blocks: readonly ReadBlock[]): string | null {
  const texts: string[] = [];
  let length = 0;
  let anyLowercased = false;
  for (const block of blocks) {
    if (length >= MAX_DETECTION_CHARACTERS) break;
    texts.push(block.text);
    length += block.text.length + 1;
    anyLowercased ||= block.lowercased;
  }
  return anyLowercased ? texts.join('\n').slice(0, MAX_DETECTION_CHARACTERS) : null;
}
