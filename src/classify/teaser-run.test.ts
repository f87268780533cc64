import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';

const now = new Date('2026-01-01');
const paragraph = (topic: string) =>
  `The council said on Tuesday that the plan for the ${topic} would go ahead, although several members were still worried about what it would cost the town.`;
const teasers = [
  'Pilots extend the airline strike as talks between both sides collapse',
  'The strike at the airline goes on. Cabin crews walk out on Wednesday and Thursday.',
  'Speed camera marathon: where the police check drivers in the region today',
  'Today the region holds its speed camera marathon, part of a Europe-wide campaign.',
  'Insured people pay more as critics attack the minister’s savings plan',
  'The minister’s plan to save money on health insurance meets resistance from doctors.',
];
const body = (text: string) => parseSeed(text, { now }).blocks.filter((block) => block.role === 'body').map((block) => block.text);

describe('teaserRunStart', () => {
  it('ends the article above a run of other stories’ headlines, each over a standfirst', () => {
    const story = [paragraph('bridge'), paragraph('road'), 'Home office is no option for many', paragraph('school'), paragraph('park')];
    expect(body(['Town votes on new bridge', 'By John Doe', ...story, ...teasers].join('\n\n'))).toEqual(story);
  });

  it('keeps the run where the story itself is cut into sections of one paragraph each', () => {
    const story = ['Town votes on new bridge', 'By John Doe', paragraph('bridge'), 'BABA Booey', paragraph('road'), 'Apple Comms Breathing Easier', paragraph('school')];
    expect(body([...story, ...teasers].join('\n\n'))).toEqual([...story.slice(2), ...teasers]);
  });
});
