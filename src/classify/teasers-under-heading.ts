import { headlineShape } from './find-head';
import { RELATED_TEASER_CLASSIFIER, type Piece } from './piece';

// The rules whose line announces a list of other stories (`Related Articles`, `Most read in Celebrity`, `More from The Hill`).
const LIST_HEADINGS = new Set(['related.heading', 'related.list-heading', 'related.more-from']);
// A teaser's headline tells a story (`Bankrupt Katie Price holds £1.5k designer bag as she cuddles up to fiancé Carl`); a story's
// own subheading right under such a box is a label of a few words (`Trust Your Intuition`), left to the story.
const MIN_HEADLINE_WORDS = 5;
// A teaser's kicker is a word or three (`SAD LOSS`, `price-less`, `Gaming`).
const MAX_KICKER_WORDS = 3;
// A subheading of the story is a label of a few words (`Holiday Lights and Holes in Your Home`) or an interviewer's question
// (`How did you feel when you heard about the new category?`); a teaser's headline tells a story (`Nick Carter's sister Bobbie
// Jean dead at 41 one year after Aaron's passing`).
const MAX_SUBHEADING_WORDS = 7;
const QUESTION = /\?["”’»]?$/u;
// Headlines end in no stop, colon or comma; a question mark a headline may have.
const ENDS_OR_RUNS_ON = /[.!:;,]["”’»«]?$/u;

/**
 * Marks the headlines of other stories listed under a heading that announces them, inside the article's span (`Most read in
 * Celebrity`, then `TOUGH CHRISTMAS` over `Jade Goody's mum heartbroken as she's 'frozen out of Bobby's Christmas Day'`, …,
 * then the story goes on): the box is set into the story, so the span holds it, but its lines are links. The run ends at the
 * first line that is no headline or kicker, where the story takes up again.
 * @example
 * markTeasersUnderHeadings(pieces, span.first, span.last); // the four teasers under `Most read in Celebrity` get role `boilerplate`
 * @internal
 */
export function markTeasersUnderHeadings(pieces: readonly Piece[], first: number, last: number): void {
  for (let index = first; index <= last; index++) {
    const rule = pieces[index]!.rule;
    if (rule === null || !LIST_HEADINGS.has(rule.id)) continue;
    index = markRun(pieces, index + 1, last) - 1;
  }
}

// Marks the teasers from `from` on; returns the index of the first piece past them. Where the story takes up again right under
// the last headline and that headline is a short label, it is the story's own subheading over it (`Related:`, `Can You Build a
// Fireproof Home?`, then `Holiday Lights and Holes in Your Home` over the story's next section), and stays.
function markRun(pieces: readonly Piece[], from: number, last: number): number {
  const teasers: number[][] = [];
  let kickers: number[] = [];
  let index = from;
  for (; index <= last; index++) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    if (isKicker(piece)) kickers.push(index);
    else if (isTeaserHeadline(piece)) {
      teasers.push([...kickers, index]);
      kickers = [];
    } else break;
  }
  const lastHeadline = teasers.at(-1)?.at(-1);
  const subheading = index <= last && lastHeadline !== undefined && isSubheading(pieces[lastHeadline]!) ? teasers.pop() : undefined;
  for (const teaser of teasers) for (const at of teaser) markTeaser(pieces[at]!);
  return subheading?.[0] ?? kickers[0] ?? index;
}

function markTeaser(piece: Piece): void {
  piece.role = 'boilerplate';
  piece.classifier = RELATED_TEASER_CLASSIFIER;
}

function isSubheading(piece: Piece): boolean {
  return piece.words <= MAX_SUBHEADING_WORDS || QUESTION.test(piece.text);
}

function isKicker(piece: Piece): boolean {
  return piece.bullet === null && piece.words > 0 && piece.words <= MAX_KICKER_WORDS && !ENDS_OR_RUNS_ON.test(piece.text);
}

function isTeaserHeadline(piece: Piece): boolean {
  return piece.words >= MIN_HEADLINE_WORDS && !ENDS_OR_RUNS_ON.test(piece.text) && headlineShape(piece) > 0;
}
