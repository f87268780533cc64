import { describe, expect, it } from 'vitest';
import { isByline } from './is-byline';

describe('isByline', () => {
  it.each(['By Judah Ari Gross and AP', 'by Brett Samuels - 12/22/23 11:35 AM ET', 'By Gina Scinta', 'Posted by Jane Doe', 'Von Thomas Sabin', 'Bengt Halvorson February 16, 2024', 'Stephen Edelstein December 22, 2023 Comment Now!', 'ByRahul Singh', 'John Sexton 4:00 PM on December 20, 2023'])('takes %j for a byline', (line) => {
    expect(isByline(line)).toBe(true);
  });
  it.each([
    'By the time the police arrived, the crowd had left.',
    'By 2030 the city plans to plant a million trees.',
    'By clicking Subscribe you agree to our terms.',
    'Israel has carried out drone strikes against terrorists operating in the Sinai Peninsula.',
    'By Country',
    'Christmas Day December 25, 2023',
    'Byron Allen buys a station',
  ])('takes %j for a sentence', (line) => {
    expect(isByline(line)).toBe(false);
  });
});
