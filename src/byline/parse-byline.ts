import type { Author, Byline } from '../model/schemas';
import { findDate, type FoundDate } from '../dates';
import { trimEndWhere } from '../normalize/trim-end';
import { isOrganization, trailingOrganization } from './organizations';
import { foldSpaces } from './fold-spaces';
import { startsWithAuthorLabel, withoutDumpResidue } from './dump-residue';
import { AUTHOR_LABELS, PIECE_KINDS, WRITTEN_BY } from './author-labels';
import { koreanReporters } from './korean-reporters';

// `By`, `Posted by`, `Written by`, `Reporting by`, `Words by`, `Analysis by`, `Ein Kommentar von`, and their German, French, Spanish, Italian, Dutch and Nordic forms.
// Bylines are read with white space folded to single spaces, so the patterns below need no `\s+`.
// `Van` and `Dal` only before the paper's own (`Van onze verslaggever`, `Dal nostro inviato`): a name may start with `Van`.
/** The label a byline's names follow; exported for the ReDoS check. @internal */
export const PREFIX = new RegExp(String.raw`^(?:(?:posted|written|words|reported|reporting|story|text|photos?|compiled|edited|produced|analysis|commentary|opinion|review|news|feature|interview|guide) by|(?:eine? )?(?:${PIECE_KINDS}) von|by|from|von|par|por|di|door|av|af|van(?= onze )|dal(?:la)?(?= nostr[oa] )|texto|texte|text|tekst|author|${AUTHOR_LABELS}|${WRITTEN_BY})(?: ?:)? `, 'iu');
/** `ByRahul Singh`, `byRahimu Fadhili`: the space lost between `By` and the name (case matters: `Byron Allen` is a name). @internal */
export const GLUED_BY = /^[Bb]y(?=\p{Lu}\p{Ll})/u;
// Job titles that come before a name: `FOCUS-online-Redakteur Thomas Sabin`, `Senior Correspondent Jane Doe`, maybe as the paper's own
// (`unserem Korrespondenten Jan Berg`, `onze verslaggever Jan Jansen`, `notre correspondante Marie Dubois`, `nostro inviato Marco Rossi`);
// Polish and Czech spell them with one `r` (`korespondent`, `korespondentka`) and have their own (`redaktorka`, `dziennikarz`, `novinář`).
const ROLE_WORDS =
  'staff writer|staff reporter|senior writer|senior reporter|senior correspondent|political correspondent|chief correspondent|foreign correspondent|correspondent|contributor|contributing writer|contributing editor|editor-at-large|editor in chief|senior editor|managing editor|editor|reporter|writer|columnist|journalist|journaliste|photographer|analyst|redakteur(?:in)?|korrespondent(?:in|en)?|korespondent(?:ka)?|redaktor(?:ka)?|dziennikar(?:z|ka)|novinář(?:ka)?|reportér(?:ka)?|reporter(?:in)?|autor(?:in)?|redactor(?:a)?|periodista|corresponsal|envoyé spécial|envoyée spéciale|correspondant(?:e)?|corrispondente|inviat[oa]|redacteur|verslaggever|correspondent(?:e)?|intern|professor|profesor|profesorius|profesorė|professeur|professeure|professore|professoressa|professorin|hoogleraar|docent|lecturer|news agency|nachrichtenagentur|presseagentur|agence de presse|agencia de noticias|agenzia di stampa|persbureau';
/** @internal Exported for the ReDoS check. */
export const LEADING_ROLE = new RegExp(`^(?:(?:our|unse?re[mnrs]?|onze|notre|nostr[oa]|nuestr[oa]) )?(?:[\\p{L}.]+-)*(?:${ROLE_WORDS}) (?=\\p{Lu})`, 'iu');
// The last word of a newspaper's name: `Battle Creek Enquirer`, `Globe Correspondent`.
const OUTLET_WORDS = 'post|times|tribune|herald|journal|gazette|globe|news|business|courier|press|star|chronicle|daily|record|register|sentinel|observer|independent|telegraph|enquirer|network|today|magazine|media|wire';
/** @internal Exported for the ReDoS check. */
export const TRAILING_ROLE = new RegExp(` (?:(?:${OUTLET_WORDS}) )?(?:(?:staff|senior|chief|contributing|special|political|foreign) )?(?:${ROLE_WORDS})$`, 'iu');
// A role and where it is held after the name, without a comma: `Marco Rossi inviato a Kiev`, `Ana García corresponsal en Bruselas`;
// maybe as the paper's own (`Jean Dupont, de notre correspondant à Bruxelles`), whose words are no second name.
/** @internal Exported for the ReDoS check. */
export const TRAILING_ROLE_IN_PLACE = new RegExp(` (?:(?:de|dal|del|von|from) )?(?:(?:our|unse?re[mnrs]?|onze|notre|nostr[oa]|nuestr[oa]) )?(?:${ROLE_WORDS}) (?:in|a|à|au|en|em|nel|nella|w|i|op|te|bei|aus|at) (?=\\S)`, 'iu');
// A line that is only a role, maybe with where it is held: `Senior Correspondent`, `Correspondent in Athens`, `inviato a Kiev`,
// `envoyée spéciale au Caire`, `Korrespondent i Kyiv` (Nordic), `Reporter w Warszawie` (Polish).
/** @internal Exported for the ReDoS check. */
export const ROLE_ONLY = new RegExp(`^(?:(?:the|a|an|our|senior|chief|deputy|associate|assistant|general|special|national|global|political|business|sports|health|science|tech|technology|news|staff|world|washington|white house|legal|economics|investigative|digital|freelance|contributing|guest|opinion) )*(?:${ROLE_WORDS})s?(?: (?:at|for|of|with|in|en|bei|für|à|a|au|dans|de|di|da|em|nel|nella|op|te|i|w) .*)?$`, 'iu');
// Dates, times and places after the names: `Brett Samuels - 12/22/23 11:35 AM ET`, `Jane Doe on March 3, 2021`.
// A month is a date's only with its day or year (`May 3`, `Dec. 2023`): after a comma, `April Ryan` and `Jan Kowalski` are names.
const TRAILING_DATE =
  / ?(?:[-–—|,•·] ?| (?:on|am|le|el|updated|published|posted) )(?:\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.? ?\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|updated|published|posted|last updated)\.?(?!\p{L}))/iu;
// The lookahead stands before the lookbehind, which V8 would try at every offset (as in GLUED_DATE below).
const GLUED_ROLE = /(?=(?:Staff|Senior|Contributing|Reporter|Writer|Correspondent|Editor|Columnist|Published|Updated|Posted|Korrespondent|Redakteur|Autor)(?!\p{Ll}{3}))(?<=\p{Ll})/gu;
/** `Tyrese GriffinOct 17, 2023`, `Desirée ODec. 18, 2023`, `Tobias Mühlbauer24.04.2024`: a date glued to the name (or desk) before it. @internal */
// The date is looked for before the letter behind it: V8 finds a lookahead's first characters quickly, and
// tried the lookbehind at every offset.
// A month's name may follow a digit too (`General Editor, F1Dec 19, 2023`); a date in digits may not (`2024.05.03`).
export const GLUED_DATE = /(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.? \d)(?<=[\p{L}\d])|(?=\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)(?<=\p{L})/gu;
// `Ayeesha WalshShowbiz & TV Reporter`, `Sandhya KambhampatiData`: a desk glued to the surname ends the names.
// Surnames with a capital inside start with a short particle (`McCoy`, `DeSantis`, `LaGuardia`), or with `Vander`.
const GLUED_DESK = / (?!Vander)(?<surname>\p{Lu}\p{Ll}{3,30})\p{Lu}\p{Ll}{2}/u;
// `Dec 19, 2023 by News Staff`, `Dec 21, 2023 at1:39 pm | By Lexi G`, `9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer`:
// after a leading date, only its time and a separator or `by` come before the names.
const AFTER_DATE = /^[\s,|•·–—-]{0,3}(?:at ?\d{1,2}[:.]\d{2} ?(?:[ap]\.? ?m\.?)?)?(?: ?uhr)?(?:[\s,|•·/–—-]{0,3}(?<=\s|^)(?=by \S)|[\s,]{0,2}[|•·/–—-] ?(?=\p{Lu}))/iu;
/** `Ntombizethu Ngcobo 2 minutes read`: the reading time after the names. @internal */
export const READING_TIME = / \d{1,3} ?(?:min(?:ute)?s?\.?|mins?) (?:read|lesezeit|lectura|de lecture)\b/iu;
/** `John Sexton 4:00 PM on December 20, 2023`: the time before the date. @internal */
export const TRAILING_TIME = / \d{1,2}:\d{2}(?!\d)/u;
// `Caroline Delbert Published: Dec 20, 2023` once the glued `Published` is set apart; `Marie Dubois Publié le 12/03/2024`,
// `Juan Pérez Actualizado: 12/03/2024`, `Marco Rossi Pubblicato il 12 marzo 2024` in other languages.
const PUBLISHED_LABEL =
  / (?:published|updated|posted|publiée?|mis à jour|actualizado|publicado|pubblicato|aggiornato|veröffentlicht|aktualisiert|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert)(?: ?:| (?:on|le|il|el|em|am|op|den)(?!\p{L})| \d|$)/iu;
// `With News Wire Services`, `mit dpa`: the desk a story was written with, under the story's own names; `Da Redação`: from the desk.
const DESK_ARTICLE = /^(?:der|die|das|la|le|el|il|de|da|do|unse?re[mnrs]?|onze|notre|nostr[oa]|nuestr[oa]|with|mit|avec|con) /iu;
// `Marie Dubois (avec AFP)`, `Jane Doe (with Reuters)`, `Juan Pérez (EFE)`, `Jana Novak (Text)`: what a byline puts in parentheses.
const PARENTHESES = / ?\((?:(avec|with|mit|con|com|and|und|et|y) )?([^()]{1,40})\)/giu;
// `Texto: Ana Pérez Fotos: Juan López`: the photographer's label ends the writers' names.
// `Story by Jane Doe • Photos by John Roe` too, with the mark between them.
const PHOTO_LABEL = / (?:[•·|/] )?(?:(?:photos?|fotos?|fotografías?|fotografie|bilder?|images?|illustrations?|ilustración|grafik|video) ?:|(?:photos?|photography|videos?|illustrations?|graphics?|fotos?) (?:by|von|par|por|di|door) )/iu;
const FOR_OUTLET = / (?:[Ff]or|[Ff]ür|[Pp]our|[Pp]ara|[Pp]er) \p{Lu}/u;
// `By Jane Doe, one of the authors of our newsletter. Doe has covered…`: a sentence about the author after the names.
const APPOSITIVE = /, (?=\p{Ll}[^,]{20})/u;
// `Jane Doe via Reuters`, `Yi-Jin Yu via logo`: where the story or the picture beside the names came from.
const VIA = / via /iu;
// What stood between the names and the date that was cut: `Tom Caswell on`, `Ryan Sparks •`.
const DANGLING_MARK = /[\s•·|,–—-]/u;
/** Whether a character is a mark left between names and a date cut off them (`Tom Caswell •`). @internal */
export const isDanglingMark = (char: string) => DANGLING_MARK.test(char);
const DANGLING_WORD = /[ ,](?:on|am|le|el|at|um|updated|published)$/iu;
const NAME_END = /[\s.,:;-]/u;
// The dash or colon after a prefix: `By — Jane Doe`, `Autor: Jane Doe`.
const LEADING_MARK = /^[-–—:] ?/u;
const isNameEnd = (char: string) => NAME_END.test(char);
const FAR_FUTURE = new Date(Date.UTC(9999, 0, 1));
// Patterns with Unicode properties stand here, not in the functions: esbuild for a Node 20 target (as under tsx) turns them into
// `new RegExp` calls, which would run on every call.
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITALS = /^\p{Lu}{2,}$/u;
const PLAIN_NAME = /^\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){1,2}$/u;
// The words that join two names (`Trine Juncher Jørgensen og Tôrtia Reimer-Johansen`); case matters, since `Y` may be an initial.
const JOINERS = 'and|And|AND|und|et|y|e|og|och|en|with|mit|avec|con|com';
/** A word that joins two names in a byline. @internal */
export const NAME_JOINER = new RegExp(`^(?:${JOINERS})$`, 'u');
// A dash between spaces separates too: `By Vaughn Cockayne - The Washington Times`.
// A comma may stand before the last joiner too: `Jane Doe, Sam Poe, and John Roe`.
const SEPARATORS = new RegExp(`( ?[,;|/&] ?(?:(?:${JOINERS}) )?| [-–—] | (?:${JOINERS}) )`, 'u');
const AFFILIATION_MARK = /[,|/–—-]/u;
// Academic and medical degrees written after a name: `Ph.D.`, `MD`, `M.P.H.`.
const DEGREE = /^(?:Ph\.? ?D\.?|Psy\.? ?D\.?|M\.? ?D\.?|M\.P\.H\.?|MPH|DDS|D\.O\.|R\.N\.|J\.D\.|Esq\.?)$/u;
// `InfoWorld`, `The Associated Press`, `New York Daily News`: what follows a person after a comma and is no second person.
// A name that opens with an article is a title, never a person's: `Jim Quinn / The Burning Platform`, `Jane Doe, Die Zeit`; one that opens
// with `of`, `da` or `de` says where the person writes (`João Silva, da Folha`, `Ana Pérez, de El País`): a co-author has a first name.
const ARTICLE_LED = /^(?:The|Der|Die|Das|Het|of|from|at|da|do|de|del|di|du|aus|z|ze) \p{Lu}/u;
const isAffiliation = (name: string) => isOrganization(name) || !name.includes(' ') || isOutletName(name) || ARTICLE_LED.test(name);
// Links and buttons that sit beside bylines: never an author.
const NOT_A_NAME = /^(?:email the author|email|e-mail|follow|follow on twitter|twitter|facebook|view all posts|more from this author|more by this author|contact|contact the author|view profile|bio|see all|updated|published|and|more)$/iu;
/** A word of a written name: capitalised, an initial, or a particle (`van`, `de`, `bin`). @internal */
export const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|(?:van|von|de|der|den|del|della|di|da|du|la|le|al|el|bin|ibn|ben|dos|das|y|e|st\.?|mc|o’|o'|zu)|al-\p{L}+)$/u;

/**
 * Reads a byline into its authors: prefixes (By, Posted by, Von, Par, Por) off, split on `,` `and` `&` `;` `|` `/`
 * without splitting inside a name, roles and titles dropped, trailing dates cut, wire agencies and desks as organisations.
 * Never throws.
 * @param line - The byline as written.
 * @returns The byline and its authors, in order.
 * @example
 * parseByline('By Judah Ari Gross and AP').authors;
 * // [{ name: 'Judah Ari Gross', kind: 'person' }, { name: 'AP', kind: 'organization' }]
 * parseByline('by Brett Samuels - 12/22/23 11:35 AM ET').authors; // [{ name: 'Brett Samuels', kind: 'person' }]
 */
export function parseByline(line: string): Byline {
  const raw = line.trim();
  const authors: Author[] = [];
  if (raw.length > 300) return { raw, authors };
  const folded = withoutDumpResidue(foldSpaces(raw));
  // `구현모 기자`: a Korean signature writes the title after the name, and no separator between the places and the name.
  const reporters = koreanReporters(folded);
  if (reporters !== null) return { raw, authors: reporters.map((name) => ({ name, kind: 'person' })) };
  const parts = namesOf(bylineAfterDate(folded) ?? folded).split(SEPARATORS);
  for (let index = 0; index < parts.length; index += 2) {
    // `Simon Bisson, InfoWorld`, `John O'Connor, The Associated Press`: after a person and a comma, an outlet is where they write, not a co-author.
    const affiliation = index > 0 && AFFILIATION_MARK.test(parts[index - 1]!) && authors.some((author) => author.kind === 'person');
    // `Robert E. Moffit, Ph.D.`: a degree after a comma is part of the name before it.
    const last = authors[authors.length - 1];
    const degree = (parts[index] ?? '').trim();
    if (last?.kind === 'person' && parts[index - 1]?.trim() === ',' && DEGREE.test(degree)) {
      authors[authors.length - 1] = { ...last, name: `${last.name}, ${degree}` };
      continue;
    }
    const cleaned = cleanName(parts[index] ?? '');
    if (affiliation && cleaned !== null && isAffiliation(cleaned)) continue;
    for (const found of splitOrganization(cleaned)) {
      const organization = isOrganization(found);
      const name = organization ? outletWithoutStaff(found) : found;
      if (authors.some((author) => author.name === name) || (affiliation && isAffiliation(name))) continue;
      authors.push({ name, kind: organization ? 'organization' : 'person' });
    }
  }
  return { raw, authors };
}

/**
 * The byline that follows a date at the start of a line (`Dec 19, 2023 by News Staff`, `Dec 19, 2023 / Jane Doe`), from its `by` or its names; or null.
 * @example
 * bylineAfterDate('Dec 21, 2023 at1:39 pm | By Lexi G'); // 'By Lexi G'
 * @internal
 */
export function bylineAfterDate(line: string, date: FoundDate | null = findDate(line, FAR_FUTURE)): string | null {
  if (date === null || date.start > 0) return null;
  const rest = line.slice(date.end);
  const between = AFTER_DATE.exec(rest);
  if (between !== null) return rest.slice(between[0].length);
  // `22.08.2024 Profilbild von Jane Doe`: a full dump glues the alt text of the author's photo, which names them, to the date.
  const label = rest.trimStart();
  return rest.startsWith(' ') && startsWithAuthorLabel(label) ? label : null;
}

// `By Tomas Franzese December 22, 2023`, `By Marta Jary For Daily Mail Australia`, `By Deborah NetburnStaff Writer`
function namesOf(line: string): string {
  // E-mail addresses and @handles are contact details, not names (`Sharon Goldman@sharongoldman`).
  // `Von [b9f]BR24 Redaktion`: a lone `Von` joined to the names under it, which carry the alt text of an image.
  let names = withoutDumpResidue(line.replace(PREFIX, '').replace(LEADING_MARK, '')).replace(GLUED_BY, '').replace(PARENTHESES, agencyInParentheses).split(' ').map(withoutHandle).filter((word) => !word.includes('@')).join(' ').replace(GLUED_ROLE, ' ').replace(GLUED_DATE, ' ');
  const date = findDate(names, FAR_FUTURE);
  if (date) names = trimEndWhere(trimEndWhere(names.slice(0, date.start), isDanglingMark).replace(DANGLING_WORD, ''), isDanglingMark);
  return withoutGluedDesk(cutAt(cutAt(cutAt(cutAt(cutAt(cutAt(cutAt(cutAt(beforeRoleInPlace(beforeFullStop(names)), APPOSITIVE), PUBLISHED_LABEL), PHOTO_LABEL), TRAILING_DATE), FOR_OUTLET), VIA), TRAILING_TIME), READING_TIME));
}

/**
 * Names without the role and the place after them (`Marco Rossi inviato a Kiev` → `Marco Rossi`): the place is a name, so it is
 * cut before the names are split on a joiner it may hold (`corresponsal en Bruselas`).
 * @example
 * beforeRoleInPlace('Ana García corresponsal en Bruselas'); // 'Ana García'
 * @internal
 */
export function beforeRoleInPlace(names: string): string {
  const role = TRAILING_ROLE_IN_PLACE.exec(names);
  return role !== null && CAPITAL_FIRST.test(names.slice(role.index + role[0].length)) ? names.slice(0, role.index) : names;
}

const CAPITAL_FIRST = /^\p{Lu}/u;

// Titles written with a full stop before a name (`Prof. Jan Berg`, `Mrs. Jane Doe`), which ends no sentence.
const TITLES = new Set(['prof', 'mrs', 'mr', 'ms', 'dr', 'st', 'jr', 'sr', 'mag', 'ing', 'dipl', 'rev', 'gen', 'col', 'capt', 'sen', 'rep', 'gov', 'sgt', 'lt']);
// Names have no capitalised word of two letters or more before a full stop but a title (`Jane Q. Doe`, `Prof. Jan Berg`); a small
// word before one is an abbreviated degree (`Dr. med. Anna Schmidt`, `Dr. rer. nat. Jan Berg`).
const SENTENCE_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * Names without what follows a full stop that ends a sentence after them (`Ana García. Madrid` → `Ana García`); not the full stop of
 * an initial or a title (`Jane Q. Doe`, `Prof. Jan Berg`).
 * @example
 * beforeFullStop('Ana García. Madrid'); // 'Ana García'
 * @internal
 */
export function beforeFullStop(names: string): string {
  for (let at = names.indexOf('. '); at !== -1; at = names.indexOf('. ', at + 2)) {
    const before = names.slice(0, at);
    const space = before.lastIndexOf(' ');
    const word = before.slice(space + 1);
    if (space !== -1 && SENTENCE_WORD.test(word) && !TITLES.has(word.toLowerCase())) return before;
  }
  return names;
}

/**
 * Names without the desk a template glued to the surname (`Ayeesha WalshShowbiz & TV Reporter` → `Ayeesha Walsh`).
 * @example
 * withoutGluedDesk('Ayeesha WalshShowbiz & TV Reporter'); // 'Ayeesha Walsh'
 * @internal
 */
export function withoutGluedDesk(names: string): string {
  const glued = GLUED_DESK.exec(names);
  return glued === null ? names : names.slice(0, glued.index + 1 + glued.groups!['surname']!.length);
}

// `Marie Dubois (avec AFP)`: an agency in parentheses after `with` is an author beside the names; `Juan Pérez (EFE)`, where they
// write, as after a comma (`Juan Pérez, EFE`). Anything else there (`Jan Berg (Text)`, `Jan Berg (Berlin)`) is no name.
function agencyInParentheses(_: string, joiner: string | undefined, inner: string): string {
  if (!isOrganization(inner)) return '';
  return joiner === undefined ? `, ${inner}` : ` and ${inner}`;
}

// `Goldman@sharongoldman`: a handle glued to a name.
function withoutHandle(word: string): string {
  const at = word.indexOf('@');
  return at > 0 && CAPITALISED_WORD.test(word.slice(0, at)) ? word.slice(0, at) : word;
}

/**
 * A byline without the sentence about the author after its names.
 * @example
 * withoutAppositive('By Jane Doe, one of the authors of our newsletter.'); // 'By Jane Doe'
 * @internal
 */
export function withoutAppositive(line: string): string {
  return cutAt(line, APPOSITIVE);
}

/**
 * Names without the label of the date after them (`Marie Dubois Publié le` → `Marie Dubois`).
 * @example
 * withoutPublishedLabel('Caroline Delbert Published:'); // 'Caroline Delbert'
 * @internal
 */
export function withoutPublishedLabel(names: string): string {
  return cutAt(names, PUBLISHED_LABEL);
}

function cutAt(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index) : text;
}

// `JOHN O'CONNOR Associated Press`, `Michael Ruiz Fox News`: an outlet written after the name without a separator.
// The outlet is where the person writes, not a co-author, so only the person is kept.
function splitOrganization(name: string | null): string[] {
  if (name === null) return [];
  if (isOrganization(name)) return [name];
  const organization = trailingAffiliation(name);
  if (!organization || organization.length === name.length) return [name];
  const person = cleanName(name.slice(0, name.length - organization.length));
  return person === null ? [organization] : [person];
}

// `Kayla Jimenez USA TODAY`, `Greyson Steele Battle Creek Enquirer`: a newspaper's name after a two-word name.
const TRAILING_OUTLET = /^\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{L}'’-]+ (?<outlet>\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3})$/u;
const OUTLET_WORD = new RegExp(`(?:${OUTLET_WORDS})$`, 'iu');

/**
 * The outlet written after a name without a separator (`Michael Ruiz Fox News`, `Kayla Jimenez USA TODAY`), or null.
 * @example
 * trailingAffiliation('Greyson Steele Battle Creek Enquirer'); // 'Battle Creek Enquirer'
 * @internal
 */
export function trailingAffiliation(name: string): string | null {
  return trailingOrganization(name) ?? trailingOutlet(name);
}

function trailingOutlet(name: string): string | null {
  const outlet = TRAILING_OUTLET.exec(name)?.groups?.['outlet'];
  return outlet !== undefined && isOutletName(outlet) ? outlet : null;
}

// A newspaper's name ends in an outlet word or is written in capitals: `Battle Creek Enquirer`, `USA TODAY`.
function isOutletName(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return CAPITALS.test(last) || OUTLET_WORD.test(last);
}

function cleanName(part: string): string | null {
  let name = trimEndWhere(part.trim().replace(PREFIX, '').replace(LEADING_MARK, ''), isNameEnd);
  if (ROLE_ONLY.test(name)) return null;
  const unroled = name.replace(LEADING_ROLE, '');
  name = unroled.replace(TRAILING_ROLE, '');
  if (name === '' || NOT_A_NAME.test(name) || ROLE_ONLY.test(name)) return null;
  if (isOrganization(name)) return withoutArticle(name);
  const words = name.split(' ');
  // `City University law professor`: words in lower case before a role describe the writer; they are no name written in lower case.
  if (words.length > 6 || !words.every((word) => NAME_WORD.test(word))) return name === unroled ? plausibleLowercase(name) : null;
  return name;
}

// `unserer Redaktion`, `de redactie`, `la rédaction`: the desk without the article or the possessive before it.
function withoutArticle(desk: string): string {
  const bare = desk.replace(DESK_ARTICLE, '');
  return bare !== desk && isOrganization(bare) ? bare : desk;
}

// `Chicago Tribune staff`: the outlet is the author (but `News Staff` is a desk of its own).
function outletWithoutStaff(name: string): string {
  const outlet = name.replace(/ staff$/iu, '');
  return outlet !== name && outlet.includes(' ') && isOutletName(outlet) ? outlet : name;
}

// Some sites write names in lower case (`by jane doe`); keep two or three plain words as a name.
function plausibleLowercase(name: string): string | null {
  return PLAIN_NAME.test(name) && !/\d/u.test(name) ? name : null;
}
