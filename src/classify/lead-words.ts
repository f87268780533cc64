import type { Piece } from './piece';
import { letterOrDigitWidth } from '../language/letter-or-digit';
import { isUnspacedScript, lineWords } from './line-words';

// The story's lead: its first few paragraphs, past the head.
const LEAD_PIECES = 4;
const PARAGRAPH_WORDS = 12;
const STEM_LENGTH = 5;
const CONTENT_WORD_LENGTH = 4;

/**
 * The story's lead, lowercased: its first paragraphs still undecided, whose content words a headline would name.
 * @example
 * const lead: Lead = ['the council met on tuesday evening and delayed the budget for the new bridge.'];
 * @internal
 */
export type Lead = readonly string[];

/**
 * The lead of the story that starts at `first`.
 * @example
 * overlap('Council delays the bridge budget', leadOf(pieces, span.first)); // 0.8
 * @internal
 */
export function leadOf(pieces: readonly Piece[], first: number): Lead {
  const paragraphs: string[] = [];
  for (let index = first; index < pieces.length && paragraphs.length < LEAD_PIECES; index++) {
    const piece = pieces[index]!;
    if (piece.role === null && lineWords(piece.text, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS) paragraphs.push(piece.text.toLowerCase());
  }
  return paragraphs;
}

/**
 * The share of a line's content words that the lead uses, from 0 to 1.
 * @example
 * overlap('Council delays the bridge budget', leadOf(pieces, first)); // 0.8
 * @internal
 */
export function overlap(text: string, lead: Lead): number {
  let words = 0;
  let named = 0;
  forEachStem(text.toLowerCase(), (stem) => {
    words++;
    if (usesStem(lead, stem)) named++;
  });
  return words === 0 ? 0 : named / words;
}

// The stems of a line are looked for in the lead, rather than the lead's every word read: a line has a few, the lead hundreds.
// A pair of characters of a script written without spaces may stand anywhere in a word of the lead.
function usesStem(lead: Lead, stem: string): boolean {
  const unspaced = isUnspacedScript(stem.charCodeAt(0));
  for (const paragraph of lead) {
    if (unspaced) {
      if (paragraph.includes(stem)) return true;
      continue;
    }
    for (let at = paragraph.indexOf(stem); at !== -1; at = paragraph.indexOf(stem, at + 1)) {
      if (isStemAt(paragraph, at, stem)) return true;
    }
  }
  return false;
}

// The stem of each content word of a lowercased text, a run of four or more letters or digits (what
// `[\p{L}\p{N}]{4,}` matches), read in place: inflected forms share their start (`Kühltürme`,
// `Kühltürmen`; `recalls`, `recall`). Japanese and Chinese run their words together: there each pair of
// characters (`南海`, `海ト`) stands for a stem.
function forEachStem(text: string, visit: (stem: string) => void): void {
  let start = 0;
  let characters = 0;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    if (isUnspacedScript(code)) {
      if (characters >= CONTENT_WORD_LENGTH) visit(text.slice(start, Math.min(start + STEM_LENGTH, index)));
      characters = 0;
      if (isUnspacedScript(text.charCodeAt(index + 1))) visit(text.slice(index, index + 2));
      index++;
      continue;
    }
    const width = letterOrDigitWidth(text, index);
    if (width > 0) {
      if (characters === 0) start = index;
      characters++;
      index += width;
      continue;
    }
    if (characters >= CONTENT_WORD_LENGTH) visit(text.slice(start, Math.min(start + STEM_LENGTH, index)));
    characters = 0;
    index++;
  }
  if (characters >= CONTENT_WORD_LENGTH) visit(text.slice(start, Math.min(start + STEM_LENGTH, text.length)));
}

// Whether forEachStem reads `stem`, which stands at `start`, as the stem of a content word there. A stem
// starts with a letter or a digit, never with the second half of a surrogate pair; its word is read no
// further than its stem and its fourth character.
function isStemAt(text: string, start: number, stem: string): boolean {
  if (start > 0 && isWordBefore(text, start)) return false;
  let index = start;
  let characters = 0;
  while (index < text.length && (characters < CONTENT_WORD_LENGTH || index < start + STEM_LENGTH)) {
    const width = letterOrDigitWidth(text, index);
    if (width === 0) break;
    characters++;
    index += width;
  }
  return characters >= CONTENT_WORD_LENGTH && Math.min(index, start + STEM_LENGTH) - start === stem.length;
}

// Whether the character before `index` (from 1 on) is a letter or a digit, an astral one included.
function isWordBefore(text: string, index: number): boolean {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return letterOrDigitWidth(text, pair ? index - 2 : index - 1) > 0;
}
