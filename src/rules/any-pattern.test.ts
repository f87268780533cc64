import { describe, expect, it } from 'vitest';
import { anyPattern } from './any-pattern';

describe('anyPattern', () => {
  it('matches where any source matches, regardless of case', () => {
    const any = anyPattern(['^via (?<name>\\S.+)$', '^source: (?<name>\\S.+)$']);
    expect(any.test('SOURCE: Reuters')).toBe(true);
    expect(any.test('Via The Hill')).toBe(true);
    expect(any.test('The source: Reuters')).toBe(false);
  });

  it('makes named groups plain, so that two sources may use the same name', () => {
    expect(anyPattern(['(?<credit>x)', '(?<credit>y)']).exec('y')?.groups).toBeUndefined();
  });
});
