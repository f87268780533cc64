import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { councilParagraph as paragraph } from '../../test/support/council-story';

const now = new Date('2026-01-01');
const alt = 'Skaters take to the ice at the Boston Common Frog Pond skating rink.';

function rolesOf(lines: readonly string[]): string[] {
  return parseSeed(lines.join('\n\n'), { now }).blocks.filter((block) => block.text.length > 0).map((block) => `${block.role}:${block.rule ?? ''}`);
}

describe('an image’s alt text said again by its caption', () => {
  it('is removed with the caption, whose credit is glued on or after a space', () => {
    const roles = rolesOf(['Town votes on new bridge', paragraph('bridge'), alt, `${alt}John Tlumacki/Globe Staff`, paragraph('road'), paragraph('school')]);
    // The caption glued to its credit is a credit of its own (`credit.glued-caption`); the alt text above it goes all the same.
    expect(roles.slice(2, 4)).toEqual(['boilerplate:classifier.alt-text', 'credit:credit.glued-caption']);
    expect(rolesOf(['Town votes on new bridge', paragraph('bridge'), alt, `${alt} © picture alliance / dpa`, paragraph('road')])[2]).toBe('boilerplate:classifier.alt-text');
  });

  it('is removed where it is said word for word again above a credit line, unless it is a headline', () => {
    const roles = rolesOf(['Town votes on new bridge', paragraph('bridge'), alt, alt, 'Jane Doe/Getty Images', paragraph('road'), paragraph('school')]);
    expect(roles.slice(2, 4)).toEqual(['boilerplate:classifier.alt-text', 'boilerplate:classifier.alt-text']);
    const headline = 'How jellyfish regenerate functional tentacles in days';
    const head = rolesOf([headline, 'By Jane Doe', headline, 'Jane Doe/Getty Images', paragraph('bridge'), paragraph('road')]);
    expect(head[0]).toBe('title:');
  });

  it('is removed where it carries the site\u2019s name after the caption, and not where a headline stands under its page title', () => {
    const roles = rolesOf(['Town votes on new bridge', 'By Jane Doe', `${alt} - Daily Planet`, alt, paragraph('bridge'), paragraph('road')]);
    // The line under it may be the story's lead that the page's description repeats: it goes too only when a credit closes it.
    expect(roles.slice(0, 4)).toEqual(['title:', 'byline:', 'boilerplate:classifier.alt-text', 'body:']);
    const credited = rolesOf(['Town votes on new bridge', 'By Jane Doe', `${alt} - Daily Planet`, alt, 'Photo: Jane Roe / Reuters', paragraph('bridge'), paragraph('road')]);
    expect(credited.slice(2, 4)).toEqual(['boilerplate:classifier.alt-text', 'boilerplate:classifier.alt-text']);
    const head = rolesOf(['Town votes on new bridge over the river - Daily Planet', 'Town votes on new bridge over the river', 'By Jane Doe', paragraph('bridge'), paragraph('road')]);
    expect(head[1]).toBe('title:');
  });

  it('leaves a sentence the page says twice with only a stop added, and a line followed by a longer paragraph', () => {
    const said = 'In October, the council won an award for the bridge design at the state fair';
    const twice = rolesOf(['Town votes on new bridge', paragraph('bridge'), said, paragraph('road'), `${said}.`, paragraph('school')]);
    expect(twice[2]).toBe('body:');
    const lead = `${alt} The rink opened for the season on Friday, and hundreds of people came to skate under the lights on the first night.`;
    expect(rolesOf(['Town votes on new bridge', paragraph('bridge'), alt, lead, paragraph('road')])[2]).toBe('body:');
  });

  it('leaves a standfirst that says the lead\u2019s first sentence over the lead, when a short sentence follows it there', () => {
    const first = 'The council voted on Tuesday night to build the new bridge over the river.';
    const roles = rolesOf(['Town votes on new bridge', 'By Jane Doe', first, `${first} The mayor welcomed the vote.`, paragraph('road'), paragraph('school')]);
    expect(roles.slice(2, 4)).toEqual(['body:', 'body:']);
  });
});

describe('the alt text and the caption of a figure right over its credit', () => {
  const caption = 'The Tashakor family plays on the lawn outside their home in El Sereno.';
  const roles = (figure: string) => rolesOf(['Town votes on new bridge', paragraph('bridge'), figure, paragraph('road'), paragraph('school')]);

  it('are removed, over a bare credit and over a credit that holds the caption', () => {
    expect(roles(`${alt}\n${caption}\n(Dania Maxwell / Los Angeles Times)`).slice(2, 5)).toEqual(['boilerplate:classifier.alt-text', 'boilerplate:classifier.alt-text', 'credit:credit.named-caption']);
    expect(roles(`${alt}\nLegende: ${caption} SRF`)[2]).toBe('boilerplate:classifier.alt-text');
  });

  it('leave a paragraph of the story over a bare credit, or set apart from it by a blank line', () => {
    const story = 'I am telling my story to take the power away from the media and tabloids that want to hurt him.';
    expect(roles(`${story}\n[Image via Facebook]`)[2]).toBe('body:');
    expect(roles(`${alt}\n\n${caption}\n(Dania Maxwell / Los Angeles Times)`)[2]).toBe('body:');
  });
});
