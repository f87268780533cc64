import { detectLanguage, languageOfEvidence, MAX_DETECTION_CHARACTERS, type DetectableLanguage } from './detect-language';
import { addEvidence, emptyEvidence } from './evidence';
import { wordCensus, type WordCensus } from './word-census';
import { readsLowercased } from './words';

// Blocks this long are sentences; shorter ones are menu items, buttons and labels, often in
// English on a page in another language (`Home`, `Login`, `Share`).
const MIN_SENTENCE_LENGTH = 60;

/** The language of a page, and the census of each block read to tell it, by the block's text. @internal */
export interface PageReading {
  readonly language: DetectableLanguage | null;
  /** The census of every sentence-long block the detection read, for the classifier to count its stopwords without reading it again. */
  readonly censuses: ReadonlyMap<string, WordCensus>;
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
 * `pageLanguage`, with the census of each sentence-long block it read.
 * @example
 * const sentence = 'Die Regierung hat am Montag einen Plan vorgelegt, der die Steuern senken soll.';
 * readPage([{ text: 'Home' }, { text: sentence }]).censuses.get(sentence)?.words; // 13
 * @internal
 */
export function readPage(blocks: readonly { readonly text: string }[], languages?: readonly string[]): PageReading {
  const censuses = new Map<string, WordCensus>();
  const sentences = blocks.filter((block) => block.text.length >= MIN_SENTENCE_LENGTH);
  const language = sentenceLanguage(sentences, languages, censuses) ?? detectLanguage(joinBlocks(blocks), languages);
  return { language, censuses };
}

// The language of the first MAX_DETECTION_CHARACTERS of the blocks joined by line breaks, told from
// the census of each block: a block's words are read once for the language and for the classifier.
// Where the joined text is read lowercased, its words are not those of its blocks, and it is read as one.
function sentenceLanguage(blocks: readonly { readonly text: string }[], languages: readonly string[] | undefined, censuses: Map<string, WordCensus>): DetectableLanguage | null {
  const joined = joinBlocks(blocks).slice(0, MAX_DETECTION_CHARACTERS);
  if (readsLowercased(joined)) return detectLanguage(joined, languages);
  const evidence = emptyEvidence();
  for (let index = 0, offset = 0; index < blocks.length && offset < joined.length; offset += blocks[index]!.text.length + 1, index++) {
    const { text } = blocks[index]!;
    let census = censuses.get(text);
    if (census === undefined) {
      census = wordCensus(text);
      censuses.set(text, census);
    }
    // The last block may be cut short: only what the joined text holds of it counts.
    addEvidence(evidence, offset + text.length <= joined.length ? census.evidence : wordCensus(text.slice(0, joined.length - offset)).evidence);
  }
  return languageOfEvidence(evidence, languages);
}

function joinBlocks(blocks: readonly { readonly text: string }[]): string {
  const texts: string[] = [];
  let length = 0;
  for (const block of blocks) {
    if (length >= MAX_DETECTION_CHARACTERS) break;
    texts.push(block.text);
    length += block.text.length + 1;
  }
  return texts.join('\n');
}
