// Named groups become plain groups: two of the joined patterns may use the same name (`credit`, `name`), which one
// pattern may not hold twice.
const NAMED_GROUP = /\(\?<(?=[A-Za-z_$])[\w$]*>/g;

/**
 * One case-insensitive pattern that matches where any of the given pattern sources does, for one test that spares
 * trying each in turn on the many texts that match none.
 * @param sources - Sources of patterns meant for the flags `iu`.
 * @returns The joined pattern, its named groups made plain.
 * @example
 * anyPattern(['^via (?<name>\\S.+)$', '^source: (?<name>\\S.+)$']).test('Source: Reuters'); // true
 * @internal
 */
export function anyPattern(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((source) => `(?:${source.replace(NAMED_GROUP, '(?:')})`).join('|'), 'iu');
}
