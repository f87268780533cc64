import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';
import { pageLanguage, readPage } from './page-language';

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

  it('tells what the sentences joined tell, where the detection cuts a block short and where a block repeats', () => {
    const english = 'The council met on Tuesday evening and delayed the budget for the new bridge once more.';
    const french = "Le conseil s'est réuni mardi soir et a encore reporté le budget du nouveau pont sur la rivière.";
    for (const page of [
      blocks(...Array.from({ length: 230 }, () => english), ...Array.from({ length: 400 }, () => french)),
      blocks(...Array.from({ length: 219 }, () => english), 'x'.repeat(150), ...Array.from({ length: 400 }, () => french)),
      blocks(...Array.from({ length: 100 }, (_, index) => (index % 2 === 0 ? english : french))),
    ]) {
      const joined = page.map((block) => block.text).join('\n');
      expect(readPage(page).language).toBe(detectLanguage(joined));
    }
  });

  it('keeps the census of each sentence it read', () => {
    const sentence = 'Der Grund dafür liegt in den Ereignissen in Hamburg am vergangenen Samstag.';
    expect(readPage(blocks('Home', sentence)).censuses[1]?.words).toBe(12);
  });
});
