// Month names and abbreviations, in the forms dates write them: English, German, French, Spanish, Italian, Portuguese,
// Dutch, the Nordic languages (`2. februar 2025`, `2 augusti 2026`), Romanian, Hungarian, Turkish (`5 Nisan 2025`), and
// the genitives of Polish (`19 kwietnia 2026`), Czech (`8. dubna 2025`), Russian (`8 января 2026`) and Ukrainian (`8 січня 2026`).
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'ianuarie', 'január', 'ocak', 'stycznia', 'styczeń', 'ledna', 'leden', 'января', 'январь', 'янв', 'січня', 'січень'],
  ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'februarie', 'február', 'şubat', 'lutego', 'luty', 'února', 'únor', 'февраля', 'февраль', 'фев', 'лютого', 'лютий'],
  ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt', 'marts', 'martie', 'március', 'mart', 'marca', 'marzec', 'března', 'březen', 'марта', 'март', 'мар', 'березня', 'березень'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'aprilie', 'április', 'nisan', 'kwietnia', 'kwiecień', 'dubna', 'duben', 'апреля', 'апрель', 'апр', 'квітня', 'квітень'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'május', 'mayıs', 'maja', 'května', 'květen', 'мая', 'май', 'травня', 'травень'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'iunie', 'június', 'haziran', 'czerwca', 'czerwiec', 'června', 'červen', 'июня', 'июнь', 'июн', 'червня', 'червень'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'iulie', 'július', 'temmuz', 'lipca', 'lipiec', 'července', 'červenec', 'июля', 'июль', 'июл', 'липня', 'липень'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'augusztus', 'ağustos', 'sierpnia', 'sierpień', 'srpna', 'srpen', 'августа', 'август', 'авг', 'серпня', 'серпень'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'septembrie', 'szeptember', 'eylül', 'września', 'wrzesień', 'září', 'сентября', 'сентябрь', 'сен', 'вересня', 'вересень'],
  ['october', 'oct', 'okt', 'oktober', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'octombrie', 'október', 'ekim', 'października', 'październik', 'října', 'říjen', 'октября', 'октябрь', 'окт', 'жовтня', 'жовтень'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'noiembrie', 'kasım', 'listopada', 'listopad', 'listopadu', 'ноября', 'ноябрь', 'ноя', 'листопада', 'листопад'],
  ['december', 'dec', 'dez', 'dezember', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'desember', 'decembrie', 'aralık', 'grudnia', 'grudzień', 'prosince', 'prosinec', 'декабря', 'декабрь', 'дек', 'грудня', 'грудень'],
];

/** Month number (1–12) by lowercased name or abbreviation. @internal */
export const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

/** A regular expression that matches every month name, longest first, written as a trie (`jan(?:uar(?:y|i)?|v(?:ier)?)?`). @internal */
export const MONTH_PATTERN = trieOf([...MONTHS.keys()]);

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  end: boolean;
}

// With some 250 names in one alternation, V8 tried each at every offset of a line; as a trie, the first letter picks the branch.
// The branches are greedy and optional where a name is a prefix of another, so the longest name is tried first.
function trieOf(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (child === undefined) node.next.set(char, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return branchesOf(root);
}

function branchesOf(node: TrieNode): string {
  const branches = [...node.next].map(([char, child]) => char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&') + branchesOf(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}
