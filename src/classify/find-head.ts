import { isByline } from '../byline';
import { findDate } from '../dates';
import type { Piece } from './piece';

// Page headers put the headline, kicker, byline and date within a screenful above the story.
const HEAD_WINDOW = 24;
const SENTENCE_END = /[^.]\.["”’']?$/u;
const MAX_TITLE_LENGTH = 250;
const FAR_FUTURE = new Date(Date.UTC(9999, 0, 1));

/**
 * Gives the roles `title` and `section` to the undecided pieces above `first`, the start of the article (its span of prose, or its byline).
 * @example
 * findHead(pieces, span.first); // marks the headline above the first paragraph as the title
 * @internal
 */
export function findHead(pieces: readonly Piece[], first: number): void {
  const from = Math.max(0, first - HEAD_WINDOW);
  const title = bestTitle(pieces, from, first);
  if (title === -1) return;
  pieces[title]!.role = 'title';
  const section = sectionAbove(pieces, title, from);
  if (section !== -1) pieces[section]!.role = 'section';
}

function bestTitle(pieces: readonly Piece[], from: number, first: number): number {
  let best = -1;
  let bestScore = 0;
  let between = 0;
  for (let index = first - 1; index >= from; index--) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    const score = titleScore(pieces, index, from, first) - between * 0.35;
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
    between++;
  }
  return best;
}

function titleScore(pieces: readonly Piece[], index: number, from: number, first: number): number {
  const { text, bullet } = pieces[index]!;
  if (text.length < 8 || text.length > MAX_TITLE_LENGTH || SENTENCE_END.test(text) || text.endsWith(':')) return 0;
  const words = text.split(' ').length;
  if (words < 3 || words > 30) return 0;
  // Bylines, datelines and credits of other stories stand in the head too: `By Tomas Franzese December 22, 2023`.
  if (isByline(text) || findDate(text, FAR_FUTURE) !== null || /^[([]/u.test(text)) return 0;
  // Headlines run to a dozen words; the interface lines around them (`Show more sharing options`,
  // `Read Full Bio`, `Why You Can Trust CNET`) are shorter.
  let score = 1 + Math.min(words, 12) * 0.3;
  if (words <= 4) score -= 1.5;
  if (!/^[\p{Lu}\p{N}"“‘'¿¡]/u.test(text)) score -= 1.5;
  if (bullet !== null) score -= 2;
  // The headline is often repeated in the page title: `Headline | Site`, `Opinion|Headline`.
  if (repeatedNearby(pieces, index, from, first)) score += 3;
  if (nextDecided(pieces, index, first)) score += 1.5;
  return score;
}

function repeatedNearby(pieces: readonly Piece[], index: number, from: number, first: number): boolean {
  const text = pieces[index]!.text;
  for (let other = from; other < first; other++) {
    if (other === index) continue;
    const candidate = pieces[other]!.text;
    if (candidate.length > text.length && candidate.length <= text.length + 80 && candidate.includes(text)) return true;
  }
  return false;
}

// A headline is followed by its byline, its date, or the story itself.
function nextDecided(pieces: readonly Piece[], index: number, first: number): boolean {
  for (let next = index + 1; next <= first; next++) {
    const piece = pieces[next]!;
    if (next === first || piece.role === 'byline' || piece.role === 'date') return true;
    if (piece.role === null) return false;
  }
  return false;
}

const SECTION_MAX_WORDS = 4;

// The kicker stands just above the headline, maybe with share buttons between (`Featured`).
function sectionAbove(pieces: readonly Piece[], title: number, from: number): number {
  for (let index = title - 1; index >= Math.max(from, title - 4); index--) {
    const piece = pieces[index]!;
    if (piece.role === 'boilerplate' || piece.role === 'credit') continue;
    if (piece.role !== null) return -1;
    const words = piece.text.split(' ').length;
    const looksLikeLabel = words <= SECTION_MAX_WORDS && piece.text.length <= 40 && !/[.!?,;]$/u.test(piece.text);
    return looksLikeLabel && piece.bullet === null ? index : -1;
  }
  return -1;
}
