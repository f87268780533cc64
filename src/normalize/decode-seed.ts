import type { Issue } from '../model/schemas';

/**
 * How a byte array was read, and the text it gave.
 * @example
 * const { text, encoding }: DecodedSeed = decodeSeed(bytes);
 */
export interface DecodedSeed {
  /** The decoded text; a byte order mark is kept as U+FEFF so that offsets count it. */
  readonly text: string;
  /** How the bytes were read. */
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Problems met while reading (bytes that no encoding could read). */
  readonly issues: Issue[];
}

// windows-1252 differs from latin-1 only in 0x80–0x9F; the five undefined bytes keep their C1 code point.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Reads a seed file's bytes: a BOM says UTF-8 or UTF-16; otherwise UTF-8 when the bytes are valid
 * UTF-8 (or nearly so), windows-1252 when they read better that way. Never throws.
 * @param bytes - The file's bytes.
 * @returns The text, the encoding used, and issues such as `undecodable_bytes`.
 * @example
 * decodeSeed(new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // { text: 'café', encoding: 'windows-1252', issues: [] }
 * decodeSeed(new Uint8Array([0xff, 0xfe, 0x41, 0x00])); // { text: '\uFEFFA', encoding: 'utf-16le', issues: [] }
 */
export function decodeSeed(bytes: Uint8Array): DecodedSeed {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes);
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', issues: [] };
  } catch {
    return invalidUtf8(bytes);
  }
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedSeed {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const issues: Issue[] = [];
  if (bytes.length % 2 === 1 || text.includes('\uFFFD')) {
    issues.push({ code: 'undecodable_bytes', message: `Some bytes are not valid ${encoding.toUpperCase()}; they were read as U+FFFD.` });
  }
  return { text, encoding, issues };
}

// UTF-16 without a BOM shows as NUL in every other byte of ASCII text.
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 8) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenNuls++;
    if (bytes[index + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

// Mostly valid UTF-8 with a few broken sequences is UTF-8 that was cut or damaged; text with many
// lone high bytes (`caf\xE9`, `\x93quoted\x94`) is windows-1252.
function invalidUtf8(bytes: Uint8Array): DecodedSeed {
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (valid > invalid * 4) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return {
      text,
      encoding: 'utf-8',
      issues: [{ code: 'undecodable_bytes', message: `${invalid} byte sequences are not valid UTF-8; they were read as U+FFFD.` }],
    };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', issues: [] };
}

function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    let ok = length > 0 && index + length <= bytes.length;
    for (let next = 1; ok && next < length; next++) ok = (bytes[index + next]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      index += length;
    } else {
      invalid++;
      index++;
    }
  }
  return { valid, invalid };
}

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let index = start; index < end; index++) {
      const byte = bytes[index]!;
      codes.push(byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : byte);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
