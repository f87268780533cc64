// A label the page sets after a bar: `… alone | Editorial`, `… | Opinion`, `… | Site`; a longer tail is part of the headline.
const LABEL_TAIL = / \| [^ |]+(?: [^ |]+){0,2}$/u;
// Markup of a page title copied as text: `GOTY: <i>Kotaku</i>'s Top 12 Games`.
const INLINE_TAG = /<\/?(?:i|em|b|strong|u|span|sup|sub)>/giu;

/**
 * The headline of a title line, without inline markup or the page's label after a bar.
 * @example
 * headlineText('Let kids be kids | Editorial'); // 'Let kids be kids'
 * headlineText("GOTY: <i>Kotaku</i>'s Top 12 Games"); // "GOTY: Kotaku's Top 12 Games"
 * @internal
 */
export function headlineText(text: string): string {
  const headline = text.replace(INLINE_TAG, '').replace(LABEL_TAIL, '');
  return headline.length > 0 ? headline : text;
}
