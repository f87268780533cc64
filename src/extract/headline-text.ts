// A label the page sets after a bar: `… alone | Editorial`, `… | Opinion`, `… | Site`; a longer tail is part of the headline.
const LABEL_TAIL = / \| [^ |]+(?: [^ |]+){0,2}$/u;

/**
 * The headline of a title line, without the page's label after a bar.
 * @example
 * headlineText('Let kids be kids | Editorial'); // 'Let kids be kids'
 * @internal
 */
export function headlineText(text: string): string {
  const headline = text.replace(LABEL_TAIL, '');
  return headline.length > 0 ? headline : text;
}
