import { describe, expect, it } from 'vitest';
import { isDoubled } from './doubled';

describe('isDoubled', () => {
  it('finds an alt text beside a caption of the same words', () => {
    expect(isDoubled('Two men cut up a pig. Two men cut up a pig.')).toBe(true);
  });

  it('finds the same words around a label of the player', () => {
    expect(isDoubled('Pig halves hang in a cold room. 1 min Pig halves hang in a cold room.')).toBe(true);
  });

  it('finds the two copies glued with no space between', () => {
    expect(isDoubled('Valentino Moon Bag DisplayValentino Moon Bag Display')).toBe(true);
    expect(isDoubled('Image from Google MapsImage from Google Maps')).toBe(true);
  });

  it('finds a name of two words said twice, as the photo of a person is dumped', () => {
    expect(isDoubled('Seth Rich Seth Rich')).toBe(true);
  });

  it('lets pass prose that repeats a word or two', () => {
    expect(isDoubled('Again and again, the council said no.')).toBe(false);
    expect(isDoubled('Bye bye')).toBe(false);
  });
});
