import { describe, expect, it } from 'vitest';
import { inYear } from './in-year';

const now = new Date('2026-03-01T00:00:00Z');

describe('inYear', () => {
  it('puts a date without its year in the year of the page', () => {
    expect(inYear('--01-08T17:46', 2026, now)).toBe('2026-01-08T17:46');
    expect(inYear('--12-19', 2025, now)).toBe('2025-12-19');
  });

  it('keeps a date that states its year, and null', () => {
    expect(inYear('2023-12-22T10:00', 2026, now)).toBe('2023-12-22T10:00');
    expect(inYear(null, 2026, now)).toBeNull();
  });

  it('gives none where the page states no year, the date would be after now, or the year has no February 29', () => {
    expect(inYear('--01-08T17:46', null, now)).toBeNull();
    expect(inYear('--12-19T10:30', 2026, now)).toBeNull();
    expect(inYear('--02-29T10:30', 2025, now)).toBeNull();
  });
});
