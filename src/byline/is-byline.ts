import { GLUED_BY, parseByline } from './parse-byline';

const BYLINE_START = /^(?:(?:posted|written|words|reported|story|text|compiled) by|by|von|par|por|door|av|af|autor(?:in)?|author)(?: ?:)? \S/iu;
const SPACES = /\s+/gu;
const MAX_BYLINE_LENGTH = 160;

/**
 * Whether a line is a byline: a prefix (`By`, `Posted by`, `Von`, …) followed by names, not a sentence that starts with "By".
 * @example
 * isByline('By Judah Ari Gross and AP'); // true
 * isByline('By the time the police arrived, the crowd had left.'); // false
 */
export function isByline(line: string): boolean {
  if (line.length > MAX_BYLINE_LENGTH * 4) return false;
  const text = line.replace(SPACES, ' ').trim();
  if (text.length > MAX_BYLINE_LENGTH || !(BYLINE_START.test(text) || GLUED_BY.test(text))) return false;
  const { authors } = parseByline(text);
  // `By Country` in a menu: a byline names someone by more than one word, or an organisation.
  if (authors.every((author) => author.kind === 'person' && !author.name.includes(' '))) return false;
  // Every word of a real byline is a name, a role, a date or a separator; a sentence leaves words over.
  const named = authors.reduce((count, author) => count + author.name.split(' ').length, 0);
  const words = text.replace(/^\S+\s+(?:by\s+)?/iu, '').split(' ').length;
  return named >= Math.min(words, 2) && !/[.!?]$/u.test(text.replace(/\b\p{Lu}\.$/u, ''));
}
