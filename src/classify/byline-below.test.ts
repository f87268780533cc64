import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { COUNCIL_STORY as story } from '../../test/support/council-story';

const now = new Date('2026-01-01');

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

  it('prefers a line of names under the headline to a byline under the story', () => {
    const result = parseSeed(`Town votes on new bridge\n\nJohn Doe\n\nDecember 21, 2023\n\n${story}\n\nby Jane Roe\n\nShare`, { now });
    expect(result.authors).toEqual([{ name: 'John Doe', kind: 'person' }]);
  });
});
