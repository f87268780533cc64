import fc from 'fast-check';

// Pieces of real seed files, glued with the line endings and blank lines scrapers leave.
const bylines = fc.constantFrom('By Judah Ari Gross and AP', 'by Brett Samuels - 12/22/23 11:35 AM ET', 'Von Thomas Sabin', 'By ABBY GOODNOUGH', 'By');
const residue = fc.constantFrom(
  'Print Friendly, PDF & Email',
  'Send to Kindle',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Share this:',
  'Featured',
  '[Photo: CNN / YouTube ]',
  'Sourced : The Times of Israel',
  '12 Comments',
  'Advertisement',
  'WASHINGTON (Reuters) - The Senate voted.',
  'Posted on July 12, 2016',
  '© 2023 Example News. All rights reserved.',
);
const sentence = fc
  .array(fc.constantFrom('the', 'council', 'met', 'on', 'Monday', 'and', 'said', 'it', 'would', 'vote', 'Israel', 'Gaza', 'budget', '“quoted”', 'U.S.'), { minLength: 3, maxLength: 30 })
  .map((words) => `${words.join(' ')}.`);
const unicode = fc.string({ unit: 'binary', maxLength: 40 });
const controls = fc.constantFrom('\u0000', '\u200B', '\u200E', '\u202E', '\uFEFF', '\u00A0', '\t', '\f', '\v', '\uD800', '\uDC00', '\u0085', '\u2028');
const bullet = fc.constantFrom('  • ', '* ', '- ', '□ ', '○ ', '☆ ', '1. ', '    ◦ ', '  • ');
const line = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 3, arbitrary: residue },
  { weight: 2, arbitrary: bylines },
  { weight: 2, arbitrary: fc.tuple(bullet, fc.oneof(residue, sentence)).map(([mark, text]) => mark + text) },
  { weight: 1, arbitrary: unicode },
  { weight: 1, arbitrary: fc.tuple(sentence, controls, sentence).map((parts) => parts.join('')) },
);
const lineEnding = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n', '\n\u200B\n');

/** Seed-file-like text: headlines, bylines, bullets, share lines, comment forms, unicode and controls, mixed line endings. */
export const seedText = fc
  .array(fc.tuple(line, lineEnding), { maxLength: 30 })
  .map((parts) => parts.map(([text, ending]) => text + ending).join(''));

/** Any string at all, seed-like or not. */
export const anyText = fc.oneof(seedText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

/** Any bytes, and bytes of seed-like text in the encodings seedtext reads. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  seedText.map((text) => new TextEncoder().encode(text)),
  seedText.map((text) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])),
  seedText.map((text) => utf16(text, true)),
  seedText.map((text) => utf16(text, false)),
);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index++) view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
}
