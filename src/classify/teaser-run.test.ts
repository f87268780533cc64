import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { councilParagraph as paragraph } from '../../test/support/council-story';

const now = new Date('2026-01-01');
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

  it('keeps sections whose paragraphs run longer than a teaser’s standfirst', () => {
    const story = [paragraph('bridge'), paragraph('road'), paragraph('school')];
    // Sixty words and more each, which no teaser's standfirst runs to.
    const sections = [
      'What the bridge will cost the town in the end',
      'The treasurer told the meeting that the bridge had taken far longer than anyone expected when the first plans were drawn up. Builders found old pipes under the site, the weather was poor for months, and the money set aside in spring is nearly gone. Residents asked whether the work would be done before winter and were told nobody could promise it.',
      'Why the road had to wait for another year',
      'An engineer explained that the road could not be resurfaced while the water company was still replacing its mains along the high street. Shopkeepers complained about lost trade during the last closure, so the council agreed to wait until both jobs can be done together, which pushes the start back to next summer at the earliest, she said.',
      'How the school will pay for its new hall',
      'The head teacher said parents had raised almost a third of the cost through fairs, a sponsored walk and a raffle that ran for most of the autumn term. A grant from the county should cover much of the rest, though governors still need to find about forty thousand pounds before the builders can be booked for the holidays.',
    ];
    expect(body(['Town votes on new bridge', 'By John Doe', ...story, ...sections].join('\n\n'))).toEqual([...story, ...sections]);
  });
  it('ends the article above a run of other stories’ headlines, each under its section’s kicker', () => {
    const story = [paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park')];
    const kickers = [
      'International',
      'The trade dispute over steel grows worse. And the leaders of the big powers have no plan for it',
      'Sport',
      'A wild tackle changed the final. The home team took the title once again in front of its fans',
      'Health',
      'He introduced the country to fasting. Now he eats only three hours a day and shows his plate',
    ];
    expect(body(['Town votes on new bridge', 'By John Doe', ...story, ...kickers].join('\n\n'))).toEqual(story);
  });

  it('ends the article above a full dump’s teasers, each headline printed twice round an empty bullet, with its time', () => {
    const story = [paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park')];
    const cards = [0, 2, 4].flatMap((index) => [teasers[index]!, 'Today, 12:34', '  • ', teasers[index]!, teasers[index + 1]!]);
    expect(body(['Town votes on new bridge', 'By John Doe', ...story, ...cards].join('\n\n'))).toEqual(story);
  });

  it('keeps a story’s own sections where a subheading is printed twice over paragraphs longer than a standfirst', () => {
    const story = [paragraph('bridge'), paragraph('road')];
    // Sixty words and more each, which no teaser's standfirst runs to.
    const long = (topic: string) => [topic, `${topic} fund`, `${topic} works`].map(paragraph).join(' ');
    const sections = [0, 2, 4].flatMap((index) => [teasers[index]!, '  • ', teasers[index]!, long(`site ${index}`)]);
    const kept = sections.filter((text, index) => index % 4 === 3 || (index % 4 === 0 && text.length > 0));
    expect(body(['Town votes on new bridge', 'By John Doe', ...story, ...sections].join('\n\n'))).toEqual([...story, ...kept]);
  });

  it('keeps a story’s last sections where a section break of stars stands between them', () => {
    const story = [paragraph('bridge'), paragraph('road'), paragraph('school')];
    const sections = [
      ['Why the bridge costs more than planned', 'Steel prices rose by a third over the winter, the engineers said.'],
      ['What the road closure means for drivers', 'Drivers will be sent through the industrial estate until June.'],
      ['How the school will pay for its new hall', 'The hall is paid for by a grant and a loan from the county.'],
    ].flatMap((section) => ['***', ...section]);
    expect(body(['Town votes on new bridge', 'By John Doe', ...story, ...sections].join('\n\n'))).toEqual([...story, ...sections]);
  });

  it('keeps a story cut into short sections whose paragraphs end in a full stop', () => {
    const story = [paragraph('bridge'), paragraph('road'), 'Costs', 'The bridge will cost the town more than anyone had planned for.', 'Roads', 'The road will be closed for most of the summer months.', 'Schools', 'The school will open its new hall in the autumn term.'];
    expect(body(['Town votes on new bridge', 'By John Doe', ...story].join('\n\n'))).toEqual(story);
  });
});
