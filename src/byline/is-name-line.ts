import { NAME_JOINER, NAME_WORD, TRAILING_ROLE, parseByline, trailingAffiliation } from './parse-byline';
import { withoutDumpResidue } from './dump-residue';

const MAX_NAME_LINE_LENGTH = 60;
// `Armstrong Speaker’s Bureau`, `Getty’s Ear`: a name in the possessive is a phrase's first words; `Jane Doe/Reuters`, an
// agency glued after a slash, is a photo's credit.
const NOT_NAMES = /\p{L}['’]s(?!\p{L})|\p{L}\/\p{L}/iu;
// What page templates glue to the end of a name: its handle (`Sharon Goldman@sharongoldman`, `Jane Doe @janedoe`), the separator before the date (`Tori Otten/`).
const GLUED_HANDLE = /(?<=\p{Ll}) ?@\w{2,30}$/u;
const TRAILING_SEPARATOR = / ?[/|•·]$/u;
// The most those two take off a line: a space, `@` and 30 characters, a space and a separator.
const MAX_GLUED_TAIL = 34;
// Words that are capitalised in menus and labels but never part of a name, in English and in the languages
// that capitalise nouns or open labels with a preposition (`Im Fokus`, `Aktueller Artikel`, `Zur Playlist`).
const NOT_NAME_WORDS =
  /(?<![\p{L}\p{N}])(?:news|home|menu|more|sign|subscribe|login|log|search|share|follow|sports?|politics|opinion|business|world|video|live|latest|breaking|read|watch|listen|updated|published|publié|publiée|publicado|publicada|pubblicato|veröffentlicht|aktualisiert|publicerad|publiceret|publisert|gepubliceerd|opublikowano|top|stories|contact|about|advertisement|related|topics|bio|full|view|all|profile|buy|tickets|get|click|download|app|day|eve|week|night|loading|error|the|of|for|with|by|in|on|to|your|our|my|new|key|takeaways|highlights|summary|digital|marketing|popular|alert|website|privacy|policy|navigation|footer|feedback|archives|playlist|im|am|zum|zur|beim|vom|ein|eine|mein|meine|alle|weitere|aktuell|aktuelle|aktueller|artikel|startseite|konto|themen|angebot|angebote|anzeigen|abspielen|pausieren|anhören|mon|mi|accueil|inicio|images|logo|store|apps|form|free|photo|exclusive|details|part|chapter|episode|social|sharing)(?![\p{L}\p{N}])/iu;

/**
 * Whether a line names only people, as bylines without their `By` do (`Claire Jackson`, `Jane Doe, John Roe`).
 * @example
 * isNameLine('Claire Jackson'); // true
 * isNameLine('Tori Otten/'); // true
 * isNameLine('Breaking News'); // false
 */
export function isNameLine(line: string): boolean {
  // Paragraphs are asked too: one too long to be a line of names once its tail is off (or once undoubled) need not face the patterns.
  if (line.length > 2 * (MAX_NAME_LINE_LENGTH + MAX_GLUED_TAIL) + 2) return false;
  const trimmed = withoutDumpResidue(line.trim());
  if (trimmed.length > MAX_NAME_LINE_LENGTH + MAX_GLUED_TAIL) return false;
  const text = trimmed.replace(GLUED_HANDLE, '').replace(TRAILING_SEPARATOR, '');
  if (text.length < 5 || text.length > MAX_NAME_LINE_LENGTH || /[\d@:!?]|\.$/u.test(text) || NOT_NAME_WORDS.test(text) || NOT_NAMES.test(text)) return false;
  const { authors } = parseByline(text);
  if (authors.length === 0 || authors.some((author) => author.kind !== 'person')) return false;
  // Every word of the line is a name: a label or a phrase leaves words over.
  const named = authors.reduce((count, author) => count + author.name.split(' ').length, 0);
  const outlet = trailingAffiliation(text);
  // `Will Macmaster Editor`: a role after the name is not a word left over.
  const names = (outlet === null ? text : text.slice(0, text.length - outlet.length)).replace(TRAILING_ROLE, '');
  const words = names.split(/[\s,&|;]+/u).filter((word) => word !== '' && !NAME_JOINER.test(word)).length;
  return named === words && authors.every((author) => author.name.includes(' ') && author.name.split(' ').every((word) => NAME_WORD.test(word)));
}
