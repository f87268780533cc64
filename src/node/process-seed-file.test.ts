import { describe, expect, it } from 'vitest';
import { encodeResults } from './process-seed-file';

const decode = (output?: Uint8Array) => (output ? new TextDecoder().decode(output) : undefined);

describe('encodeResults', () => {
  it('puts every output in one buffer, and keeps the errors', () => {
    const batch = encodeResults([
      { file: 'a.txt', bytes: 3, output: 'première' },
      { file: 'b.txt', bytes: 0, error: 'no such file or directory' },
      { file: 'c.txt', bytes: 5, output: '{"title":"x"}' },
    ]);
    expect(batch.results.map((result) => decode(result.output))).toEqual(['première', undefined, '{"title":"x"}']);
    expect(batch.results[1]).toEqual({ file: 'b.txt', bytes: 0, error: 'no such file or directory' });
    expect(batch.results.every((result) => !result.output || result.output.buffer === batch.buffer)).toBe(true);
  });

  it('reuses the buffer handed back when the outputs fit', () => {
    const buffer = new ArrayBuffer(1024);
    expect(encodeResults([{ file: 'a.txt', bytes: 3, output: 'abc' }], buffer).buffer).toBe(buffer);
  });

  it('moves to a larger buffer when they do not, every output whole', () => {
    const long = 'é'.repeat(500);
    const batch = encodeResults(
      [
        { file: 'a.txt', bytes: 3, output: 'abc' },
        { file: 'b.txt', bytes: 500, output: long },
      ],
      new ArrayBuffer(16),
    );
    expect(batch.results.map((result) => decode(result.output))).toEqual(['abc', long]);
    expect(batch.results[0]!.output!.buffer).toBe(batch.buffer);
  });
});
