import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

// The networks a share bar names, lowercase; `x` is Twitter's new name, `pinit` Pinterest's button.
const NETWORK = String.raw`(?:facebook|twitter|x|linkedin|pinterest|pinit|reddit|whatsapp|telegram|e-?mail|mail|messenger|flipboard|tumblr|threads|bluesky|mastodon|xing|instagram|youtube|tiktok|pocket|hacker news|sms|print|copy link|link)`;

// One word of a run of share buttons. Each word has a single parse (no word is a run of others),
// so a run that fails to match fails fast.
const RUN_WORD = String.raw`(?:facebook|twitter|x|linkedin|pinterest|pinit|reddit|whatsapp|telegram|e-?mail|mail|messenger|flipboard|tumblr|threads|bluesky|mastodon|xing|instagram|youtube|tiktok|pocket|rss|feed|sms|print|link|copy|share|shares|tweet|send|via|on|drucken|kopieren|kopiert|copied|error occurred|teilen|partager|compartir)`;

/**
 * Share, print-to-PDF and send-to-Kindle buttons left in the text by social plugins.
 * @example
 * shareRules.find((rule) => rule.id === 'share.print-friendly')?.lines; // ['Print Friendly, PDF & Email', …]
 */
export const shareRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `  • Print Friendly, PDF & Email` above a WordPress story: the Print Friendly plugin's button.
  {
    id: 'share.print-friendly',
    lines: ['Print Friendly, PDF & Email', 'Print Friendly', 'Print, PDF & Email'],
  },
  // `  • Send to Kindle`, right under the Print Friendly button.
  { id: 'share.send-to-kindle', lines: ['Send to Kindle'] },
  // `Share this:` over a WordPress share bar; `Share This Story`, `Share this -`, `Artikel teilen`.
  {
    id: 'share.share-label',
    pattern: String.raw`^(?:share|teilen|partager|compartir|condividi|delen)(?: (?:this|the|it))?(?: (?:article|story|post|page|video|gallery|photo|link|tweet))?(?: (?:on|via|with|by))?[ :!|-]{0,3}$`,
    maxLength: 40,
  },
  // `Artikel teilen`, `Partager cet article`, `Show more sharing options`: labels in other words.
  {
    id: 'share.share-label-other',
    lines: (
      'Artikel teilen|Beitrag teilen|Jetzt teilen|Seite teilen|Partager cet article|Partager sur|Compartir en|Compartir esta noticia|Condividi su|' +
      'Social share|Share options|All sharing options|Show more sharing options|Show additional share options|Sharing options|Spread the word'
    ).split('|'),
  },
  // `Share on Facebook`, `Click to share on Twitter (Opens in new window)`, `Share this article on Reddit`,
  // `Twitter Share`, `Auf Facebook teilen Facebook`, `Artikel auf WhatsApp teilen`, `twitterlink opens in a new window`: one share button.
  {
    id: 'share.button',
    pattern:
      String.raw`^(?:(?:click to )?(?:share|post|tweet|pin|email|send)(?: (?:it|this|this article|this story|this post))?(?: (?:on|to|via|by|with))? ${NETWORK}|${NETWORK} share|(?:artikel )?(?:auf|per|via|bei) ${NETWORK} teilen(?: ${NETWORK})?|partager sur ${NETWORK}|compartir en ${NETWORK}|${NETWORK} ?link)` +
      String.raw`(?:,? ?\(?opens? in (?:a )?new (?:window|tab)\)?)?$`,
    maxLength: 80,
  },
  // `Share or comment on this article: Abbie Chatfield puts on a cheeky display…` under a tabloid story,
  // `All sharing options for: Zach Wilson’s mom adds intrigue…` in a share menu: the headline again, in a button.
  {
    id: 'share.share-or-comment',
    pattern: String.raw`^(?:share (?:or comment on )?this (?:article|story|post)|(?:share )?all sharing options for) ?:[^\n]{0,250}$`,
    maxLength: 280,
  },
  // `Print`, `Email` in the share bar above the story: they send the story on as the network buttons do, and
  // like them end the head of the page.
  {
    id: 'share.print-email',
    lines: (
      'Print|Print this page|Print article|Print this article|Print this story|Email|E-mail|Mail|Email this|Email this article|Email this story|' +
      'E-mail the story|Email the story|Drucken|Artikel drucken|Per E-Mail versenden|Imprimer|Envoyer par e-mail|Imprimir|Enviar por correo|Stampa'
    ).split('|'),
  },
  // `Tweet`, `WhatsApp`, `X (Twitter)`: a lone button or social link.
  {
    id: 'share.network-name',
    lines: (
      'Tweet|Tweet this|Facebook|Twitter|X|X (Twitter)|Twitter X|LinkedIn|Pinterest|Pin|Pin it|Pinit|Reddit|WhatsApp|Telegram|Messenger|Facebook Messenger|' +
      'Flipboard|Tumblr|Instagram|YouTube|TikTok|Threads|Bluesky|Mastodon|Xing|Pocket|Social icon instagram'
    ).split('|'),
  },
  // `Facebook Twitter Email WhatsApp`, `facebookxredditlink`, `Share:TwitterFacebookReddit`,
  // `Facebook Twitter Whatsapp E-Mail Drucken Link kopieren`, `5.2k SHARES Facebook Twitter`, `Share Share Share`,
  // `LinkedIn Link kopiert Error occurred Facebook Link kopiert Error occurred` (each button with its toasts),
  // `Share on Facebook Share on Twitter` (buttons glued into one line, which read like a headline over the standfirst):
  // a share bar on one line. The look-ahead wants one long button name, so that `xxxxxxxx` is not a run of `X`s.
  {
    id: 'share.network-run',
    pattern: String.raw`^(?=[^\n]{0,40}?(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|e-?mail|flipboard|messenger|tumblr|instagram|youtube|share|tweet))(?:\d[\d.,]{0,6}k? shares? )?(?:${RUN_WORD}(?:[ ,|•·/:-]{1,3})?){2,20}$`,
    contains: 'facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|mail|flipboard|messenger|tumblr|instagram|youtube|share|tweet'.split('|'),
    maxLength: 200,
  },
  // `Follow Us`, `Follow us on:`, `FOLLOW US ON SOCIAL MEDIA`: the site's social links.
  {
    id: 'share.follow-us',
    pattern: String.raw`^(?:follow us|folgen sie uns|suivez-nous|síguenos|seguici|connect with us|stay connected|find us)(?: (?:on|auf|sur|en|today|here))?(?: (?:social media|social|facebook|twitter|x|instagram))?[ :!]{0,2}$`,
    maxLength: 40,
  },
  // `Share this on Facebook if you agree with this badass statement!`, `PLEASE SHARE THIS ARTICLE TO INFORM EVERYONE …`,
  // `Spread the word! LIKE and SHARE this article or leave a comment …`, `Share this post and leave your comment below.`: the
  // page asking the reader to pass the story on.
  {
    id: 'share.prompt',
    pattern: String.raw`^(?:spread the word[!.,:]? )?(?:please |make sure to |be sure to |don['’]t forget to |and )?(?:like (?:and|&) )?share (?:this|it)(?: (?:article|story|post|video|page|news))?(?: (?:on|to|with) (?:facebook|twitter|social media|your friends|everyone|all your friends)| far and wide| now| (?:and|or) (?:like|comment|leave|let|help|make|subscribe|follow|tell)| if| to (?:inform|spread|help|let|warn|make|show|get)|[!.])[^\n]{0,200}$`,
    contains: ['share'],
    maxLength: 260,
  },
  // `Like our page on facebook.`, `Follow us and help us support … by joining us on our Facebook page …`, `Don’t forget to
  // like us on Facebook and follow us on Twitter!`: the site asking to be followed on a network, in a sentence.
  {
    id: 'share.follow-prompt',
    pattern: String.raw`^(?:please |and |also |don['’]t forget to |be sure to |make sure to )?(?:like|follow|join|find) (?:us|our (?:facebook |fan )?page) (?:on|and|at|for|to|via|in)\b[^\n]{0,120}?\b(?:facebook|twitter|instagram|youtube|telegram|social media)\b[^\n]{0,150}$`,
    contains: 'facebook|twitter|instagram|youtube|telegram|social media'.split('|'),
    maxLength: 300,
  },
]);

/**
 * What each share rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * shareDescriptions['share.print-friendly']; // 'The Print Friendly plugin button: "Print Friendly, PDF & Email".'
 */
export const shareDescriptions: RuleDescriptions = {
  'share.print-friendly': 'The Print Friendly plugin button: "Print Friendly, PDF & Email".',
  'share.send-to-kindle': 'The "Send to Kindle" button.',
  'share.share-label': 'A "Share this" label over share buttons: "Share this:", "Share This Story", "Teilen", "Partager".',
  'share.share-label-other': 'A share label in other words: "Artikel teilen", "Partager cet article", "Show more sharing options".',
  'share.button': 'One share button: "Share on Facebook", "Click to share on Twitter (Opens in new window)", "Auf X teilen".',
  'share.share-or-comment': 'A share prompt naming the article: "Share or comment on this article: <headline>", "All sharing options for: <headline>".',
  'share.print-email': 'A print or e-mail button of the share bar: "Print", "Email", "Email this article", "Drucken".',
  'share.network-name': 'A lone social network name or button label: "Tweet", "Facebook", "WhatsApp".',
  'share.network-run': 'A run of share buttons on one line: "Facebook Twitter Email WhatsApp", "facebookxredditlink".',
  'share.follow-us': 'A "Follow us" label over the site\'s social links: "Follow Us", "Follow us on:", "Folgen Sie uns auf:".',
  'share.prompt': 'The page asking the reader to pass the story on: "Share this on Facebook if you agree", "Please share this article".',
  'share.follow-prompt': 'The site asking to be followed on a network, in a sentence: "Like our page on facebook.", "Follow us on Twitter for more".',
};
