/** Several strings compiled into one scan, and the strings by their first character. @internal */
export interface NeedleScan {
  /** Matches, without consuming it, wherever one of the strings starts. */
  readonly starts: RegExp;
  /** The strings by their first character. */
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
}

/**
 * Compiles strings into one scan, so that a text is read once however many strings are looked for.
 * @example
 * needlesIn(needleScan(['mail', 'e-mail', 'cookie']), 'send an e-mail').has('mail'); // true
 * @internal
 */
export function needleScan(needles: readonly string[]): NeedleScan {
  const byFirst = new Map<string, string[]>();
  for (const needle of new Set(needles)) {
    const first = needle.charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), needle]);
  }
  const alternatives = [...byFirst.values()].flat().map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Without the `u` flag the scan compares UTF-16 code units, as `includes` does.
  return { starts: new RegExp(alternatives.length > 0 ? `(?=${alternatives.join('|')})` : '(?!)', 'g'), byFirst };
}

/**
 * Which of the strings of a scan a text holds, read in one pass.
 * @example
 * needlesIn(needleScan(['/', ' via ']), 'Photo: Jane Doe / AP'); // Set { '/' }
 * @internal
 */
export function needlesIn(scan: NeedleScan, text: string): Set<string> {
  const found = new Set<string>();
  const { starts } = scan;
  starts.lastIndex = 0;
  // The scan steps one character past each start, not past the string found there, so that strings
  // which overlap (`e-mail` and `mail`) are all found.
  while (starts.test(text)) {
    const at = starts.lastIndex;
    for (const needle of scan.byFirst.get(text.charAt(at)) ?? []) if (text.startsWith(needle, at)) found.add(needle);
    starts.lastIndex = at + 1;
  }
  return found;
}
