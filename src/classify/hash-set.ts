// A story keeps a run of four words for nearly every one of its words: a `Set` spends an entry and a
// bucket on each, and rehashes as it grows. Hashes already mixed sit better in one flat table,
// found by open addressing and kept at most half full. A slot holds its hash plus one, so that a
// new table, all zeros, is empty as it comes.
const EMPTY = 0;
const LEAST_BITS = 4;
// Fibonacci hashing: the golden ratio spreads a hash over the high bits, where its slot is read.
const SPREAD = 0x9e3779b1;

/**
 * A set of hashes, integers from 0 to 2^31 - 2, in one typed array. @internal
 */
export interface HashSet {
  /** The slots, each a hash plus one or `EMPTY`; `1 << bits` of them. */
  slots: Int32Array;
  /** The bits of a slot's index. */
  bits: number;
  /** How many hashes the set holds. */
  size: number;
}

/**
 * A set that holds nothing yet, with room for `expected` hashes before it grows.
 * @example
 * hasHash(emptyHashSet(100), 42); // false
 * @internal
 */
export function emptyHashSet(expected = 0): HashSet {
  let bits = LEAST_BITS;
  while (1 << bits < expected * 2) bits++;
  return { slots: new Int32Array(1 << bits), bits, size: 0 };
}

/**
 * Whether a set holds a hash.
 * @example
 * const set = emptyHashSet();
 * addHash(set, 42);
 * hasHash(set, 42); // true
 * @internal
 */
export function hasHash(set: HashSet, hash: number): boolean {
  return set.slots[slotFor(set.slots, set.bits, hash + 1)] !== EMPTY;
}

/**
 * Adds a hash to a set.
 * @example
 * const set = emptyHashSet();
 * addHash(set, 42);
 * addHash(set, 42);
 * set.size; // 1
 * @internal
 */
export function addHash(set: HashSet, hash: number): void {
  if ((set.size + 1) * 2 > set.slots.length) grow(set);
  if (place(set.slots, set.bits, hash + 1)) set.size++;
}

// Puts a hash plus one in its slot, unless it is there already; true when it was not.
function place(slots: Int32Array, bits: number, held: number): boolean {
  const slot = slotFor(slots, bits, held);
  if (slots[slot] === held) return false;
  slots[slot] = held;
  return true;
}

// The slot that holds a hash plus one, or the free slot where it would go.
function slotFor(slots: Int32Array, bits: number, held: number): number {
  let slot = Math.imul(held - 1, SPREAD) >>> (32 - bits);
  while (slots[slot] !== held && slots[slot] !== EMPTY) slot = (slot + 1) & (slots.length - 1);
  return slot;
}

function grow(set: HashSet): void {
  const old = set.slots;
  set.bits++;
  set.slots = new Int32Array(1 << set.bits);
  for (let index = 0; index < old.length; index++) if (old[index] !== EMPTY) place(set.slots, set.bits, old[index]!);
}
