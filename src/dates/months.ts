import { expandFrontCoded } from '../language/front-coding';

// Month names and abbreviations, in the forms dates write them: English, German, French, Spanish, Italian, Portuguese,
// Dutch, the Nordic languages (`2. februar 2025`, `2 augusti 2026`), Romanian, Hungarian, Turkish (`5 Nisan 2025`, `12 Haz 2025`), Indonesian
// (`12 Agustus 2025`), and the genitives of Polish (`19 kwietnia 2026`), Czech (`8. dubna 2025`), Russian (`8 января 2026`),
// Ukrainian (`8 січня 2026`) and Finnish (`12. maaliskuuta 2025`).
// Each month's names are front-coded as the stopword lists are (`january33uar` reads `january jan januar`), which spares
// 0.2 kB of the bundle that parses; they keep their order, so the trie below is the same.
const MONTH_NAMES: readonly string[] = [
  'january33uar1änner1anvier4 enero3 gennaio3 janeiro3uari ianuarie január ocak stycznia5eń ledna3en января5ь3 січня3ень tammikuuta oca',
  'february33ruar1évrier41evrier2brero3braio2vereiro32bruari8e5ár şubat lutego3y února4 февраля6ь3 лютого3ий helmikuuta şub',
  'march31ärz31aerz2rs3zo3ço3co2art1rt1arts4ie1árcius1art3ca3zec března4en марта43 березня5ень maaliskuuta maret',
  'april31vril31bril31prile5ie április nisan kwietnia4cień dubna3en апреля5ь3 квітня4ень huhtikuuta nis',
  'may2i2yo2ggio32io1ei1aj1ájus1ayıs2ja května4en мая2й травня4ень toukokuuta',
  'june33i2in2nio giugno3 junho iunie június haziran czerwca5iec června4en июня3ь3 червня4ень kesäkuuta haz',
  'july33i2illet42lio luglio3 julho iulie július temmuz lipca3iec července6ec июля3ь3 липня3ень heinäkuuta tem',
  'august31oût2ut1gosto31ugustus6i5ztus1ğustos sierpnia5ień1rpna3en августа63 серпня4ень elokuuta agustus ağu',
  'september33t4embre4iembre2ttembre33embro2ptembrie1zeptember eylül września4sień září сентября7ь3 вересня5ень syyskuuta eyl',
  'october31kt3ober1ctobre3ubre1ttobre31utubro31ctombrie1któber ekim października9ik října3en октября6ь3 жовтня4ень lokakuuta eki',
  'november33embre3iembre3embro2iembrie kasım listopada88u ноября5ь3 листопада8 marraskuuta kas',
  'december32z3ember1écembre1ecembre1éc1iciembre33embre1ezembro2sember2cembrie aralık grudnia4zień prosince6ec декабря6ь3 грудня4ень joulukuuta desember ara',
];

/** Month number (1–12) by lowercased name or abbreviation. @internal */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => expandFrontCoded(names).split(' ').map((name) => [name, index + 1] as const)),
);

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
