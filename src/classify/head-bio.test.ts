import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { councilParagraph as paragraph } from '../../test/support/council-story';
import { bioSubject } from './head-bio';

const now = new Date('2026-01-01');
const bio = 'Sherri Gordon, CLC is a certified professional life coach, author, and journalist covering health and wellness, social issues and parenting.';

function roleOf(text: string, line: string): { role: string; rule?: string } | undefined {
  const block = parseSeed(text, { now }).blocks.find((found) => found.text === line);
  return block && { role: block.role, ...(block.rule ? { rule: block.rule } : {}) };
}

describe('the writer’s bio in the page head', () => {
  it('is removed under the byline that names the writer, even past a share bar', () => {
    const text = ['Town votes on new bridge', 'By', 'Sherri Gordon', bio, paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    expect(roleOf(text, bio)).toEqual({ role: 'boilerplate', rule: 'classifier.author-bio' });
    const shared = ['Town votes on new bridge', 'By Sherri Gordon', 'Share on Facebook', 'Share on X', bio, paragraph('bridge'), paragraph('road')].join('\n\n');
    expect(roleOf(shared, bio)?.role).toBe('boilerplate');
  });

  it('is removed under a byline that runs on with its dates, past blank lines and the box’s links', () => {
    const covers = 'Naandika covers startups, tech, corporate and human interest stories. She holds a postgraduate degree in journalism.';
    const byline = 'By Naandika Tripathi, Forbes India Staff Published: Dec 22, 2023 12:15:02 PM IST Updated: Dec 22, 2023 12:35:30 PM IST';
    const text = ['Town votes on new bridge', byline, '', 'Full Bio', 'Recent', covers, paragraph('bridge'), paragraph('road')].join('\n\n');
    expect(roleOf(text, covers)?.role).toBe('boilerplate');
  });

  it('is removed where it names the writer by title and surname, as the byline does not', () => {
    const titled = 'Mr. Healy is the deputy Opinion editor.';
    const text = ['Town votes on new bridge', 'By Patrick Healy', titled, paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    expect(roleOf(text, titled)).toEqual({ role: 'boilerplate', rule: 'classifier.author-bio' });
    const other = 'Mr. Dawson is the town engineer and has built three bridges.';
    const story = ['Town votes on new bridge', 'By Patrick Healy', other, paragraph('bridge'), paragraph('road')].join('\n\n');
    expect(roleOf(story, other)?.role).toBe('body');
  });

  it('is removed under the line that credits the fact checker', () => {
    const checker = 'Nick Blackmer is a librarian, fact-checker, and researcher with more than 20 years of experience in health content.';
    const text = ['Town votes on new bridge', 'By Jane Doe', 'Fact checked by Nick Blackmer', checker, paragraph('bridge'), paragraph('road')].join('\n\n');
    expect(roleOf(text, checker)?.role).toBe('boilerplate');
  });

  it('leaves a story that opens with a name a headline ends in, or that reports speech', () => {
    const lead = 'Riot Games has laid out its plans to revitalize its card game in 2023, with a new expansion every quarter of the year.';
    const teaser = ['Road map outlined by Riot Games', lead, paragraph('bridge'), paragraph('road')].join('\n\n');
    expect(roleOf(teaser, lead)?.role).toBe('body');
    const speech = 'Sherri Gordon is a nurse at the county hospital, and she says the new bridge will cut her drive to work by half an hour.';
    const text = ['Town votes on new bridge', 'By Sherri Gordon', speech, paragraph('bridge'), paragraph('road')].join('\n\n');
    expect(roleOf(text, speech)?.role).toBe('body');
  });
});

describe('bioSubject', () => {
  it('gives the name a bio opens with, not that of a sentence that reports what a person did or said', () => {
    expect(bioSubject(bio)).toBe('Sherri Gordon');
    expect(bioSubject('Charlie Savage writes about national security and legal policy.')).toBe('Charlie Savage');
    expect(bioSubject('Jane Roe told the council on Monday that she would not stand again.')).toBeUndefined();
    expect(bioSubject('Jane Roe is the mayor, and she says the bridge will be built.')).toBeUndefined();
  });
});

describe('the head bio and the byline', () => {
  it('takes no lead for a bio where its name is only the start of a longer name in the byline', () => {
    const lead = 'Mark is a 30-year-old nurse who has lived by the river all his life, and he has waited ten years for the bridge.';
    const page = ['Town votes on new bridge', 'By Markus Braun', lead, paragraph('road'), paragraph('school'), paragraph('park')].join('\n\n');
    expect(roleOf(page, lead)?.role).toBe('body');
  });
});
