import { TRAILING_ROLE } from './parse-byline';

// A run of names: four words at least (two names), a dozen at most (four names of three words).
const MIN_RUN_WORDS = 4;
const MAX_RUN_WORDS = 12;
// The words of one name: a first name and a surname, or up to two more (`Jan Michael Marchart`).
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
const LETTER = /\p{L}/u;
const CAPITAL = /^\p{Lu}/u;
// A word of a name written in a run: capitalised, in small letters after its capital (not `OtterAssistant`, `GETTY'S`), maybe double-barrelled.
const RUN_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * The names of a line that writes them one after another without a separator (`Birgit Baumann Anna Giulia Fink Jan Michael Marchart`),
 * split where the page writes each of them apart from other names (`(Birgit Baumann aus Berlin, Anna Giulia Fink, Jan Michael Marchart)`);
 * or null when the line is no such run, or the page does not tell where its names part.
 * @example
 * splitNameRun('Anna Berg Paul Klein', 'Anna Berg Paul Klein … (Anna Berg, Paul Klein)'); // ['Anna Berg', 'Paul Klein']
 * splitNameRun('Anna Berg Paul Klein', 'Anna Berg Paul Klein'); // null
 * @internal
 */
export function splitNameRun(line: string, page: string): string[] | null {
  const words = line.trim().split(' ');
  if (words.length < MIN_RUN_WORDS || words.length > MAX_RUN_WORDS || !words.every((word) => RUN_WORD.test(word))) return null;
  return splitFrom(words, page);
}

// The names of the words, each of two to four words that the page writes apart; or null.
function splitFrom(words: readonly string[], page: string): string[] | null {
  if (words.length === 0) return [];
  for (let size = MIN_NAME_WORDS; size <= Math.min(MAX_NAME_WORDS, words.length); size++) {
    const name = words.slice(0, size).join(' ');
    const rest = TRAILING_ROLE.test(name) || !isWrittenApart(name, page) ? null : splitFrom(words.slice(size), page);
    if (rest !== null) return [name, ...rest];
  }
  return null;
}

// Whether the page writes the name somewhere with no other capitalised word glued on either side (`, Anna Giulia Fink,`);
// within the run itself each name but the first and the last stands between two others.
function isWrittenApart(name: string, page: string): boolean {
  for (let at = page.indexOf(name); at !== -1; at = page.indexOf(name, at + 1)) {
    if (!touchesName(page, at - 1, -1) && !touchesName(page, at + name.length, 1)) return true;
  }
  return false;
}

// Whether, at `index` and going the way of `step`, the page goes on the word, or joins another capitalised word after a space.
function touchesName(page: string, index: number, step: 1 | -1): boolean {
  const char = page[index];
  if (char === undefined) return false;
  if (LETTER.test(char)) return true;
  const next = page[index + step];
  if (char !== ' ' || next === undefined || !LETTER.test(next)) return false;
  if (step === 1) return CAPITAL.test(next);
  // Going back, the word before is capitalised when its first letter is.
  let start = index - 1;
  while (start > 0 && LETTER.test(page[start - 1]!)) start--;
  return CAPITAL.test(page[start]!);
}
