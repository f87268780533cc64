import type { Issue } from '../model/schemas';
import { SeedInputError } from '../model/errors';
import { DEFAULT_MAX_LENGTH } from '../model/options';
import { decodeSeed } from './decode-seed';

/** The text to parse, how it was read, and where parsing stops. */
export interface PreparedInput {
  /** The parsed text: the input string, or the decoded bytes; positions point into it. */
  readonly text: string;
  /** How the input was read. */
  readonly encoding: string;
  /** Offset where parsing stops (`text.length` unless the input is longer than `maxLength`). */
  readonly limit: number;
  /** Problems met while reading. */
  readonly issues: readonly Issue[];
}

/**
 * Reads a string or byte array into the text that positions point into, and decides where parsing stops.
 * @example
 * prepareInput(new TextEncoder().encode('Title'), {}).text; // 'Title'
 */
export function prepareInput(input: unknown, options: { readonly maxLength?: number | undefined }): PreparedInput {
  let text: string;
  let encoding = 'utf-8';
  const issues: Issue[] = [];
  if (typeof input === 'string') {
    text = input;
  } else if (input instanceof Uint8Array) {
    const decoded = decodeSeed(input);
    text = decoded.text;
    encoding = decoded.encoding;
    issues.push(...decoded.issues);
  } else {
    throw new SeedInputError(input);
  }
  const maxLength = sanitizeMaxLength(options.maxLength);
  let limit = text.length;
  if (text.length > maxLength) {
    limit = cutBetweenSurrogates(text, maxLength);
    issues.push({
      code: 'too_long',
      message: `The input has ${text.length} characters, more than maxLength (${maxLength}); what lies beyond is one unparsed block.`,
      position: { start: limit, end: text.length },
    });
  }
  return { text, encoding, limit, issues };
}

function sanitizeMaxLength(maxLength: number | undefined): number {
  if (maxLength === undefined || Number.isNaN(maxLength)) return DEFAULT_MAX_LENGTH;
  return Math.max(0, Math.floor(maxLength));
}

// Cutting a surrogate pair in two would leave half a character in each block.
function cutBetweenSurrogates(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  const previous = text.charCodeAt(offset - 1);
  const splitsPair = code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
  return splitsPair ? offset - 1 : offset;
}
