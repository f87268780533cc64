import { expandFrontCoded } from '../language/front-coding';

// Month names and abbreviations, in the forms dates write them: English, German, French, Spanish, Italian, Portuguese,
// Dutch, the Nordic languages (`2. februar 2025`, `2 augusti 2026`), Romanian, Hungarian, Turkish (`5 Nisan 2025`, `12 Haz 2025`), Indonesian
// (`12 Agustus 2025`), and the genitives of Polish (`19 kwietnia 2026`), Czech (`8. dubna 2025`), Russian (`8 января 2026`),
// Ukrainian (`8 січня 2026`) and Finnish (`12. maaliskuuta 2025`).
// Each month's names are front-coded as the stopword lists are (`january5n0uar` reads `january jan januar`), which spares
// 0.2 kB of the bundle that parses; they keep their order, so the trie below is the same.
const MONTH_NAMES: readonly string[] = [
  'january5n0uar5änner5anvier4v enero3e gennaio5n janeiro4uari ianuarie január ocak stycznia3eń ledna2en января1ь4в січня2ень tammikuuta oca',
  'february6b0ruar6évrier4r3evrier5brero4braio6vereiro7v1bruari0e4ár şubat lutego3y února2r февраля1ь5в лютого3ий helmikuuta şub',
  'march3r2ärz2r2aerz3rs1zo2ço2co3art4rt2arts1ie5árcius6art1ca2zec března2en марта2т2р березня2ень maaliskuuta9ret',
  'april3r2vril3r2bril3r2prile1ie április nisan kwietnia4cień dubna2en апреля1ь4р квітня2ень huhtikuuta nis',
  'may1i1yo2ggio4g1io3ei2aj2ájus4ayıs3ja května2en мая1й травня2ень toukokuuta',
  'june2n0i2in2nio giugno4u junho iunie június haziran czerwca2iec června2en июня1ь2н червня2ень kesäkuuta haz',
  'july2l0i2illet4l2lio luglio4g julho iulie július temmuz lipca2iec července2ec июля1ь2л липня2ень heinäkuuta tem',
  'august4g2oût2ut3gosto4o2ugustus2i2ztus8ğustos sierpnia3ień7rpna2en августа2т4г серпня2ень elokuuta agustus6ğu',
  'september7p0t0embre5iembre8ttembre7t0embro6ptembrie9zeptember eylül września4sień září сентября1ь6н вересня2ень syyskuuta eyl',
  'october5t2kt0ober6ctobre4ubre6ttobre5t2utubro5t2ctombrie8któber ekim października2k října2en октября1ь5т жовтня2ень lokakuuta eki',
  'november6v0embre5iembre6embro6iembrie kasım listopada2d0u ноября1ь4я листопада2д marraskuuta kas',
  'december6c1z0ember7écembre7ecembre7éc2iciembre7c0embre7ezembro6sember6cembrie aralık grudnia3zień prosince2ec декабря1ь5к грудня2ень joulukuuta desember ara',
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
