import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

/**
 * Menus, breadcrumbs, account links, previous/next links and form fields of a page's frame.
 * @example
 * navigationRules.find((rule) => rule.id === 'navigation.breadcrumb')?.pattern !== undefined; // true
 */
export const navigationRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `Skip to main content`, `Skip to contentSkip to site index`, `Skip to Article`, `Zum Inhalt springen`,
  // `Accéder au contenu principal`, `Accéder aux raccourcis d'accessibilité`.
  {
    id: 'navigation.skip-link',
    pattern: String.raw`^(?:skip (?:to |past )?(?:the )?(?:main |primary )?(?:content|article|navigation|nav|menu|footer|search|site index|links|main)(?:\b|(?=skip))[^\n]{0,40}|skip|(?:zum|direkt zum) (?:inhalt|hauptinhalt|artikel)(?: springen)?|zur (?:navigation|startseite|suche)(?: springen)?|aller (?:au|à la) (?:contenu|navigation)(?: principal)?|accéder (?:au|à la|aux) (?:contenu(?: principal)?|navigation(?: principale)?|recherche|pied de page|raccourcis d['’]accessibilité)|(?:ir|saltar) al contenido(?: principal)?|vai al contenuto(?: principale)?)$`,
    maxLength: 60,
  },
  // `Toggle Menu`, `Main menu`, `Search`, `Sign In`, `Back to top`, `Load more`, `✕`: a control of the page frame.
  {
    id: 'navigation.control',
    lines: [
      'Toggle Menu', 'Toggle navigation', 'Toggle search', 'Menu', 'Main menu', 'Open menu', 'Close menu', 'Open menu Close menu', 'Open Navigation Menu', 'Open main menu button',
      'Close the menu', 'Navigation', 'Main navigation', 'Sections', 'All Sections', 'Jump to', 'Go', 'Go to', 'Expand', 'Collapse', 'Expand / Collapse search',
      'Search', 'Search for', 'SearchSearch', 'Search Query', 'Enter Search Term', 'Search this site', 'Type to search',
      'Sign In', 'Sign Out', 'Log In', 'Login', 'Log Out', 'Logout', 'Register', 'My Account', 'Account', 'Your account', 'Login Account',
      'Log in Account', 'Sign In | Subscribe', 'Sign in or register', 'Log in or sign up', 'Sign In with your social account', 'Forgot your password?', 'Forgot password?',
      'Reset your password', 'Password', 'Confirm Password', 'Remember me', 'Back to top', 'Top', 'Scroll to top', 'Return to top',
      'Next', 'Previous', 'Prev', '« Previous', '« Prev', 'Next story', 'Previous story', 'Next article', 'Previous article', 'Next post', 'Previous post',
      'Older posts', 'Newer posts', 'Load more', 'Show more', 'See more', 'View more', 'View all', 'See all',
      'Show all', 'More', 'More...', 'More…', 'Home', 'Close', 'Dismiss', 'Close Alert', '✕', '×', '✖', 'Loading...', 'Loading…', 'Loading',
      'Menü', 'Hauptmenü', 'Hauptnavigation', 'Suche', 'Suchen', 'Anmelden', 'Abmelden', 'Einloggen', 'Registrieren', 'Mein Konto', 'Nach oben', 'Zurück nach oben', 'Weiter',
      'Zurück', 'Mehr', 'Mehr anzeigen', 'Mehr laden', 'Weitere laden', 'Alle anzeigen', 'Schließen', 'Startseite', 'Rechercher', 'Se connecter', 'Connexion', 'Mon compte',
      'Haut de page', 'Retour en haut', 'Voir plus', 'Fermer', 'Accueil', 'Buscar', 'Iniciar sesión', 'Mi cuenta', 'Volver arriba', 'Ver más', 'Cargar más', 'Cerrar',
      'Inicio', 'Cerca', 'Accedi', 'Chiudi', 'Today’s Paper', "Today's Paper", 'E-Paper', 'ePaper', 'Quick Links',
      'Please fill out this field.', 'Email Address', 'Your email', 'Your email address', 'Maybe later',
    ],
  },
  // `Home » News » World`, `Home > Politics`, `Home / News / Electric Cars`, `Startseite › Politik`.
  {
    id: 'navigation.breadcrumb',
    pattern: String.raw`^(?:home|home page|startseite|accueil|inicio|portada)(?: [»>›|/] [^»>›|/\n]{1,40}){0,6}(?: [»>›])?$`,
    maxLength: 160,
  },
  // `News › World › Middle East`: a breadcrumb trail of three or more steps, from wherever it starts.
  {
    id: 'navigation.breadcrumb-trail',
    pattern: String.raw`^[^»>›|\n]{1,30}(?: [»>›] [^»>›|\n]{1,30}){2,6}$`,
    contains: ['»', '>', '›'],
    maxLength: 160,
  },
  // `Previous articleCol. (Ret.) Benjamin Studdard Malcom, 94, of Peachtree City`, `Next post: <headline>`: links to the neighbouring stories.
  {
    id: 'navigation.neighbour-story',
    pattern: String.raw`^(?:previous|next|prev|older|newer) (?:article|post|story|entry)[^\n]{0,200}$`,
    maxLength: 240,
  },
  // `[ ] [Search]`, `[                    ]`, `Search for: [ ] [Search]`, `[*] Remember me`, `Email [ ]`, `[Search ... ]`:
  // form fields drawn by a text browser, a text field padded with spaces up to its closing bracket.
  {
    id: 'navigation.form-field',
    pattern: String.raw`^(?:[^\[\]\n]{1,40} )?\[[ *x_]{0,60}\](?: ?\[[\p{L} ]{1,20}\]| ?[^\[\]\n]{1,60})?$|^\[[^\[\]\n]{1,40} \]$`,
    contains: ['['],
    maxLength: 120,
  },
  // `[Search]`, `[Submit]`, `[Subscribe]`: a form button drawn by a text browser.
  {
    id: 'navigation.form-button',
    pattern: String.raw`^\[(?:search|submit|go|ok|send|subscribe|sign up|log ?in|sign in|all|suchen|senden|absenden|anmelden|rechercher|envoyer|buscar|enviar) ?\]$`,
    maxLength: 20,
  },
]);

/**
 * What each navigation rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * navigationDescriptions['navigation.skip-link']; // 'A skip link for screen readers: "Skip to content", "Skip to main content", "Zum Inhalt springen".'
 */
export const navigationDescriptions: RuleDescriptions = {
  'navigation.skip-link': 'A skip link for screen readers: "Skip to content", "Skip to main content", "Zum Inhalt springen".',
  'navigation.control': 'A page control: "Toggle Menu", "Menu", "Search", "Sign In", "Back to top", "Load more", "✕".',
  'navigation.breadcrumb': 'A breadcrumb trail from the home page: "Home » News » World", "Home > Politics", "Home / News / Electric Cars".',
  'navigation.breadcrumb-trail': 'A breadcrumb trail of three or more short steps: "News › World › Middle East".',
  'navigation.neighbour-story': 'A link to the previous or next story: "Previous article<headline>", "Next post: <headline>".',
  'navigation.form-field': 'A form field drawn by a text browser: "[ ] [Search]", "[                    ]", "[*] Remember me".',
  'navigation.form-button': 'A form button drawn by a text browser: "[Search]", "[Submit]", "[Subscribe]".',
};
