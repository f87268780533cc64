import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

// `December 17, 2023`, `Jul 12, 2016`: the date that closes an embedded post.
const POST_DATE = String.raw`\p{L}{3,9}\.? \d{1,2}, \d{4}`;

/**
 * Residue of embedded posts: the signature of a tweet, its picture link, Instagram and Facebook captions.
 * @example
 * embedRules.find((rule) => rule.id === 'embed.pic-twitter')?.scope; // 'inline'
 */
export const embedRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `— Jane Doe (@jane) July 12, 2016`, and `Henry McKenna (@henrycmckenna) December 17, 2023` once the dash is read as a bullet.
  {
    id: 'embed.tweet-signature',
    pattern: String.raw`^(?:[—–-]{1,2} ?)?[^\n()]{1,80}\(@\w{1,30}\) ?(?:on )?${POST_DATE}$`,
    contains: ['(@'],
    maxLength: 140,
  },
  // `Spoilers. GOTY is cancelled. pic.twitter.com/JOqwjKBv7r`: the picture link that ends a tweet's text.
  {
    id: 'embed.pic-twitter',
    pattern: String.raw`(?:^|\s)(?:pic\.twitter\.com|https?://t\.co)/\w{4,20}$`,
    scope: 'inline',
  },
  // `A post shared by OC ™ (@onlyclassy)`, `A post shared by Jane (@jane) on Jul 12, 2016 at 3:04pm PDT`, `View this post on Instagram`.
  {
    id: 'embed.instagram',
    pattern: String.raw`^(?:a (?:post|photo|video) shared by [^\n]{1,120}|view (?:this|the) (?:post|profile|video|reel) on (?:instagram|tiktok|facebook|x|twitter|threads)|watch on (?:tiktok|youtube|instagram))$`,
    maxLength: 160,
  },
  // `Externer Inhalt nicht verfügbar`, `Přejít před obsah vložený z jiného webu.` and `Následuje obsah vložený z jiného webu. Zde
  // jej můžete přeskočit.` (a link past it), `Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller Inhalte …`,
  // `Empfohlener redaktioneller Inhalt`, `Externen Inhalt anzeigen`, `Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt
  // wird. …`: the placeholder of an embed the reader's consent settings blocked, with its button and the consent it asks for.
  {
    id: 'embed.blocked',
    pattern: String.raw`^(?:(?:external|embedded|third[- ]party) content (?:is )?(?:not available|unavailable)|externer inhalt(?: nicht verfügbar)?|přejít (?:před|za) obsah vložený z jiného webu|následuje obsah vložený z jiného webu(?:\. zde jej můžete přeskočit)?|empfohlener redaktioneller inhalt|externen? inhalte? (?:anzeigen|laden)|an dieser stelle finden sie [^\n]{0,60}externen inhalt[^\n]{0,300}|ich bin damit einverstanden, dass mir (?:der )?externen? inhalte? angezeigt (?:wird|werden)[^\n]{0,360}|(?:your|deine|ihre) (?:privacy|privatsphäre|datenschutz)[- ]?(?:settings|einstellungen) (?:prevent|verhindern) (?:the |das )?(?:loading|display|laden|anzeigen)[^\n]{0,360})\.?$`,
    maxLength: 400,
  },
  // `Posted by Fayette County Sheriff on Tuesday, July 12, 2016`: the caption of an embedded Facebook post.
  {
    id: 'embed.facebook',
    pattern: String.raw`^posted by [^\n]{1,80} on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), ${POST_DATE}$`,
    maxLength: 140,
  },
]);

/**
 * What each embed rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * embedDescriptions['embed.tweet-signature']; // 'The signature line of an embedded tweet: "— Jane Doe (@jane) July 12, 2016".'
 */
export const embedDescriptions: RuleDescriptions = {
  'embed.tweet-signature': 'The signature line of an embedded tweet: "— Jane Doe (@jane) July 12, 2016".',
  'embed.pic-twitter': 'A pic.twitter.com or t.co link at the end of an embedded tweet.',
  'embed.instagram': 'Instagram and TikTok embed text: "A post shared by X (@x) on …", "View this post on Instagram".',
  'embed.blocked': 'The placeholder of an embed blocked by the consent settings: "External content not available", "Externer Inhalt nicht verfügbar", "Externen Inhalt anzeigen".',
  'embed.facebook': 'The caption of an embedded Facebook post: "Posted by X on Tuesday, July 12, 2016".',
};
