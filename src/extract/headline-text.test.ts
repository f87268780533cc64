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
});
