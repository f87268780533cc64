import { describe, expect, it } from 'vitest';
import { splitNameRun } from './name-run';

const run = 'Birgit Baumann Anna Giulia Fink Jan Michael Marchart';

describe('splitNameRun', () => {
  it('splits a run of names where the page writes them apart', () => {
    const page = `${run}\n\n3. Mai 2024\n\nDie Geschichte. (Birgit Baumann aus Berlin, Anna Giulia Fink, Jan Michael Marchart, 3.5.2024)`;
    expect(splitNameRun(run, page)).toEqual(['Birgit Baumann', 'Anna Giulia Fink', 'Jan Michael Marchart']);
  });
  it('does not split a run the page writes only as a run, or only in part apart', () => {
    expect(splitNameRun(run, run)).toBeNull();
    expect(splitNameRun(run, `${run}\n\nBirgit Baumann und Jan Michael Marchart`)).toBeNull();
  });
  it('takes no line in capitals, with a capital inside a word, or of a role for names', () => {
    expect(splitNameRun("PAUL GETTY'S EAR TODAY", "PAUL GETTY'S EAR TODAY, PAUL GETTY'S, EAR TODAY")).toBeNull();
    expect(splitNameRun('Saffron OtterAssistant Features Editor', 'Saffron OtterAssistant, Features Editor.')).toBeNull();
    expect(splitNameRun('Anna Berg Features Editor', 'Anna Berg Features Editor: Anna Berg, Features Editor.')).toBeNull();
  });
});
