import { describe, expect, it } from 'vitest';
import { needleScan, setsIn } from './needle-scan';

// What the scan must find: the sets with a string that the lowercased text includes.
const expected = (sets: readonly (readonly string[])[], text: string) =>
  sets.flatMap((needles, set) => (needles.some((needle) => text.toLowerCase().includes(needle)) ? [set] : []));
const found = (sets: readonly (readonly string[])[], text: string) => setsIn(needleScan(sets), text).sort((a, b) => a - b);

describe('setsIn', () => {
  it('finds what `includes` finds, overlapping strings included', () => {
    const sets = [['mail', 'e-mail'], ['is'], [' is ', '('], ['/'], ['a.b', 'ma'], ['réservés'], ['droits réservés', '©'], ['ée'], ['ab', 'bab'], ['abab']];
    for (const text of ['send an e-mail', 'this is it', 'x (y) / z', 'aab axb a.b', 'mamail', '', 'no hits here', 'tous droits réservés ©', 'réservées', 'réé ée', 'ababab', 'babab']) {
      expect(found(sets, text)).toEqual(expected(sets, text));
    }
  });

  it('reads capitals as small letters, beyond ASCII too', () => {
    const sets = [['cookie'], ['tous droits réservés'], ['οδος'], ['i̇stanbul']];
    for (const text of ['We use COOKIES', 'TOUS DROITS RÉSERVÉS', 'ΟΔΟΣ', 'İSTANBUL', 'İstanbul Cookie', 'Istanbul']) {
      expect(found(sets, text), text).toEqual(expected(sets, text));
    }
  });

  it('finds nothing with no strings to look for', () => {
    expect(setsIn(needleScan([]), 'anything')).toEqual([]);
    expect(setsIn(needleScan([[], []]), 'anything')).toEqual([]);
  });

  it('agrees with `includes` on random texts and strings', () => {
    let seed = 7;
    const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
    const alphabet = ['a', 'b', 'é', ' ', '/', '©'];
    const textAlphabet = [...alphabet, 'A', 'B', 'É', 'Σ', 'ü', 'ж', '\u04e9'];
    const word = (letters: readonly string[], length: number) => Array.from({ length }, () => letters[random(letters.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const sets = Array.from({ length: 1 + random(4) }, () => Array.from({ length: random(3) }, () => word(alphabet, 1 + random(4))));
      const text = word(textAlphabet, random(40));
      expect(found(sets, text), `${JSON.stringify(sets)} in ${JSON.stringify(text)}`).toEqual(expected(sets, text));
    }
  });
});
