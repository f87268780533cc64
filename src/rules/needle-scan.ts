import { characterTest } from '../language/character-test';

/**
 * Sets of strings compiled into one automaton (Aho–Corasick), so that a text is read once, a code
 * unit at a time, however many strings are looked for. @internal
 */
export interface NeedleScan {
  /** The next state from each state on each ASCII code unit, at `state * 128 + code`; a capital leads where its small letter does. */
  readonly ascii: Int32Array;
  /** The edges of the trie of the strings, by code unit, from each state. */
  readonly edges: readonly ReadonlyMap<number, number>[];
  /** For each code unit beyond ASCII, at `code & BEYOND_ASCII_MASK`, 1 where a string may hold it: one marked 0 leads every state back to the start. */
  readonly beyondAscii: Uint8Array;
  /** The state to fall back to from each state: the longest proper suffix of its prefix that starts a string. */
  readonly fallback: Int32Array;
  /** The sets with a string that ends at each state, those of its fallbacks included, by their index; null for none. */
  readonly found: readonly (readonly number[] | null)[];
}

const ASCII = 128;
const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
const TO_SMALL = 0x20;
const changesWhenLowercased = characterTest(/^\p{Changes_When_Lowercased}/u);
// Accented letters, Cyrillic and Greek ones, are most of some texts and in few strings: a small table tells most of them apart.
const BEYOND_ASCII_MASK = 0x3ff;

/**
 * Compiles sets of lowercase strings (a rule's `contains` each) into one scan, so that a text is read once however many strings are looked for.
 * @example
 * setsIn(needleScan([['mail', 'e-mail'], ['cookie']]), 'Send an E-mail'); // [0]
 * @internal
 */
export function needleScan(sets: readonly (readonly string[])[]): NeedleScan {
  const edges: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  const beyondAscii = new Uint8Array(BEYOND_ASCII_MASK + 1);
  sets.forEach((needles, set) => {
    for (const needle of needles) {
      let state = 0;
      for (let index = 0; index < needle.length; index++) {
        const code = needle.charCodeAt(index);
        if (code >= ASCII) beyondAscii[code & BEYOND_ASCII_MASK] = 1;
        let next = edges[state]!.get(code);
        if (next === undefined) {
          next = edges.push(new Map()) - 1;
          ends.push([]);
          edges[state]!.set(code, next);
        }
        state = next;
      }
      if (!ends[state]!.includes(set)) ends[state]!.push(set);
    }
  });
  const scan = { ascii: new Int32Array(edges.length * ASCII), beyondAscii, edges, fallback: new Int32Array(edges.length), found: ends.map((): number[] | null => null) };
  // States in breadth-first order: a state's fallback is shallower, and complete, when the state is reached.
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const found = [...new Set([...ends[state]!, ...(state === 0 ? [] : (scan.found[scan.fallback[state]!] ?? []))])];
    scan.found[state] = found.length > 0 ? found : null;
    for (let code = 0; code < ASCII; code++) {
      scan.ascii[state * ASCII + code] = edges[state]!.get(code) ?? (state === 0 ? 0 : scan.ascii[scan.fallback[state]! * ASCII + code]!);
    }
    // The strings are lowercase: a capital reads as its small letter, which spares lowercasing the text.
    for (let code = CAPITAL_A; code <= CAPITAL_Z; code++) scan.ascii[state * ASCII + code] = scan.ascii[state * ASCII + code + TO_SMALL]!;
    for (const [code, next] of edges[state]!) {
      scan.fallback[next] = state === 0 ? 0 : step(scan, scan.fallback[state]!, code);
      queue.push(next);
    }
  }
  return scan;
}

/**
 * The indices of the sets of a scan with a string that the lowercased text holds, read in one pass.
 * @example
 * setsIn(needleScan([['/', ' via '], ['getty images']]), 'Photo: Jane Doe / Getty Images'); // [0, 1]
 * @internal
 */
export function setsIn(scan: NeedleScan, text: string): number[] {
  return scanSets(scan, text, false);
}

// A surrogate is half of an astral character, which may be a capital (`𐐀`).
function mayChangeWhenLowercased(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || changesWhenLowercased(code);
}

// Reads a text with its ASCII capitals as small letters; a capital beyond ASCII may lowercase by its
// neighbours (`Σ`) or to two code units (`İ`), and then the text is read again, lowercased whole.
function scanSets(scan: NeedleScan, text: string, lowercased: boolean): number[] {
  const present: number[] = [];
  let state = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= ASCII && !lowercased && mayChangeWhenLowercased(code)) return scanSets(scan, text.toLowerCase(), true);
    state = code < ASCII ? scan.ascii[state * ASCII + code]! : scan.beyondAscii[code & BEYOND_ASCII_MASK] === 0 ? 0 : step(scan, state, code);
    const found = scan.found[state];
    if (found) for (const set of found) if (!present.includes(set)) present.push(set);
  }
  return present;
}

// The state after a code unit: from the table for ASCII; otherwise the edge of the state, or of the
// nearest fallback that has one.
function step(scan: NeedleScan, from: number, code: number): number {
  if (code < ASCII) return scan.ascii[from * ASCII + code]!;
  for (let state = from; ; state = scan.fallback[state]!) {
    const next = scan.edges[state]!.get(code);
    if (next !== undefined) return next;
    if (state === 0) return 0;
  }
}
