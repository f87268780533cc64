import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';

const now = new Date('2027-01-01');
const paragraph = (sujet: string) =>
  `Le conseil municipal a annoncé mardi que le projet de ${sujet} allait être lancé, même si plusieurs élus restaient inquiets de ce qu’il coûterait à la ville.`;

describe('extractFields', () => {
  it('reads a slashed date day first on a page that is not in English', () => {
    const article = [paragraph('pont'), paragraph('route'), paragraph('école')].join('\n\n');
    const result = parseSeed(`La ville vote pour un nouveau pont\n\nPar Jeanne Dupont\n\nPublié le 06/01/2026 - 14:16 UTC+1\n\n${article}`, { now });
    expect(result.language).toBe('fr');
    expect(result.published).toBe('2026-01-06T14:16');
  });

  it('takes the date of a dated byline before a date line apart from it', () => {
    const story = (topic: string) =>
      `The council said on Tuesday that the plan for the ${topic} would go ahead, although several members were still worried about what it would cost the town.`;
    const article = [story('bridge'), story('road'), story('school')].join('\n\n');
    const result = parseSeed(`Sunday, December 24, 2023\n\nTown votes on new bridge\n\nBy Jane Doe • December 20, 2023 7:00 am\n\n${article}`, { now });
    expect(result.published).toBe('2023-12-20T07:00');
  });

  it('splits names run together in the byline where the story\'s signature writes them apart', () => {
    const signed = `${paragraph('parc')} (Jeanne Dupont à Lyon, Paul Marie Klein)`;
    const article = [paragraph('pont'), paragraph('route'), paragraph('école'), signed].join('\n\n');
    const result = parseSeed(`La ville vote pour un nouveau pont\n\nPar Jeanne Dupont Paul Marie Klein\n\n${article}`, { now });
    expect(result.authors).toEqual([{ name: 'Jeanne Dupont', kind: 'person' }, { name: 'Paul Marie Klein', kind: 'person' }]);
  });
});
