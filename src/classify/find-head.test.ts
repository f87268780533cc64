import { describe, expect, it } from 'vitest';
import { parseSeed } from '../parse-seed';
import { headlineShape } from './find-head';
import type { Piece } from './piece';

const story = [
  'The council met on Tuesday evening to discuss the budget for the coming year, which has been delayed by months.',
  'Members argued for hours about the cost of the new bridge and whether the town could afford to build it now.',
  'In the end they agreed to put the question to the voters in the spring, when the weather allows a proper vote.',
].join('\n\n');
const now = new Date('2026-01-01');
const shape = (text: string) => headlineShape({ text, bullet: null } as Piece);

describe('the head of a story', () => {
  it('takes the headline above its standfirst, not the standfirst', () => {
    const article = parseSeed(`Home\n\nTown votes on new bridge\n\nThe council could not agree on the cost of the crossing and will ask the voters\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge');
    expect(article.authors).toEqual([{ name: 'Jane Doe', kind: 'person' }]);
  });

  it('takes the headline above its standfirst when a line of names stands under the standfirst', () => {
    const standfirst = 'Members argued about the cost of the new bridge for hours and will put the question to the voters in the spring';
    const article = parseSeed(`Home\n\nTown votes on new bridge\n\n${standfirst}\n\nJane Doe\n\nBy Jane Doe, Staff Published: December 22, 2023\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge');
  });

  it('does not take the site name in a header drawn twice for the headline', () => {
    const header = 'Daily Planet Tribune\n\nTopics\n\nNewsletters';
    const article = parseSeed(`${header}\n\n${header}\n\nPolicy\n\nGovernment technology is famously bad. It doesn’t have to be.\n\nOctober 18, 2023\n\n${story}\n\n© 2023 Daily Planet Tribune`, { now });
    expect(article.title).toBe('Government technology is famously bad. It doesn’t have to be.');
  });

  it('reads a line of names under the headline as the byline', () => {
    const article = parseSeed(`Menu\n\nTown votes on new bridge\n\nClaire Jackson\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge');
    expect(article.byline).toBe('Claire Jackson');
    expect(article.authors).toEqual([{ name: 'Claire Jackson', kind: 'person' }]);
  });

  it('takes names over a journalist\u2019s role past the long lines between the headline and the story', () => {
    const standfirst = 'The bridge that the town has argued about for ten years will be built after all, the council decided on Tuesday night.';
    const teaser = 'The ferry that carried the town across the river for a century makes its last trip this winter';
    const head = `Town votes on new bridge\n\n${standfirst}\n\n${teaser}\n\n`;
    const signed = parseSeed(`${head}Lena Marsh\n\nCorrespondent in Athens\n\n${story}`, { now });
    expect(signed.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }]);
    const unsigned = parseSeed(`${head}Lena Marsh\n\n${story}`, { now });
    expect(unsigned.authors).toEqual([]);
  });

  it('takes a byline that names the kind of piece first under the headline', () => {
    const article = parseSeed(`Town votes on new bridge\n\nKolumne von Lena Marsh - 28.04.2024 um 08:52 Uhr\n\n${story}`, { now });
    expect(article.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }]);
  });

  it('joins a `By` on its own line to the names that run on under it, each after a comma of its own', () => {
    const article = parseSeed(`Town votes on new bridge\n\nBy\n\nLena Marsh\n\n,\n\nTom Berg\n\n${story}`, { now });
    expect(article.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }, { name: 'Tom Berg', kind: 'person' }]);
    expect(article.text).not.toContain('Tom Berg');
  });

  it('joins a `By` on its own line to the names that run on under it past the labels of their photos', () => {
    const article = parseSeed(`Town votes on new bridge\n\nBy\n\nLena Marsh\n\n,\n\nHeadshot of Tom Berg\n\nTom Berg\n\n${story}`, { now });
    expect(article.byline).toBe('By Lena Marsh , Tom Berg');
    expect(article.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }, { name: 'Tom Berg', kind: 'person' }]);
    expect(article.text).not.toContain('Tom Berg');
    const first = parseSeed(`Town votes on new bridge\n\nBy\n\nHeadshot of Lena Marsh\n\nLena Marsh\n\n,\n\nTom Berg\n\n${story}`, { now });
    expect(first.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }, { name: 'Tom Berg', kind: 'person' }]);
  });

  it('joins a `By` on its own line to the names that run on under it past the caption of a photo that names the next author', () => {
    const caption = 'Tom Berg, photographed for the Town Times, 6 June 2022. Photo by Sam Poe for the Town Times.';
    const article = parseSeed(`Town votes on new bridge\n\nBy\n\nLena Marsh\n\n,\n\n${caption}\n\nTom Berg\n\n${story}`, { now });
    expect(article.byline).toBe('By Lena Marsh , Tom Berg');
    expect(article.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }, { name: 'Tom Berg', kind: 'person' }]);
    expect(article.credits.map((credit) => credit.text)).toEqual([caption]);
  });

  it('joins no names under the caption of a photo of someone else', () => {
    const caption = 'Jane Roe, the mayor, at the bridge on Monday. Photo by Sam Poe for the Town Times.';
    const article = parseSeed(`Town votes on new bridge\n\nBy\n\nLena Marsh\n\n,\n\n${caption}\n\nTom Berg\n\n${story}`, { now });
    expect(article.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }]);
  });

  it('joins a `Commentary by` on its own line to the name under it', () => {
    const article = parseSeed(`Town votes on new bridge\n\nCOMMENTARY BY\n\nLena E. Marsh, Ph.D.\n\nSenior Research Fellow\n\n${story}`, { now });
    expect(article.authors).toEqual([{ name: 'Lena E. Marsh, Ph.D.', kind: 'person' }]);
  });

  it('joins a `By` on its own line to the names under it', () => {
    const article = parseSeed(`Town votes on new bridge\n\nBy\n\nChristian Holub\n\n${story}`, { now });
    expect(article.byline).toBe('By Christian Holub');
    expect(article.authors).toEqual([{ name: 'Christian Holub', kind: 'person' }]);
  });

  it('joins an `Author` label, or a `By` whose names carry their outlet, their desk or the label of a link, to the line under it', () => {
    const labelled = parseSeed(`Town votes on new bridge\n\nAuthor\n\nDaniel Tannenbaum | Sponsored\n\n${story}`, { now });
    expect(labelled.authors).toEqual([{ name: 'Daniel Tannenbaum', kind: 'person' }]);
    const withOutlet = parseSeed(`Town votes on new bridge\n\nBy\n\nMargaret Schmidt | The Jersey Journal\n\n${story}`, { now });
    expect(withOutlet.authors).toEqual([{ name: 'Margaret Schmidt', kind: 'person' }]);
    const withDesk = parseSeed(`Town votes on new bridge\n\nBy\n\nLena MarshCity Hall Reporter\n\n${story}`, { now });
    expect(withDesk.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }]);
    const linked = parseSeed(`Town votes on new bridge\n\nBy\n\nSocial Links for Lena Marsh\n\n${story}`, { now });
    expect(linked.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }]);
  });

  it('takes the names under the headline past buttons, a captioned photo and its placeholder, which the rules took', () => {
    const standfirst = 'The council said on Tuesday that the plan for the bridge would go ahead, although several members were still worried about what it would cost.';
    const photo = 'The top picture\nThe old bridge over the river at dawn. Photo: Town Archive\n\n[svg]\n[https]';
    const article = parseSeed(`December 21, 2023\n\nTown votes on new bridge\n\n${standfirst}\n\nSave to reading list\n\n${photo}\nLena Marsh\n\n${story}`, { now });
    expect(article.authors).toEqual([{ name: 'Lena Marsh', kind: 'person' }]);
  });

  it('reads a line of names right above the date as the byline, above the headline too', () => {
    const article = parseSeed(`Breaking News\n\nTori Otten/\n\nDecember 21, 2023/9:43 p.m. ET\n\nPolitics\n\nTown votes on new bridge\n\n${story}`, { now });
    expect(article.authors).toEqual([{ name: 'Tori Otten', kind: 'person' }]);
  });

  it('takes the line that opens the story for the headline when none stands above it', () => {
    const article = parseSeed(`Jane Doe/\n\nDecember 21, 2023/9:43 p.m. ET\n\nShare This Story\n\nSomeone Called the Police to the Town Hall … Over a Bridge\n\nThe council could not agree on the cost of the crossing, so the voters will decide.\n\nPaul Chinn/Getty Images\n\n${story}`, { now });
    expect(article.title).toBe('Someone Called the Police to the Town Hall … Over a Bridge');
  });

  it('looks for the headline above a byline that stands far above the story, past a price box', () => {
    const prices = Array.from({ length: 40 }, (_, index) => `Plan ${index}\n\nMonthly $${index}.99\n\nVisit Website`).join('\n\n');
    const article = parseSeed(`Skip to main content\n\nTown votes on new bridge after months of delay\n\nBy Jane Doe\n\nlast updated 19 September 2023\n\nVoters Guide: What the Bridge Costs\n\n${prices}\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge after months of delay');
    expect(article.authors).toEqual([{ name: 'Jane Doe', kind: 'person' }]);
  });

  it('takes the headline above a standfirst that a short label parts from the byline', () => {
    const article = parseSeed(`Skip to content\n\nTown votes on new bridge: what the crossing costs\n\nThe council could not agree on the cost of the crossing, and this article explains what the voters will decide\n\nIn Partnership With\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge: what the crossing costs');
  });

  it('takes the first of a lone pair of lines above the byline for the headline, the second for its standfirst', () => {
    const article = parseSeed(`Skip to content\n\nMenu\n\nBridge vote live stream, watch online, council budget odds, prediction, pick\n\nThe council met to discuss the budget for the new bridge\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Bridge vote live stream, watch online, council budget odds, prediction, pick');
  });

  it('reads the caption of the author\u2019s picture over a byline that repeats it as part of that byline', () => {
    const article = parseSeed(`Skip to content\n\nMenu\n\nBridge vote live stream, watch online, council budget odds, prediction, pick\n\nThe council met to discuss the budget for the new bridge\n\nJane Doe\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Bridge vote live stream, watch online, council budget odds, prediction, pick');
  });

  it('leaves the points that sum up a story under its headline, and keeps the headline above them', () => {
    const points = 'Officials have argued over the plans for months\n\nMembers argued about the cost of the new bridge\n\nA ballot follows once the winter is over';
    const article = parseSeed(`Skip to content\n\nTown council argued for hours about the budget and the cost of the new bridge\n\n${points}\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Town council argued for hours about the budget and the cost of the new bridge');
  });

  it('takes the line right above the date that opens the story for the headline, over a donation box above the byline', () => {
    const article = parseSeed(`Give by 12/31, so we can continue to deliver trustworthy journalism.\n\nDonate\n\nBy Jane Doe\n\nEmail\n\nFacebook\n\nTown votes on new bridge after months of delay\n\nWorld Dec 22, 2023 10:59 AM EST\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge after months of delay');
  });

  it('takes the last of a row of teasers above the byline for the headline, not for the standfirst of the one above it', () => {
    const teasers = ['Five winter walks to take with the family in the hills', 'Skaters return to the frozen lake for the first time in years', 'Council shuts the old ferry after a century on the river'].join('\n\n');
    const article = parseSeed(`Skip to content\n\n${teasers}\n\nTown votes on new bridge, and the crossing heads to a ballot next year\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge, and the crossing heads to a ballot next year');
  });

  it('takes the line right above the date for the headline, over the title of a player between the date and the story', () => {
    const head = 'Menu\n\nTown votes on new bridge after months of delay\n\nPublished on 27.04.2024 at 07:39\n\nListen 03:07 Min.';
    const article = parseSeed(`${head}\n\nHow the voters will decide on the cost of the new bridge in the spring\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge after months of delay');
  });

  it('takes the line above a line of names over the date for the headline, past a gallery between the date and the story', () => {
    const gallery = Array.from({ length: 20 }, (_, index) => `Gallery picture ${index + 1}`).join('\n\n');
    const head = `Menu\n\nCouncil argues for hours about the new bridge\n\nNoah Sheidlower\n\n2023-12-22T15:23:34Z\n\n${gallery}`;
    const article = parseSeed(`${head}\n\nGet the best of the news in a feed while you are on the go\n\n${story}`, { now });
    expect(article.title).toBe('Council argues for hours about the new bridge');
  });

  it('takes a headline above a gallery whose slides and buttons fill more than a screenful above the byline', () => {
    const gallery = Array.from({ length: 12 }, (_, index) => `${index + 1} of 12 |\n\nShare\n\nRead More`).join('\n\n');
    const article = parseSeed(`Menu\n\nTown votes on new bridge after months of delay\n\n${gallery}\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge after months of delay');
  });

  it('takes the headline under the date where the page puts the date first', () => {
    const article = parseSeed(`Menu\n\nIdeas\n\nOct 5, 2023 9:00 AM\n\nTown votes on new bridge after months of delay\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge after months of delay');
  });

  it('takes a short line that asks a question for the headline, not for a kicker', () => {
    const article = parseSeed(`Skip to main content\n\nNew town bridge?\n\nResidents split as the crossing heads to a ballot next year\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('New town bridge?');
  });

  it('takes a short line above the headline and the byline for a kicker, not for a headline with its standfirst', () => {
    const article = parseSeed(`Skip to content\n\nCouncil Bridge Budget\n\nResidents split as the crossing heads to a ballot next year\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Residents split as the crossing heads to a ballot next year');
    expect(article.section).toBe('Council Bridge Budget');
  });

  it('does not take the links of a menu glued into one line for the kicker', () => {
    const head = 'Residents split as the crossing heads to a ballot next year\n\nBy Jane Doe';
    expect(parseSeed(`Skip to content\n\nNewsPoliticsFootballCelebsTVRoyals\n\n${head}\n\n${story}`, { now }).section).toBeNull();
    expect(parseSeed(`Skip to content\n\nHomeNewsWorldEurope\n\n${head}\n\n${story}`, { now }).section).toBeNull();
    expect(parseSeed(`Skip to content\n\nBuzzFeed News\n\n${head}\n\n${story}`, { now }).section).toBe('BuzzFeed News');
  });

  it('takes the line that opens the story for the headline over an interface line above it', () => {
    const article = parseSeed(`Got A Tip?\n\nStar Reporter\n\nSkip to content\n\nCouncil Finally Votes On The Bridge -- And The Town Cannot Believe What Happens Next!\n\n${story}`, { now });
    expect(article.title).toBe('Council Finally Votes On The Bridge -- And The Town Cannot Believe What Happens Next!');
  });

  it('does not take a headline in title case for the standfirst of a teaser above it', () => {
    const article = parseSeed(`Top Headlines:\n\nNew Species of Tiny Frog Found in Peru\n\nResidents Split as Crossing Heads to Ballot Next Year\n\nDec 19, 2023 by News Staff\n\n${story}`, { now });
    expect(article.title).toBe('Residents Split as Crossing Heads to Ballot Next Year');
  });

  it('keeps a byline split over two lines whole when another one, of another author, stands above it', () => {
    const article = parseSeed(`Town votes on new bridge\n\nBy —\n\nNajib Jobain, Associated Press\n\nBy —\n\nSamy Magdy, Associated Press\n\n${story}`, { now });
    expect(article.byline).toBe('By — Najib Jobain, Associated Press By — Samy Magdy, Associated Press');
    expect(article.authors.map((author) => author.name)).toEqual(['Najib Jobain', 'Samy Magdy']);
  });

  it('takes a shorter line in sentence case under a headline in title case for its standfirst', () => {
    const article = parseSeed(`Lifestyle\n\nFlorida Woman, 75, Celebrates 53 Years of Working at Town Diner\n\nShe has been working at the town diner since 1970\n\nBy\n\nJane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Florida Woman, 75, Celebrates 53 Years of Working at Town Diner');
  });

  it('skips a photo caption that ends with its credit', () => {
    const article = parseSeed(`Town votes on new bridge\n\nPublished\n\nThe old bridge over the river in 1999. Larry Goren / Four Seam Images via AP\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge');
  });

  it('does not take the name of a column for the headline because the page title repeats it', () => {
    const head = 'Council Bridge Watch | Daily Planet\n\nMenu\n\nWhy the town may wait years for its crossing';
    const standfirst = 'A long standfirst that tells what the story is about in a sentence or two';
    const article = parseSeed(`${head}\n\n${standfirst}\n\nShare on Facebook\n\nCouncil Bridge Watch\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Why the town may wait years for its crossing');
  });

  it('does not take an interface line doubled by the dump for a repeated headline', () => {
    const article = parseSeed(`Find anything you save across the site in your account\n\nFind anything you save across the site in your account\n\nStyle\n\nTown votes on new bridge\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge');
  });

  it('prefers the headline that names what the story tells over a teaser nearer to it', () => {
    const article = parseSeed(`Council delays the bridge budget again\n\nBy Jane Doe\n\nFive winter walks to take with the family this weekend in the hills\n\n${story}`, { now });
    expect(article.title).toBe('Council delays the bridge budget again');
  });

  it('skips the caption under an `Image caption` label and a long sentence standing for a standfirst', () => {
    const article = parseSeed(`Derry man jailed over hoax calls\n\nPublished\n\nImage caption,\n\nStephen Kennedy, 29, of Leafair Park in Londonderry made a number of hoax calls to the ambulance service\n\n${story}`, { now });
    expect(article.title).toBe('Derry man jailed over hoax calls');
  });

  it('does not take a subheading for the headline because the headline contains it', () => {
    const article = parseSeed(`The bridge budget explained, and what it means for the town\n\nBy Jane Doe\n\nDecember 21, 2023\n\nListen to this article\n\nThe bridge budget explained\n\n${story}`, { now });
    expect(article.title).toBe('The bridge budget explained, and what it means for the town');
  });

  it('gives a caption that ends in its credit no headline shape', () => {
    expect(shape('Council members vote on the budget for the new bridge')).toBeGreaterThan(0);
    expect(shape('Council members vote on the budget for the new bridge | Foto: Zvg.')).toBe(0);
    expect(shape('Council members vote on the budget. Larry Goren / Four Seam Images via AP')).toBe(0);
    expect(shape('Andrew Robertson vom FC Liverpool Andrew Robertson vom FC Liverpool')).toBe(0);
    expect(shape('イスラエルの国旗＝同国で2019年5月')).toBe(0);
    expect(shape('空想旅行案内人 ジャン＝ミッシェル・フォロン')).toBeGreaterThan(0);
  });

  it('gives the caption of a group photo, which tells the order of the people in it, no headline shape', () => {
    expect(shape('Vorstandsmitglieder (von li nach re): Pia Ianniello, Pamela Visani, Pietro Murrali')).toBe(0);
    expect(shape('Der neue Vorstand v.l.n.r.: Pia Ianniello, Pamela Visani, Pietro Murrali')).toBe(0);
    expect(shape('The council members (L-R) vote on the budget for the new bridge')).toBe(0);
    expect(shape('The council members from left field vote on the budget')).toBeGreaterThan(0);
  });

  it('gives the title of a video, which ends with its running time, no headline shape', () => {
    expect(shape('Can the crew change the tyres in the dark? (6:37)')).toBe(0);
    expect(shape('Council members vote on the budget for the new bridge (1:02:15)')).toBe(0);
    expect(shape('Council members vote on the budget for the new bridge (2023)')).toBeGreaterThan(0);
    expect(shape('AUDIO: Seltenes Ereignis: Meteoriten-Einschlag in Elmshorn (1 Min)')).toBe(0);
    expect(shape('Council members vote on the budget for the new bridge (12 min.)')).toBe(0);
    expect(shape('Council members vote on the budget for the new bridge (12 members)')).toBeGreaterThan(0);
  });

  it('does not take the title of a player under its label for the headline', () => {
    const article = parseSeed(`Town votes on new bridge over the river\n\nAudio 03:07 Min. | 25.04.24 | Jane Doe\n\nCouncil members argue about the cost of the new bridge\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on new bridge over the river');
    expect(shape('Audio 03:07 Min. | 25.04.24')).toBe(0);
    expect(shape('Audio recordings of the council vote on the bridge')).toBeGreaterThan(0);
  });

  it('does not take the title of a lead video between the standfirst and the byline for the headline', () => {
    const headline = 'Town will build the crossing after ten years of quarrels';
    const standfirst = 'The council could not agree on the cost of the crossing and will ask the voters in the spring';
    const video = 'Council members argued for hours about the cost of the new bridge';
    const head = `Home\n\n${headline}\n\n${standfirst}`;
    expect(parseSeed(`${head}\n\nVideo Loading\n\nClick to play\n\n${video}\n\nBy Jane Doe\n\n${story}`, { now }).title).toBe(headline);
    expect(parseSeed(`${head}\n\nVideo\n\n${video}\n\nBy Jane Doe\n\n${story}\n\nWhat comes next\n\n${story}`, { now }).title).toBe(headline);
    expect(parseSeed(`Home › Local › ${headline}\n\n${headline}\n\n${standfirst}\n\nVideo\n\n${video}\n\nBy Jane Doe\n\n${story}`, { now }).title).toBe(headline);
    // A `Video` kicker over the headline, and a player's label over a headline with no standfirst above it, leave the headline alone.
    expect(parseSeed(`Home\n\nVideo\n\n${headline}\n\n${standfirst}\n\nBy Jane Doe\n\n${story}`, { now }).title).toBe(headline);
    expect(parseSeed(`Home\n\nVideo\n\n${video}\n\nBy Jane Doe\n\n${story}`, { now }).title).toBe(video);
    // A picture over the headline ends a teaser above it: the headline under the picture is the story's.
    const teaser = 'Ferry makes its last trip across the river this winter\n\nThe ferry that carried the town across the river for a century stops in December for good';
    expect(parseSeed(`Home\n\n${teaser}\n\n[svg]\n\n${headline}\n\nBy Jane Doe\n\n${story}`, { now }).title).toBe(headline);
  });

  it('takes the first of a lone pair of lines under a kicker for the headline, the second for its standfirst', () => {
    const article = parseSeed(`Home\n\nWeather and climate\n\nTown votes on a new bridge over the river after years of argument\n\nCouncil to ask the voters in spring\n\nBy Jane Doe\n\n${story}`, { now });
    expect(article.title).toBe('Town votes on a new bridge over the river after years of argument');
    expect(article.section).toBe('Weather and climate');
  });

  it('takes a short line that the breadcrumb ends in for the headline, over the site\u2019s name above it', () => {
    const crumb = 'Du befindest dich hier: Home » Gesellschaft » „Neue Brücke“\n\n„Neue Brücke“\n\nerstellt: 01. April 2025, 15:25';
    expect(parseSeed(`${crumb}\n\n${story}`, { now }).title).toBe('„Neue Brücke“');
    expect(parseSeed(`Die Neue Stadtzeitung\n\nHome\n\nNews\n\n${crumb}\n\n${story}`, { now }).title).toBe('„Neue Brücke“');
    expect(parseSeed(`Home » Gesellschaft » Neue\n\nNeue\n\nerstellt: 01. April 2025, 15:25\n\n${story}`, { now }).title).toBeNull();
  });

  it('does not take the section a breadcrumb above the headline ends in for the headline', () => {
    const page = `Home / US Politics\n\nTown votes on new bridge over the river\n\nUS Politics\n\nerstellt: 01. April 2025, 15:25\n\n${story}`;
    expect(parseSeed(page, { now }).title).toBe('Town votes on new bridge over the river');
  });

  it('counts the words of a headline written without spaces by its characters', () => {
    expect(shape('イスラエルとハマスの停戦「最も合意に近い」 最終案に双方同意か')).toBeGreaterThan(3);
    expect(shape('特集一覧')).toBe(0);
  });

  it('lets a headline end with an initialism, not with a sentence', () => {
    expect(shape('What it is like to not celebrate Christmas in the hills of L.A.')).toBeGreaterThan(shape('What it is like to not celebrate Christmas in the hills of town.'));
    expect(shape('ASP संजय पांडे और थाना अध्यक्ष मनीषा कुमारी।')).toBeLessThan(shape('ASP संजय पांडे और थाना अध्यक्ष मनीषा कुमारी'));
  });

  it('reads a line of three sentences as a standfirst, whatever mark ends it, and not one that runs on into the site name', () => {
    expect(shape('A soft landing appears to be here. And maybe some rate cuts are on the way. What’s not to love?')).toBe(0);
    expect(shape('Government technology is famously bad. It doesn’t have to be.')).toBeGreaterThan(0);
    expect(shape('Krieg in Israel und Gaza im News-Ticker vom 26. August bis 1. September')).toBeGreaterThan(0);
    expect(shape('NATO Defense Chiefs Take New Steps to Fuel Arms Race. Strategic Culture Foundation. On-line journal')).toBeGreaterThan(0);
  });

  it('gives links glued into one line no headline shape, and names with a capital inside one', () => {
    expect(shape("A New UFO Law Just PassedChina's Scary New CarrierThe Best Christmas GiftsStocking Stuffers")).toBe(0);
    expect(shape('Ozy Media Lawsuit Accuses BuzzFeed and Semafor of Stealing Trade Secrets')).toBeGreaterThan(0);
  });

  it('reads a headline that opens with a quotation mark of any language as one that opens with a capital', () => {
    const headline = 'Dem Teufel begegnet: Deutsche Geisel erzählt von der Haft';
    expect(shape(`„${headline}`)).toBe(shape(`"${headline}`));
    expect(shape(`«${headline}`)).toBe(shape(`"${headline}`));
  });

  it('gives a short line in capitals only no headline shape, as a button or a label', () => {
    expect(shape('SEND THE GOODS!')).toBe(0);
    expect(shape('Downtown Madison rebound?')).toBeGreaterThan(0);
    expect(shape('緊迫する中東情勢')).toBeGreaterThan(0);
  });

  it('gives a line that ends in the separator of its row, a run-on dash or an ellipsis no headline shape', () => {
    expect(shape('California: Do Not Sell My Personal Info |')).toBe(0);
    expect(shape('Ross Wilkers Ross Wilkers By Ross Wilkers,')).toBe(0);
    expect(shape('Umbau des Weissen Hauses –')).toBe(0);
    expect(shape('The most promising Google Pixel product...')).toBe(0);
    expect(shape('4 words that speak volumes about…')).toBe(0);
    expect(shape('California: Do Not Sell My Personal Info')).toBeGreaterThan(0);
  });

  it('lets a headline end with a closing guillemet, but not a row of links with its separator', () => {
    expect(shape('Eskalation im Nahen Osten «Die israelische Zurückhaltung hat viel mit den USA zu tun»')).toBeGreaterThan(0);
    expect(shape('Startseite » Politik » Ausland »')).toBe(0);
    expect(shape('Guerre au Proche-Orient : « La retenue israélienne doit beaucoup aux États-Unis »')).toBeGreaterThan(0);
  });

  it('gives a line that opens with a date no headline shape, and lets a headline end with the date of its issue', () => {
    expect(shape('2025年1月14日 01時28分 (1月14日 01時40分更新)')).toBe(0);
    expect(shape('Bengt Halvorson February 16, 2024')).toBe(0);
    expect(shape('The Community Spotlight 2023.12.10')).toBeGreaterThan(0);
  });
});
