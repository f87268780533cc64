/**
 * Several strings compiled into one automaton (Aho–Corasick), so that a text is read once, a code
 * unit at a time, however many strings are looked for. @internal
 */
export interface NeedleScan {
  /** The next state from each state on each ASCII code unit, at `state * 128 + code`. */
  readonly ascii: Int32Array;
  /** The edges of the trie of the strings, by code unit, from each state. */
  readonly edges: readonly ReadonlyMap<number, number>[];
  /** The state to fall back to from each state: the longest proper suffix of its prefix that starts a string. */
  readonly fallback: Int32Array;
  /** The strings that end at each state, those of its fallbacks included; null for none. */
  readonly found: readonly (readonly string[] | null)[];
}

const ASCII = 128;

/**
 * Compiles strings into one scan, so that a text is read once however many strings are looked for.
 * @example
 * needlesIn(needleScan(['mail', 'e-mail', 'cookie']), 'send an e-mail').has('mail'); // true
 * @internal
 */
export function needleScan(needles: readonly string[]): NeedleScan {
  const edges: Map<number, number>[] = [new Map()];
  const ends: string[][] = [[]];
  for (const needle of new Set(needles)) {
    let state = 0;
    for (let index = 0; index < needle.length; index++) {
      const code = needle.charCodeAt(index);
      let next = edges[state]!.get(code);
      if (next === undefined) {
        next = edges.push(new Map()) - 1;
        ends.push([]);
        edges[state]!.set(code, next);
      }
      state = next;
    }
    ends[state]!.push(needle);
  }
  const scan = { ascii: new Int32Array(edges.length * ASCII), edges, fallback: new Int32Array(edges.length), found: ends.map((): string[] | null => null) };
  // States in breadth-first order: a state's fallback is shallower, and complete, when the state is reached.
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const strings = [...ends[state]!, ...(state === 0 ? [] : (scan.found[scan.fallback[state]!] ?? []))];
    scan.found[state] = strings.length > 0 ? strings : null;
    for (let code = 0; code < ASCII; code++) {
      scan.ascii[state * ASCII + code] = edges[state]!.get(code) ?? (state === 0 ? 0 : scan.ascii[scan.fallback[state]! * ASCII + code]!);
    }
    for (const [code, next] of edges[state]!) {
      scan.fallback[next] = state === 0 ? 0 : step(scan, scan.fallback[state]!, code);
      queue.push(next);
    }
  }
  return scan;
}

/**
 * Which of the strings of a scan a text holds, read in one pass.
 * @example
 * needlesIn(needleScan(['/', ' via ']), 'Photo: Jane Doe / AP'); // Set { '/' }
 * @internal
 */
export function needlesIn(scan: NeedleScan, text: string): Set<string> {
  const present = new Set<string>();
  let state = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    state = code < ASCII ? scan.ascii[state * ASCII + code]! : step(scan, state, code);
    const strings = scan.found[state];
    if (strings) for (const string of strings) present.add(string);
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
