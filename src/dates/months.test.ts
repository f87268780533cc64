import { describe, expect, it } from 'vitest';
import { MONTHS, MONTH_PATTERN } from './months';

describe('MONTH_PATTERN', () => {
  it('matches every month name whole', () => {
    const whole = new RegExp(`^(?:${MONTH_PATTERN})$`, 'iu');
    for (const name of MONTHS.keys()) expect(whole.test(name), name).toBe(true);
  });

  it('takes the longest name first', () => {
    const start = new RegExp(`^(?:${MONTH_PATTERN})`, 'iu');
    expect(start.exec('januari 2024')?.[0]).toBe('januari');
    expect(start.exec('Janvier 2024')?.[0]).toBe('Janvier');
    expect(start.exec('Sept. 2024')?.[0]).toBe('Sept');
  });
});
