// The alt text of an image before the byline, glued to it as dumps write it: `[f74]byRahimu Fadhili`. A blank one is a
// form's box (`[ ] Remember Me`).
const IMAGE_MARKER = /^\[[^[\]\s][^[\]]{0,39}\] ?/u;
// `Social Links for Jane Doe`, `Headshot of Jane Doe`: the label of a link or a photo of the author, which names them.
// Case is spelled out: under the `i` flag `\p{Lu}` takes small letters too (`Photo of the Day`).
const AUTHOR_LABEL = /^(?:[Hh]eadshot|[Pp]hoto|[Pp]icture|[Ii]mage|[Aa]vatar|[Pp]ortrait|[Pp]rofile|[Ss]ocial (?:[Mm]edia )?[Ll]inks?) (?:of|for) (?=\p{Lu})/u;
// `Headshot of Jane DoeBy Jane Doe`: the alt text of the author's photo glued to the `By` after it.
const GLUED_INNER_BY = /\p{Ll}(?=By \p{Lu})/u;
const INNER_BY = / By (?=\p{Lu})/u;
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

// The byline from a `By` inside the line, after the alt text of the author's photo: glued to it, or repeating
// the name that follows (`Michael Ruiz By Michael Ruiz Fox News`). A headline in title case (`Man Bitten By Bear`) has neither.
function fromInnerBy(text: string): string | null {
  const glued = GLUED_INNER_BY.exec(text);
  if (glued !== null && glued.index < MAX_ALT_TEXT) return text.slice(glued.index + 1);
  const inner = INNER_BY.exec(text);
  if (inner === null || inner.index > MAX_ALT_TEXT) return null;
  const rest = text.slice(inner.index + 1);
  return rest.startsWith(`By ${text.slice(0, inner.index)}`) ? rest : null;
}

// `Mary MadiganMary Madigan`, `Samy Magdy, AP Samy Magdy, AP`: glued or a space apart.
function undoubled(text: string): string {
  const half = Math.floor(text.length / 2);
  const second = text.length % 2 === 0 ? half : text[half] === ' ' ? half + 1 : -1;
  return half > 0 && second !== -1 && text.slice(0, half) === text.slice(second) ? text.slice(0, half) : text;
}
