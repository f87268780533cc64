import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';

const now = new Date('2026-01-01');
const paragraph = (topic: string) =>
  `The council said on Tuesday that the plan for the ${topic} would go ahead, although several members were still worried about what it would cost the town.`;

describe('classify', () => {
  it('keeps a short article rather than the longer list of teasers under it, each with its own byline and date', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park'), 'Tags:', 'Town News'].join('\n\n');
    const teasers = Array.from({ length: 8 }, (_, index) =>
      [`Story number ${index} about the town`, paragraph(`square ${index}`), `Jane Roe February ${index + 1}, 2024`].join('\n\n'),
    ).join('\n\n');
    const result = parseSeed(`Town votes on new bridge\n\nJohn Doe December 22, 2023\n\n${article}\n\nRelated Articles\n\n${teasers}`, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park')]);
    expect(result.authors).toEqual([{ name: 'John Doe', kind: 'person' }]);
  });
});
