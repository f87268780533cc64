import { describe, expect, it } from 'vitest';
import { needleScan, needlesIn } from './needle-scan';

describe('needlesIn', () => {
  it('finds what `includes` finds, overlapping strings included', () => {
    const needles = ['mail', 'e-mail', 'is', ' is ', '(', '/', 'a.b', 'ma'];
    const scan = needleScan(needles);
    for (const text of ['send an e-mail', 'this is it', 'x (y) / z', 'aab axb a.b', 'mamail', '', 'no hits here']) {
      expect(needlesIn(scan, text)).toEqual(new Set(needles.filter((needle) => text.includes(needle))));
    }
  });

  it('finds nothing with no strings to look for', () => {
    expect(needlesIn(needleScan([]), 'anything')).toEqual(new Set());
  });
});
