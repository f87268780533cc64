import { detectLanguage, MAX_DETECTION_CHARACTERS, type DetectableLanguage } from './detect-language';

// Blocks this long are sentences; shorter ones are menu items, buttons and labels, often in
// English on a page in another language (`Home`, `Login`, `Share`).
const MIN_SENTENCE_LENGTH = 60;

/**
 * The language of a page from its blocks: detected over its sentence-long blocks (all blocks when
 * there are too few), so that English menu labels do not outvote the article.
 * @example
 * pageLanguage([{ text: 'Home' }, { text: 'Die Regierung hat am Montag einen Plan vorgelegt, der die Steuern senken soll.' }]); // 'de'
 */
export function pageLanguage(blocks: readonly { readonly text: string }[], languages?: readonly string[]): DetectableLanguage | null {
  const sentences = joinBlocks(blocks.filter((block) => block.text.length >= MIN_SENTENCE_LENGTH));
  return detectLanguage(sentences, languages) ?? detectLanguage(joinBlocks(blocks), languages);
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
