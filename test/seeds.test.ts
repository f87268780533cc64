import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../src/index';

// What a careful reader takes from the two seed files the project was created from.
const now = new Date('2026-01-01T00:00:00Z');
const read = (name: string) => readFileSync(join(import.meta.dirname, '..', 'seeds', name), 'utf8');

describe('seed 000: byline, source, comment form', () => {
  const article = parseSeed(read('000_ff9fc87d19caf1b9.txt'), { now });

  it('has no headline', () => expect(article.title).toBeNull());
  it('reads the byline and its authors in order', () => {
    expect(article.byline).toBe('By Judah Ari Gross and AP');
    expect(article.authors).toEqual([
      { name: 'Judah Ari Gross', kind: 'person' },
      { name: 'AP', kind: 'organization' },
    ]);
  });
  it('reads the source line', () => expect(article.source).toBe('The Times of Israel'));
  it('keeps the 16 article paragraphs as the body', () => {
    expect(article.body).toHaveLength(16);
    expect(article.body[0]!.text.startsWith('Israel has carried out drone strikes')).toBe(true);
    expect(article.body.at(-1)!.text.endsWith('he added.')).toBe(true);
  });
  it('removes the comment form', () => {
    expect(article.removed.map((span) => span.family)).toEqual(['comment-form', 'comment-form']);
    expect(article.text).not.toContain('Leave a Reply');
    expect(article.text).not.toContain('Your email address');
  });
});

describe('seed 004: kicker, headline, share bullets, photo credit', () => {
  const article = parseSeed(read('004_7c0668ea273c48fc.txt'), { now });

  it('reads the kicker and the headline', () => {
    expect(article.section).toBe('Featured');
    expect(article.title).toBe('ISIS Commander Visits Gaza to Boost Ties with Hamas');
  });
  it('has no authors', () => expect(article.authors).toEqual([]));
  it('keeps the 7 article paragraphs as the body', () => {
    expect(article.body).toHaveLength(7);
    expect(article.body[0]!.text.startsWith('Shadi al-Menei')).toBe(true);
    expect(article.body.at(-1)!.text.endsWith('strike the Jewish ramparts.”')).toBe(true);
  });
  it('removes both share bullets', () => {
    expect(article.removed.filter((span) => span.family === 'share').map((span) => span.text)).toEqual([
      'Print Friendly, PDF & Email',
      'Send to Kindle',
    ]);
  });
  it('takes the photo credit out of the body', () => {
    expect(article.credits).toEqual([expect.objectContaining({ kind: 'photo', text: 'CNN / YouTube' })]);
    expect(article.text).not.toContain('CNN / YouTube');
  });
});
