import { describe, expect, it } from 'vitest';
import { pageLanguage } from './page-language';

const blocks = (...texts: string[]) => texts.map((text) => ({ text }));

describe('pageLanguage', () => {
  it('detects the language of the sentences, not of the English menu around them', () => {
    const page = blocks(
      ...'Home News Sport Login Share on Facebook Share on Twitter Subscribe to our newsletter Read more Comments'.split(' '),
      'Der Grund dafür liegt in den Ereignissen in Hamburg am vergangenen Samstag.',
      'Rund 1100 Anhänger, allen voran Männer, waren dort dem Aufruf von "Muslim Interaktiv" gefolgt.',
    );
    expect(pageLanguage(page)).toBe('de');
  });

  it('falls back on all blocks when no block is sentence-long', () => {
    expect(pageLanguage(blocks('Der Plan ist da.', 'Und er ist gut.', 'Wir haben ihn nicht.'))).toBe('de');
    expect(pageLanguage(blocks('Home', 'News'))).toBeNull();
  });

  it('answers only among the languages asked for', () => {
    expect(pageLanguage(blocks('Der Grund dafür liegt in den Ereignissen in Hamburg am vergangenen Samstag.'), ['en'])).toBeNull();
  });
});
