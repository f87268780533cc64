import { describe, expect, it } from 'vitest';
import { addHash, emptyHashSet, hasHash } from './hash-set';

describe('HashSet', () => {
  it('holds what was added, once, and nothing else, as it grows past the room it was made with', () => {
    const set = emptyHashSet(10);
    const added = new Set<number>();
    let seed = 11;
    for (let round = 0; round < 5000; round++) {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x3fffffff;
      const hash = seed % 3000 === 0 ? 0 : seed;
      addHash(set, hash);
      added.add(hash);
    }
    expect(set.size).toBe(added.size);
    for (const hash of added) expect(hasHash(set, hash)).toBe(true);
    for (const hash of [1, 2, 0x3fffffff, 2 ** 31 - 2]) expect(hasHash(set, hash)).toBe(added.has(hash));
  });

  it('holds nothing when empty', () => {
    expect(hasHash(emptyHashSet(), 0)).toBe(false);
    expect(emptyHashSet().size).toBe(0);
  });
});
