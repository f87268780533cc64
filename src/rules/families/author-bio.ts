import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

// The networks an author asks to be followed on.
const SOCIAL = String.raw`(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|substack)`;

/**
 * Author boxes: links to the author's page, social accounts and short bios after the story.
 * @example
 * authorBioRules.find((rule) => rule.id === 'author-bio.staff-line')?.where; // 'tail'
 */
export const authorBioRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `About the author`, `Über die Autor:in`, `View all posts by Will Macmaster`, `More Stories From This Author`, `Email the author`.
  {
    id: 'author-bio.link',
    pattern: String.raw`^(?:about the authors?|about this author|(?:view|see|read) (?:all|more) (?:posts|articles|stories|content) (?:by|from) [^\n]{1,60}|more (?:stories |articles |posts )?(?:from|by) this author|more (?:stories|articles|posts) by [^\n]{1,60}|(?:e-?mail|contact|message) (?:the|this) (?:author|reporter|writer)|über (?:den|die) autor(?:in|en|innen|[:*_]in|[:*_]innen)?|à propos de l'auteur|sobre el autor)$`,
    maxLength: 100,
  },
  // `Follow Josh Feldman on Twitter: @feldmaniac`, `>> Follow Matt Wilstein (@TheMattWilstein) on Twitter`,
  // `Follow Deputy Editor Nicolas Stecher on Instagram at @nickstecher and @boozeoftheday.`
  {
    id: 'author-bio.follow',
    pattern: String.raw`^(?:[—–>-]{1,4} ?){0,2}follow (?:[^\n]{1,60} )?on ${SOCIAL}\b[^\n]{0,100}$`,
    maxLength: 180,
  },
  // `Tomas Franzese is a Staff Writer at Digital Trends, where he reports on…` after the story. Above it or
  // inside it the same words introduce a source, so only lines after the article, or in the end of its span.
  // A bio may run on for a few sentences (`Jean Levasseur is a DIY contributor at Popular Science. He’s an avid
  // woodworker…`, `Phillip Maciak is The New Republic’s TV critic and the author of…`); the role is followed by
  // where or how, and a name is its subject, so that `Sotloff is the second American journalist brutally murdered by ISIS…`
  // and `The US is a major contributor of humanitarian aid…` stay story; nor does a bio report speech, so that
  // `Mary Jones is a former reporter at the paper …, and she says …` in the story stays too.
  // The speech words are looked for in the name and after the role, where the rest of the pattern has matched: looked
  // for first over the whole line, they cost a scan of every line that holds ` is `. The line must hold a role or
  // `reached at`: those, rarer than ` is `, spare most lines of the story the pattern.
  {
    id: 'author-bio.staff-line',
    pattern: String.raw`^(?:[—–-] ?)?(?:(?!(?:the|this|that|it|its|our|their) )(?![\p{L}.'’ -]{0,50}\b(?:says|said|told)\b)[\p{L}.'’ -]{3,50} is (?:a|an|the) (?:[\p{L}’'-]{1,20} ){0,3}(?:staff writer|writer|reporter|correspondent|editor|columnist|journalist|contributor|producer|critic|analyst|blogger|photographer|editor-in-chief|editor in chief)(?:[,.]|$| (?:for|at|with|of|on|in|and|who|based|covering)\b)(?![^\n]*\b(?:says|said|told)\b)[^\n]{0,350}|(?:staff writer|reporter|correspondent) [^\n]{1,60} (?:can|may) be reached at [^\n]{1,150}|[\p{L}.'’ -]{3,50} (?:can|may) be reached at [^\s@]{1,64}@[^\n]{1,100})$`,
    contains: 'writer|reporter|correspondent|editor|columnist|journalist|contributor|producer|critic|analyst|blogger|photographer|reached at'.split('|'),
    where: 'tail',
    maxLength: 420,
  },
  // `This article has been contributed by SHTF Plan. Visit www.SHTFplan.com for alternative news …`, `Contributed by The
  // Daily Sheeple of www.TheDailySheeple.com.`: the note crediting a guest post to the site it came from. Not a line with a
  // comma in it, so that `Contributed by donors, the fund grew to $2 million.` stays.
  {
    id: 'author-bio.contributed-by',
    pattern: String.raw`^(?:this (?:article|post|piece|story|content) (?:has been|was|is) )?contributed by [^\n,;]{2,200}$`,
    contains: ['contributed by'],
    maxLength: 240,
  },
  // `Julia Ioffe is contributing writer at Politico Magazine.`, `Jeff Greenfield is a five-time Emmy-winning network television
  // analyst and author.`, `Bucky Brooks is an NFL analyst for FOX Sports. He also breaks down the game for …`: a longer bio after
  // the story, maybe without an article, of a writer, analyst or commentator, named in a few words. Not a professor or a
  // fellow: an op-ed signs so and keeps it; and not a line that reports speech, which is the story's. The line must
  // hold one of the roles, rarer in a story than ` is `.
  {
    id: 'author-bio.bio-line',
    pattern: String.raw`^(?!(?:the|this|that|it|he|she|they|there|what|which|one|his|her|their)\b)(?![\p{L}.'’ -]{0,104}\b(?:says|said|told)\b)[\p{L}.'’-]{2,25}(?: [\p{L}.'’-]{1,25}){0,3} is (?:a |an |the )?(?:[\p{L}-]{1,20} ){0,4}(?:staff writer|writer|reporter|correspondent|editor|columnist|journalist|contributor|analyst|commentator|blogger|author)\b(?![^\n]*\b(?:says|said|told)\b)[^\n]{0,400}$`,
    contains: 'writer|reporter|correspondent|editor|columnist|journalist|contributor|analyst|commentator|blogger|author'.split('|'),
    where: 'tail',
    maxLength: 480,
  },
  // `The Sun Sentinel Editorial Board consists of Editorial Page Editor Steve Bousquet, …`, `Editorials are the opinion of the
  // Editorial Board of the Daily News.`: who signs an editorial, under it.
  {
    id: 'author-bio.editorial-board',
    pattern: String.raw`^(?:[^\n]{0,60}\beditorial board (?:consists|is composed|is made up) of|editorials are the (?:opinion|view)s? of)\b[^\n]{0,400}$`,
    contains: ['editorial board', 'editorials are'],
    where: 'tail',
    maxLength: 480,
  },
  // `Contact Katrease Stafford: kstafford@freepress.com or 313-223-4759. Follow her on Twitter @KatreaseS_Freep.`, `Jim can be
  // reached at: [email protected]` (the address hidden from scrapers): how to reach the author, after the story.
  {
    id: 'author-bio.contact',
    pattern: String.raw`^(?:(?:contact|reach|e-?mail) [\p{L}.'’ -]{3,40}(?: at)? ?:? ?(?:[^\s@]{1,64}@[^\s]{1,100}|\[email protected\])|[\p{L}.'’ -]{3,50} can be reached at:? ?\[email protected\])[^\n]{0,200}$`,
    contains: ['@', '[email protected]'],
    where: 'tail',
    maxLength: 320,
  },
]);

/**
 * What each author-bio rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * authorBioDescriptions['author-bio.link']; // 'Author box links: "About the author", "View all posts by X", "More by this author", "Email the author".'
 */
export const authorBioDescriptions: RuleDescriptions = {
  'author-bio.link': 'Author box links: "About the author", "View all posts by X", "More by this author", "Email the author".',
  'author-bio.follow': 'A request to follow the author: "Follow Jane Doe on Twitter", "Follow Josh Feldman on Twitter: @feldmaniac".',
  'author-bio.staff-line': 'An author bio after the article: "Jane Doe is a staff writer at …", "Jane Doe is The Daily’s TV critic and …", "Staff writer Jane Doe can be reached at …".',
  'author-bio.contributed-by': 'A note crediting a guest post: "This article has been contributed by X. Visit …", "Contributed by X of www.x.com."',
  'author-bio.bio-line': 'A longer bio after the article: "Jane Doe is contributing writer at X.", "Jane Doe is an NFL analyst for X. She also …".',
  'author-bio.editorial-board': 'Who signs an editorial: "The X Editorial Board consists of …", "Editorials are the opinion of …".',
  'author-bio.contact': 'How to reach the author after the story: "Contact Jane Doe: jdoe@example.com or 555-0100.", "Jane can be reached at: [email protected]".',
};
