import { describe, expect, it } from 'vitest';
import { creditRules } from './credit';
import { builtinRules } from './index';
import { exampleFailures, rulePattern, type RuleExamples } from './test-matcher';

// Residue from the seed files, the benchmark pages and the corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'credit.bracketed': { matches: ['[Photo: CNN / YouTube ]', '[Photo via screengrab]'], misses: ['[Photographs were shown to the jury.]'] },
  'credit.bracketed-image': { matches: ['[Image via screengrab]', '[Image via MEGA/WENN]'], misses: ['[Images are for illustration only]'] },
  'credit.featured-image': {
    matches: [],
    splits: [
      ['The senator left the building without a word. Featured image via Flickr', 'Featured image via Flickr', 'Flickr'],
      ['Featured image via video screen capture', 'Featured image via video screen capture', 'video screen capture'],
      ['We re already well on our way.Featured image via BRENDAN SMIALOWSKI/AFP/Getty Images', 'Featured image via BRENDAN SMIALOWSKI/AFP/Getty Images', 'BRENDAN SMIALOWSKI/AFP/Getty Images'],
      ['Freudian slip?Featured image is a screenshot', 'Featured image is a screenshot', 'screenshot'],
      ['Bhaktin (@BhaktinJai) July 18, 2017Featured Image: Screenshot', 'Featured Image: Screenshot', 'Screenshot'],
    ],
    misses: ['The featured image shows a man in a red coat.', 'The site’s featured image is a lie, he said.'],
  },
  'credit.parenthesised': {
    splits: [
      ['A protester waves a flag in Paris. (Photo: Jane Doe/Getty Images)', '(Photo: Jane Doe/Getty Images)', 'Jane Doe/Getty Images'],
      ['The clip spread fast. (Photo courtesy: YouTube screengrab)', '(Photo courtesy: YouTube screengrab)', 'YouTube screengrab'],
      ['FILE - Members of the Havasupai Tribe walk down to a popular campground at Grand Canyon National Park, May 5, 2023. (AP Photo/Ty O’Neil, File)', '(AP Photo/Ty O’Neil, File)', 'Ty O’Neil, File'],
    ],
    misses: ['He took the photo (his first) in 1990.'],
  },
  'credit.parenthesised-image': {
    splits: [['The new USB-C port (Image credit: Future / Lance Ulanoff)', '(Image credit: Future / Lance Ulanoff)', 'Future / Lance Ulanoff']],
    misses: ['The image (a forgery) sold for millions.'],
  },
  'credit.captioned': {
    matches: [
      'Keely is always seen supporting her husband. Picture: VALERIE MACON / AFP',
      "dLeña's clubby downstairs lounge won't charge a cover on New Year's Eve. Photograph courtesy of dLeña.",
      'When Jesus was born, it was a struggle for his parents. Illustration by Susan Santola / Advance Local',
      'Davos Man. Photo by FABRICE COFFRINI/AFP via Getty Images',
      'Rebecca Ramirez, photographed for NPR, 6 June 2022, in Washington DC. Photo by Farrah Skeiky for NPR.',
      'Photo illustration by Slate. Photos by 20th Century Studios and Getty Images Plus.',
      'The kitchen at dawn. Photos by the author.',
      'Pro Stunde werden im Betrieb etwa 45 Schweine geschlachtet. Bildrechte: MDR/David Straub',
      'A map showing the location of the new fissure eruption on the Reykjanes Peninsula on December 19, 2023. Credit: IMO.',
      'An artistic reconstruction of Ferussina petofiana. Image credit: Márton Zsoldos.',
      'Ukrainas president Volodymyr Zelenskyj. Foto: Teresa Suarez/AP',
      'Photograph showing bending and twisting of encapsulated aerogel textile. Credit: Science (2023). DOI: 10.1126/science.adj8013',
      'Grauer Blazer und durchsichtiges Minikleid, beides von GIVENCHY.Foto: Nikolai von Bismarck. Styling: Kate Phelan. Haare: Syd Hayes. Make-up: Lucy Bridge',
      'Alex Lowes fährt bisher eine starke Superbike-Saison 2024, Foto: LAT Images',
      'Ein rot-grüner Protestzug füllt an diesem Samstagmorgen die Avenue de la Liberté Foto: Editpress/Fabrizio Pizzolante',
    ],
    misses: [
      'The bank tightened its rules. Credit: the scarcest thing in town, traders say, is now harder than ever to get.',
      'U.S. tax negotiators raising refundable portion of child tax credit: congresswoman',
      'Erstes Bild: So könnte die Duisburger Seilbahn aussehen',
      'It was sold in Colorado, a reality she might have been alluding to when she captioned the picture: "Trouble!"',
      'The museum opened a new wing this spring. Photographs by Ansel Adams hang beside the paintings.',
      'The show is small. Photos by Dorothea Lange are in the hall.',
    ],
  },
  'credit.photo-label': {
    matches: ['Photo credit: Jane Doe', 'Photo: AP', 'Photograph: Jane Doe/Reuters', 'PHOTO BY FOREST WORGUM Hoquiam’s Nadine Stewart scored nine points.', 'Foto: dpa'],
    misses: ['Telephoto: 12MP, f/2.8 w/ 5x optical zoom & 3D sensor shift OIS', 'Picture this: a city without cars.'],
  },
  'credit.image-label': { matches: ['Image: Gilles Tran', 'Image credit: Bethesda', 'Image source: NASA', 'Bild: Keystone', 'Bildrechte: dpa-Bildfunk/Thomas Frey'], misses: ['Imagine a world without cars.'] },
  'credit.credit-label': {
    matches: ['Credit: Microsoft', 'Credit...Sam Whitney/The New York Times', 'Courtesy of Nadya Suleman/Instagram', 'Submitted photo'],
    misses: ['Credit card debt rose again in March.'],
  },
  'credit.agency-caption': {
    matches: [
      'Kevin Dietsch/Getty Images',
      'David T. Foster III/The Charlotte Observer via AP Photo',
      '(Getty)',
      '(Canva)',
      'You can use a table saw for multiple types of cuts if you have the right jigs. Anna Shvets / Pexels',
      'Smoke rises over Gaza City on Monday. | REUTERS/Mohammed Salem',
      'Buses pass under the 2007 Enchanted Oxford Street LED Light Display in London, England. Chris Jackson/Getty Images hide caption',
      'FILE - The moon passes between Earth and the sun, Oct. 14, 2023. (AP Photo/Rick Bowmer, File)',
      'UCG/Universal Images Group via Getty Images, FILE',
      'Getty Images',
    ],
    misses: ['In a Reuters/Ipsos poll released in December, Trump led the Republican field nationally with 61% support.'],
  },
  'credit.named-caption': {
    matches: [
      'John Mulaney performs at UP Comedy Club in Chicago, Illinois on Nov. 5, 2014. (Nuccio DiNuzzo/Chicago Tribune)',
      'The Nelson-Haviv family enjoys dumplings as part of their annual celebration. (Dania Maxwell / Los Angeles Times)',
      '(Wally Skalij / Los Angeles Times)',
    ],
    misses: ['Each applicant must say which parent the child lives with (mother/father).', 'The speed limit on the road was raised last year (to 80 km/h)'],
  },
  'credit.copyright-caption': {
    matches: [
      'Massiver Ausfall: Die Polizei musste den Verkehr regeln. © dpa | Jens Kalaene',
      'Füchse-Kapitän Max Darj (l.) sichert den Ball gegen Felix Aellen. Gegen die Berliner bleibt der ThSV Eisenach chancenlos. © picture alliance / Foto Huebner | Foto Huebner',
      'Benjamin Franke ist der beste Hamburger beim Haspa-Marathon 2024. © Witters',
    ],
    misses: [
      'UsWeekly is part of Part of the a360media Entertainment Group. © a360media 2023',
      'The logo reads © ACME. It was changed last year.',
      '© dpa | Jens Kalaene',
    ],
  },
  'credit.glued-caption': {
    matches: [
      'Tiny superconducting loops power Google’s Sycamore quantum chips, but they are plagued with errors.Google',
      'Viel Ruhe, Schlaf und Erholung helfen, wieder zu Kräften zu kommen.Unsplash/Kelly Sikkema',
      'Harris Dickinson and Zac Efron portray two of the Von Erich brothers in "The Iron Claw."Eric Chakeen / A24',
      'Some light mixed precipitation is likely in the early morning hours of Sunday.WeatherBELL',
    ],
    misses: [
      'Read this story in Spanish at CNNMexico.com',
      'The ad, released this morning, juxtaposes contradictory Trump statements on a bevy of issues. http://bit.ly/2cvS0B4',
      'If you continue to use this site we will assume that you are happy with it.OkReject',
      'Please log in to bookmark this story.Log InCreate Free Account',
      // A paragraph glued to the link to the rest of the story.
      'The mayor told reporters on Tuesday that the plan for the bridge was finished.Continue reading',
      'She was promoted to captain of the U.S.Army team',
      'Around Mass.New HampshireRhode IslandCOVIDSpotlightLifestyleArtsGlobe MagazineTechnology',
    ],
  },
  'credit.caption-marker': {
    matches: [
      'Vargas Llosa (li.) auf Mallorca.',
      'Starkes Trio seit 32 Jahren: Kerstin Wahala, Judy Lybke und Elke Hannemann (v.l.).',
      '"Marinera", vormals "Bella 1" (Archivbild): Russland entsandte eigene Kräfte, um das Schiff zu schützen.',
    ],
    misses: [
      'On Tuesday, Jordanian pilot Moaz al-Kasasbeh (right) was filmed in a cage.',
      // Rules match regardless of case, and a bare `(l.)` or `(r.)` is a party or a botanist in English stories.
      'Sen. Lindsey Graham (R.) said on Sunday that the bill would pass the Senate.',
      'Cannabis sativa (L.) has been grown on the farm for a decade.',
      'The vote went 52 to 48 (Reuters).',
      'Die Partei (CDU) stimmte dagegen.',
    ],
  },
  'credit.enlarge-caption': {
    matches: ['Trump als Jesus. Der US-Präsident teilte dieses Foto.Vergrößern des Bildes', '[a57b0632-1]이미지 확대보기'],
    misses: ['Wer das Bild vergrößern will, muss die App kaufen, sagte der Entwickler.'],
  },
  'credit.caption-label': {
    matches: ['Legende: Drusenführer Laith al-Balaous vor einem Porträt seines ermordeten Vaters. SRF'],
    misses: ['Legende ist er schon zu Lebzeiten geworden: Der Trainer gewann alles, was es zu gewinnen gab.'],
  },
  'credit.agency-caption-ko': {
    matches: ['정청래 더불어민주당 대표가 6월 18일 서울 여의도 국회에서 열린 의원총회에서 대화하고 있다. 뉴스1'],
    misses: ['정부는 이번 조치가 시장 안정에 도움이 될 것이라고 밝혔다.', '정부는 이번 조치가 시장 안정에 도움이 될 것이라고 밝혔다. 김철수 기자'],
  },
  'credit.file-caption': {
    matches: [
      'FILE - Members of the Havasupai Tribe walk down to a popular campground at Grand Canyon National Park, May 5, 2023.',
      'FILE - This photo taken Jan. 24, 2023, shows a pack of wolves after they killed a moose at Michigan’s Isle Royale National Park. Gray wolves, once abundant across most of the contiguous United States, were hunted, trapped and poisoned into near extinction by the mid-20th century, and the island’s pack dwindled to two related animals by 2018. The park service brought in wolves from Minnesota, Ontario and Michigan’s Upper Peninsula to restore the population, and a survey released this year counted 31 of them.',
    ],
    misses: ['File a claim within thirty days of the accident, the insurer said.'],
  },
  'credit.agency-material': {
    matches: ['Mit Informationen der ARD-Korrespondentinnen und -Korrespondenten sowie der Nachrichtenagenturen AFP, AP, dpa, epd, KNA und Reuters.', 'Mit Material von dpa'],
    misses: ['Mit Informationen der Polizei konnte der Täter noch am Abend gefasst werden, wie dpa berichtet.'],
  },
  'credit.reporting': {
    matches: [
      '(Reporting by Kate Kelland; Editing by Louise Ireland)',
      'Reporting by Gram Slattery Additional reporting by Alexandra Ulmer in San Francisco and Jason Lange in Washington Editing by Colleen Jenkins and Alistair Bell',
    ],
    // The second has no full stop to stop the match: only the `and` before `editing by` tells it from a credit.
    misses: ['Reporting by the newspaper last year led to an inquiry, and editing by hand was no longer allowed.', 'Reporting by the newspaper led to an inquiry, and editing by hand was banned'],
  },
  'credit.photo-by-agency': {
    splits: [
      ['It can t be repeated enough.Photo by Spencer Platt/Getty Images.', 'Photo by Spencer Platt/Getty Images.', 'Spencer Platt/Getty Images'],
      ['Merry Christmas, Mr. Trump.Photo by Ann Heisenfelt/Getty Images', 'Photo by Ann Heisenfelt/Getty Images', 'Ann Heisenfelt/Getty Images'],
    ],
    misses: ['The best known image is a photo by his sister.', 'He shared a photo by a friend of Reuters', 'Source images by Stephen Simpson and Maskot/Getty Images.'],
  },
  'credit.image-via-glued': {
    splits: [
      ['Trump supporters have been suckered.Image via screen capture.', 'Image via screen capture.', 'screen capture'],
      ['Mrs. Edwards is now going through a divorce.Photo via Wikipedia.', 'Photo via Wikipedia.', 'Wikipedia'],
    ],
    misses: ['He posted the photo via Twitter.', 'The lawsuit named the photo by Smith. Photos by others were not named.', 'It was a flood.Image via satellite shows the scale of the flood.', 'Chia seeds. Image credit: Valeria Lu.'],
  },
  'credit.video': { matches: ['Video: CNN', 'Video by MEGA Media.'], misses: ['Videos of the arrest spread quickly online.'] },
};

describe('creditRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(creditRules, EXAMPLES, builtinRules)).toEqual([]);
  });

  it('name the credited text: `[Photo: CNN / YouTube ]` credits `CNN / YouTube`', () => {
    const bracketed = creditRules.find((rule) => rule.id === 'credit.bracketed')!;
    expect(rulePattern(bracketed).exec('[Photo: CNN / YouTube ]')?.groups?.['credit']).toBe('CNN / YouTube');
  });
});
