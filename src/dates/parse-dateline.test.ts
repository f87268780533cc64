import { describe, expect, it } from 'vitest';
import { parseDateline } from './parse-dateline';

describe('parseDateline', () => {
  it.each([
    ['WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.', 'WASHINGTON', 'Reuters', 'WASHINGTON (Reuters) -'],
    ['GAZA STRIP (Christian Examiner) – Hamas said on Monday.', 'GAZA STRIP', 'Christian Examiner', 'GAZA STRIP (Christian Examiner) –'],
    ['LONDON, May 3 (AFP) — Britain said.', 'LONDON', 'AFP', 'LONDON, May 3 (AFP) —'],
    ['RAFAH, Gaza Strip (AP) — More than 20,000 Palestinians have died.', 'RAFAH, Gaza Strip', 'AP', 'RAFAH, Gaza Strip (AP) —'],
    ['BEIJING — China said on Friday.', 'BEIJING', null, 'BEIJING —'],
    ['Berlin (dpa) - Die Regierung hat beschlossen.', 'Berlin', 'dpa', 'Berlin (dpa) -'],
    ['(CNN) — The president said.', null, 'CNN', '(CNN) —'],
  ])('reads the dateline of %j', (paragraph, place, agency, text) => {
    expect(parseDateline(paragraph)).toEqual({ place, agency, text, start: 0, end: text.length });
  });

  it.each([
    ['The U.S. (and its allies) – said nothing.'],
    ['Israel has carried out drone strikes against terrorists.'],
    ['Mr. Smith - a senator - said.'],
  ])('finds no dateline in %j', (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });
});
