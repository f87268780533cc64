// A UTF-16 code unit never takes more than 3 bytes in UTF-8.
const MAX_BYTES_PER_UNIT = 3;
const FIRST_BYTES = 256 * 1024;
const encoder = new TextEncoder();

/**
 * Texts encoded as UTF-8 one after another into one buffer, which grows when a text does not fit and can be handed
 * back to hold the next texts: memory reused this way never waits for a garbage collection to be freed.
 * @example
 * const outputs = new Utf8Buffer();
 * const [start, end] = outputs.append('héllo'); // [0, 6]
 * new Uint8Array(outputs.buffer, start, end - start);
 */
export class Utf8Buffer {
  private bytes: Uint8Array;
  private size = 0;

  /** Writes from the start of `buffer` (a buffer used before), or of a new one. */
  constructor(buffer?: ArrayBuffer) {
    this.bytes = new Uint8Array(buffer ?? new ArrayBuffer(FIRST_BYTES));
  }

  /** Appends the UTF-8 of `text`; returns where its bytes start and end. */
  append(text: string): [start: number, end: number] {
    const needed = this.size + text.length * MAX_BYTES_PER_UNIT;
    if (needed > this.bytes.length) this.grow(needed);
    const start = this.size;
    this.size += encoder.encodeInto(text, this.bytes.subarray(start)).written;
    return [start, this.size];
  }

  /** The buffer the texts are in (a new one after the buffer grew). */
  get buffer(): ArrayBuffer {
    return this.bytes.buffer as ArrayBuffer;
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    bigger.set(this.bytes.subarray(0, this.size));
    this.bytes = bigger;
  }
}
