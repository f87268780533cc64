import { trimEndWhere } from '../normalize/trim-end';

const TRAILING_MARK = /[\s:|•›»>]/u;
const isTrailingMark = (char: string) => TRAILING_MARK.test(char);

/**
 * The key under which a block text is compared with a rule's `lines`: lowercased, trailing `:`, `|`, `•`, `›`, `»` dropped.
 * @example
 * ruleKey('Share this:'); // 'share this'
 * @internal
 */
export function ruleKey(text: string): string {
  return trimEndWhere(text, isTrailingMark).toLowerCase();
}

/**
 * Whether the key of a text can be at most `length` long, told without making the key: a block longer than every rule line is none of them.
 * @example
 * keyFits('Share this: ', 10); // true
 * @internal
 */
export function keyFits(text: string, length: number): boolean {
  let end = text.length;
  while (end > length && isTrailingMark(text[end - 1]!)) end--;
  return end <= length;
}
