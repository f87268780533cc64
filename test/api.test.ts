import { describe, expect, it } from 'vitest';
import {
  ArticleSchema,
  SeedInputError,
  articleJsonSchema,
  parseSeed,
  segment,
  stripBoilerplate,
  toMarkdown,
  toText,
} from '../src/index';

const now = new Date('2026-01-01T00:00:00Z');
const prose = 'The council met on Monday to discuss the budget, and members argued for several hours about the plan.';
const seed = [
  'Featured',
  '',
  '  • Print Friendly, PDF & Email',
  '  • Send to Kindle',
  '',
  'A Headline About The Budget Vote',
  '',
  'By Jane Doe and AP',
  '',
  'Posted on July 12, 2016',
  '',
  `WASHINGTON (Reuters) - ${prose}`,
  '',
  prose,
  '',
  'Visit our shop',
  '',
  prose,
  '',
  '[Photo: CNN / YouTube ]',
].join('\n');

describe('parseSeed', () => {
  const article = parseSeed(seed, { now });

  it('reads the head of the file', () => {
    expect(article).toMatchObject({
      section: 'Featured',
      title: 'A Headline About The Budget Vote',
      byline: 'By Jane Doe and AP',
      authors: [{ name: 'Jane Doe', kind: 'person' }, { name: 'AP', kind: 'organization' }],
      published: '2016-07-12',
      language: 'en',
    });
  });

  it('keeps the dateline in its paragraph and points into it', () => {
    expect(article.dateline).toMatchObject({ place: 'WASHINGTON', agency: 'Reuters', text: 'WASHINGTON (Reuters) -' });
    const { start, end } = article.dateline!.position;
    expect(seed.slice(start, end)).toBe('WASHINGTON (Reuters) -');
    expect(article.body[0]!.text.startsWith('WASHINGTON (Reuters) -')).toBe(true);
  });

  it('gives every block a position that slices its source', () => {
    for (const block of article.blocks) {
      const source = seed.slice(block.position.start, block.position.end);
      expect(source.replace(/\s+/g, ' ').endsWith(block.text)).toBe(true);
    }
    expect(ArticleSchema.parse(article)).toEqual(article);
  });

  it('counts the body', () => {
    expect(article.stats.paragraphs).toBe(article.body.length);
    expect(article.stats.readingMinutes).toBe(Math.ceil(article.stats.words / 230));
  });

  it('does not take a date after `now` for the publication date', () => {
    expect(parseSeed(seed, { now: new Date('2010-01-01') }).published).toBeNull();
  });

  it('adds, replaces and disables rules by id', () => {
    const withShop = parseSeed(seed, {
      now,
      rules: { add: [{ id: 'site.shop', family: 'advert', description: 'The shop banner of one site', lines: ['Visit our shop'] }] },
    });
    expect(withShop.removed.find((span) => span.rule === 'site.shop')?.text).toBe('Visit our shop');
    const noKindle = parseSeed(seed, { now, rules: { disable: ['share.send-to-kindle'] } });
    expect(noKindle.removed.some((span) => span.rule === 'share.send-to-kindle')).toBe(false);
  });

  it('reports a bad rule as an issue, not a crash', () => {
    const bad = parseSeed(seed, { now, rules: { add: [{ id: 'bad', family: 'advert', description: 'broken', pattern: '(' }] } });
    expect(bad.issues.map((issue) => issue.code)).toEqual(['invalid_rule']);
  });

  it('tries a pattern only on blocks that hold one of its `contains`', () => {
    const shop = (contains: string[]) =>
      parseSeed(seed, { now, rules: { add: [{ id: 'site.shop', family: 'advert', description: 'The shop banner', pattern: '^visit our \\w+$', contains }] } });
    expect(shop(['SHOP']).removed.some((span) => span.rule === 'site.shop')).toBe(true);
    expect(shop(['store']).removed.some((span) => span.rule === 'site.shop')).toBe(false);
    const bad = parseSeed(seed, { now, rules: { add: [{ id: 'bad', family: 'advert', description: 'empty needle', pattern: '^x$', contains: [''] }] } });
    expect(bad.issues).toEqual([{ code: 'invalid_rule', message: 'rule "bad": contains must be a list of non-empty strings' }]);
  });

  it('reads bytes and says how', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'Title line here\n\nBody.'].flatMap((char) => [char.charCodeAt(0), 0])]);
    const decoded = parseSeed(bytes, { now });
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.blocks.map((block) => block.text)).toEqual(['Title line here', 'Body.']);
  });

  it('leaves input beyond maxLength as one unparsed block with an issue', () => {
    const cut = parseSeed(seed, { now, maxLength: 40 });
    expect(cut.blocks.at(-1)).toMatchObject({ role: 'unparsed', position: { start: 40, end: seed.length } });
    expect(cut.issues.map((issue) => issue.code)).toEqual(['too_long']);
  });

  it('throws a typed error for what is neither a string nor bytes', () => {
    for (const value of [42, null, undefined, {}, ['a']]) {
      expect(() => parseSeed(value as never)).toThrow(SeedInputError);
    }
    try {
      parseSeed(null as never);
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_input', received: 'null', name: 'SeedInputError' });
    }
  });
});

describe('stripBoilerplate', () => {
  it('keeps every block that is not boilerplate, and keeps all of it when run again', () => {
    const first = stripBoilerplate(seed, { now });
    expect(first.text).not.toContain('Print Friendly');
    expect(first.text).toContain('A Headline About The Budget Vote');
    expect(first.removed.map((span) => span.family)).toContain('share');
    const second = stripBoilerplate(first.text, { now });
    expect(second.removed).toEqual([]);
    expect(second.text).toBe(first.text);
  });
});

describe('segment', () => {
  it('returns the raw blocks', () => {
    expect(segment(seed).slice(0, 3).map((block) => block.text)).toEqual(['Featured', 'Print Friendly, PDF & Email', 'Send to Kindle']);
  });
});

describe('renderings', () => {
  const article = parseSeed(seed, { now });
  it('renders plain text', () => {
    expect(toText(article).startsWith('A Headline About The Budget Vote\n\nWASHINGTON (Reuters) -')).toBe(true);
  });
  it('renders Markdown', () => {
    const markdown = toMarkdown(article);
    expect(markdown).toContain('# A Headline About The Budget Vote');
    expect(markdown).toContain('*By Jane Doe and AP · 2016-07-12*');
    expect(markdown).toContain('- photo: CNN / YouTube');
  });
});

describe('articleJsonSchema', () => {
  it('describes every field of the Article', () => {
    const schema = articleJsonSchema();
    for (const field of Object.keys(ArticleSchema.shape)) expect(schema.properties[field]?.description, field).toBeTruthy();
  });
});
