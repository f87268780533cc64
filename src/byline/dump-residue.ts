// The alt text of an image before the byline, glued to it as dumps write it: `[f74]byRahimu Fadhili`. A blank one is a
// form's box (`[ ] Remember Me`).
const IMAGE_MARKER = /^\[[^[\]\s][^[\]]{0,39}\] ?/u;
// `Social Links for Jane Doe`, `Headshot of Jane Doe`: the label of a link or a photo of the author, which names them.
// Case is spelled out: under the `i` flag `\p{Lu}` takes small letters too (`Photo of the Day`).
const AUTHOR_LABEL = /^(?:[Hh]eadshot|[Pp]hoto|[Pp]icture|[Ii]mage|[Aa]vatar|[Pp]ortrait|[Pp]rofile|[Ss]ocial (?:[Mm]edia )?[Ll]inks?) (?:of|for) (?=\p{Lu})/u;
const CAPITAL = /^\p{Lu}/u;
const SMALL = /^\p{Ll}/u;
// How much alt text is looked past: a photo's caption, not a paragraph.
const MAX_ALT_TEXT = 60;

/**
 * A byline without what a dump glues around it: the alt text of an image before it (`[f74]byRahimu Fadhili`,
 * `Headshot of Jane DoeBy Jane Doe`, `Jane Doe By Jane Doe`), the same text written twice (`Mary MadiganMary Madigan`),
 * as a link and its title are, or the label of a link to the author (`Social Links for Jane Doe`).
 * @example
 * withoutDumpResidue('[f74]byRahimu Fadhili'); // 'byRahimu Fadhili'
 * withoutDumpResidue('Headshot of Jane DoeBy Jane DoePublished: Oct 16, 2023'); // 'By Jane DoePublished: Oct 16, 2023'
 * withoutDumpResidue('Mary MadiganMary Madigan'); // 'Mary Madigan'
 * withoutDumpResidue('Social Links for Jane Doe'); // 'Jane Doe'
 * @internal
 */
export function withoutDumpResidue(line: string): string {
  const text = line.startsWith('[') ? line.replace(IMAGE_MARKER, '') : line;
  return fromInnerBy(text) ?? undoubled(text).replace(AUTHOR_LABEL, '');
}

// The byline from a `By` inside the line, after the alt text of the author's photo: glued to it (`Headshot of Jane DoeBy Jane Doe`),
// or repeating the name that follows (`Michael Ruiz By Michael Ruiz Fox News`). A headline in title case (`Man Bitten By Bear`) has
// neither. Found with `indexOf`: a pattern would be tried at every offset of every paragraph asked.
function fromInnerBy(text: string): string | null {
  const at = text.indexOf('By ', 1);
  if (at === -1 || at > MAX_ALT_TEXT || !CAPITAL.test(text.slice(at + 3, at + 4))) return null;
  const before = text.slice(at - 1, at);
  if (SMALL.test(before)) return text.slice(at);
  const rest = text.slice(at);
  return before === ' ' && rest.startsWith(`By ${text.slice(0, at - 1)}`) ? rest : null;
}

// `Mary MadiganMary Madigan`, `Samy Magdy, AP Samy Magdy, AP`: glued or a space apart.
function undoubled(text: string): string {
  const half = Math.floor(text.length / 2);
  const second = text.length % 2 === 0 ? half : text[half] === ' ' ? half + 1 : -1;
  // The first letters are compared first: most lines are not doubled, and need not be copied to be told so.
  return half > 0 && second !== -1 && text[0] === text[second] && text.slice(0, half) === text.slice(second) ? text.slice(0, half) : text;
}
