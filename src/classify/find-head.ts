import { isByline, isNameLine } from '../byline';
import { findDate } from '../dates';
import { leadOf, overlap, type Lead } from './lead-words';
import { lineWords } from './line-words';
import { isDoubled } from './doubled';
import { NAME_SLACK, nameByline } from './name-byline';
import type { Piece } from './piece';

// Page headers put the headline, kicker, byline and date within a screenful above the story.
const HEAD_WINDOW = 32;
const TITLE_SEPARATOR = /[|:–—-]/u;
// How far above the story a repeat of the headline (the page title, a breadcrumb) is looked for.
const REPEAT_WINDOW = 400;
// Lines of four words or fewer, and bulleted links of a few more, stay under it (see headlineShape).
const MIN_REPEATED_SHAPE = 1;
const MAX_TITLE_LENGTH = 250;
const MAX_TITLE_WORDS = 30;
// Headlines that end in a full stop are short; a longer sentence is a standfirst or a caption.
const MAX_SENTENCE_TITLE_WORDS = 14;
// `Image caption,` on the line above a caption.
const CAPTION_LABEL = /^(?:image |photo |bild)?(?:caption|unterschrift|légende)[,:]?$/iu;
// `Audio 03:07 Min. | 25.04.24 | Roman Warschauer`, `Video 24.04.2024 • 22:55 Uhr`: the label of a player, over the player's title;
// neither is the headline.
const PLAYER_LABEL = /^(?:audio|video|vídeo|vidéo|podcast)\b.{0,24}?\d{1,2}:\d{2}/iu;
const FAR_FUTURE = new Date(Date.UTC(9999, 0, 1));
const TRUNCATED = /[\p{L}\p{N}](?:\.{3}|…)$/u;
const RUN_ON = /(?:[:,|•·›»]| [–—-])$/u;
// A closing `»` ends a quotation opened by `«` (`Eskalation im Nahen Osten «Die Zurückhaltung hat viel mit den USA zu tun»`),
// not a run of links.
const CLOSED_GUILLEMETS = /«[^«»]*»$/u;
// A video's or a podcast's title ends with its running time: `Can Red Bull do a pit stop in complete darkness? (6:37)`,
// `AUDIO: Meteoriten-Einschlag in Elmshorn (1 Min)`.
const RUNNING_TIME = /\((?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3} ?(?:min|mins|minutes|minuten|minutos|minuti)\.?)\)$/iu;
const RUNNING_TIME_LENGTH = '(123 minutos.)'.length;
const SHORT_LINE_WORDS = 4;
// Capitals and no small letters; scripts without capitals (`緊迫する中東情勢`) have none of either.
const ALL_CAPITALS = /^[^\p{L}]*\p{Lu}[^\p{Ll}\p{Lo}]*$/u;
// A line that ends in a full stop reads as a sentence, unless the stop ends an initialism (`in L.A.`, `the U.S.`);
// Hindi ends its sentences with a danda (`।`), Japanese and Chinese with `。`.
const SENTENCE_END = /(?:[^.]\.|[।。])["”’']?$/u;
const INITIALISM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,5}["”’']?$/u;
// Captions end with their credit (`… in 1999. Larry Goren / Four Seam Images via AP`, `Skaters on
// the ice.John Tlumacki/Globe Staff`) or carry a credit label (`Credit...Doug Mills`, `… | Foto: Zvg.`); a Japanese
// caption tells where and when after a `＝` (`イスラエルの国旗＝同国で2019年5月`), where a name joins its parts without digits.
// A caption of a group photo tells the order of the people in it: `Vorstandsmitglieder (von li nach re): Pia Ianniello, …`, `(L-R)`, `v.l.n.r.`.
// `(?<!\w)` where `\b` would do the same before a letter: under the `iu` flags V8 tries `\b` at every offset, many times slower.
const CAPTION = /\/ ?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}(?: via \p{Lu}+)?(?: file)?$|(?<!\w)credits?(?:\.{3}|…| ?:)|(?<!\w)courtesy of\b|(?<!\w)getty images\b|\((?:ap|afp|reuters|getty|epa|dpa)\b|\[[^[\]/]{1,60}\/[^[\]]{1,40}\]$|[|·•] ?(?:photo|foto|bild|image|picture)s? ?:|＝[^＝ ]{0,24}[\d０-９]|\((?:von li(?:nks)? nach re(?:chts)?|from left|l-r|left to right)\)|(?<!\w)v\. ?l\. ?n\. ?r\./iu;

const OPENING_HEADLINE_WORDS = 20;
const OPENING_HEADLINE_MARGIN = 0.5;
// Title case capitalises all but the short function words: three words in four, or more.
const TITLE_CASE_SHARE = 0.75;
// A headline names what the story's first paragraphs tell; teasers and interface lines do not.
const LEAD_OVERLAP_WEIGHT = 5;
// Each undecided line between a candidate and the story costs it a little: the headline stands near
// the story, but a player, a newsletter box or a row of teasers may stand between them.
const DISTANCE_COST = 0.15;
// What a line gains for standing right above the story, its byline or its date.
const META_BONUS = 1.5;
// A standfirst half as long again as the line above it is one, whatever stands above that line.
const STANDFIRST_LENGTH_RATIO = 1.5;

/**
 * Gives the roles `title` and `section` to the undecided pieces above `first`, the start of the article (its span of prose, or its byline),
 * and the role `byline` to a line of names under the headline when `byline`, the byline found so far, is not there;
 * `date`, the story's date (or -1), tells where the headline stands when no byline stands above the story.
 * @returns The index of the byline given, or -1.
 * @example
 * findHead(pieces, span.first, -1); // marks the headline above the first paragraph as the title
 * @internal
 */
export function findHead(pieces: readonly Piece[], first: number, byline: number, date = -1): number {
  // A byline above the span of prose stands under the headline: a player, a price box or teasers may
  // stand between it and the story, and the headline is looked for above it first.
  const bylineAbove = byline !== -1 && byline < first;
  const storyOpens = opensStory(pieces, first);
  const lead = lazyLead(pieces, first);
  let above = bylineAbove ? bestTitle(pieces, byline, lead) : NO_TITLE;
  const dated = bylineAbove ? headlineOverDate(pieces, byline, first, lead) : NO_TITLE;
  if (dated.score > above.score) above = dated;
  if (above.index === -1 && !storyOpens) above = bestTitle(pieces, first, lead);
  if (!bylineAbove && date !== -1 && date < first) above = overDateOrBelow(pieces, date, above, lead);
  // A span that opens with a line shaped like a headline opens with its headline, unless a line
  // above reads at least half as much like one (`Got A Tip?` above a headline of fifteen words does not).
  const opens = opensWithHeadline(pieces, first) && above.score < headlineShape(pieces[first]!) * OPENING_HEADLINE_MARGIN;
  const crumb = opens ? -1 : crumbHeadline(pieces, first, above.index);
  const title = opens ? first : crumb !== -1 ? crumb : above.index;
  if (title === -1) return -1;
  pieces[title]!.role = 'title';
  const section = sectionAbove(pieces, title);
  if (section !== -1) pieces[section]!.role = 'section';
  const hasByline = byline !== -1 && byline > title - NAME_SLACK && byline <= Math.max(title, first) + NAME_SLACK;
  return hasByline ? -1 : nameByline(pieces, title, Math.max(title, first) + NAME_SLACK);
}

// The span of prose may open with the headline itself when its byline, its date or its standfirst follows.
function opensStory(pieces: readonly Piece[], first: number): boolean {
  if (!opensWithHeadline(pieces, first)) return false;
  const next = nextUndecided(pieces, first, pieces.length);
  return isMeta(pieces, first, next) || isNameLine(pieces[next]?.text ?? '') || isStandfirst(pieces, first, next, pieces.length);
}

function opensWithHeadline(pieces: readonly Piece[], first: number): boolean {
  const piece = pieces[first];
  if (!piece || piece.role !== null || /[.:;,]["”’»]?$/u.test(piece.text) || headlineShape(piece) === 0) return false;
  // A paragraph that happens to end without a full stop is longer than a headline.
  return lineWords(piece.text, OPENING_HEADLINE_WORDS) <= OPENING_HEADLINE_WORDS;
}

const NO_TITLE = { index: -1, score: 0 };

// The story's lead, read when a line above is first weighed against it: where no line above has a
// headline's shape, the lead, the longest text findHead would read, is not read.
type LazyLead = () => Lead;

function lazyLead(pieces: readonly Piece[], first: number): LazyLead {
  let lead: Lead | undefined;
  return () => (lead ??= leadOf(pieces, first));
}

// A line right above the date that opens the story is its headline when it reads more like one than the best
// line above the byline: that byline, far above the story, may be a teaser's or a donation box's.
function headlineOverDate(pieces: readonly Piece[], byline: number, first: number, lead: LazyLead): { index: number; score: number } {
  const index = first - 2;
  if (index <= byline || pieces[first - 1]!.role !== 'date' || pieces[index]!.role !== null) return NO_TITLE;
  return { index, score: titleScore(pieces, index, byline + 1, first, lead) };
}

// Where the story has no byline above it, a line right above its date (or above the standfirst over it) is the headline,
// unless a line between the date and the story reads clearly more like one: a teaser's or a player's title stands there too,
// but so does the headline of a page that puts the date first.
function overDateOrBelow(pieces: readonly Piece[], date: number, below: { index: number; score: number }, lead: LazyLead): { index: number; score: number } {
  const over = bestTitle(pieces, date, lead);
  if (over.index === -1 || over.score + META_BONUS <= below.score) return below;
  const next = pastNameLine(pieces, nextUndecided(pieces, over.index, date), date);
  return next === date || isStandfirst(pieces, over.index, next, date) ? over : below;
}

// The line above `first`, within the head window, that reads most like its headline (index -1 when none does), and its score.
function bestTitle(pieces: readonly Piece[], first: number, lead: LazyLead): { index: number; score: number } {
  const from = headWindowStart(pieces, first);
  let best = -1;
  let bestScore = 0;
  let between = 0;
  for (let index = first - 1; index >= from; index--) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    const score = titleScore(pieces, index, from, first, lead) - between * DISTANCE_COST;
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
    between++;
  }
  return { index: best, score: bestScore };
}

// Where the head window opens: HEAD_WINDOW pieces above `first`, not counting the lines already removed (the slides and
// credits of a gallery between the headline and the byline), and never further up than REPEAT_WINDOW.
function headWindowStart(pieces: readonly Piece[], first: number): number {
  const limit = Math.max(0, first - REPEAT_WINDOW);
  let counted = 0;
  let index = first;
  while (index > limit && counted < HEAD_WINDOW) {
    index--;
    const role = pieces[index]!.role;
    if (role !== 'boilerplate' && role !== 'credit') counted++;
  }
  return index;
}

function titleScore(pieces: readonly Piece[], index: number, from: number, first: number, lead: LazyLead): number {
  const shape = headlineShape(pieces[index]!);
  if (shape === 0 || (index > 0 && (CAPTION_LABEL.test(pieces[index - 1]!.text) || PLAYER_LABEL.test(pieces[index - 1]!.text)))) return 0;
  if (isLeadVideoTitle(pieces, index, from, first)) return 0;
  let score = shape;
  // The headline is often repeated in the page title (`Headline | Site`, `Opinion|Headline`) or a breadcrumb.
  // So is the site's name in a header drawn twice (`MIT Technology Review`); the copyright line tells it.
  // A line that barely reads as a headline (the name of a column, a breadcrumb's last link) gains nothing: menus repeat too.
  if (shape >= MIN_REPEATED_SHAPE && repeatedAbove(pieces, index, first)) {
    if (namesPublisher(pieces, pieces[index]!.text)) return 0;
    score += 3;
  }
  const next = nextUndecided(pieces, index, first);
  if (next === first || isMeta(pieces, index, next)) score += META_BONUS;
  // …or by a standfirst, a longer line under it, and then the byline, the date or the story.
  else if (isStandfirst(pieces, index, next, first)) score += 2;
  // A standfirst is not the headline above it, though it tells what the story tells.
  const above = previousUndecided(pieces, index, from);
  if (above !== -1 && isStandfirst(pieces, above, index, first)) return score - 2;
  return score + LEAD_OVERLAP_WEIGHT * overlap(pieces[index]!.text, lead());
}

// A breadcrumb ends in the story's headline (`Home » Gesellschaft » „Unermüdlicher Einsatz“`): the nearest line above the story that
// a breadcrumb ends in, however short, is the headline, rather than the line that reads most like one further up, at `best`
// (the site's name in the header). Index -1 when there is none.
const CRUMB_SEPARATOR = /[»›>/|]$/u;
const MIN_CRUMB_HEADLINE_WORDS = 2;

function crumbHeadline(pieces: readonly Piece[], first: number, best: number): number {
  for (let index = first - 1, seen = 0; index > best && seen < HEAD_WINDOW; index--) {
    const piece = pieces[index]!;
    if (piece.role !== null) continue;
    seen++;
    if (lineWords(piece.text, MIN_CRUMB_HEADLINE_WORDS) >= MIN_CRUMB_HEADLINE_WORDS && endsCrumb(pieces, index, Math.max(best + 1, first - REPEAT_WINDOW))) return index;
  }
  return -1;
}

// Breadcrumbs are looked for from `from` on, below the line that reads most like a headline: one above it ends in a section
// (`Home / US Politics` over the headline, then `US Politics` as the kicker under it).
function endsCrumb(pieces: readonly Piece[], index: number, from: number): boolean {
  const text = pieces[index]!.text;
  for (let other = from; other < index; other++) {
    const crumb = pieces[other]!.text;
    if (crumb.length > text.length && crumb.endsWith(text) && CRUMB_SEPARATOR.test(crumb.slice(0, -text.length).trimEnd())) return true;
  }
  return false;
}

// Whether a copyright line of the page (`© 2023 MIT Technology Review`) holds the text.
function namesPublisher(pieces: readonly Piece[], text: string): boolean {
  const name = text.toLowerCase();
  return pieces.some((piece) => piece.rule?.family === 'copyright' && piece.text.toLowerCase().includes(name));
}

/**
 * How much a line looks like a headline on its own, 0 when it cannot be one.
 * @example
 * headlineShape(piece); // 4.3 for `Town votes on new bridge over the river`
 * @internal
 */
export function headlineShape(piece: Piece): number {
  const { text, bullet } = piece;
  // A label ends in a colon, a link of a row of links in its separator (`Do Not Sell My Personal Info |`), a
  // line run on from the next in a comma (`By Ross Wilkers,`) or a dash (the kicker `Umbau des Weissen Hauses –`).
  if (text.length < 8 || text.length > MAX_TITLE_LENGTH || (RUN_ON.test(endOf(text)) && !CLOSED_GUILLEMETS.test(text))) return 0;
  // A line cut short by an ellipsis is the link of a teaser (`The most promising Google Pixel product...`); one that ends with a running time, a video's.
  if (TRUNCATED.test(endOf(text)) || (text.endsWith(')') && RUNNING_TIME.test(text.slice(-RUNNING_TIME_LENGTH)))) return 0;
  // An image's alt text beside its caption says its words twice (`Andrew Robertson vom FC Liverpool Andrew Robertson vom FC Liverpool`).
  if (isDoubled(text)) return 0;
  const words = lineWords(text, MAX_TITLE_WORDS);
  if (words < 3 || words > MAX_TITLE_WORDS) return 0;
  // A few headlines end in a full stop (`Government technology is famously bad. It doesn’t have to be.`); most such lines are standfirsts.
  // Told before the costlier tests below: the first paragraphs of a story are asked too.
  const sentence = (SENTENCE_END.test(endOf(text)) && !INITIALISM_END.test(text)) || hasSentencesWithin(text);
  if (sentence && words > MAX_SENTENCE_TITLE_WORDS) return 0;
  // Bylines, datelines and credits of other stories stand in the head too: `By Tomas Franzese December 22, 2023`.
  if (isByline(text) || opensWithDate(text) || /^[([]/u.test(text) || CAPTION.test(text) || PLAYER_LABEL.test(text) || isGluedLinks(text)) return 0;
  // Headlines run to a dozen words; the interface lines around them (`Show more sharing options`,
  // `Read Full Bio`, `Why You Can Trust CNET`) are shorter.
  let score = 1 + Math.min(words, 12) * 0.3;
  if (words <= SHORT_LINE_WORDS) {
    // A short line in capitals only is a button or a label (`SEND THE GOODS!`, `ABOUT THE SHOW`).
    if (ALL_CAPITALS.test(text)) return 0;
    score -= 1.5;
  }
  // A headline opens with a capital, a digit or an opening mark: `"`, `“`, German `„` and `‚`, French `«`, Danish `»`.
  if (!/^[\p{Lu}\p{N}"“‘'¿¡„‚«»‹›]/u.test(text)) score -= 1.5;
  if (bullet !== null) score -= 2;
  if (sentence) score -= 2.5;
  return Math.max(score, 0);
}

// A line of three sentences (`A soft landing appears to be here. And maybe some rate cuts are on the way. What’s
// not to love?`) is a standfirst, whatever mark ends it; a headline closes one inside at most (`Government technology is
// famously bad. It…`), and a page title runs on into the site's name (`… Arms Race. Strategic Culture Foundation. On-line journal`).
// A stop after a digit (`vom 26. August bis 1. September`) or a capital (`D.B. Cooper`) closes none.
const SENTENCES_WITHIN = 2;
const CLOSED = /[.?!]["”’']?$/u;

function hasSentencesWithin(text: string): boolean {
  if (!CLOSED.test(endOf(text))) return false;
  let stops = 0;
  for (let at = text.indexOf('. '); at > 0 && stops < SENTENCES_WITHIN; at = text.indexOf('. ', at + 2)) {
    if (letterKind(text.codePointAt(at - 1)!) === SMALL_LETTER && letterKind(text.codePointAt(at + 2) ?? 0) === CAPITAL_LETTER) stops++;
  }
  return stops >= SENTENCES_WITHIN;
}

// The last code units of a line, enough for the patterns anchored at its end (RUN_ON, TRUNCATED, SENTENCE_END): V8 tries
// such a pattern at every offset of the line, and a headline is asked about the first lines of the story too.
const END_LENGTH = 5;

function endOf(text: string): string {
  return text.length <= END_LENGTH ? text : text.slice(-END_LENGTH);
}

// A date in the first half of a line makes a dateline or a byline (`2025年1月14日 01時28分 (1月14日 01時40分更新)`,
// `Bengt Halvorson February 16, 2024`); a headline may end in the date of its issue (`The Community Spotlight 2023.12.10`).
function opensWithDate(text: string): boolean {
  const found = findDate(text, FAR_FUTURE);
  return found !== null && found.start < text.length / 2;
}

// Links of a menu or a row of teasers glued into one line: `Just PassedChina's Scary New CarrierThe Best Gifts`.
// Names glue a word or two (`BuzzFeed`, `WhistlePig`); three joints are a run of links.
const GLUED_LINKS = 3;
const JOINT_SMALL_LETTERS = 3;

// A joint is a capital after three small letters (the matches of `/\p{Ll}{3}\p{Lu}/gu`), read by character code:
// the pattern's property classes, tried at every offset, made this the costliest test of a headline's shape.
function isGluedLinks(text: string): boolean {
  let joints = 0;
  let small = 0;
  for (let index = 0; index < text.length && joints < GLUED_LINKS; ) {
    const code = text.codePointAt(index)!;
    const kind = letterKind(code);
    if (kind === SMALL_LETTER) {
      small++;
    } else {
      if (kind === CAPITAL_LETTER && small >= JOINT_SMALL_LETTERS) joints++;
      small = 0;
    }
    index += code > 0xffff ? 2 : 1;
  }
  return joints >= GLUED_LINKS;
}

// A standfirst: a line in sentence case under a headline longer than a kicker, followed by the byline, the date or the story.
function isStandfirst(pieces: readonly Piece[], headline: number, index: number, first: number): boolean {
  if (index >= first || headlineShape(pieces[headline]!) === 0) return false;
  // The headline has a headline's shape, hence at most MAX_TITLE_WORDS words: the standfirst's need not be counted beyond.
  const words = lineWords(pieces[index]!.text, MAX_TITLE_WORDS);
  const headlineWords = lineWords(pieces[headline]!.text, MAX_TITLE_WORDS);
  if (isKickerLike(pieces[headline]!) || words < 6 || isTitleCase(pieces[index]!.text)) return false;
  const direct = pastNamesOfByline(pieces, pastLeadVideo(pieces, index, first), first);
  const next = pastShortLabel(pieces, direct, first);
  // …then the byline, the date or the story; a byline may be a line of names (`Naandika Tripathi`) over its `By` line.
  if (next !== first && !isMeta(pieces, index, next)) return false;
  // A standfirst is half as long again as its headline; or longer, or set in sentence case under a headline in title case,
  // where that headline does not end a run of teasers; or the second of a lone pair of lines right above the byline or the date.
  if (words > headlineWords * STANDFIRST_LENGTH_RATIO) return true;
  const unlikeHeadline = words > headlineWords || isTitleCase(pieces[headline]!.text);
  return (unlikeHeadline && !endsTeaserRun(pieces, headline)) || isLonePair(pieces, headline, index, direct);
}

// Two lines side by side right above the byline, with no line of a headline's shape above them but a kicker
// (`Weather and climate`): in a run of such lines (teasers, the points that sum up a story) the last two are not a headline
// and its standfirst, nor is a breadcrumb that ends in the headline (`News / India News / <headline>`).
function isLonePair(pieces: readonly Piece[], headline: number, index: number, next: number): boolean {
  if (index !== headline + 1 || !isMeta(pieces, index, next) || pieces[headline]!.text.includes(pieces[index]!.text)) return false;
  const above = pieces[previousUndecided(pieces, headline, 0)];
  return above === undefined || headlineShape(above) === 0 || isKickerLike(above);
}

// Whether the two lines right above are of a headline's shape too, and longer than kickers: in a row of teasers each
// line is a headline, and the next one down (`Roky v důchodu tráví Češi po doktorech…`) is not the standfirst of the
// one above. A headline with one line over it (the page title, a point that sums up the story) is not such a row.
const TEASER_RUN = 2;

function endsTeaserRun(pieces: readonly Piece[], headline: number): boolean {
  let index = headline;
  for (let count = 0; count < TEASER_RUN; count++) {
    index = previousUndecided(pieces, index, 0);
    const above = pieces[index];
    if (above === undefined || headlineShape(above) === 0 || isKickerLike(above)) return false;
  }
  return true;
}

// A lead video may stand between the standfirst and the byline: the lines of its player that the rules removed (`Video`,
// `Video Loading`, `Video Unavailable`), then the player's own lines and the video's title, up to the byline or the date.
// Only a player's lines tell it: a picture's placeholder (`[svg]`) stands over the writer's portrait or a teaser's headline as well.
const PLAYER_RULES = new Set(['media.player', 'media.player-notice']);
const LEAD_VIDEO_REACH = 6;

// The first undecided piece after the standfirst at `index`, or the byline, the date or the story past a lead video.
function pastLeadVideo(pieces: readonly Piece[], index: number, first: number): number {
  const next = nextUndecided(pieces, index, first);
  const player = playerBetween(pieces, index, next);
  if (player === -1) return next;
  for (let after = player + 1; after <= Math.min(first, player + LEAD_VIDEO_REACH); after++) {
    if (after === first || isMeta(pieces, player, after)) return after;
    // A line of names under the player is a teaser's byline, or the story's, not yet told as one.
    if (pieces[after]!.role === null && isNameLine(pieces[after]!.text)) return next;
  }
  return next;
}

// The index of a line of a player that the rules removed after `index` and before `next`, or -1.
function playerBetween(pieces: readonly Piece[], index: number, next: number): number {
  for (let between = index + 1; between < next; between++) if (isPlayerLine(pieces[between]!)) return between;
  return -1;
}

function isPlayerLine(piece: Piece): boolean {
  return piece.rule !== null && PLAYER_RULES.has(piece.rule.id);
}

// Whether the line is the title of a lead video between a headline's standfirst and the byline: a line of a player
// stands a few lines above it, with the standfirst right above that, under its headline.
function isLeadVideoTitle(pieces: readonly Piece[], index: number, from: number, first: number): boolean {
  for (let above = index - 1; above >= from && above >= index - LEAD_VIDEO_REACH; above--) {
    if (!isPlayerLine(pieces[above]!)) continue;
    const standfirst = previousUndecided(pieces, above, from);
    const headline = standfirst === -1 ? -1 : previousUndecided(pieces, standfirst, from);
    return headline !== -1 && isStandfirst(pieces, headline, standfirst, first);
  }
  return false;
}

// A line of names right above a byline that repeats them (`Will Backus` over `By Will Backus`, the caption of the
// author's picture) is part of that byline.
function pastNamesOfByline(pieces: readonly Piece[], next: number, first: number): number {
  const piece = pieces[next];
  if (next >= first || piece?.role !== null || !isNameLine(piece.text)) return next;
  const after = nextUndecided(pieces, next, first);
  return pieces[after]?.role === 'byline' && pieces[after]!.text.includes(piece.text) ? after : next;
}

// A line of names between the headline and the date is the byline, not yet told as one (`Noah Sheidlower` over `2023-12-22T15:23:34Z`).
function pastNameLine(pieces: readonly Piece[], next: number, date: number): number {
  const piece = pieces[next];
  if (next >= date || piece?.role !== null || !isNameLine(piece.text)) return next;
  return nextUndecided(pieces, next, date);
}

// A short label may stand between a standfirst and the byline or the story (`In Partnership With`, a row of
// tags); a line of names there is not one, but the byline of a teaser under a second headline.
function pastShortLabel(pieces: readonly Piece[], next: number, first: number): number {
  const piece = pieces[next];
  if (next >= first || piece?.role !== null || lineWords(piece.text, SECTION_MAX_WORDS) > SECTION_MAX_WORDS || isNameLine(piece.text)) return next;
  return nextUndecided(pieces, next, first);
}

function repeatedAbove(pieces: readonly Piece[], index: number, first: number): boolean {
  const text = pieces[index]!.text;
  for (let other = Math.max(0, first - REPEAT_WINDOW); other < first; other++) {
    // A copy right beside it is an interface line doubled by the dump (`Find anything you save…`).
    if (Math.abs(other - index) <= 2) continue;
    const candidate = pieces[other]!.text;
    if (candidate.length >= text.length && candidate.length <= text.length + 80 && isTitleOf(candidate, text)) return true;
  }
  return false;
}

// `Headline | Site`, `Opinion|Headline`, `Headline - Site`: the headline whole, set apart from the rest by a separator,
// not words of a longer headline (`Sims 4 career cheats` in `The Sims 4 career cheats to get ahead`).
function isTitleOf(candidate: string, text: string): boolean {
  const at = candidate.indexOf(text);
  if (at === -1) return false;
  const before = candidate.slice(0, at).trimEnd();
  const after = candidate.slice(at + text.length).trimStart();
  return (before === '' || TITLE_SEPARATOR.test(before.slice(-1))) && (after === '' || TITLE_SEPARATOR.test(after[0]!));
}

// The first piece after `index` still undecided, or `first`; bylines and dates count as undecided here.
function nextUndecided(pieces: readonly Piece[], index: number, first: number): number {
  for (let next = index + 1; next < first; next++) {
    const role = pieces[next]!.role;
    if (role === null || role === 'byline' || role === 'date') return next;
  }
  return first;
}

function previousUndecided(pieces: readonly Piece[], index: number, from: number): number {
  for (let previous = index - 1; previous >= from; previous--) if (pieces[previous]!.role === null) return previous;
  return -1;
}

// Whether the byline or the date follows `index` at `next`, with nothing undecided between.
function isMeta(pieces: readonly Piece[], index: number, next: number): boolean {
  const role = pieces[next]?.role;
  return next > index && (role === 'byline' || role === 'date');
}

const SECTION_MAX_WORDS = 4;

// The kicker stands just above the headline, maybe with share buttons between (`Featured`).
function sectionAbove(pieces: readonly Piece[], title: number): number {
  for (let index = title - 1; index >= Math.max(0, title - 4); index--) {
    const piece = pieces[index]!;
    if (piece.role === 'boilerplate' || piece.role === 'credit') continue;
    if (piece.role !== null) return -1;
    // Links of a menu glued into one line (`NewsPoliticsFootballCelebsTVChoiceRoyals`) are no kicker.
    return isKickerLike(piece) && piece.text.length <= 40 && piece.bullet === null && !isGluedLinks(piece.text) ? index : -1;
  }
  return -1;
}

// A kicker labels the story in a few words (`NASCAR Cup Series`); a short line that asks or exclaims (`Downtown Madison rebound?`) is a headline.
function isKickerLike(piece: Piece): boolean {
  return lineWords(piece.text, SECTION_MAX_WORDS) <= SECTION_MAX_WORDS && !/[.!?,;]$/u.test(piece.text);
}


// `Researchers Sequence Genome of Giant Symbiotic Bacterium`: a headline's capitals, which a standfirst, a sentence, lacks.
// Words are those between spaces, read in place by their first character: a standfirst may be a long paragraph.
function isTitleCase(text: string): boolean {
  let words = 0;
  let capitalized = 0;
  for (let start = 0; start !== -1; ) {
    const kind = start < text.length ? letterKind(text.codePointAt(start)!) : NOT_A_LETTER;
    if (kind !== NOT_A_LETTER) words++;
    if (kind === CAPITAL_LETTER) capitalized++;
    const space = text.indexOf(' ', start);
    start = space === -1 ? -1 : space + 1;
  }
  return capitalized >= words * TITLE_CASE_SHARE;
}

const NOT_A_LETTER = 0;
const SMALL_LETTER = 1;
const CAPITAL_LETTER = 2;
const OTHER_LETTER = 3;
// Not written inside the function: esbuild for a Node 20 target (as under tsx) turns a pattern with Unicode properties into a `new RegExp` call.
const CAPITAL = /^\p{Lu}/u;
const SMALL = /^\p{Ll}/u;
const LETTER = /^\p{L}/u;

// Whether a code point is a capital (`\p{Lu}`), a small letter (`\p{Ll}`), another letter (`\p{L}`), or none.
function letterKind(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? CAPITAL_LETTER : code >= 0x61 && code <= 0x7a ? SMALL_LETTER : NOT_A_LETTER;
  const character = String.fromCodePoint(code);
  if (CAPITAL.test(character)) return CAPITAL_LETTER;
  if (SMALL.test(character)) return SMALL_LETTER;
  return LETTER.test(character) ? OTHER_LETTER : NOT_A_LETTER;
}
