import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from './decode-seed';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeSeed', () => {
  it('reads UTF-8, keeping a BOM as U+FEFF so that offsets count it', () => {
    expect(decodeSeed(new TextEncoder().encode('café'))).toEqual({ text: 'café', encoding: 'utf-8', issues: [] });
    expect(decodeSeed(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: '\uFEFFA', encoding: 'utf-8', issues: [] });
  });
  it('reads UTF-16 with a BOM, little and big endian', () => {
    expect(decodeSeed(bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00))).toEqual({ text: '\uFEFFAé', encoding: 'utf-16le', issues: [] });
    expect(decodeSeed(bytes(0xfe, 0xff, 0x00, 0x41))).toEqual({ text: '\uFEFFA', encoding: 'utf-16be', issues: [] });
  });
  it('reads UTF-16 without a BOM from its NUL bytes', () => {
    const text = 'Hello, world';
    const le = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index++) le[index * 2] = text.charCodeAt(index);
    expect(decodeSeed(le)).toMatchObject({ text, encoding: 'utf-16le' });
  });
  it('falls back to windows-1252 for text with lone high bytes', () => {
    expect(decodeSeed(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({ text: 'café', encoding: 'windows-1252', issues: [] });
    expect(decodeSeed(bytes(0x93, 0x68, 0x69, 0x94))).toMatchObject({ text: '“hi”', encoding: 'windows-1252' });
  });
  it('keeps mostly valid UTF-8 as UTF-8 and reports the broken bytes', () => {
    const valid = new TextEncoder().encode('é'.repeat(20));
    const damaged = new Uint8Array([...valid, 0xff]);
    const decoded = decodeSeed(damaged);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.issues.map((issue) => issue.code)).toEqual(['undecodable_bytes']);
  });
  it('never throws, and reads any UTF-8 string back', () => {
    expect(decodeSeed(new Uint8Array()).text).toBe('');
    expect(decodeSeed(bytes(0xff, 0xfe, 0x41)).issues[0]?.code).toBe('undecodable_bytes');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const decoded = decodeSeed(new TextEncoder().encode(text));
        return text.startsWith('\uFEFF') || text.includes('\u0000') ? true : decoded.text === text && decoded.encoding === 'utf-8';
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
