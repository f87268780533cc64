import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

/**
 * Cookie banners and consent dialogs.
 * @example
 * consentRules.find((rule) => rule.id === 'consent.button')?.lines?.includes('Accept all cookies'); // true
 */
export const consentRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `We use cookies to ensure that we give you the best experience on our website…`,
  // `This website uses cookies to enhance user experience…`, `By choosing I Accept, you consent to our use of cookies…`.
  // The look-ahead wants the site or the browsing in it: `We use cookies as a reward, the dog trainer said.` is a story.
  {
    id: 'consent.cookies',
    pattern: String.raw`^(?=[^\n]{0,300}?(?:site|experience|brows|traffic|personali[sz]|analy[sz]|advertis|consent|privacy|seite|erlebnis|angebot|nutzung|navigat|navegaci|expérience|experiencia))(?:(?:we|we and our partners) use cookies|(?:this|our) (?:web)?site (?:uses|stores data such as) cookies|by (?:using|continuing to (?:use|browse))[^\n,]{0,40},? you (?:agree|consent) to (?:our|the) use of cookies|by (?:choosing|clicking)[^\n,]{0,40},? you consent to (?:our|the) use of cookies|wir (?:verwenden|nutzen) cookies|diese (?:web)?seite (?:verwendet|nutzt) cookies|nous utilisons des cookies|ce site utilise des cookies|(?:utilizamos|usamos) cookies|este sitio (?:web )?utiliza cookies)\b[^\n]{0,500}$`,
    contains: ['cookie'],
    maxLength: 600,
  },
  // `Accept all cookies`, `Manage preferences`, `Cookies Settings Reject All Accept All`, `Alle akzeptieren`: a button of the dialog.
  {
    id: 'consent.button',
    lines: (
      'Accept|Accept all|Accept all cookies|Accept Cookies|Allow All Cookies|Allow all|Allow cookies|Reject All|Reject all cookies|Decline|I Accept|' +
      'I agree|Agree|Got it|Got it!|OK|Okay|Manage preferences|Manage Consent Preferences|Manage cookies|Manage consent|Manage Privacy Preferences|' +
      'Manage my privacy preferences|Manage my advertising preferences|Consent Preferences|Consent choices|Change Ad Consent|Cookie Settings|' +
      'Cookies Settings|Cookie Preferences|Privacy Preferences|Privacy & Cookie Settings|Privacy Settings|Cookie Preferences Cookie List|Cookie List|' +
      'Cookies Settings Reject All Accept All|Always Active|Save Settings|Confirm My Choices|Cookie banner|Cookie-Manager|Cookies Choices|Cookie Consent|' +
      'Alle akzeptieren|Akzeptieren|Alle ablehnen|Ablehnen|Zustimmen|Einstellungen|Datenschutz-Einstellungen|Cookie-Einstellungen|Einwilligung widerrufen|' +
      'Privatsphäre-Einstellungen|Tout accepter|Tout refuser|Accepter|Refuser|Paramétrer les cookies|Gérer mes préférences|Gérer les cookies|Aceptar|' +
      'Aceptar todo|Aceptar todas|Rechazar|Configurar cookies|Accetta|Accetta tutto|Rifiuta'
    ).split('|'),
  },
  // `We do not allow you to opt-out of our certain cookies, as they are necessary…`, `A cookie is a small piece of data…`,
  // `Targeting cookies may be set through our site by our advertising partners…`: the explanations of a consent
  // centre, long prose about cookies that would otherwise outweigh a short story.
  {
    id: 'consent.explanation',
    pattern: String.raw`^(?:we do not allow you to opt[- ]out of (?:our )?certain cookies|we also use cookies to personali[sz]e|when you visit (?:our|the|this|any) (?:web)?site,|under the california consumer privacy act,? you have the right to opt[- ]out|a cookie is a small piece of data|(?:strictly necessary|targeting|social media|performance|functional|analytics|advertising) cookies (?:may be|are) (?:set|used))[^\n]{0,1500}$`,
    contains: ['cookie'],
    maxLength: 1600,
  },
  // `Strictly Necessary Cookies - Always Active`, `Targeting Cookies`, `Sale of Personal Data, Targeting & Social Media Cookies`.
  {
    id: 'consent.cookie-category',
    pattern: String.raw`^[^\n]{0,60}\b(?:necessary|performance|functional|functionality|targeting|social media|analytics?|advertising|marketing|third[- ]party|essential|statistics) cookies(?: - always active)?$`,
    contains: [' cookies'],
    maxLength: 80,
  },
]);

/**
 * What each consent rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * consentDescriptions['consent.cookies']; // 'A cookie notice: "We use cookies…", "This website uses cookies…", "Wir verwenden Cookies…".'
 */
export const consentDescriptions: RuleDescriptions = {
  'consent.cookies': 'A cookie notice: "We use cookies…", "This website uses cookies…", "Wir verwenden Cookies…".',
  'consent.button': 'A button or heading of a consent dialog: "Accept all cookies", "Manage preferences", "Alle akzeptieren".',
  'consent.explanation': 'An explanation in a consent centre: "We do not allow you to opt-out of our certain cookies…", "A cookie is a small piece of data…".',
  'consent.cookie-category': 'A cookie category of a consent dialog: "Strictly Necessary Cookies", "Targeting Cookies".',
};
