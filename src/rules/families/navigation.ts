import type { Rule } from '../rule';

/** Menus, breadcrumbs and the controls of a page's interface. */
export const navigationRules: readonly Rule[] = [
  // `Skip to content`, `Skip to main content`, `Toggle Menu`, `Back to top`
  { id: 'navigation.control', family: 'navigation', description: 'A page control: "Skip to content", "Toggle Menu", "Back to top", "Load more", "✕".', lines: ['Skip to content', 'Skip to main content', 'Skip to navigation', 'Skip to footer', 'Skip to content Skip to site index', 'Toggle Menu', 'Toggle navigation', 'Menu', 'Main menu', 'Close', 'Close menu', 'Open menu', 'Search', 'Search for:', 'Sign In', 'Sign in', 'Log In', 'Log in', 'Login', 'Logout', 'Register', 'Subscribe', 'My Account', 'Account', 'Back to top', 'Top', 'Next', 'Previous', 'Next article', 'Previous article', 'Next story', 'Load more', 'Show more', 'See more', 'Read more', 'View more', 'More', 'Home', '✕', '×', 'X', 'Dismiss', 'DISMISS', 'Accept', 'Go', 'Go to', 'Today’s Paper', "Today's Paper", 'Watch', 'Listen', 'Print this page', 'Expand', 'Collapse'] },
  // `Home » News » World`, `Home > Politics`, `Startseite › Politik`
  { id: 'navigation.breadcrumb', family: 'navigation', description: 'A breadcrumb trail: "Home » News » World", "Home > Politics".', pattern: String.raw`^(?:home|startseite|accueil|inicio|news) ?[»>›/|][^»>›/|]{1,40}(?:[»>›/|][^»>›/|]{1,40}){0,5}$`, maxLength: 160 },
  // `Previous articleCol. (Ret.) Benjamin Malcom, 94, …`, `Next articleYou made it!`: links to the neighbouring stories.
  { id: 'navigation.neighbour-story', family: 'navigation', description: 'A link to the previous or next story: "Previous article<headline>", "Next post: <headline>".', pattern: String.raw`^(?:previous|next|prev|older|newer) (?:article|post|story|entry)[^\n]{0,200}$`, maxLength: 240 },
  // `[ ] [Search]`, `[                    ]`: form fields as a text browser draws them.
  { id: 'navigation.form-field', family: 'navigation', description: 'A form field drawn by a text browser: "[ ] [Search]", "[                    ]".', pattern: String.raw`^(?:\[[^\]]{0,40}\]\s*){1,4}$`, maxLength: 120 },
];
