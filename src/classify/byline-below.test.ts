import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { COUNCIL_STORY as story } from '../../test/support/council-story';

const now = new Date('2026-01-01');
const spanishParagraph = (topic: string) =>
  `El ayuntamiento dijo el martes que el plan para ${topic} seguirá adelante, aunque varios concejales todavía están preocupados por lo que costará a la ciudad.`;
const spanishStory = ['el puente', 'la carretera', 'la escuela'].map(spanishParagraph).join('\n\n');

describe('bylineBelow', () => {
  it('takes the byline that signs the story under its last paragraph, past the share bar', () => {
    const result = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\nby Jane Roe\n\nShare\n\nFooter Links`, { now });
    expect(result.authors).toEqual([{ name: 'Jane Roe', kind: 'person' }]);
    expect(result.blocks.find((block) => block.text === 'by Jane Roe')?.role).toBe('byline');
  });

  it('takes the names under an author box that follows the story', () => {
    const result = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\nAbout the author\n\nJane Roe\n\nFooter Links`, { now });
    expect(result.authors).toEqual([{ name: 'Jane Roe', kind: 'person' }]);
  });

  it('takes a desk right under the last paragraph for the byline', () => {
    const result = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\nTown-Redaktion\n\nFooter Links`, { now });
    expect(result.authors).toEqual([{ name: 'Town-Redaktion', kind: 'organization' }]);
  });

  it('takes no sentence or link naming an outlet under the story for a desk', () => {
    for (const line of ['Watch the latest video at video.example.com', 'youtube.com']) {
      const result = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\n${line}\n\nFooter Links`, { now });
      expect(result.authors).toEqual([]);
    }
  });

  it('takes the names after a dash right under the last paragraph for its signature', () => {
    for (const line of ['– Jane Roe', '- - Jane Roe']) {
      const result = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\n${line}`, { now });
      expect(result.authors).toEqual([{ name: 'Jane Roe', kind: 'person' }]);
    }
  });

  it('takes no list of names, nor names in capitals, after a dash under the story for a signature', () => {
    for (const lines of ['- Jane Roe\n- John Doe', '– BARACK OBAMA']) {
      const result = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\n${lines}`, { now });
      expect(result.authors).toEqual([]);
    }
  });

  it('takes no name after a dash under a quotation that ends the story, which says who said it; a paragraph that quotes and says who spoke does not', () => {
    const quotation = '\u201cThe only thing necessary for the triumph of evil is for good men to do nothing.\u201d';
    const result = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\n${quotation}\n\n\u2013 Edmund Burke`, { now });
    expect(result.authors).toEqual([]);
    const quoted = '\u201cWe will build it,\u201d the mayor said. \u201cThe town has waited long enough.\u201d';
    const signed = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\n${quoted}\n\n\u2013 Jane Roe`, { now });
    expect(signed.authors).toEqual([{ name: 'Jane Roe', kind: 'person' }]);
  });

  it('takes no label in title case under the story for names', () => {
    const result = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\nVoting Results\n\nFooter Links`, { now });
    expect(result.authors).toEqual([]);
  });

  it('takes no byline of the teasers under the story, each signed above its headline', () => {
    const teasers = ['by Ellie Roe', 'Harbour plan faces delay', 'by Sam Poe', 'Library opens late'].join('\n\n');
    const result = parseSeed(`Town votes on new bridge\n\nDecember 21, 2023\n\n${story}\n\n${teasers}`, { now });
    expect(result.authors).toEqual([]);
  });

  it('takes the bare name right under the last paragraph for the signature, in a language that writes labels in sentence case', () => {
    const result = parseSeed(`El pueblo vota el nuevo puente\n\n21 de diciembre de 2023\n\n${spanishStory}\n\nAna López\n\nCompartir\n\nAviso legal`, { now });
    expect(result.language).toBe('es');
    expect(result.authors).toEqual([{ name: 'Ana López', kind: 'person' }]);
    expect(result.blocks.find((block) => block.text === 'Ana López')?.role).toBe('byline');
  });

  it('takes no bare names under the story that list people, quote a speaker, caption a photo, shout, or stand past other lines', () => {
    const quotation = '«La única cosa necesaria para el triunfo del mal es que los hombres buenos no hagan nada.»';
    const tails = ['Ana López\n\nPedro Ruiz', `${quotation}\n\nEdmund Burke`, 'Ana López y Pedro Ruiz, en la inauguración del puente.', 'ANA LÓPEZ', '- Ana López\n- Pedro Ruiz', 'Compartir\n\nAna López', 'Por qué el puente\n\nAna López'];
    for (const tail of tails) {
      const result = parseSeed(`El pueblo vota el nuevo puente\n\n21 de diciembre de 2023\n\n${spanishStory}\n\n${tail}\n\nAviso legal`, { now });
      expect(result.authors, tail).toEqual([]);
    }
  });

  it('takes no bare name under the story that the story speaks of: the first of the page’s tags', () => {
    const story = `${spanishStory}\n\nEl alcalde, Pedro Ruiz, dijo que la obra empezará en primavera.`;
    const result = parseSeed(`El pueblo vota el nuevo puente\n\n21 de diciembre de 2023\n\n${story}\n\nPedro Ruiz\n\nObras\n\nAviso legal`, { now });
    expect(result.authors).toEqual([]);
  });

  it('takes no label in title case over teasers under the story for a bare signature', () => {
    const teasers = 'El alcalde inaugura la nueva biblioteca municipal\n\nLa escuela del pueblo abre sus puertas';
    for (const label of ['Artículos Relacionados', 'Últimas Noticias', 'Ultime Notizie']) {
      const result = parseSeed(`El pueblo vota el nuevo puente\n\n21 de diciembre de 2023\n\n${spanishStory}\n\n${label}\n\n${teasers}\n\nAviso legal`, { now });
      expect(result.authors, label).toEqual([]);
    }
  });

  it('takes no bare line in title case under a German story, whose labels capitalise their nouns', () => {
    const story = ['die Brücke', 'die Straße', 'die Schule'].map((topic) => `Der Gemeinderat sagte am Dienstag, dass der Plan für ${topic} weitergehen werde, obwohl einige Mitglieder noch über die Kosten für die Stadt besorgt seien.`).join('\n\n');
    const result = parseSeed(`Stadt stimmt über neue Brücke ab\n\n21. Dezember 2023\n\n${story}\n\nLetzte Meldungen\n\nImpressum`, { now });
    expect(result.language).toBe('de');
    expect(result.authors).toEqual([]);
  });

  it('prefers a line of names under the headline to a byline under the story', () => {
    const result = parseSeed(`Town votes on new bridge\n\nJohn Doe\n\nDecember 21, 2023\n\n${story}\n\nby Jane Roe\n\nShare`, { now });
    expect(result.authors).toEqual([{ name: 'John Doe', kind: 'person' }]);
  });
});
