import type { Rule } from '../rule';

/** Tags, categories and filing lines. */
export const tagRules: readonly Rule[] = [
  // `Tags: Israel, Egypt, Sinai`, `Filed under: Politics`, `Categories: World`
  { id: 'tags.list', family: 'tags', description: 'A tags or categories line: "Tags: a, b, c", "Filed under: …", "Posted in …".', pattern: String.raw`^(?:tags?|tagged|filed under|categories|category|topics|posted in|themen|schlagworte|mots-clés|etiquetas):? \S[^\n]{0,299}$`, maxLength: 320 },
  { id: 'tags.label', family: 'tags', description: 'A lone "Tags" or "Topics" label.', lines: ['Tags', 'Topics', 'Categories', 'Filed Under', 'Themen'] },
];

/** Video and gallery player text. */
export const mediaRules: readonly Rule[] = [
  // `Scroll down for video`, `VIEW GALLERY`, `Video loading`, `Play Video`
  { id: 'media.player', family: 'media', description: 'Video and gallery player text: "Scroll down for video", "VIEW GALLERY", "Video loading", "Play Video".', pattern: String.raw`^(?:scroll down for (?:video|videos)|view(?: photo)? gallery|open (?:image )?gallery|video loading|loading video|play video|watch video|now playing|up next|replay|play|pause|mute|unmute|fullscreen|enlarge this image|toggle caption|hide caption|show caption|image \d{1,3} of \d{1,3}|\d{1,3} of \d{1,3}|\d{1,3}\s*/\s*\d{1,3}|duration \d{1,2}:\d{2}|\d{1,2}:\d{2}(?::\d{2})?|video (?:ad )?feedback|this video can not be played|your browser does not support (?:the )?video[^\n]{0,40}|watch:?|video|photos?|gallery|media)$`, maxLength: 80 },
];

/** Residue of embedded posts: tweets, Instagram. */
export const embedRules: readonly Rule[] = [
  // `— Jane Doe (@jane) July 12, 2016`: the signature line of an embedded tweet.
  { id: 'embed.tweet-signature', family: 'embed', description: 'The signature line of an embedded tweet: "— Jane Doe (@jane) July 12, 2016".', pattern: String.raw`^[—–-]{1,2}\s?[^\n()]{1,60}\(@\w{1,30}\)\s?[\p{L}]{3,9}\.? \d{1,2}, \d{4}$`, maxLength: 140 },
  // `pic.twitter.com/abc123` glued to the end of a tweet's text.
  { id: 'embed.pic-twitter', family: 'embed', description: 'A pic.twitter.com link at the end of an embedded tweet.', pattern: String.raw`(?:^|\s)pic\.twitter\.com/\w{4,20}$`, scope: 'inline' },
  // `A post shared by Jane (@jane) on Jul 12, 2016 at 3:04pm PDT`, `View this post on Instagram`
  { id: 'embed.instagram', family: 'embed', description: 'Instagram embed text: "A post shared by X (@x) on …", "View this post on Instagram".', pattern: String.raw`^(?:a (?:post|photo|video) shared by [^\n]{1,120}|view this post on instagram)$`, maxLength: 160 },
];

/** Author boxes and links beside the byline. */
export const authorBioRules: readonly Rule[] = [
  // `About the author`, `View all posts by Jane Doe`, `Email the author`, `Follow Jane on Twitter`
  { id: 'author-bio.link', family: 'author-bio', description: 'Author box links: "About the author", "View all posts by X", "Email the author", "Follow X on Twitter".', pattern: String.raw`^(?:about the author|view all (?:posts|articles|stories) by [^\n]{1,60}|more (?:from|by) this author|email the author|contact the author|follow (?:[^\n]{1,40} )?on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)|see (?:all|more) (?:stories|articles) by [^\n]{1,60})$`, maxLength: 100 },
];

/** Lines that are only a timestamp. */
export const timestampRules: readonly Rule[] = [
  // `3h ago`, `5 minutes ago`, `vor 2 Stunden`
  { id: 'timestamp.relative', family: 'timestamp', description: 'A relative timestamp: "3h ago", "5 minutes ago", "vor 2 Stunden".', pattern: String.raw`^(?:updated |published )?(?:\d{1,3}\s?(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago|just now|vor \d{1,3} (?:sekunden|minuten|stunden|tagen|wochen)|il y a \d{1,3} (?:minutes?|heures?|jours?)|hace \d{1,3} (?:minutos?|horas?|días?))$`, maxLength: 40 },
  // `Updated 11:35 AM ET`, `Last updated: 3:04 pm`
  { id: 'timestamp.updated-time', family: 'timestamp', description: 'An "Updated" line with only a time: "Updated 11:35 AM ET".', pattern: String.raw`^(?:last )?updated:? \d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\s?(?:[ecmp][sd]?t|gmt|utc)?$`, maxLength: 40 },
  // `5 min read`, `Reading time: 4 minutes`
  { id: 'timestamp.reading-time', family: 'timestamp', description: 'A reading time: "5 min read", "Reading time: 4 minutes".', pattern: String.raw`^(?:\d{1,3} min(?:ute)?s? read|reading time:? \d{1,3} min(?:ute)?s?|lesezeit:? \d{1,3} min(?:uten)?|\d{1,3} min(?:\.|uten)? lesezeit|temps de lecture:? \d{1,3} min(?:utes)?)$`, maxLength: 40 },
];

/** Interface residue of article pages. */
export const uiRules: readonly Rule[] = [
  // `Click here`, `Read Full Article`, `Listen to this article`, `Gift this article`
  { id: 'ui.control', family: 'ui', description: 'An article page control: "Click here", "Listen to this article", "Gift this article", "Font size".', lines: ['Click here', 'Read Full Article', 'Read full article', 'Continue Reading', 'Continue reading', 'Listen to this article', 'Listen to article', 'Listen', 'Reprints', 'Font size', 'Text size', 'A A A', 'AA', 'Save', 'Saved', 'Bookmark', 'Save article', 'Save for later', 'Gift this article', 'Give this article', 'Share full article', 'Copy link', 'Link copied', 'Print article', 'Report an error', 'Report a correction', 'Feedback', 'Follow', 'Following', 'Unfollow', 'Like', 'Reply', 'Translate', 'Show all', 'Hide'] },
];
