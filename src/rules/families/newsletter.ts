import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

/**
 * Newsletter and subscription prompts, donation appeals and paywall notices.
 * @example
 * newsletterRules.map((rule) => rule.id); // ['newsletter.label', 'newsletter.prompt', …]
 */
export const newsletterRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `Newsletter Sign Up`, `Subscribe to our Newsletter`, `Newsletter abonnieren`, `You have successfully subscribed.`
  {
    id: 'newsletter.label',
    lines: (
      'Newsletter|Newsletters|Email Newsletter|Email Newsletters|E-mail newsletter|Newsletter Sign Up|Newsletter Signup|Newsletter sign-up|' +
      'Newsletter Subscriptions|Free weekly newsletter|Get Our Newsletter|Get our newsletters|Sign Up for Our Newsletters|Sign up for our newsletter|' +
      'Subscribe to our Newsletter|Subscribe to our newsletters|Subscribe to our best newsletters|Subscribe to newsletters|Subscribe Newsletters|Subscribe|' +
      'Subscribe Now|Subscribe Now!|Subscribe Today|Subscribe here|Sign Up|Sign up now|Sign Up Sign Up|Join|Join now|You have successfully subscribed.|' +
      "You've successfully subscribed to this newsletter!|Thank you for subscribing|Thanks for subscribing!|Thanks for Signing Up|Thanks for signing up!|" +
      'Subscribed|Want more?|Why subscribe?|Subscribe to push notifications|Newsletter abonnieren|Jetzt abonnieren|Abonnieren|Zum Newsletter anmelden|' +
      "Newsletter bestellen|Newsletter-Anmeldung|S'abonner|S'inscrire à la newsletter|Abonnez-vous|Inscrivez-vous à la newsletter|Suscríbete|Suscribirse|" +
      'Suscríbete al newsletter|Iscriviti|Iscriviti alla newsletter|Abbonati|Abonneren|skip past newsletter promotion|after newsletter promotion'
    ).split('|'),
  },
  // `Sign up for our email newsletter for the latest science news`, `Subscribe Today to get the latest
  // news delivered right to your inbox.`, `Want more movie news? Sign up for … free newsletter to get …`,
  // `For more Parents news, make sure to sign up for our newsletter!`, `***Please sign up for CBN Newsletters and download the
  // CBN News app …***`, `Follow Allure on Instagram and Twitter, or subscribe to Allure's newsletter for daily beauty stories …`.
  // The look-ahead asks for a newsletter word, so that `Get out and vote.` stays a sentence.
  {
    id: 'newsletter.prompt',
    pattern: String.raw`^(?=[^\n]{0,200}?\b(?:newsletters?|inbox|e-?mail (?:updates|alerts|list)|mailing list))(?:[*[]{1,3} ?)?(?:want [^\n?]{1,60}\? |never miss [^\n—–-]{1,40}[—–-] ?|for more [^\n,]{1,40}, (?:make sure to |be sure to )?|follow [^\n,]{1,60},? (?:and|or) |please )?(?:sign up|sign-up|subscribe|register|join|get|receive|stay (?:up to date|up-to-date|informed|in the know|on top)|delivered|(?:provide|enter) your e-?mail)\b[^\n]{0,250}$`,
    contains: ['newsletter', 'inbox', 'mail'],
    maxLength: 300,
  },
  // `Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.`, `Jetzt kostenlos zum Newsletter anmelden`, `Mit der
  // Anmeldung willigen Sie der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung ein.`
  {
    id: 'newsletter.prompt-other',
    pattern: String.raw`^(?:(?:hier |jetzt )?(?:unseren |den )?(?:kostenlos(?:en)? )?(?:zum |für den |unseren )?newsletter (?:kostenlos )?(?:anmelden|abonnieren|bestellen)[^\n]{0,80}|abonnieren sie (?:unseren|unsere|den) newsletter[^\n]{0,40}|mit (?:meiner|der|ihrer) anmeldung (?:zum newsletter|willigen sie|willige ich)[^\n]{0,200}|(?:inscrivez-vous|abonnez-vous) à (?:notre|la) newsletter[^\n]{0,120}|(?:suscríbete|suscribete|regístrate) (?:a|en) (?:nuestro|nuestra|el|la) (?:newsletter|boletín)[^\n]{0,120})$`,
    maxLength: 260,
  },
  // `By subscribing, you agree to our Privacy Policy…`, `By clicking Sign Up, you agree to our Terms…`,
  // `I agree to receive emails from Green Car Reports. I understand that I can unsubscribe at any time.`
  {
    id: 'newsletter.fine-print',
    pattern: String.raw`^(?:by (?:subscribing|signing up(?: to [^\n,]{1,40})?|registering|clicking[^\n,]{0,30}|submitting (?:your|this)[^\n,]{0,30}|entering your[^\n,]{0,30}|providing your[^\n,]{0,30}),? you (?:agree|accept|acknowledge|consent|confirm)|you are signing up to receive|i (?:agree|consent) to receive (?:e-?mails|newsletters|communications)|you (?:can|may) unsubscribe at any time|this newsletter may contain)[^\n]{0,400}$`,
    maxLength: 500,
  },
  // `Green Car Reports Newsletter`, `Explore more newsletters`, `Newsletter: Sport inside`, `Weitere Newsletter`: a short
  // heading around the word, with no sentence in it.
  {
    id: 'newsletter.heading',
    pattern: String.raw`^(?:[^\n.!?]{0,40}[ -])?newsletters?(?:[:!]? [^\n.!?]{0,40})?!?$`,
    contains: ['newsletter'],
    maxLength: 80,
  },
  // `Sign up for free, it takes 30 seconds.`, `Subscribe to the Star`, `Sign up for our weekly science updates.`
  {
    id: 'newsletter.subscribe',
    pattern: String.raw`^(?:sign up|subscribe|register)(?: now| today| here)?(?: (?:for|to) (?:our|the|a|free|receive|get)\b[^\n]{0,80})?[.!]?$`,
    maxLength: 100,
  },
  // `Support independent journalism`, `Donate`, `Become a member`, `Jetzt spenden`,
  // `If you enjoy our content, please consider subscribing.`, `Donate and enjoy an ad-free experience`, `Hat Ihnen dieser
  // Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, …`. Not a lone
  // `Contribute`, which heads a section of profile pages.
  {
    id: 'newsletter.donate',
    pattern: String.raw`^(?:(?:please )?donate(?: now| today| here)?(?: and [^\n]{1,60})?|(?:please )?contribute (?:now|today|here)|make a (?:donation|contribution)|online donation|support (?:us|our (?:work|journalism|reporting|newsroom|mission)|(?:independent|local|quality|nonprofit|non-profit) (?:journalism|news|media|reporting))[^\n]{0,80}|become a (?:member|subscriber|patron|supporter|sponsor)[^\n]{0,40}|if you (?:enjoy|value|appreciate|like|rely on) (?:our|this|what)[^\n]{1,80}(?:please )?consider (?:subscribing|supporting|donating|a donation|becoming)[^\n]{0,60}|jetzt spenden|spenden|unterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)|(?:did you (?:enjoy|like) this (?:article|story)|(?:enjoyed|liked) this (?:article|story)|hat ihnen dieser artikel gefallen|gefällt ihnen (?:dieser artikel|unsere arbeit))\?[^\n]{0,40}(?:support|donat|contribut|member|subscri|unterstütz|spende|mitglied|abonn)[^\n]{0,120}|soutenez-nous|faire un don|haz una donación|apóyanos)[.!]?$`,
    maxLength: 200,
  },
  // `Our journalism needs your support. Please subscribe today to …`, `We cannot do this without your help. Support our newsroom by
  // contributing as little as $2 to keep our news free for all.`: an appeal of a few sentences that names the journalism it funds and
  // asks the reader for money, so that a story about a fund for local news does not match (none of the corpora's lines does).
  {
    id: 'newsletter.appeal',
    pattern: String.raw`^(?=[^\n]{0,250}\b(?:contribut|donat|subscri))(?=[^\n]{0,250}\b(?:you|your|us|please|as little as)\b)[^\n]{0,200}\b(?:our (?:journalism|newsroom|reporting|mission)|(?:independent|local|quality|nonprofit|non-profit|fact-based|trusted) (?:journalism|news|reporting)|keep (?:our|the) (?:news|stories|journalism|reporting) free|a free press)\b[^\n]{0,200}$`,
    contains: ['contribut', 'donat', 'subscri'],
    maxLength: 300,
  },
  // `This article is for subscribers only`, `Already a subscriber? Log in`, `Subscribe for unlimited access`,
  // `Esta funcionalidad es sólo para registrados` (a button's notice: this feature is for registered readers only),
  // `この記事は会員限定です。` (this article is for members only), `ログインして続きを読む` (log in to read on).
  {
    id: 'newsletter.paywall',
    pattern: String.raw`^(?:this (?:article|story|content|page) is (?:for|only (?:for|available to)|exclusive(?:ly)? (?:for|to)|reserved for) (?:paying )?(?:subscribers|members)[^\n]{0,60}|subscribe (?:now )?(?:to|and) (?:continue|keep) reading[^\n]{0,60}|subscribe for (?:unlimited|full|digital) access[^\n]{0,60}|you(?:'ve| have) (?:reached|used) (?:your|all of your) (?:free )?(?:article|articles|story|stories)(?: limit)?[^\n]{0,80}|already (?:a subscriber|a member|have an account|registered)\??[^\n]{0,30}|(?:not a (?:subscriber|member)|need an account|don't have an account)\?[^\n]{0,40}|subscriber(?:s)?[ -]only|for subscribers|exclusive for subscribers|\d{1,2} free articles? (?:left|remaining)[^\n]{0,30}|dieser artikel ist (?:nur )?für (?:abonnenten|abonnentinnen)[^\n]{0,60}|réservé aux abonnés|article réservé aux abonnés|exclusivo para suscriptores|contenido exclusivo para suscriptores|esta funcionalidad es s[óo]lo para (?:registrados|suscriptores)|this feature is (?:only )?(?:available )?(?:for|to) (?:registered users|subscribers)(?: only)?|この記事は会員限定です|ログインして続きを読む)[.!。]?$`,
    maxLength: 200,
  },
  // `Add your name to millions demanding that Congress take action …`, `Sign the petition: …`: a petition's appeal to the reader.
  {
    id: 'newsletter.petition',
    pattern: String.raw`^(?:add your name (?:to|and|now|today|if)|sign (?:the|our) petition(?: (?:now|today|here)\b|[:!]))[^\n]{0,200}$`,
    contains: ['add your name', 'petition'],
    maxLength: 250,
  },
]);

/**
 * What each newsletter rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * newsletterDescriptions['newsletter.label']; // 'A newsletter or subscription button: "Subscribe", "Newsletter Sign Up", "Subscribe to our Newsletter", "Newsletter abonnieren".'
 */
export const newsletterDescriptions: RuleDescriptions = {
  'newsletter.label': 'A newsletter or subscription button: "Subscribe", "Newsletter Sign Up", "Subscribe to our Newsletter", "Newsletter abonnieren".',
  'newsletter.prompt': 'A newsletter prompt: "Sign up for our newsletter", "Get the latest news delivered to your inbox".',
  'newsletter.prompt-other': 'A newsletter prompt in German, French or Spanish: "Jetzt zum Newsletter anmelden", "Inscrivez-vous à notre newsletter".',
  'newsletter.fine-print': 'The fine print of a sign-up form: "By subscribing, you agree to our Privacy Policy…", "You can unsubscribe at any time."',
  'newsletter.heading': 'A short newsletter heading: "X Newsletter", "Explore more newsletters", "Newsletter: X".',
  'newsletter.subscribe': 'A subscription prompt: "Sign up for free", "Subscribe to the Star", "Sign up for our weekly updates".',
  'newsletter.donate': 'A donation or membership appeal: "Support independent journalism", "Donate now", "Become a member".',
  'newsletter.appeal': 'An appeal for money in a few sentences: "Our journalism needs your support. Please subscribe today.", "Support our newsroom by contributing as little as $2".',
  'newsletter.paywall': 'A paywall notice: "This article is for subscribers only", "Already a subscriber? Log in", "Subscribe to continue reading".',
  'newsletter.petition': 'A petition\'s appeal to the reader: "Add your name to millions demanding …", "Sign the petition now".',
};
