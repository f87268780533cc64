import type { Piece } from './piece';
import { previousWithText } from './with-text';

// The lines that close an embedded tweet: its picture link and its signature.
const TWEET_ENDS = new Set(['embed.pic-twitter', 'embed.tweet-signature']);
// `— Jane Doe (@jane) July 12, 2016`: a signature that is only the poster's name. One that carries the tweet's words or its link
// too (`Notice Trump sniffing all the time. Coke user? — Howard Dean (@GovHowardDean) …`, `pic.twitter.com/VUwYKzqujc — Mars,
// Incorporated (@MarsGlobal) …`) is the whole post, and the paragraph above it the story's.
const NAME_ONLY_SIGNATURE = /^(?:[—–-]{1,2} ?)?[^—–/]{1,80}\(@/u;
// A tweet holds at most 280 characters: a longer paragraph over a signature is the story's, the post's own words lost.
const MAX_TWEET_LENGTH = 280;

/**
 * The text of an embedded tweet on the line of its picture link or right above its signature (`Hands off OUR Chick-Fil-A!` before
 * `pic.twitter.com/Qe1oqhGF1y`, `Thanks for the selfie!` over `— Ashley St. Clair (@stclairashley) December 22, 2023`): the post's
 * words, not the story's, which quotes what it needs of them in its own sentences.
 * @returns The index of the post's text, or -1 when the piece at `index` closes no tweet or nothing undecided stands above it.
 * @example
 * tweetTextAbove(pieces, 7, text); // 6, the tweet's text that the `pic.twitter.com/…` link at 7 ended on the same line
 * @internal
 */
export function tweetTextAbove(pieces: readonly Piece[], index: number, text: string): number {
  const end = pieces[index]!;
  if (!end.rule || !TWEET_ENDS.has(end.rule.id)) return -1;
  if (end.rule.id === 'embed.tweet-signature' && !NAME_ONLY_SIGNATURE.test(end.text)) return -1;
  const above = previousWithText(pieces, index);
  if (above < 0 || pieces[above]!.role !== null || pieces[above]!.text.length > MAX_TWEET_LENGTH) return -1;
  // A tweet's picture link ends the line of its words: one on a line of its own is a post of a picture alone, under the story's paragraph.
  if (end.rule.id === 'embed.pic-twitter') return text.slice(pieces[above]!.end, end.start).includes('\n') ? -1 : above;
  // `He wrote on Twitter:` right over the signature announces a post whose words the page lost.
  return pieces[above]!.text.endsWith(':') ? -1 : above;
}
