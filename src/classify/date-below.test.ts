import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';

const now = new Date('2026-01-01');
const paragraph = (topic: string) =>
  `The council said on Tuesday that the plan for the ${topic} would go ahead, although several members were still worried about what it would cost the town.`;
const story = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');

describe('dateBelow', () => {
  it('takes the labelled date under the story where the head has none', () => {
    const result = parseSeed(`Town votes on new bridge\n\nBy Jane Roe\n\n${story}\n\nShare\n\nPublished: 05.08.24 kl. 14:47\n\nFooter Links`, { now });
    expect(result.published).toBe('2024-08-05T14:47');
  });

  it('takes no bare date under the story, which may be a teaser\u2019s', () => {
    const result = parseSeed(`Town votes on new bridge\n\nBy Jane Roe\n\n${story}\n\nHarbour plan faces a long delay\n\nDecember 20, 2023\n\nFooter Links`, { now });
    expect(result.published).toBeNull();
  });
});
