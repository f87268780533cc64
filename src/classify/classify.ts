import type { Segment } from '../model/schemas';
import type { Mode } from '../model/options';
import type { CompiledRules } from '../rules/compile-rules';
import type { WordCensus } from '../language/word-census';
import { matchBlockRule, probeBlock, type BlockProbe, type Zone } from '../rules/match-rules';
import { parseSourceLine } from '../source/parse-source-line';
import { isByline, isCreditByline, isNameLine } from '../byline';
import { hasUpdateLabel, publishedDate } from '../dates';
import { articleSpan, bestEnd } from './article-span';
import { findHead } from './find-head';
import { bylineEnd, bylineStart, stackedBylines } from './byline-extent';
import { isDesk, isLoneBy, namesRunOn } from './name-byline';
import { bylineBelow } from './byline-below';
import { dateBelow } from './date-below';
import { namesInSpan } from './names-in-span';
import { labelledBylineBelow } from './labelled-byline';
import { splitNameRun } from '../byline/name-run';
import { nextStoryStart } from './next-story';
import { teaserRunStart } from './teaser-run';
import { markTeasersUnderHeadings } from './teasers-under-heading';
import { authorBoxStart, bylineNames, startsWithAuthor } from './author-box';
import { bylineText } from './byline-text';
import { standfirstIndex } from './standfirst';
import { headBios } from './head-bio';
import { captionUnder, figureOverCredit } from './alt-text';
import { tweetTextAbove } from './tweet-text';
import { ALT_TEXT_CLASSIFIER, AUTHOR_BIO_CLASSIFIER, AUTHOR_BOX_CLASSIFIER, COMMENT_SECTION_CLASSIFIER, LOW_CONTENT_CLASSIFIER, OTHER_META_CLASSIFIER, REPEAT_CLASSIFIER, TWEET_TEXT_CLASSIFIER, type Piece } from './piece';
import { proseFeatures } from './prose-features';
import { proseClass, proseWeight, type ProseClass, type ProseThresholds } from './prose-score';
import { splitResidue } from './split-residue';
import { hasWords } from './has-words';
import { lineWords } from './line-words';
import { isDoubled } from './doubled';
import { isEcho, noRuns, rememberRuns, wordHashes } from './echo';

/** What the classifier needs besides the blocks. @internal */
export interface ClassifyContext {
  readonly rules: CompiledRules;
  readonly mode: Mode;
  readonly now: Date;
  /** The page's language (ISO 639-1), or null when it cannot be told. */
  readonly language: string | null;
  /** Word censuses of the segments, in their order, read when the language was told, so that their words are not read again. */
  readonly censuses?: readonly WordCensus[];
}


const THRESHOLDS: Record<Mode, ProseThresholds> = {
  precision: { goodDensity: 0.25, nearDensity: 0.15, minWords: 10 },
  balanced: { goodDensity: 0.2, nearDensity: 0.12, minWords: 8 },
  recall: { goodDensity: 0.15, nearDensity: 0.08, minWords: 6 },
};

// Languages that write few function words as words of their own (Turkish and Finnish suffixes,
// Vietnamese syllables) reach about half the stopword density of English prose.
const SPARSE_STOPWORDS = new Set(['tr', 'vi', 'fi', 'hu']);

function thresholdsFor(mode: Mode, language: string | null): ProseThresholds {
  const base = THRESHOLDS[mode];
  // A page in a language without a stopword list (isiZulu, isiXhosa, Kiswahili) has few stopwords
  // even in its prose: there, prose is told by its sentences alone.
  if (language === null) return { ...base, goodDensity: 0, nearDensity: 0 };
  if (!SPARSE_STOPWORDS.has(language)) return base;
  return { ...base, goodDensity: base.goodDensity / 2, nearDensity: base.nearDensity / 2 };
}

// Residue that stands inside stories (an ad slot, a player, an embedded post) costs little; residue
// that ends or frames a story (a related list, a footer, a share bar) is a boundary the span
// should not cross for a few more paragraphs of prose-like teasers.
const SOFT_FAMILIES = new Set(['advert', 'media', 'embed', 'timestamp', 'ui']);
const BOUNDARY_WEIGHT = -50;
// A `Read more: <headline>` line is one link set between two paragraphs of the story it interrupts, not the head of a list.
const SOFT_RULES = new Set(['related.link-line']);
// An editor's note right under a paragraph of the story (`Editor’s note: The names have been changed …`) interrupts it and
// does not end it: it costs as little as one word, so that the one paragraph after it still bridges it. Over the story, under
// a date or a player's lines, it stays a boundary that starts the span after it.
const NOTE_RULES = new Set(['disclosure.editors-note']);
const NOTE_WEIGHT = -1;
const STORY_PARAGRAPH_WEIGHT = 20;

// A comment marker inside the span ends the article: what follows is the discussion.
const MARKER_WEIGHT = -50;

/**
 * Gives every block a role: rules first, then the span of prose that holds the article, the head above it and the comments below it.
 * @example
 * classify(text, segmentText(text, text.length), context).map((piece) => piece.role);
 * @internal
 */
export function classify(text: string, segments: readonly Segment[], context: ClassifyContext): Piece[] {
  const pieces = splitResidue(text, segments, context.rules, context.censuses);
  const thresholds = thresholdsFor(context.mode, context.language);
  const classes: ProseClass[] = [];
  const weights: number[] = [];
  // What the rules read of each block, kept for the head and tail rules to match it again without reading it again.
  const probes: (BlockProbe | undefined)[] = [];
  for (const piece of pieces) {
    const probe = piece.rule || piece.text.length === 0 ? undefined : probeBlock(context.rules, piece.text);
    probes.push(probe);
    piece.rule ??= probe ? matchBlockRule(context.rules, piece.text, 'anywhere', probe) : null;
    const features = proseFeatures(piece.text, context.language, piece.census ?? undefined);
    const kind = proseClass(features, thresholds);
    classes.push(kind);
    piece.score = round(proseWeight(kind, features, piece.bullet !== null));
    piece.words = features.readerWords;
    weights.push(initialWeight(piece, piece.score, features.words, context.now));
  }

  pairLoneBylines(pieces, weights);
  softenNotesInStory(pieces, weights);
  removeHeadBios(pieces, weights);
  removeAltTexts(pieces, weights);
  removeTweetTexts(pieces, text);
  const figures = figureLines(pieces, weights, text);
  weighRepeatedMeta(pieces, weights);
  const span = articleSpan(weights);
  let first = span?.first ?? pieces.length;
  let last = span?.last ?? -1;
  if (applyZoneRules(pieces, weights, first, last, context.rules, probes)) last = bestEnd(weights, first, last);
  const marker = commentMarker(pieces, first);
  if (marker !== -1 && marker <= last) last = marker - 1;
  if (marker !== -1) markComments(pieces, marker, classes);
  const date = publicationBeside(pieces, nearestMeta(pieces, 'date', first, last));
  // The article's byline stands beside its date; the nearest to the story may be a teaser's, in a list between the head and the story.
  const found = bylineStart(pieces, bylineBesideDate(pieces, date) ?? nearestMeta(pieces, 'byline', first, last));
  const byline = found === -1 && last >= first ? namesInSpan(pieces, first, Math.min(last, first + HEAD_SLACK)) : found;
  const nextStory = nextStoryStart(pieces, Math.max(first, byline, date) + 1, last, classes, date);
  if (nextStory !== -1) last = nextStory - 1;
  const teasers = teaserRunStart(pieces, Math.max(first, byline, date) + 1, last);
  if (teasers !== -1) last = teasers - 1;
  // Where the head has no byline, the story may be signed under its last paragraph.
  const below = byline === -1 ? bylineBelow(pieces, first, last, context.language) : byline;
  // …or, past the teasers, in the box of the story's facts.
  const signed = below === -1 && last >= first ? labelledBylineBelow(pieces, last) : below;
  demoteOtherMeta(pieces, 'byline', ...stackedBylines(pieces, signed, bylineEnd(pieces, signed)));
  // Where the head has no date, the story may be dated under its last paragraph, or beside its byline in the box of its facts.
  demoteOtherMeta(pieces, 'date', date === -1 ? dateBelow(pieces, last, signed) : date);
  // A credit that signs the story (`Reporting by The Associated Press.`) stands under it, not in its head.
  const anchor = headAnchor(first, last, byline !== -1 && isCreditByline(pieces[byline]!.text) ? -1 : byline, date);
  const nameLine = findHead(pieces, anchor, byline, date);
  const headNames = nameLine === -1 && byline === -1 ? namesAboveDate(pieces, date, text) : nameLine;
  // A line of names in the head is the byline, rather than one far from the headline or under the story.
  if (headNames !== -1 && signed !== -1 && pieces[signed]!.role === 'byline') {
    pieces[signed]!.role = 'boilerplate';
    pieces[signed]!.classifier = OTHER_META_CLASSIFIER;
  }
  // Above the byline is the page head, even where its teasers read like prose; but for the standfirst under the headline.
  first = Math.max(first, anchor);
  const standfirst = context.mode === 'precision' ? -1 : standfirstIndex(pieces, classes, first);
  last = endBeforeAuthorBox(pieces, classes, first, last);
  markTeasersUnderHeadings(pieces, first, last);

  const kept: string[] = [];
  const labels = recurringLabels(pieces);
  // The runs kept are those of the story, not of the page: a page of menus and teasers round a short story needs a small set.
  const story = noRuns(wordsBetween(pieces, first, last));
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    const inside = (index >= first && index <= last) || index === standfirst;
    const keep = inside ? !(context.mode === 'precision' && classes[index] === 'bad') : context.mode === 'recall' && classes[index] === 'good';
    const words = keep ? wordHashes(piece.text) : [];
    if (figures.has(index)) {
      piece.role = 'boilerplate';
      piece.classifier = ALT_TEXT_CLASSIFIER;
    } else if (keep && (isRepeat(piece.text, kept) || (labels.has(piece.text) && kept.includes(piece.text)) || isEcho(words, story) || isDoubled(piece.text))) {
      piece.role = 'boilerplate';
      piece.classifier = REPEAT_CLASSIFIER;
    } else if (keep) {
      piece.role = 'body';
      piece.type = blockType(piece, classes[index]!);
      kept.push(piece.text);
      rememberRuns(words, story);
    } else {
      piece.role = 'boilerplate';
      piece.classifier = LOW_CONTENT_CLASSIFIER;
    }
  }
  return pieces;
}

// Under the story, the author's name starts the author's box (`Jay Weaver`, `Jay Weaver writes about federal crime…`), which ends the
// article; inside it, a line that starts with the name credits the author's picture (`Lori Grunin/CNET`). Returns the article's last block.
function endBeforeAuthorBox(pieces: readonly Piece[], classes: readonly ProseClass[], first: number, last: number): number {
  const names = bylineNames(bylineText(pieces));
  if (names.length === 0) return last;
  const box = authorBoxStart(pieces, classes, names, first, last);
  const end = box === -1 ? last : box - 1;
  for (let index = first + 1; index <= end; index++) {
    const piece = pieces[index]!;
    if (piece.role !== null || !startsWithAuthor(piece.text, names)) continue;
    piece.role = 'boilerplate';
    piece.classifier = AUTHOR_BOX_CLASSIFIER;
  }
  if (box !== -1) {
    pieces[box]!.role = 'boilerplate';
    pieces[box]!.classifier = AUTHOR_BOX_CLASSIFIER;
  }
  return end;
}

// A paragraph that comes again within a few paragraphs, word for word, is the page rendering it twice or
// three times (once per screen size); it is kept once. Stories repeat short lines on purpose (`***`,
// `Q:`), and an interview of several people asks each the same question further down. Japanese and Chinese
// captions, written without spaces, are counted in their words too (about two characters each).
const REPEAT_MIN_WORDS = 5;
const REPEAT_REACH = 3;

function isRepeat(text: string, kept: readonly string[]): boolean {
  if (lineWords(text, REPEAT_MIN_WORDS) < REPEAT_MIN_WORDS) return false;
  for (let back = kept.length - 1; back >= Math.max(0, kept.length - REPEAT_REACH); back--) if (kept[back] === text) return true;
  return false;
}

// A line with no sentence end that comes back again and again is a label the page stamps on each item
// (`Apple iPhone 15 Pro Max REVIEW` over every photo of a gallery, `Cheapest Renewal Price Number of Servers
// Max Devices Supported Money-Back Guarantee` heading each product's table): it is kept once, however far
// apart the copies stand. A question an interview asks each guest ends in `?`; a caption that says a story's
// sentence again keeps that sentence.
const LABEL_MIN_WORDS = 4;
const LABEL_MIN_COPIES = 3;
const SENTENCE_END = /[.!?:;…"”»’')]$/u;

// Only the last character is tested: a pattern anchored at the end (`…\s*$`) is tried at every offset of a paragraph.
function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd().slice(-1));
}

function recurringLabels(pieces: readonly Piece[]): Set<string> {
  const copies = new Map<string, number>();
  for (const piece of pieces) {
    if (piece.role !== null || endsLikeSentence(piece.text) || !hasWords(piece.text, LABEL_MIN_WORDS)) continue;
    copies.set(piece.text, (copies.get(piece.text) ?? 0) + 1);
  }
  const labels = new Set<string>();
  for (const [text, count] of copies) if (count >= LABEL_MIN_COPIES) labels.add(text);
  return labels;
}

function initialWeight(piece: Piece, proseWeight: number, words: number, now: Date): number {
  if (piece.rule) {
    piece.role = piece.rule.family === 'credit' ? 'credit' : 'boilerplate';
    piece.creditKind = piece.rule.kind ?? (piece.role === 'credit' ? 'other' : null);
    if (piece.rule.startsComments) return MARKER_WEIGHT;
    if (piece.role === 'credit') return 0;
    return SOFT_FAMILIES.has(piece.rule.family) || SOFT_RULES.has(piece.rule.id) ? -3 - words : BOUNDARY_WEIGHT - words;
  }
  if (piece.text.length === 0) {
    piece.role = 'boilerplate';
    piece.classifier = LOW_CONTENT_CLASSIFIER;
    return -1;
  }
  if (parseSourceLine(piece.text) !== null) {
    piece.role = 'source';
    return 0;
  }
  // Bylines and date lines weigh nothing: they stand between the headline and the story, and
  // above teasers of other stories; which one is the article's is decided once the span is known.
  if (piece.text.length <= META_MAX_LENGTH && isByline(piece.text)) {
    piece.role = 'byline';
    return 0;
  }
  if (piece.text.length <= META_MAX_LENGTH && publishedDate(piece.text, now) !== null) {
    piece.role = 'date';
    return 0;
  }
  return proseWeight;
}

const META_MAX_LENGTH = 200;
// Lists of teasers give each story its own byline or date line (`Bengt Halvorson February 16, 2024`);
// an article has one of each (maybe an `Updated` line over its `Published` one). Where bylines or dates
// recur, each is a boundary between stories; a byline and a date are the article's head, not a list.
const REPEATED_META = 3;

function weighRepeatedMeta(pieces: readonly Piece[], weights: number[]): void {
  const bylines = pieces.filter((piece) => piece.role === 'byline').length;
  const dates = pieces.filter((piece) => piece.role === 'date').length;
  if (Math.max(bylines, dates) < REPEATED_META) return;
  for (let index = 0; index < pieces.length; index++) {
    const role = pieces[index]!.role;
    if (role === 'byline' || role === 'date') weights[index] = BOUNDARY_WEIGHT;
  }
}

// The article's byline and date are the ones nearest the start of its span; others belong to teasers.
function nearestMeta(pieces: readonly Piece[], role: 'byline' | 'date', first: number, last: number): number {
  // A date line deep in the story follows the headline of a teaser set into it; a story may be signed at its end.
  const reach = role === 'date' ? first + HEAD_SLACK : last;
  let best = -1;
  let bestDistance = Infinity;
  for (let index = 0; index < pieces.length; index++) {
    if (pieces[index]!.role !== role) continue;
    const distance = index < first ? first - index : index <= Math.min(last, reach) ? (index - first) * 2 : Infinity;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  }
  return best;
}

// `• 19:00, 23 Dec 2023` over `• Updated07:26, 24 Dec 2023`: the publication's line beside the update's is the article's date.
function publicationBeside(pieces: readonly Piece[], date: number): number {
  if (date === -1 || !hasUpdateLabel(pieces[date]!.text)) return date;
  for (const beside of [date - 1, date + 1]) if (pieces[beside]?.role === 'date' && !hasUpdateLabel(pieces[beside]!.text)) return beside;
  return date;
}

// The byline right above or right under the article's date, or null.
function bylineBesideDate(pieces: readonly Piece[], date: number): number | null {
  if (date === -1) return null;
  if (pieces[date - 1]?.role === 'byline') return date - 1;
  return pieces[date + 1]?.role === 'byline' ? date + 1 : null;
}

// `Tori Otten/` over `December 21, 2023/9:43 p.m. ET`, `dpa` over `25.10.2025 - 15:26 Uhr`: where no byline was found, a line of
// names or of a wire agency right above the article's date is one, maybe over the story's kicker (`Ideas`); so is a run of names
// without separators that the page writes apart elsewhere (`Birgit Baumann Anna Giulia Fink`). Returns its index, or -1.
function namesAboveDate(pieces: readonly Piece[], date: number, text: string): number {
  const index = isBylineLine(pieces[date - 1], text) ? date - 1 : isKicker(pieces[date - 1]) && isBylineLine(pieces[date - 2], text) ? date - 2 : -1;
  if (index !== -1) pieces[index]!.role = 'byline';
  return index;
}

function isBylineLine(piece: Piece | undefined, text: string): boolean {
  return piece?.role === null && (isNameLine(piece.text) || isDesk(piece.text) || splitNameRun(piece.text, text) !== null);
}

// A kicker of a word or two: `Ideas`, `Science news`.
const KICKER = /^\p{Lu}\p{L}*(?: \p{L}+)?$/u;

function isKicker(piece: Piece | undefined): boolean {
  return piece?.role === null && KICKER.test(piece.text);
}

function demoteOtherMeta(pieces: readonly Piece[], role: 'byline' | 'date', keep: number, keepTo = keep): void {
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (piece.role !== role || (index >= keep && index <= keepTo)) continue;
    piece.role = 'boilerplate';
    piece.classifier = OTHER_META_CLASSIFIER;
  }
}

// Rules that hold only before or only after the article (`12 Comments` is a counter above it, a marker below it).
// Returns whether one matched in the span, where its weight may end the article sooner.
function applyZoneRules(pieces: readonly Piece[], weights: number[], first: number, last: number, rules: CompiledRules, probes: readonly (BlockProbe | undefined)[]): boolean {
  let inSpan = false;
  const middle = spanMiddle(pieces, first, last);
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    const inside = index >= first && index <= last;
    const zone: Zone = index < first ? 'head' : 'tail';
    // Inside the span only the tail rules count, in its second half: there `Comments` heads the discussion and
    // `Jane Doe is a staff writer at …` closes the story; in the first half they are a share button and a source.
    if (inside && index < middle) continue;
    const rule = matchBlockRule(rules, piece.text, zone, probes[index]);
    if (!rule) continue;
    piece.rule = rule;
    weights[index] = initialWeight(piece, 0, 0, new Date(0));
    if (inside && !rule.startsComments) inSpan = true;
  }
  return inSpan;
}

function wordsBetween(pieces: readonly Piece[], first: number, last: number): number {
  let words = 0;
  for (let index = first; index <= last; index++) words += pieces[index]!.words;
  return words;
}

// The piece that halves the words of the span: a head of short lines (a caption, the byline, the date, empty lines)
// counts for little against the story's paragraphs.
function spanMiddle(pieces: readonly Piece[], first: number, last: number): number {
  const total = wordsBetween(pieces, first, last);
  let half = 0;
  for (let index = first; index <= last; index++) {
    half += pieces[index]!.words;
    if (half * 2 >= total) return index;
  }
  return first + (last - first) / 2;
}

// The headline stands above the byline and the date when the span of prose starts before them. With
// the byline above the span, a date a few paragraphs in belongs to a teaser, and the span stays whole.
function headAnchor(first: number, last: number, byline: number, date: number): number {
  if (byline !== -1 && byline < first) return first;
  let anchor = first;
  for (const meta of [byline, date]) if (meta > first && meta <= last && meta < anchor + HEAD_SLACK) anchor = Math.max(first, meta);
  return Math.min(anchor, first + HEAD_SLACK);
}

const HEAD_SLACK = 12;

function commentMarker(pieces: readonly Piece[], first: number): number {
  for (let index = first + 1; index < pieces.length; index++) {
    if (pieces[index]!.rule?.startsComments) return index;
  }
  return -1;
}

// After a comment marker, prose is what readers wrote; names, dates and `Reply` buttons are residue.
function markComments(pieces: readonly Piece[], marker: number, classes: readonly ProseClass[]): void {
  for (let index = marker + 1; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    if (classes[index] === 'good' || classes[index] === 'near' || /[.!?]$/u.test(piece.text)) {
      piece.role = 'comment';
    } else {
      piece.role = 'boilerplate';
      piece.classifier = COMMENT_SECTION_CLASSIFIER;
    }
  }
}

const HEADING_MAX_WORDS = 14;

function blockType(piece: Piece, kind: ProseClass): Piece['type'] {
  if (piece.bullet !== null) return 'list-item';
  if (piece.text.startsWith('>')) return 'quote';
  const isHeading = kind === 'short' || kind === 'bad';
  return isHeading && !hasWords(piece.text, HEADING_MAX_WORDS + 1) && !/[.!?:;,"”]$/u.test(piece.text) ? 'heading' : 'paragraph';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// An editor's note right under a paragraph of the story weighs as an interruption, not as a boundary (see `NOTE_WEIGHT`).
function softenNotesInStory(pieces: readonly Piece[], weights: number[]): void {
  for (let index = 1; index < pieces.length; index++) {
    const rule = pieces[index]!.rule;
    if (rule && NOTE_RULES.has(rule.id) && weights[index - 1]! >= STORY_PARAGRAPH_WEIGHT) weights[index] = NOTE_WEIGHT;
  }
}

// `By` on a line of its own above `Aaron Scott`: a byline split over two lines is a byline before the
// span is sought, so that the headline is looked for above it. The names may run on over more lines,
// each after a line of its own comma (`Aaron Scott`, `,`, `Berly McCoy`).
function pairLoneBylines(pieces: readonly Piece[], weights: number[]): void {
  for (let index = 0; index < pieces.length - 1; index++) {
    if (!isLoneBy(pieces, index)) continue;
    const end = namesRunOn(pieces, index + 1);
    for (let line = index; line <= end; line++) {
      // The caption of an author's photo among the names (`Rebecca Ramirez, photographed for NPR, …`) stays a credit.
      if (pieces[line]!.role !== 'credit') pieces[line]!.role = 'byline';
      pieces[line]!.pairedBy = line < end;
      weights[line] = 0;
    }
    index = end;
  }
}

// The writer's bio under the byline reads like the story's first paragraph; it bounds the head, as an author box does.
function removeHeadBios(pieces: readonly Piece[], weights: number[]): void {
  for (const index of headBios(pieces)) {
    const piece = pieces[index]!;
    piece.role = 'boilerplate';
    piece.classifier = AUTHOR_BIO_CLASSIFIER;
    weights[index] = BOUNDARY_WEIGHT - piece.words;
  }
}

// An image's alt text said again by its caption reads like a sentence of the story; both are residue that stands inside
// stories, and weigh as a short line does: not for the span, and not against it more than the line did.
const ALT_TEXT_WEIGHT = -2;

function removeAltTexts(pieces: readonly Piece[], weights: number[]): void {
  for (let index = 0; index < pieces.length; index++) {
    if (pieces[index]!.role !== null) continue;
    const caption = captionUnder(pieces, index);
    if (caption === -1) continue;
    for (const residue of [index, caption]) {
      const piece = pieces[residue]!;
      if (piece.role !== null) continue;
      piece.role = 'boilerplate';
      piece.classifier = ALT_TEXT_CLASSIFIER;
      weights[residue] = Math.min(weights[residue]!, ALT_TEXT_WEIGHT);
    }
  }
}

// A tweet's text stands inside the story as its signature does; it keeps its weight, so that the span bridges the post as it did.
function removeTweetTexts(pieces: readonly Piece[], text: string): void {
  for (let index = 0; index < pieces.length; index++) {
    const post = tweetTextAbove(pieces, index, text);
    if (post === -1) continue;
    pieces[post]!.role = 'boilerplate';
    pieces[post]!.classifier = TWEET_TEXT_CLASSIFIER;
  }
}

// The alt text and the caption that a figure sets right over its credit weigh as other alt texts do; they leave the body once the
// head is found, since a page may give its headline again as the alt text of its top image.
function figureLines(pieces: readonly Piece[], weights: number[], text: string): Set<number> {
  const lines = new Set<number>();
  for (let index = 0; index < pieces.length; index++) {
    for (const line of figureOverCredit(pieces, index, text)) {
      lines.add(line);
      weights[line] = Math.min(weights[line]!, ALT_TEXT_WEIGHT);
    }
  }
  return lines;
}
