import type { Rule } from '../rule';

/** Share, print and e-mail buttons left in the text by social plugins. */
export const shareRules: readonly Rule[] = [
  // `  • Print Friendly, PDF & Email` — the Print Friendly plugin's button.
  { id: 'share.print-friendly', family: 'share', description: 'The Print Friendly plugin button: "Print Friendly, PDF & Email".', lines: ['Print Friendly, PDF & Email', 'Print Friendly', 'Print, PDF & Email'] },
  // `  • Send to Kindle` — the Send-to-Kindle plugin's button.
  { id: 'share.send-to-kindle', family: 'share', description: 'The "Send to Kindle" button.', lines: ['Send to Kindle'] },
  // `Share this:`, `Share this article`, `Share`, `Teilen`, `Partager`, `Compartir`.
  { id: 'share.share-label', family: 'share', description: 'A "Share this" label over share buttons.', lines: ['Share', 'Share this', 'Share this:', 'Share this article', 'Share this story', 'Share this post', 'Share article', 'Share on', 'Share via', 'Share page', 'Teilen', 'Artikel teilen', 'Partager', 'Partager cet article', 'Compartir', 'Condividi', 'Delen'] },
  // `Tweet`, `Share on Facebook`, `Click to share on Twitter (Opens in new window)`.
  { id: 'share.button', family: 'share', description: 'One share button: "Tweet", "Share on Facebook", "Click to share on Twitter (Opens in new window)".', pattern: String.raw`^(?:click to )?(?:share|post|tweet|pin|email|send)(?: (?:it|this))?(?: on| to| via| by)? (?:facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|telegram|email|e-mail|messenger|flipboard|tumblr|mail)(?: \(opens in new window\))?$`, maxLength: 80 },
  // `Share or comment on this article: <headline>`
  { id: 'share.share-or-comment', family: 'share', description: 'A share prompt naming the article: "Share or comment on this article: <headline>".', pattern: String.raw`^share (?:or comment on )?this (?:article|story|post)\s*:[^\n]{0,250}$`, maxLength: 280 },
  // `Tweet`, `Pin it`, `WhatsApp` standing alone.
  { id: 'share.network-name', family: 'share', description: 'A lone social network name or button label: "Tweet", "Facebook", "WhatsApp".', lines: ['Tweet', 'Facebook', 'Twitter', 'X', 'LinkedIn', 'Pinterest', 'Reddit', 'WhatsApp', 'Telegram', 'Messenger', 'Flipboard', 'Pin it', 'Pin', 'Email', 'E-mail', 'Mail', 'SMS', 'Print', 'Copy link', 'Copy Link', 'Link copied', 'Copied', 'Share via Email', 'Comments', 'More'] },
  // `Facebook Twitter Email WhatsApp`, `facebookxredditlink`: runs of share buttons on one line.
  { id: 'share.network-run', family: 'share', description: 'A run of share buttons on one line: "Facebook Twitter Email WhatsApp", "facebookxredditlink".', pattern: String.raw`^(?:(?:facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|telegram|email|e-mail|mail|messenger|flipboard|tumblr|print|link|copy link|share|sms|threads|bluesky|mastodon|xing)[\s,|•·/]*){2,12}$`, maxLength: 140 },
];
