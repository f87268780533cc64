import { describe, expect, it } from 'vitest';
import { Utf8Buffer } from './utf8-buffer';

const text = (buffer: ArrayBuffer, [start, end]: [number, number]) => new TextDecoder().decode(new Uint8Array(buffer, start, end - start));

describe('Utf8Buffer', () => {
  it('encodes texts one after another', () => {
    const outputs = new Utf8Buffer();
    const first = outputs.append('héllo');
    const second = outputs.append('wörld 😀');
    expect(first).toEqual([0, 6]);
    expect(text(outputs.buffer, first)).toBe('héllo');
    expect(text(outputs.buffer, second)).toBe('wörld 😀');
  });

  it('grows when a text does not fit, keeping what was written', () => {
    const outputs = new Utf8Buffer(new ArrayBuffer(8));
    const first = outputs.append('abc');
    const long = 'ü'.repeat(1000);
    const second = outputs.append(long);
    expect(outputs.buffer.byteLength).toBeGreaterThanOrEqual(2003);
    expect(text(outputs.buffer, first)).toBe('abc');
    expect(text(outputs.buffer, second)).toBe(long);
  });

  it('writes a buffer handed back from its start', () => {
    const used = new Utf8Buffer();
    used.append('old text');
    const reused = new Utf8Buffer(used.buffer);
    expect(reused.append('new')).toEqual([0, 3]);
    expect(reused.buffer).toBe(used.buffer);
  });
});
