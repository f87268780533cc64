import { hasWords } from './has-words';
import { lineWords } from './line-words';
import type { Piece } from './piece';
import { nextWithText } from './with-text';

// An alt text tells what a photo shows in a sentence or more; shorter lines said twice are labels and buttons.
const MIN_ALT_WORDS = 5;
// The caption adds its credit (`John Tlumacki/Globe Staff`, `© picture alliance / dpa`, `Credit: Splash`), a few words.
const MAX_CREDIT_WORDS = 10;
// The caption stands right under the alt text, maybe past a line of the image's own (its counter, its placeholder).
const CAPTION_REACH = 2;
const HAS_WORD = /[\p{L}\p{N}]/u;
// A caption said twice is a sentence; a headline said twice around the byline (`How jellyfish regenerate functional tentacles in days`) is not.
const SENTENCE_END = /[.!?]["”’']?$/u;
// A credit names who made the picture (`Photo by Jane Doe.`); what opens with a capital, runs on in words of lower case and ends
// with a stop is a sentence of the story, as where a standfirst says the lead's first sentence over the lead (`… the bridge.` over
// `… the bridge. The mayor welcomed the vote.`).
const LOWER_WORD = /(?:^| )\p{Ll}/gu;
const MIN_SENTENCE_LOWER_WORDS = 3;
// An alt text may instead carry the site's name after the caption's words (`ASP संजय पांडे और थाना अध्यक्ष मनीषा कुमारी। - Dainik Bhaskar`
// over `ASP संजय पांडे और थाना अध्यक्ष मनीषा कुमारी।`); a caption closes as a sentence, in any script, where a headline under its page title does not.
const SITE_SUFFIX = /^ (?:[-–—|]) \S/u;
const CAPTION_END = /[.!?।。]["”’']?$/u;

/**
 * The caption under an image's alt text, which says the alt text again and adds its credit (`Skaters take to the ice at the
 * Boston Common Frog Pond skating rink.` over `… skating rink.John Tlumacki/Globe Staff`), or says it word for word above a
 * credit line: a page dump gives both, and neither is the story's.
 * @returns The caption's index; `index` itself when only the alt text is residue; -1 when the piece at `index` is no such alt text.
 * @example
 * captionUnder(pieces, 4); // 5, the alt text at 4 said again with `© picture alliance / dpa` at 5
 * @internal
 */
export function captionUnder(pieces: readonly Piece[], index: number): number {
  const alt = pieces[index]!.text;
  if (!hasWords(alt, MIN_ALT_WORDS)) return -1;
  let seen = 0;
  for (let next = index + 1; next < pieces.length && seen < CAPTION_REACH; next++) {
    const text = pieces[next]!.text;
    if (text.length === 0) continue;
    seen++;
    if (text === alt && SENTENCE_END.test(alt) && creditFollows(pieces, next)) return next;
    // Only the line with the site's name is sure residue: the line under it may be the story's lead that a page's description
    // repeats (`<lead> - Daily Planet` over `<lead>`), unless a credit closes it as a caption.
    if (isSiteNamed(alt, text)) return creditFollows(pieces, next) ? next : index;
    if (text.length <= alt.length || !text.startsWith(alt)) continue;
    const credit = text.slice(alt.length).trim();
    if (HAS_WORD.test(credit) && lineWords(credit, MAX_CREDIT_WORDS) <= MAX_CREDIT_WORDS && !isSentence(credit)) return next;
  }
  return -1;
}

// `Taylor Swift performs on the second night of "The Eras Tour" in Rio de Janeiro, Brazil.` twice, then `TAS2023/Getty Images`:
// a caption said word for word again is the image's only where its credit follows; a page may say a story's sentence twice too.
function creditFollows(pieces: readonly Piece[], index: number): boolean {
  return pieces[nextWithText(pieces, index)]?.role === 'credit';
}

// Whether the alt text is the caption followed by a separator and a few words: the site's name.
function isSiteNamed(alt: string, caption: string): boolean {
  if (alt.length <= caption.length || !alt.startsWith(caption) || !CAPTION_END.test(caption)) return false;
  const suffix = alt.slice(caption.length);
  return SITE_SUFFIX.test(suffix) && lineWords(suffix, MAX_CREDIT_WORDS) <= MAX_CREDIT_WORDS;
}

function isSentence(text: string): boolean {
  return /^\p{Lu}/u.test(text) && SENTENCE_END.test(text) && (text.match(LOWER_WORD)?.length ?? 0) >= MIN_SENTENCE_LOWER_WORDS;
}

// A figure holds its alt text and its caption over the credit (`A child twirls in the yard …`, `The Tashakor family plays …`, `(Dania
// Maxwell / Los Angeles Times)`), a paragraph of its own; a paragraph of the story is set apart from them by a blank line.
const FIGURE_LINES = 2;
// An alt text and a caption say a few dozen words; a story's paragraph over a credit says more.
const MAX_FIGURE_WORDS = 50;
const LINE_BREAKS = /\n/g;

/**
 * The lines of an image's figure that stand right over its credit, each on a line of its own with no blank line between: the alt
 * text and the caption a full page dump gives above `(Dania Maxwell / Los Angeles Times)`, or the alt text alone above a credit that
 * holds the caption (`Legende: Anwalt und Dissident … SRF`). Neither is the story's.
 * @returns The indexes of those lines, nearest the credit first; none where the piece at `index` is no credit closing a figure.
 * @example
 * figureOverCredit(pieces, 7, text); // [6, 5]: the caption and the alt text right over the credit at 7
 * @internal
 */
export function figureOverCredit(pieces: readonly Piece[], index: number, text: string): number[] {
  if (pieces[index]!.role !== 'credit' || breaksBefore(pieces, index + 1, text) < 2) return [];
  const figure: number[] = [];
  let words = 0;
  for (let line = index - 1; line >= 0 && breaksBefore(pieces, line + 1, text) === 1; line--) {
    const piece = pieces[line]!;
    words += lineWords(piece.text, MAX_FIGURE_WORDS + 1);
    if (figure.length === FIGURE_LINES || piece.role !== null || piece.bullet !== null || words > MAX_FIGURE_WORDS) return [];
    figure.push(line);
  }
  // A story's paragraph may stand right over a credit of a few words (`[Image via Facebook]`): that credit closes a figure
  // only under both the alt text and the caption. A blank line sets the figure apart from what stands above it.
  const bare = lineWords(pieces[index]!.text, MAX_CREDIT_WORDS + 1) <= MAX_CREDIT_WORDS;
  if (figure.length === 0 || (bare && figure.length < FIGURE_LINES)) return [];
  return breaksBefore(pieces, figure.at(-1)!, text) >= 2 ? figure : [];
}

// How many line breaks stand between the piece at `index` and the one before: none inside a line, one inside a paragraph.
function breaksBefore(pieces: readonly Piece[], index: number, text: string): number {
  if (index === 0 || index >= pieces.length) return 2;
  return text.slice(pieces[index - 1]!.end, pieces[index]!.start).match(LINE_BREAKS)?.length ?? 0;
}
