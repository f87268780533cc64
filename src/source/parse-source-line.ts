import { anyPattern } from '../rules/any-pattern';
import { trimEndWhere } from '../normalize/trim-end';

// Lines that attribute the whole text to a publication, each seen at the head or foot of scraped copies.
const SOURCE_LINES: readonly RegExp[] = [
  // `Sourced : The Times of Israel`, `Source: Reuters`, `Quelle: dpa`, `Fuente: EFE`
  /^(?:sourced?|quelle|fuente|fonte) ?: ?(?<name>\S.{1,99})$/iu,
  // `Via The Hill`, `h/t Daily Mail`, `Hat tip: Breitbart`, `Delivered by The Daily Sheeple`
  /^(?:via|h\/t|ht|hat tip|delivered by):? (?<name>\S.{1,99})$/iu,
  // `Originally published at The Conversation.`, `Originally published by Common Dreams`
  /^originally (?:published|posted|appeared) (?:at|by|on|in) (?<name>\S[^\n]{1,99})$/iu,
  // `This article first appeared on Salon.com`, `This story was originally published in The Guardian.`
  /^this (?:article|story|post|piece) (?:first |originally )?(?:appeared|ran|was (?:first |originally )?(?:published|posted)) (?:on|in|at) (?<name>\S[^\n]{1,99})$/iu,
  // `The Associated Press contributed to this report.`
  /^(?<name>[^.]{2,80}?) contributed to this (?:report|story|article)\.?$/iu,
];

// Most lines are none of these: one test for them all spares trying each in turn.
const ANY_SOURCE_LINE = /* @__PURE__ */ anyPattern(SOURCE_LINES.map((pattern) => pattern.source));
const MAX_NAME_WORDS = 8;
const TRAILING_PUNCTUATION = /[\s.,;:)\]]/u;
const isTrailingPunctuation = (char: string) => TRAILING_PUNCTUATION.test(char);
const LINK_START = /\(?https?:\/\//u;

/**
 * The publication a source line attributes the text to (`Sourced : The Times of Israel` → `The Times of Israel`), or null.
 * @example
 * parseSourceLine('Sourced : The Times of Israel'); // 'The Times of Israel'
 * parseSourceLine('The Associated Press contributed to this report.'); // 'The Associated Press'
 */
export function parseSourceLine(text: string): string | null {
  if (text.length > 140 || !ANY_SOURCE_LINE.test(text)) return null;
  for (const pattern of SOURCE_LINES) {
    const name = pattern.exec(text)?.groups?.['name'];
    if (name === undefined) continue;
    const cleaned = trimEndWhere(withoutLink(name), isTrailingPunctuation).trim();
    // A name, not a sentence: `Via Appia was the first Roman road, …` is a story.
    return cleaned.length >= 2 && cleaned.split(' ').length <= MAX_NAME_WORDS ? cleaned : null;
  }
  return null;
}

// `Source: Reuters (https://www.reuters.com/x)`: the link is not the name.
function withoutLink(name: string): string {
  const link = LINK_START.exec(name);
  return link ? name.slice(0, link.index) : name;
}
