import { describe, expect, it } from 'vitest';
import { familyRules } from './family-rules';

describe('familyRules', () => {
  it('writes the first part of the id in as the family, right after the id', () => {
    const [rule] = familyRules([{ id: 'comment-form.heading', lines: ['Leave a Reply'], where: 'tail' }]);
    expect(rule).toEqual({ id: 'comment-form.heading', family: 'comment-form', lines: ['Leave a Reply'], where: 'tail' });
    expect(Object.keys(rule!)).toEqual(['id', 'family', 'lines', 'where']);
  });
});
