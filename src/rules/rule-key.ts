const TRAILING_MARKS = /[\s:|•›»>]+$/u;

/**
 * The key under which a block text is compared with a rule's `lines`: lowercased, trailing `:`, `|`, `•`, `›`, `»` dropped.
 * @example
 * ruleKey('Share this:'); // 'share this'
 * @internal
 */
export function ruleKey(text: string): string {
  return text.replace(TRAILING_MARKS, '').toLowerCase();
}
