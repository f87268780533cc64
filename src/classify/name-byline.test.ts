import { describe, expect, it } from 'vitest';
import { isDeskLine } from './name-byline';

describe('isDeskLine', () => {
  it('takes a line of desks and agencies, joined or not', () => {
    expect(isDeskLine('IN-Redaktion')).toBe(true);
    expect(isDeskLine('dpa/AFP')).toBe(true);
    expect(isDeskLine('Reuters and AP')).toBe(true);
  });

  it('takes no line where words beside the desks are left over, nor a link or a person', () => {
    expect(isDeskLine('Von dpa')).toBe(false);
    expect(isDeskLine('Text: dpa')).toBe(false);
    expect(isDeskLine('Read more at example.com')).toBe(false);
    expect(isDeskLine('Jane Doe')).toBe(false);
  });
});
