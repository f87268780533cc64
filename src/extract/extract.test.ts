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
});
