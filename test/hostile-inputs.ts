/** Hostile inputs of the reliability issue, each about a megabyte or more: shared by the hostile test and `npm run fuzz`. */
export const HOSTILE_INPUTS: Record<string, () => string> = {
  'a 1 MB single line': () => 'word '.repeat(200_000),
  '100,000 blank lines': () => '\n'.repeat(100_000),
  '200,000 words on one line': () => 'news '.repeat(200_000),
  '50,000 bullet lines': () => '  • Share this story\n'.repeat(50_000),
  '20,000 repeated bylines': () => 'By Jane Doe and AP\n\n'.repeat(20_000),
  '1 MB of NUL': () => '\u0000'.repeat(1 << 20),
  '1 MB of bullets with no spaces': () => '•'.repeat(1 << 20),
  'a 1 MB line of URLs': () => 'http://example.com/a '.repeat(50_000),
  '10,000 nested bullets': () => Array.from({ length: 10_000 }, (_, index) => `${' '.repeat(index % 40)}• item ${index}`).join('\n'),
  '100,000 CR line breaks': () => 'Line\r'.repeat(100_000),
};
