import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { councilParagraph as paragraph } from '../../test/support/council-story';

const now = new Date('2026-01-01');

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

  it('keeps a short story signed by a credit (`Reporting by The Associated Press.`) above a last note, and takes the credit for the byline', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park')].join('\n\n');
    const result = parseSeed(`Home\n\nNews\n\nTown votes on new bridge\n\nDecember 22, 2023\n\n${article}\n\nReporting by The Associated Press.\n\n${paragraph('library')}\n\nMore from the town`, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park'), paragraph('library')]);
    expect(result.authors).toEqual([{ name: 'The Associated Press', kind: 'organization' }]);
  });

  it('keeps the story under a comment count that stands under the byline, where a long caption opens the span', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school')];
    const buttons = '  •  \n  •  \n  •  \n  •  \n  • ';
    const head = `Town votes on new bridge\n\n"Stay tuned!"\n\n${paragraph('river')}\nImage credit: Town Archive\n\nJane Roe avatar\nNews by Jane Roe News Reporter\nPublished on 13 Dec 2023\nFollow Town\n\n${buttons}\n\n135 comments`;
    const result = parseSeed(`${head}\n\n${article.join('\n\n')}\n\nMore from the town`, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual(expect.arrayContaining(article));
    expect(result.blocks.some((block) => block.role === 'comment')).toBe(false);
  });

  it('keeps the headline above a photo\u2019s name said twice and an editor\u2019s note over the story', () => {
    // The story speaks of the person, so the name is not read as its byline.
    const lead = 'What she told the paper on Monday about Jane Roe\u2019s bridge is in clear contrast to what she has said over the last two days.';
    const note = 'EDITOR\'S NOTE (5/17/17): We want to update you on a story you first saw here. We want to make an important clarification on claims that were made by the engineer the council hired.';
    const result = parseSeed(`Town votes on new bridge after a long debate - Story\n\nJane Roe Jane Roe\n\n- ${note}\n\n${lead}\n\n${paragraph('road')}`, { now });
    expect(result.title).toBe('Town votes on new bridge after a long debate - Story');
  });

  it('takes the byline under the headline, not a teaser\u2019s between the date and the story', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const result = parseSeed(
      `Town\n\nTown votes on new bridge\n\nBy Jane Doe\n\nThe bridge will be built after all, the council decided on Tuesday night after a long debate.\n\n05 January 2025 Updated at 16:01 1 min read\n\nHarbour plan faces a long delay\n\nBy Ellie Roe 20 November 2024\n\n${article}`,
      { now },
    );
    expect(result.authors).toEqual([{ name: 'Jane Doe', kind: 'person' }]);
  });

  it('takes the publication\u2019s date line over the update\u2019s beside it', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const result = parseSeed(`Town votes on new bridge\n\nBy Jane Doe\n\n  • 19:00, 23 Dec 2023\n  • Updated 07:26, 24 Dec 2023\n\n${article}`, { now });
    expect(result.published).toBe('2023-12-23');
  });

  it('takes a wire agency on its own line above the date for the byline', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const result = parseSeed(`Town votes on new bridge\n\nThe bridge will be built after all, the council decided on Tuesday night after a long debate.\n\ndpa\n\n25.10.2025 - 15:26 Uhr\n\n${article}`, { now });
    expect(result.authors).toEqual([{ name: 'dpa', kind: 'organization' }]);
  });

  it('takes a run of names above the date for the byline, split where the story\'s signature writes them apart', () => {
    const signed = `${paragraph('library')} (Lena Marsh aus Berlin, Anna Giulia Fink, Jan Paul Klein, 3.5.2024)`;
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park'), paragraph('harbour'), signed].join('\n\n');
    const standfirst = 'The bridge will be built after all, the council decided on Tuesday night after a long debate. In the villages around the town the question is now how large the cost of the crossing really is – and who will pay it';
    const result = parseSeed(`Traffic\n\nCouncil plan for the bridge: will it go ahead?\n\n${standfirst}\n\nLena Marsh Anna Giulia Fink Jan Paul Klein\n\n3. Mai 2024, 17:47\n\n${article}`, { now });
    expect(result.authors.map((author) => author.name)).toEqual(['Lena Marsh', 'Anna Giulia Fink', 'Jan Paul Klein']);
  });

  it('takes the names over the kicker over the date, above the headline', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const result = parseSeed(`Sign In\n\nLena Marsh\n\nIdeas\n\nOct 5, 2023 9:00 AM\n\nTown votes on new bridge\n\n${article}`, { now });
    expect(result.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }]);
  });

  it('takes the byline beside the date under the headline, not a teaser\u2019s nearer the story', () => {
    const teasers = ['Harbour plan faces a long delay', 'By: Ellie Roe', 'Library opens late again', 'By: Sam Poe'].join('\n\n');
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const result = parseSeed(`Town votes on new bridge\n\nby Jane Doe, City Reporter\n\nDecember 22, 2023 04:26 PM\n\nLatest\n\n${teasers}\n\n${article}`, { now });
    expect(result.authors).toEqual([{ name: 'Jane Doe', kind: 'person' }]);
  });

  it('takes no date line deep in the story, under the headline of a teaser set into it', () => {
    const topics = ['bridge', 'road', 'school', 'park', 'harbour', 'library', 'market', 'station', 'museum', 'pool', 'stadium', 'hall', 'square', 'tower'];
    const story = topics.map(paragraph).join('\n\n');
    const result = parseSeed(`Town votes on new bridge\n\nBy Jane Roe\n\n${story}\n\nHarbour plan faces a long delay\n\n23. 12. 2024 13:31\n\n${paragraph('ferry')}`, { now });
    expect(result.published).toBeNull();
    expect(result.body.map((block) => block.text)).toContain(paragraph('ferry'));
  });

  it('keeps a short article rather than a longer list of teasers cut short with an ellipsis', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const teaser = (topic: string) => `  • The council said on Tuesday that the plan for the ${topic} would go ahead, although several members were still worried about what...`;
    const teasers = Array.from({ length: 12 }, (_, index) => teaser(`square ${index}`)).join('\n');
    const result = parseSeed(`Town votes on new bridge\n\nBy John Doe\n\n${article}\n\nAdd comment\n\n  • Most Read\n${teasers}`, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([paragraph('bridge'), paragraph('road'), paragraph('school')]);
  });

  it('ends the article where the page runs on into the next story, with its own headline and byline', () => {
    const first = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const second = [paragraph('harbour'), paragraph('station'), paragraph('library'), paragraph('market')].join('\n\n');
    const result = parseSeed(`Town votes on new bridge\n\nTori Otten\n\nDecember 21, 2023\n\n${first}\n\nShare This Story\n\nHarbour plan faces a long delay\n\nEllie Roe\n\nDecember 20, 2023\n\n${second}`, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([paragraph('bridge'), paragraph('road'), paragraph('school')]);
    expect(result.title).toBe('Town votes on new bridge');
  });

  it('keeps the first paragraphs under a byline above the story when a teaser with its date follows them', () => {
    const result = parseSeed(
      `Lifestyle\n\nThe town that will not build a bridge: what it is like to cross by ferry in L.A.\n\nBy Jane Doe\n\nShare\n\n${paragraph('bridge')}\n\n${paragraph('road')}\n\nFive ferry trips that show the town at its best — and worst\n\nDec. 20, 2022\n\n${paragraph('school')}\n\n${paragraph('park')}`,
      { now },
    );
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body.slice(0, 2)).toEqual([paragraph('bridge'), paragraph('road')]);
    expect(result.title).toBe('The town that will not build a bridge: what it is like to cross by ferry in L.A.');
  });

  it('keeps the paragraphs under a read-more link set into the story, which does not end it as a list of teasers would', () => {
    const before = [paragraph('bridge'), paragraph('road'), paragraph('school')];
    const after = ['The vote is next week.', paragraph('park')];
    const link = 'READ MORE: Harbour plan faces a long delay after the council runs out of money for the new piers';
    const result = parseSeed(`Town votes on new bridge\n\nBy Jane Doe\n\n${[...before, link, ...after].join('\n\n')}`, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([...before, ...after]);
    expect(result.removed.map((span) => span.rule)).toContain('related.link-line');
  });

  it('keeps the paragraphs under an editor\u2019s note set into the story, which does not end it', () => {
    const before = [paragraph('bridge'), paragraph('road'), paragraph('school')];
    const after = [paragraph('park')];
    const note = 'Editor\u2019s note: The names of the residents quoted in this story have been changed at their request, to protect them from reprisals by their landlords.';
    const result = parseSeed(`Town votes on new bridge\n\nBy Jane Doe\n\n${[...before, note, ...after].join('\n\n')}\n\nRelated Articles`, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([...before, ...after]);
    expect(result.removed.map((span) => span.rule)).toContain('disclosure.editors-note');
  });

  it('keeps the article around a widget of teasers that repeats down the page', () => {
    const long = (topic: string) => [paragraph(topic), paragraph(`${topic} bank`), paragraph(`${topic} fund`), paragraph(`${topic} tax`)].join(' ');
    const widget = 'Sandals we will all wear this summer\n\nBy Alex Marain';
    const result = parseSeed(`Town votes on new bridge\n\nBy Jane Doe\n\n${long('bridge')}\n\n${long('road')}\n\n${widget}\n\n${long('school')}\n\n${widget}\n\n${long('park')}`, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual(expect.arrayContaining([long('bridge'), long('road'), long('school'), long('park')]));
  });

  it('ends the article above a list of teaser headlines, whatever prose-like captions stand between them', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const caption = (name: string) => `${name} and her daughter, who is seven, listen to the final witness in their case against the town council at the court on Friday`;
    const teasers = ['Ann Lee', 'Mary Fox', 'Jane Roe', 'Eva Poe', 'Ida Bell', 'Liv Moss']
      .map((name, index) => `${caption(name)}\n\nTown Council Loses Its ${index + 2}nd Case Over the Harbour Bridge After Long Trial\n\nWhat Is the Bridge? All About the Plan That Divides the Whole Town`)
      .join('\n\n');
    const result = parseSeed(`Town votes on new bridge\n\nBy John Doe\n\n${article}\n\nRelated Articles\n\n${teasers}`, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([paragraph('bridge'), paragraph('road'), paragraph('school')]);
  });

  it('keeps a paragraph the page repeats word for word once, and reports the repeats', () => {
    const text = `Town votes on new bridge\n\nBy John Doe\n\n${paragraph('bridge')}\n\n${paragraph('bridge')}\n\n${paragraph('road')}\n\n***\n\n${paragraph('road')}\n\n${paragraph('school')}\n\n***\n\n${paragraph('park')}`;
    const result = parseSeed(text, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([paragraph('bridge'), paragraph('road'), '***', paragraph('school'), '***', paragraph('park')]);
    expect(result.removed.filter((span) => span.family === 'repeat').map((span) => [span.rule, text.slice(span.position.start, span.position.end)])).toEqual([
      ['classifier.repeat', paragraph('bridge')],
      ['classifier.repeat', paragraph('road')],
    ]);
  });

  it('keeps once a label without a sentence end that the page stamps over each photo, but keeps a question asked of each guest', () => {
    const label = 'Harbour Bridge Opening Day GALLERY';
    const question = 'What will you miss most about the old ferry?';
    const guest = (topic: string) => [paragraph(topic), paragraph(`${topic} bank`), paragraph(`${topic} fund`)];
    const text = [
      'Town votes on new bridge', 'By John Doe',
      question, ...guest('bridge'), label, question, ...guest('road'), label, question, ...guest('school'), label, ...guest('park'),
    ].join('\n\n');
    const result = parseSeed(text, { now });
    const body = result.blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([question, ...guest('bridge'), label, question, ...guest('road'), question, ...guest('school'), ...guest('park')]);
    expect(result.removed.filter((span) => span.family === 'repeat').map((span) => span.text)).toEqual([label, label]);
  });

  it('drops a second copy of the story that the page cut into lines running across its paragraphs', () => {
    const story = [paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park')];
    const copy = story.join(' ').match(/(?:\S+ ?){1,36}/gu)!.map((line) => line.trim());
    const text = `Town votes on new bridge\n\nBy John Doe\n\n${story.join('\n\n')}\n\n${copy.join('\n\n')}\n\nMore on the town`;
    const result = parseSeed(text, { now });
    expect(result.blocks.filter((block) => block.role === 'body').map((block) => block.text)).toEqual(story);
    expect(result.removed.filter((span) => span.family === 'repeat')).toHaveLength(copy.length);
  });

  it('drops a caption that an image dumped twice, once as its alt text', () => {
    const caption = 'Workers lift the first steel beam of the bridge onto its pier.';
    const text = `Town votes on new bridge\n\nBy John Doe\n\n${paragraph('bridge')}\n\n${caption} ${caption}\n\n${paragraph('road')}\n\n${paragraph('school')}`;
    const result = parseSeed(text, { now });
    expect(result.blocks.filter((block) => block.role === 'body').map((block) => block.text)).toEqual([paragraph('bridge'), paragraph('road'), paragraph('school')]);
    expect(result.removed.filter((span) => span.family === 'repeat').map((span) => text.slice(span.position.start, span.position.end))).toEqual([`${caption} ${caption}`]);
  });

  it('keeps once a Japanese caption the page prints three times, but keeps a short Japanese label each time', () => {
    const story = [
      '１３日午後９時１９分ごろ、宮崎県で震度５弱の地震があった。気象庁によると、震源地は日向灘で、震源の深さは約３０キロ、地震の規模はマグニチュード６・６と推定される。',
      '気象庁は南海トラフ地震の想定震源域で起きたとして、専門家による評価検討会を開き、巨大地震との関連を調べた。',
      '気象庁は調査終了を受けた記者会見で「地震はいつ起きてもおかしくない。日頃からの備えを改めて確認してほしい」と呼びかけた。',
      '宮崎県内では、延岡市や宮崎市などで震度４を観測し、停電や交通の乱れが一時的に起きたが、大きな被害の報告はなかった。',
    ];
    const caption = '記者会見する気象庁の担当者＝１３日午後１１時１７分、気象庁で';
    const label = '【解説】';
    const text = ['宮崎県で震度５弱の地震', story[0], caption, caption, caption, story[1], label, story[2], label, story[3]].join('\n\n');
    const result = parseSeed(text, { now });
    expect(result.blocks.filter((block) => block.role === 'body').map((block) => block.text)).toEqual([story[0], caption, story[1], label, story[2], label, story[3]]);
    expect(result.removed.filter((span) => span.family === 'repeat').map((span) => span.text)).toEqual([caption, caption]);
  });

  it('ends the article where the page runs on into the next story, headed by a date line of the same shape', () => {
    const story = [paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park')];
    const next = [paragraph('harbour wall'), paragraph('ferry'), paragraph('beach')];
    const text = [
      'Town votes on new bridge', 'By John Doe', 'December 21, 2023/9:43 p.m. ET', ...story,
      'Harbour Wall Repairs Will Take Another Two Years, Says the Council', 'December 21, 2023/8:51 p.m. ET', ...next,
    ].join('\n\n');
    const result = parseSeed(text, { now });
    expect(result.blocks.filter((block) => block.role === 'body').map((block) => block.text)).toEqual(story);
  });

  it('reads a short author bio that closes the span of prose as after the article', () => {
    const article = [paragraph('bridge'), paragraph('road'), paragraph('school')].join('\n\n');
    const result = parseSeed(`Town votes on new bridge\n\n${article}\n\nJosh Gerstein is a senior reporter for POLITICO.`, { now });
    expect(result.removed.map((removed) => removed.rule)).toContain('author-bio.staff-line');
    expect(result.body.map((block) => block.text)).toEqual([paragraph('bridge'), paragraph('road'), paragraph('school')]);
  });

  it('keeps a question an interview asks again further down', () => {
    const question = 'How did you feel when you heard that the bridge would be built?';
    const text = `Town votes on new bridge\n\nBy John Doe\n\n${question}\n\n${paragraph('bridge')}\n\n${paragraph('road')}\n\n${paragraph('school')}\n\n${question}\n\n${paragraph('park')}`;
    const body = parseSeed(text, { now }).blocks.filter((block) => block.role === 'body').map((block) => block.text);
    expect(body).toEqual([question, paragraph('bridge'), paragraph('road'), paragraph('school'), question, paragraph('park')]);
  });

  it('tells prose by its sentences on a page in a language without a stopword list', () => {
    const zulu = [
      'Uhlalele ovalweni umndeni wesaguga saseMbali okutholakale ukuthi sibulewe ngumzukulu waso ngempelasonto edlule ekhaya.',
      'Ngokuthola kwephephandaba lethu uRejoice Ndlovu utholwe esefile ekamelweni lakhe ngemuva kokuhlaselwa ngommese omkhulu.',
      'Umsolwa oneminyaka eyishumi nesishiyagalombili ube esekhalelwa ngamasongo ngamaphoyisa endaweni yaseMbali ngoMsombuluko.',
    ];
    const result = parseSeed(`Menu\n\nSearch for\n\nIsihluku kubulawa isaguga eMbali\n\n${zulu.join('\n\n')}\n\nFacebook X LinkedIn WhatsApp`, { now });
    expect(result.blocks.filter((block) => block.role === 'body').map((block) => block.text)).toEqual(zulu);
  });

  it('ends the article at the author\u2019s bio under it, with the teaser that follows', () => {
    const story = [paragraph('bridge'), paragraph('road'), paragraph('school'), paragraph('park')];
    const tail = ['Jim Walsh is a senior reporter for the Town Courier. Email: jwalsh@example.com.', 'Police officers laugh as they struggle to catch a runaway pig', 'Police officers in the town had a laugh as they struggled to corral an escaped pig.'];
    const result = parseSeed(['Town votes on new bridge', 'By Jim Walsh', ...story, ...tail].join('\n\n'), { now });
    expect(result.blocks.filter((block) => block.role === 'body').map((block) => block.text)).toEqual(story);
    expect(result.removed.find((span) => span.family === 'author-bio')?.text).toBe(tail[0]);
  });
});
