import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

// One footer link, in the words sites use for it; a word that is a prefix of another (`privacy`,
// `privacy policy`) is followed by a fixed word, so that a run of links has one reading.
const FOOTER_LINK = String.raw`(?:about(?: us)?|contact(?: us)?|privacy(?: policy| notice| center| settings)?|terms(?: of (?:use|service|sale)| (?:&|and) conditions)?|cookie (?:policy|settings|preferences)|cookies(?: policy)?|accessibility(?: statement)?|careers|jobs|advertise(?: with us)?|advertising|media kit|site ?map|rss(?: feeds?)?|help(?: center)?|faqs?|corrections|ethics(?: policy)?|code of (?:ethics|conduct)|masthead|press|licensing|legal|trademarks|copyright(?: policy| compliance)?|commenting policy|newsletters|podcasts|manage newsletters|do not sell(?: or share)? my personal info(?:rmation)?|your privacy choices|ad ?choices|impressum|datenschutz(?:erklärung)?|kontakt|agb|nutzungsbedingungen|barrierefreiheit|mediadaten|karriere)`;

// `Terms of Use (Opens in a new window)`, `Careers, opens new tab`: what screen readers are told of a link.
const NEW_TAB = String.raw` \(opens in a new (?:window|tab)\)|, opens new tab`;

/**
 * About, contact and legal links of site headers and footers.
 * @example
 * footerRules.find((rule) => rule.id === 'footer.link')?.lines?.includes('Privacy Policy'); // true
 */
export const footerRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `About Us`, `Contact Us`, `Privacy Policy`, `Terms of Use`, `Careers`, `Impressum`: one footer link per line.
  // Not a lone `About`, which heads a section of profile pages.
  {
    id: 'footer.link',
    lines: (
      'About Us|Contact|Contact Us|Podcasts|Podcast|Contact & Help|Privacy|Privacy Policy|Privacy Notice|Privacy Center|Privacy Policy & Cookie Statement|' +
      'Privacy & Cookies|Terms|Terms of Use|Terms of Service|Terms of Sale|Terms & Conditions|Terms and Conditions|Terms and Privacy Policy|' +
      'Privacy Policy Terms and Conditions|Privacy policy Terms of use|Cookie Policy|Cookies Policy|Cookie-Policy|Cookies|Accessibility|' +
      'Accessibility Statement|Accessibility Help|Accessibility links|Careers|Jobs|Work for us|Work With Us|Advertise|Advertise with us|Advertising|' +
      'Advertising Information|Advertising Policies|Media Kit|Sitemap|Site Map|Site Index|RSS|RSS Feed|RSS Feeds|RSS-Feeds|Help|Help Center|Help Centre|' +
      'FAQ|FAQs|Customer Service|Customer Care|Corrections|Corrections Policy|Corrections and Clarifications|Ethics|Ethics Policy|Ethics Statement|' +
      'Code of Ethics|Code of Conduct|Editorial Guidelines|Editorial Policy|Editorial Standards|Editorial Process|Editorial Ethics and Guidelines|' +
      'Editorial independence|Our Ethical Principles|Masthead|Our Team|Press|Press Room|Press Releases|Press Center|Press Inquiries|Licensing|' +
      'Licensing & Reprints|Licensing & Permissions|Reprints & Permissions|Legal|Legal Notices|Legals|Trademarks|Community Guidelines|Community Rules|' +
      'Contact the editor|Submit a news tip|Send us a tip|Report a Delivery Problem|Subscription Terms & Conditions|Subscriber Terms and Conditions|' +
      'Subscription - Terms of Use|Manage Subscription|Manage Your Subscription|Subscriber Center|Subscriber Services|Do Not Sell My Personal Information|' +
      'Do Not Sell or Share My Personal Information|Do Not Sell or Share My Personal Info|Do Not Sell My Personal Info|' +
      'Do Not Sell/Share My Personal Information|Do Not Sell My Info|Do Not Sell|Your Privacy Choices|Your Privacy Rights|Your California Privacy Rights|' +
      'California Privacy Rights|California Notice at Collection|CA Notice at Collection|EU Privacy|Interest-Based Ads|Powered by WordPress|' +
      'Powered by WordPress VIP|Powered by WordPress.com VIP|Impressum|Impressum & Kontakt|Datenschutz|Datenschutzerklärung|Datenschutzhinweise|' +
      'Datenschutzbestimmungen|Kontakt|Kontaktformular|Über uns|AGB|AGBs|Nutzungsbedingungen|Barrierefreiheit|Mediadaten|Karriere|Jobs bei uns|Presse|' +
      'Hilfe|Leserservice|Kundenservice|Cookie-Richtlinie|Mentions légales|Politique de confidentialité|Nous contacter|Qui sommes-nous|Qui sommes-nous ?|' +
      "Plan du site|Conditions générales|Conditions générales d'utilisation|Conditions d'utilisation|Aviso legal|Política de privacidad|" +
      'Política de cookies|Contacto|Quiénes somos|Mapa del sitio|Términos y condiciones|Chi siamo|Contatti|Note legali|Informativa sulla privacy'
    ).split('|'),
  },
  // `About Us | Contact | Privacy Policy | Terms of Use`, `Privacy PolicyCookie SettingsTerms of UseHelpCareers`,
  // `Terms of Use (Opens in a new window)`: footer links on one line, or one link with a new-window note.
  {
    id: 'footer.link-run',
    pattern: String.raw`^${FOOTER_LINK}(?:${NEW_TAB}|(?:${NEW_TAB})?(?:(?: ?[|•·/,–-] ?| )?${FOOTER_LINK}(?:${NEW_TAB})?){1,14})$`,
    maxLength: 240,
  },
  // `Have a confidential tip for our reporters? Get in Touch`, `Have a News tip? Let us know`, `Got a tip for US?`, `Send us a tip using
  // our anonymous form.`, `Have a tip? Send it to us! Email In Touch at contact@intouchweekly.com.`, `Curious about the technology
  // you encounter in your everyday life? Email us at shortwave@npr.org.`: how to reach the newsroom, above or under the story.
  // Only a line that opens with the request, or a question followed by an address, so that `The tip came from a neighbour,
  // police said.` and a question the story asks stay.
  {
    id: 'footer.tip-line',
    pattern: String.raw`^(?:(?:(?:do you )?have|got|send us) (?:a |any )?(?:news |confidential |story )?tips?(?: for (?:us|our (?:reporters|newsroom|journalists))| using [^\n?]{1,40})?(?:[?.!](?: [^\n]{1,160})?)?|[^\n]{1,120}\? (?:e-?mail|write to|contact|reach) us at [^\s@]{1,64}@[^\n]{1,80})$`,
    contains: ['tip', ' us at '],
    maxLength: 240,
  },
  // `The post Juno Captures a Stunning Jovian ‘Pearl’ appeared first on Universe Today.`: the line WordPress adds under
  // each post of its feeds, copied with the post. The site is a name of a few words, so that `The post of ambassador
  // appeared first on a list of jobs the senator wanted.` stays.
  {
    id: 'footer.feed-notice',
    pattern: String.raw`^(?:the|this) (?:post|article|entry) [^\n]{1,250} appeared first on \S+(?: \S+){0,4}$`,
    contains: ['appeared first on'],
    maxLength: 360,
  },
]);

/**
 * What each footer rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * footerDescriptions['footer.link']; // 'A site footer link: "About Us", "Contact Us", "Privacy Policy", "Terms of Use", "Impressum".'
 */
export const footerDescriptions: RuleDescriptions = {
  'footer.link': 'A site footer link: "About Us", "Contact Us", "Privacy Policy", "Terms of Use", "Impressum".',
  'footer.link-run': 'Footer links on one line: "About Us | Contact | Privacy Policy", "Terms of Use (Opens in a new window)".',
  'footer.tip-line': 'The newsroom\'s tip line: "Have a confidential tip for our reporters? Get in Touch", "Send us a tip using our anonymous form.", "Curious about …? Email us at …".',
  'footer.feed-notice': 'The notice WordPress adds under a post in its feeds: "The post <title> appeared first on <site>."',
};
