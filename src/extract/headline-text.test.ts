import { describe, expect, it } from 'vitest';
import { headlineText } from './headline-text';

describe('headlineText', () => {
  it('drops a short label after a bar', () => {
    expect(headlineText('Let kids be kids and leave child labor laws alone | Editorial')).toBe('Let kids be kids and leave child labor laws alone');
    expect(headlineText('Town votes on new bridge | The Daily Star')).toBe('Town votes on new bridge');
  });

  it('keeps a longer tail after a bar, and a bar inside the headline', () => {
    expect(headlineText('Best Spy Apps for iPhone 2024 | Top 10 Reviewed In-Depth')).toBe('Best Spy Apps for iPhone 2024 | Top 10 Reviewed In-Depth');
    expect(headlineText('Opinion | Town votes on new bridge')).toBe('Opinion | Town votes on new bridge');
  });

  it('drops inline markup copied from a page title', () => {
    expect(headlineText("GOTY: <i>Kotaku</i>'s Top 12 Games Of 2023, Ranked")).toBe("GOTY: Kotaku's Top 12 Games Of 2023, Ranked");
    expect(headlineText('Why x <y> z')).toBe('Why x <y> z');
  });
});
