// The alt text of an image before the byline, glued to it as dumps write it: `[f74]byRahimu Fadhili`. A blank one is a
// form's box (`[ ] Remember Me`).
const IMAGE_MARKER = /^\[[^[\]\s][^[\]]{0,39}\] ?/u;
// The photos of the next authors, a space before each (`[26ac4b6-kuzyshyn] Jane Doe [803bb32] John Roe`): an id without spaces,
// for a caption in brackets may name the author.
const INNER_IMAGE_ID = / \[[^[\]\s]{1,40}\](?= )/gu;
// `Social Links for Jane Doe`, `Headshot of Jane Doe`, `Profilbild von Jane Doe`, `Photo de profil de Jane Doe`: the label of a link or a photo
// of the author, which names them. Case is spelled out: under the `i` flag `\p{Lu}` takes small letters too (`Photo of the Day`).
const AUTHOR_LABEL =
  /^(?:(?:[Hh]eadshot|[Pp]hoto|[Pp]icture|[Ii]mage|[Aa]vatar|[Pp]ortrait|[Pp]rofile|[Ss]ocial (?:[Mm]edia )?[Ll]inks?) (?:of|for)|(?:[Pp]rofilbild|[Aa]utorenbild|[Aa]utorenfoto|[Pp]rofielfoto) (?:von|van)|[Pp]hoto de profil de|[Ff]oto de perfil de|[Ff]oto del profilo di) (?=\p{Lu})/u;
const CAPITAL = /^\p{Lu}/u;
const SMALL = /^\p{Ll}/u;
// How much alt text is looked past: a photo's caption, not a paragraph.
const MAX_ALT_TEXT = 60;
// The shortest label glued twice to the end of a line that is taken off: `Author expertise`, not `Aa`.
const MIN_DOUBLED_TAIL = 4;

/**
 * A byline without what a dump glues around it: the alt text of an image before it (`[f74]byRahimu Fadhili`,
 * `Headshot of Jane DoeBy Jane Doe`, `Jane Doe By Jane Doe`) and the ids of the next authors' photos (`[a1] Jane Doe [b2] John Roe`), the same text written twice (`Mary MadiganMary Madigan`), a label
 * glued twice to its end (`Will Macmaster Editor Author expertiseAuthor expertise`),
 * as a link and its title are, or the label of a link to the author (`Social Links for Jane Doe`).
 * @example
 * withoutDumpResidue('[f74]byRahimu Fadhili'); // 'byRahimu Fadhili'
 * withoutDumpResidue('[a1] Jane Doe [b2] John Roe'); // 'Jane Doe John Roe'
 * withoutDumpResidue('Headshot of Jane DoeBy Jane DoePublished: Oct 16, 2023'); // 'By Jane DoePublished: Oct 16, 2023'
 * withoutDumpResidue('Mary MadiganMary Madigan'); // 'Mary Madigan'
 * withoutDumpResidue('Will Macmaster Editor Author expertiseAuthor expertise'); // 'Will Macmaster Editor'
 * withoutDumpResidue('Social Links for Jane Doe'); // 'Jane Doe'
 * @internal
 */
export function withoutDumpResidue(line: string): string {
  const text = line.startsWith('[') ? line.replace(IMAGE_MARKER, '').replace(INNER_IMAGE_ID, '') : line;
  return fromInnerBy(text) ?? withoutDoubledTail(undoubled(text)).replace(AUTHOR_LABEL, '');
}

/**
 * Whether a text opens with the label of the author's photo or link (`Profilbild von Jane Doe`, `Headshot of Jane Doe`).
 * @example
 * startsWithAuthorLabel('Profilbild von Jane Doe'); // true
 * startsWithAuthorLabel('Photo of the Day'); // false
 * @internal
 */
export function startsWithAuthorLabel(text: string): boolean {
  return AUTHOR_LABEL.test(text);
}

/**
 * Whether a line is the label of the photo of the author named on the next (`Headshot of Berly McCoy` above `Berly McCoy`),
 * as full dumps write it among the names of a byline.
 * @example
 * labelsPhotoOf('Headshot of Jane Doe', 'Jane Doe'); // true
 * labelsPhotoOf('Jane Doe', 'Jane Doe'); // false
 * @internal
 */
export function labelsPhotoOf(line: string, name: string): boolean {
  return line.length > name.length && line.endsWith(name) && withoutDumpResidue(line) === name;
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
  // Two letters are an agency's name (`TT`, `AA`), not one letter written twice.
  return half > 1 && second !== -1 && text[0] === text[second] && text.slice(0, half) === text.slice(second) ? text.slice(0, half) : text;
}

// `Will Macmaster Editor Author expertiseAuthor expertise`: a label written twice at the end, glued (a link's text and its title).
// The end of its first copy is looked for at the line's last letter: a line has few of those in its second half.
function withoutDoubledTail(text: string): string {
  if (text.length < 2 * MIN_DOUBLED_TAIL + 2) return text;
  const last = text[text.length - 1]!;
  for (let end = text.lastIndexOf(last, text.length - 2); end > text.length / 2 - 1; end = text.lastIndexOf(last, end - 1)) {
    const length = text.length - 1 - end;
    const start = end + 1 - length;
    if (length >= MIN_DOUBLED_TAIL && text[start - 1] === ' ' && SMALL.test(text[end]!) && CAPITAL.test(text[end + 1]!) && text.startsWith(text.slice(end + 1), start)) {
      return text.slice(0, start - 1);
    }
  }
  return text;
}
