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
