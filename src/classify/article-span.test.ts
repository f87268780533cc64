import { describe, expect, it } from 'vitest';
import { articleSpan, bestEnd } from './article-span';

describe('articleSpan', () => {
  it('bridges residue between two runs of prose that outweigh it', () => {
    expect(articleSpan([-5, 40, -2, 30, -50, 10])).toEqual({ first: 1, last: 3 });
  });
  it('leaves out residue that outweighs the prose beyond it', () => {
    expect(articleSpan([20, -30, 10])).toEqual({ first: 0, last: 0 });
  });
  it('has no span when nothing weighs for it', () => {
    expect(articleSpan([-1, -2])).toBeNull();
    expect(articleSpan([])).toBeNull();
  });
});

describe('bestEnd', () => {
  it('ends the span before residue that outweighs the prose after it', () => {
    expect(bestEnd([40, 30, -60, 10, 5], 0, 4)).toBe(1);
  });
  it('keeps the span whole when the prose after the residue outweighs it', () => {
    expect(bestEnd([40, -20, 30], 0, 2)).toBe(2);
  });
});
