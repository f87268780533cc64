import { describe, expect, it } from 'vitest';
import { labelsPhotoOf, withoutDumpResidue } from './dump-residue';

describe('withoutDumpResidue', () => {
  it.each([
    ['[a3c]byAmani Mwakyusa', 'byAmani Mwakyusa'],
    ['[26ac4b6-1marsh] Lena Marsh [803bb32-roe] Tom Roe [d8bd5a96] Ada Kell 8 января, 17:46', 'Lena Marsh Tom Roe Ada Kell 8 января, 17:46'],
    ['[Photo] Lena Marsh [of Tom Roe] Ada Kell', 'Lena Marsh [of Tom Roe] Ada Kell'],
    ['Portrait of Lena MarshBy Lena MarshPublished: Oct 16, 2023', 'By Lena MarshPublished: Oct 16, 2023'],
    ['Lena Marsh By Lena Marsh City Desk', 'By Lena Marsh City Desk'],
    ['Lena MarshLena Marsh', 'Lena Marsh'],
    ['Lena Marsh, AP Lena Marsh, AP', 'Lena Marsh, AP'],
    ['Social Links for Lena Marsh', 'Lena Marsh'],
    ['Headshot of Lena Marsh', 'Lena Marsh'],
    ['Profilbild von Lena Marsh', 'Lena Marsh'],
    ['Photo de profil de Lena Marsh', 'Lena Marsh'],
    ['Lena Marsh Editor Author expertiseAuthor expertise', 'Lena Marsh Editor'],
    // Two letters are an agency's name, not one letter written twice.
    ['TT', 'TT'],
  ])('takes %j for %j', (line, byline) => {
    expect(withoutDumpResidue(line)).toBe(byline);
  });

  it.each(['[ ] Remember Me', 'Lena Marsh [a1] Tom Roe', 'Man Bitten By Bear Cub In Park', 'Stand By Me', 'By Lena Marsh', 'Lena Marsh', 'Photo of the Day', 'Lena Marsh Tom', 'Lena Marsh Tom Tom', 'Jo Doe', 'Lena Marsh read more about itabout it'])('leaves %j as it is', (line) => {
    expect(withoutDumpResidue(line)).toBe(line);
  });
});

describe('labelsPhotoOf', () => {
  it('tells the label of the photo of the author named on the next line', () => {
    expect(labelsPhotoOf('Headshot of Lena Marsh', 'Lena Marsh')).toBe(true);
    expect(labelsPhotoOf('Lena Marsh', 'Lena Marsh')).toBe(false);
    expect(labelsPhotoOf('Headshot of Lena Marsh', 'Tom Berg')).toBe(false);
    expect(labelsPhotoOf('Meet Lena Marsh', 'Lena Marsh')).toBe(false);
  });
});
