// Wire agencies and outlets that stand in bylines instead of (or beside) people: `By Judah Ari Gross and AP`.
const AGENCIES = (
  'ap|associated press|the associated press|reuters|thomson reuters|afp|agence france-presse|agence france presse|bloomberg|bloomberg news|cnn|cnn wire|' +
  'bbc|bbc news|dpa|upi|united press international|efe|ansa|xinhua|tass|pa|pa media|press association|kyodo|kyodo news|yonhap|aap|ians|pti|ani|apa|kna|epd|' +
  'sid|news wire services|wire services|wires|staff|staff reports|staff report|news desk|web desk|editorial board|the editorial board|getty images|' +
  'fox news|nbc news|abc news|cbs news|al jazeera|npr|cnbc|the hill|axios|politico|' +
  // National agencies that sign stories in their own languages: `Europa Press`, `PAP`, `ČTK`, `TT`, `NTB`, `Ritzau`, `AA`.
  'europa press|agencia efe|lusa|agência lusa|agência brasil|anp|belga|sda|keystone-sda|pap|čtk|tasr|mti|' +
  'tt|ntb|ritzau|stt|ria novosti|interfax|ukrinform|unian|aa|iha|dha|antara|bernama|agerpres|hina|bta'
).split('|');

// Desks and staff bylines: `Times of Israel staff`, `The Standard Staff`, `Sports Desk`, `tagesschau.de-Redaktion`, `Redazione`, `Redactie`,
// `Da Redação`, `Redaksi`, `Haber Merkezi` (Turkish news desk).
const DESK_SUFFIX = /(?:^|[\s-])(?:staff(?: writers?| reports?)?|editorial board|newsroom|news services?|wire services?|wire|desk|editors|redaktion|redaktionen|rédaction|redacción|redação|redazione|redactie|redakcja|redaksjonen|redaksi|szerkesztőség|toimitus|haber merkezi|agencies|agencias|agenturen|team)$/iu;

const AGENCY_NAMES = new Set(AGENCIES);

/**
 * Whether a name in a byline is an organisation: a wire agency, an outlet or a staff desk.
 * @example
 * isOrganization('AP'); // true
 * isOrganization('Times of Israel staff'); // true
 * isOrganization('Judah Ari Gross'); // false
 * @internal
 */
export function isOrganization(name: string): boolean {
  const key = name.toLowerCase().replace(/\.$/, '');
  return AGENCY_NAMES.has(key) || DESK_SUFFIX.test(key) || /\.(?:com|org|net|de|co\.uk)$/u.test(key);
}

/** Outlets written after a name, longest first; exported for the ReDoS check. @internal */
export const TRAILING_AGENCY = new RegExp(`\\s(?<agency>${[...AGENCY_NAMES].filter((name) => name.includes(' ') || name.length > 3).sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'iu');

/**
 * The wire agency or outlet written at the end of a name without a separator (`Michael Ruiz Fox News` → `Fox News`), or null.
 * @example
 * trailingOrganization("JOHN O'CONNOR Associated Press"); // 'Associated Press'
 * @internal
 */
export function trailingOrganization(name: string): string | null {
  return TRAILING_AGENCY.exec(name)?.groups?.['agency'] ?? null;
}
