/**
 * Thrown when a function of seedtext is given something that is neither a string nor a byte array.
 * @example
 * try { parseSeed(42 as never); } catch (error) { if (error instanceof SeedInputError) console.log(error.code); }
 */
export class SeedInputError extends Error {
  /** Always `invalid_input`. */
  readonly code = 'invalid_input' as const;
  /** What was given instead: `number`, `null`, `object (Array)`, … */
  readonly received: string;

  constructor(received: unknown, options?: { cause?: unknown }) {
    const kind = describeValue(received);
    super(`seedtext expects a string or a Uint8Array, but got ${kind}`, options);
    this.name = 'SeedInputError';
    this.received = kind;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  const constructorName = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof constructorName === 'string' ? `object (${constructorName})` : 'object';
}
