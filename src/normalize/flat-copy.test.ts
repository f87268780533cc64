import { describe, expect, it } from 'vitest';
import { flatCopy } from './flat-copy';

describe('flatCopy', () => {
  it('equals the text it copies, short, empty and astral ones included', () => {
    const page = 'Home\n\nThe council met on Tuesday. 𝐀 ’quoted’ text\n';
    for (const text of ['', 'a', 'ab', page, page.slice(6, 40), page.slice(30), `${page.slice(0, 20)}${page.slice(25)}`]) expect(flatCopy(text)).toBe(text);
  });
});
