import { describe, expect, it } from 'vitest';
import { needleScan, needlesIn } from './needle-scan';

describe('needlesIn', () => {
  it('finds what `includes` finds, overlapping strings included', () => {
    const needles = ['mail', 'e-mail', 'is', ' is ', '(', '/', 'a.b', 'ma', 'réservés', 'droits réservés', '©', 'ée', 'ab', 'bab', 'abab'];
    const scan = needleScan(needles);
    for (const text of ['send an e-mail', 'this is it', 'x (y) / z', 'aab axb a.b', 'mamail', '', 'no hits here', 'tous droits réservés ©', 'réservées', 'réé ée', 'ababab', 'babab']) {
      expect(needlesIn(scan, text)).toEqual(new Set(needles.filter((needle) => text.includes(needle))));
    }
  });

  it('finds nothing with no strings to look for', () => {
    expect(needlesIn(needleScan([]), 'anything')).toEqual(new Set());
  });

  it('agrees with `includes` on random texts and strings', () => {
    let seed = 7;
    const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
    const alphabet = ['a', 'b', 'é', ' ', '/', '©'];
    const word = (length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const needles = Array.from({ length: 1 + random(6) }, () => word(1 + random(4)));
      const text = word(random(40));
      expect(needlesIn(needleScan(needles), text), `${JSON.stringify(needles)} in ${JSON.stringify(text)}`).toEqual(new Set(needles.filter((needle) => text.includes(needle))));
    }
  });
});
