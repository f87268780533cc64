import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

// A shop's name of one to three words (`Amazon`, `Uncommon Goods`, `Crate & Barrel`) and a price (`$25`, `€1,299.00`).
const STORE = String.raw`[\p{L}\p{N}.&'’-]+(?: [\p{L}\p{N}.&'’-]+){0,2}`;
const PRICE = String.raw`[$£€] ?\d[\d.,]*`;

/**
 * Advertising labels and the "story continues" markers around ad slots.
 * @example
 * advertRules.find((rule) => rule.id === 'advert.label')?.lines?.includes('Advertisement'); // true
 */
export const advertRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `Advertisement`, `SKIP ADVERTISEMENT`, `Sponsored Content`, `Paid Content`, `Anzeige`, `Werbung`, `Publicité`, `Publicidad`,
  // `REKLAM`, `Реклама:`.
  {
    id: 'advert.label',
    lines: (
      'Advertisement|Advertisement -|Advertisements|Skip Advertisement|Advert|Ad|Ads|Sponsored|Sponsored Content|Sponsor Content|Sponsored Post|' +
      'Sponsored Links|Sponsored Stories|Sponsored Features|Paid Content|Paid Post|Paid Partnership|Promoted|Promoted Content|Promoted Stories|' +
      'Partner Content|From our sponsor|From Our Partners|Sponsor Message|Advertisement feature|Supported by|Close Ad|Report this ad|Remove Ads|' +
      'Ad Feedback|Video Ad Feedback|Ad Choices|AdChoices|Ad Choice|About our Ads|About Ads|Ad Policy|Anzeige|Werbung|Publicité|Publicidad|Publicidade|' +
      'Pubblicità|Advertentie|Reklama|Annonce|Reklame|Reklam|Annons|Mainos|Hirdetés|Реклама|Διαφήμιση'
    ).split('|'),
  },
  // `Story continues below advertisement`, `Story Continued Below`, `Advertisement - Continue Reading Below`,
  // `Continue reading the main story`, `Article continues after advertisement`.
  {
    id: 'advert.continues',
    pattern: String.raw`^(?:(?:advertisement|advert|ad|anzeige) ?[-–—:]? ?)?(?:(?:the )?(?:story|article|text|content|page|post) continu(?:es|ed) (?:below|after|under)|continue reading (?:the main story|below|after (?:the )?(?:advertisement|ad)))(?: (?:this |the )?(?:advertisement|ad|advert))?\.?$`,
    maxLength: 80,
  },
  // `Weiterlesen nach der Anzeige`, `Artikel wird nach der Anzeige fortgesetzt`, `La suite après cette publicité`.
  {
    id: 'advert.continues-other',
    lines: (
      'Weiterlesen nach der Anzeige|Artikel wird nach der Anzeige fortgesetzt|Lesen Sie nach der Anzeige weiter|La suite après cette publicité|' +
      'La suite après la publicité|Sigue leyendo|Continúa leyendo'
    ).split('|'),
  },
  // `Ads by Adblade`, `Ads by Google`, `Sponsored by Acme`.
  {
    id: 'advert.ads-by',
    pattern: String.raw`^(?:ads|sponsored|promoted|advertisement) by [\p{L}\p{N} .&'’-]{2,30}$`,
    maxLength: 45,
  },
  // `Expert*in für IT-Architektur (m/w/div) Deutsche Rentenversicherung Bund (öffnet im neuen Fenster)`, `Redakteur (m/w/d)
  // Politik`: a job ad of a German-speaking site's job board, which marks every opening with the genders it is for.
  {
    id: 'advert.job-listing',
    pattern: String.raw`^(?=[^\n]{0,200}?\((?:[mwf]/[mwf]/(?:d|x|div|divers))\))[^\n]{5,240}$`,
    contains: 'm/w/|w/m/|m/f/|f/m/'.split('|'),
    maxLength: 240,
  },
  // The buttons of a shopping list: `View Deal`, `See Offers`, `Shop Now`, `View On Amazon $25 View On Walmart $27`, `View On Amazon View On Baggu.com` (a shop without its price),
  // `[DEL:$22:DEL] $17 at Glossier` (a price struck through beside the sale price), `$22 $17 at Glossier` (the same where the
  // dump dropped the strike-through). Not `Get it from Amazon for $9.`,
  // which lists of finds write as a sentence of their text.
  {
    id: 'advert.shop-button',
    pattern: String.raw`^(?:view deals?|view offers?|see (?:offers?|deals?|prices?)(?: learn more)?|check (?:price|prices|availability)|compare prices|(?:shop|buy) now|(?:view|shop|buy) (?:on|at) ${STORE}(?: ${PRICE})?(?: (?:view|shop|buy) (?:on|at) ${STORE}(?: ${PRICE})?)*|(?:\[del:[^\]\n]{1,20}:del\] ?|${PRICE} )?${PRICE} (?:at|on) ${STORE})$`,
    maxLength: 120,
  },
  // `Your ads will be inserted here by Easy Plugin for AdSense. Please go to the plugin admin page to`, `Paste your ad code OR`,
  // `Suppress this ad slot .`, `========= Multi-Author AdSense ========= Skipped due to there being 3 AdSense ads …`: the
  // placeholders of WordPress ad plugins whose slot was left empty.
  {
    id: 'advert.plugin-slot',
    lines: 'Paste your ad code OR|Paste your ad code|Suppress this ad slot|Suppress this ad slot .|Watch Full Screen to Skip Ads'.split('|'),
    pattern: String.raw`^(?:your ads will be inserted here by [^\n]{1,150}|={3,}[^\n=]{0,40}adsense ?={3,}[^\n=][^\n]{0,150})$`,
    contains: ['your ads will be inserted', 'adsense'],
    maxLength: 200,
  },
]);

/**
 * What each advert rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * advertDescriptions['advert.label']; // 'An ad slot label: "Advertisement", "SKIP ADVERTISEMENT", "Sponsored", "Anzeige", "Publicité".'
 */
export const advertDescriptions: RuleDescriptions = {
  'advert.job-listing': 'A job ad marked with the genders it is for: "Redakteur (m/w/d) Politik".',
  'advert.shop-button': 'A button of a shopping list: "View Deal", "Shop Now", "View On Amazon $25", "$17 at Glossier".',
  'advert.label': 'An ad slot label: "Advertisement", "SKIP ADVERTISEMENT", "Sponsored", "Anzeige", "Publicité".',
  'advert.continues': 'The marker around an ad inside a story: "Story continues below advertisement", "Continue reading the main story".',
  'advert.continues-other': 'The marker around an ad in German, French or Spanish: "Weiterlesen nach der Anzeige", "La suite après cette publicité".',
  'advert.ads-by': 'An ad network or sponsor label: "Ads by X", "Sponsored by X".',
  'advert.plugin-slot': 'The placeholder of an empty ad-plugin slot: "Your ads will be inserted here by Easy Plugin for AdSense …", "Paste your ad code OR".',
};
