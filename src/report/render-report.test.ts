import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { escapeHtml, familyColour, renderReport } from './render-report';

const now = new Date('2026-01-01T00:00:00Z');
const prose = 'The council met on Monday to discuss the budget, and members argued for several hours about the plan.';

describe('renderReport', () => {
  const seed = ['Featured', '', '  • Print Friendly, PDF & Email', '', 'A <Headline> & "Quotes"', '', prose, '', '[Photo: CNN / YouTube ]'].join('\n');
  const html = renderReport([{ file: 'a<b>.txt', article: parseSeed(seed, { now }) }]);

  it('is one self-contained page: no script, no external resource', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|@import/i);
  });

  it('escapes every text of the file', () => {
    expect(html).toContain('A &lt;Headline&gt; &amp; &quot;Quotes&quot;');
    expect(html).toContain('<h2>a&lt;b&gt;.txt</h2>');
    expect(html).not.toContain('<Headline>');
  });

  it('colours a removed span by its family, with the rule id on hover', () => {
    expect(html).toMatch(/<div class="block role-boilerplate paragraph family-share" data-role="boilerplate" data-family="share" style="background:#fde2e2" title="share: share.print-friendly">/);
  });

  it('counts the removals per family and shows credits and metadata', () => {
    expect(html).toMatch(/<tr><th><span class="swatch" style="background:#fde2e2"><\/span>share<\/th><td>1<\/td><\/tr>/);
    expect(html).toContain('<td data-field="credits">photo: CNN / YouTube</td>');
    expect(html).toContain('<td data-field="section">Featured</td>');
  });
});

describe('escapeHtml', () => {
  it('escapes markup in text and in quoted attributes', () => {
    expect(escapeHtml(`<b title="x">A & B's</b>`)).toBe('&lt;b title=&quot;x&quot;&gt;A &amp; B&#39;s&lt;/b&gt;');
  });
});

describe('familyColour', () => {
  it('has a fixed colour for a built-in family and a stable hue for any other', () => {
    expect(familyColour('share')).toBe('#fde2e2');
    expect(familyColour('site')).toBe(familyColour('site'));
    expect(familyColour('site')).toMatch(/^hsl\(\d{1,3} 80% 90%\)$/);
  });
});
