import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

// Photo agencies whose name closes a caption: `Kevin Dietsch/Getty Images`, `VALERIE MACON / AFP`.
const AGENCY = String.raw`(?:getty images|afp|ap|reuters|epa(?:-efe)?|efe|shutterstock|istock(?:photo)?|alamy|dpa|picture alliance|picture-alliance|imago(?: images)?|anadolu(?: agency)?|sipa(?: usa)?|zuma(?: press)?|xinhua|ansa|abaca|tass|bloomberg|wenn|mega|rex features|pa images|pa wire|unsplash|pexels|pixabay|adobe stock|canva)`;

// Who a credit names: a few words each (`Farrah Skeiky`, `Getty Images Plus`), joined by `/`, `for`, `via`, `and`, `of`
// (`Farrah Skeiky for NPR`, `FABRICE COFFRINI/AFP via Getty Images`). A sentence has more words between them or a word
// a name never holds, so that `… Photographs by Ansel Adams hang beside the paintings.` stays story.
const NAME_WORD = String.raw`(?!(?:the|a|an|is|are|was|were|has|had|have|hang|hangs|in|on|at|to|with|from|beside|for|via|and|of)\b)[^\s.:!?/,|]+`;
const CREDITED_NAME = String.raw`(?:the )?${NAME_WORD}(?: ${NAME_WORD}){0,3}`;
const CREDITED_NAMES = String.raw`${CREDITED_NAME}(?:(?: ?[/|] ?|, | (?:for|via|and|of) )${CREDITED_NAME})*\.?`;

/**
 * Media credits and captions: role `credit`, out of the body but kept in `article.credits`.
 * @example
 * creditRules.find((rule) => rule.id === 'credit.bracketed')?.kind; // 'photo'
 */
export const creditRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `[Photo: CNN / YouTube ]` after the story, `[Photo via screengrab]`.
  {
    id: 'credit.bracketed',
    kind: 'photo',
    pattern: String.raw`^\[ ?(?:photo|foto|picture|pic)s?(?: credit)?(?: ?:| via| by| courtesy of) ?(?<credit>[^\]\n]{0,149}[^\]\s]) ?\]$`,
    maxLength: 200,
  },
  // `[Image via screengrab]`, `[Image via MEGA/WENN]`.
  {
    id: 'credit.bracketed-image',
    kind: 'image',
    pattern: String.raw`^\[ ?(?:image|bild|screenshot|screengrab)s?(?: credit)?(?: ?:| via| by| courtesy of) ?(?<credit>[^\]\n]{0,149}[^\]\s]) ?\]$`,
    maxLength: 200,
  },
  // `Featured image via Flickr`, alone or glued to the end of the last paragraph of a blog post, even with no space
  // after its last sentence or the date of an embedded tweet (`… a year older.Featured image via Alex Wong/Getty Images`,
  // `… July 14, 2017Featured image via screengrab`, `Featured image is a screenshot`).
  // The credit never holds another `featured image`, so that a line of them is read once and not once per start. The
  // word comes first and what stands before it is looked behind, so that the engine looks for the word rather than
  // trying the look-behind at every character.
  {
    id: 'credit.featured-image',
    kind: 'image',
    pattern: String.raw`featured(?<=(?:^|[\s\p{N}.!?:"”’)])featured) (?:image|photo)(?: (?:via|by|credit|from|courtesy of):?|:| is(?: a| an)?(?= screen)) (?<credit>(?:[^\nf]|f(?!eatured (?:image|photo))){1,200})$`,
    scope: 'inline',
  },
  // `(Photo: Jane Doe/Getty Images)`, `(AP Photo/Rick Bowmer, File)`, `(Foto: dpa)` at the end of a caption.
  {
    id: 'credit.parenthesised',
    kind: 'photo',
    pattern: String.raw`\((?:(?:photos?|foto|picture|pic)(?: credit)? ?(?::|by|via|courtesy of|courtesy ?:) ?©? ?|(?:ap|afp|reuters|getty|epa|dpa|ansa) photo ?/ ?)(?<credit>[^()\n]{1,120})\)$`,
    scope: 'inline',
  },
  // `The new USB-C port (Image credit: Future / Lance Ulanoff)`, `(Image: © Hooded Horse)` at the end of a caption.
  {
    id: 'credit.parenthesised-image',
    kind: 'image',
    pattern: String.raw`\((?:image|bild|illustration|screenshot)(?: credit| source)? ?(?::|by|via|courtesy of) ?©? ?(?<credit>[^()\n]{1,120})\)$`,
    scope: 'inline',
  },
  // `Keely is always seen supporting her husband. Picture: VALERIE MACON / AFP`, `… on December 19, 2023. Credit: IMO.`,
  // `Ukrainas president Volodymyr Zelenskyj. Foto: Teresa Suarez/AP`, `… in Schmalkalden. Bildrechte: MDR/David Straub`: a caption whose last sentence is followed by its
  // credit. The whole block is the caption: split off, the credit would leave the caption behind as if it were story.
  // A labelled credit may hold stops and colons, though it does not end as a sentence does (`… textile. Credit: Science (2023). DOI: 10.1126/science.adj8013`, `… von GIVENCHY.Foto:
  // Nikolai von Bismarck. Styling: Kate Phelan`); with no stop before it, only a `Foto:`/`Bild:` label with no sentence after it
  // (`… eine starke Superbike-Saison 2024, Foto: LAT Images`, `… die Avenue de la Liberté Foto: Editpress/Fabrizio Pizzolante`),
  // a short one after a caption of some length, so that `… raising refundable portion of child tax credit: congresswoman` and `Erstes
  // Bild: So könnte die Duisburger Seilbahn aussehen` stay headlines.
  {
    id: 'credit.captioned',
    kind: 'photo',
    pattern: String.raw`^(?:[^\n]{1,250}(?:[.!?"”’)] (?:photo|photograph|picture|image|foto|bild|illustration)s?(?: credit)? (?:by|via|courtesy of) ?(?=[^\n.:!?]{1,60}\.?$)${CREDITED_NAMES}|[.!?"”’)] ?(?:(?:photo|picture|image|foto|bild)s?(?: credit)?|credit|bildrechte|bildquelle|bildnachweis) ?: ?(?:[^\n.:!?]{1,60}\.?|[^\n]{0,99}(?:[^\s.!?"”]|\d\.)))|[^\n]{40,250},? (?:fotos?|bild|photo) ?: ?(?:[^\s.!?"”]+ ){0,3}[^\s.!?"”]+)$`,
    contains: 'photo|picture|image|foto|bild|credit|illustration'.split('|'),
    maxLength: 320,
  },
  // `Photo credit: Jane Doe`, `Photo: AP`, `Photograph: Jane Doe/Reuters`, `PHOTO BY FOREST WORGUM …`, `Foto: dpa`: a photo credit line.
  {
    id: 'credit.photo-label',
    kind: 'photo',
    pattern: String.raw`^(?:photo(?:graph)?s?(?: credit)?|photocredit|pictures?|picture credit|fotos?|foto credit|crédit photo) ?(?::|by|via) ?(?<credit>\S[^\n]{0,199})$`,
    maxLength: 220,
  },
  // `Image: Gilles Tran`, `Image credit: Bethesda`, `Image source: NASA`, `Bild: Keystone`, `Bildrechte: dpa-Bildfunk/Thomas Frey`.
  {
    id: 'credit.image-label',
    kind: 'image',
    pattern: String.raw`^(?:images?(?: credit| source)?|bild(?:quelle|rechte|nachweis)?|illustration|screenshot|grafik|imagen) ?(?::|by|via) ?(?<credit>\S[^\n]{0,149})$`,
    maxLength: 170,
  },
  // `Credit: Microsoft`, `Credit...Sam Whitney/The New York Times`, `Courtesy of Nadya Suleman/Instagram`, `Submitted photo`.
  {
    id: 'credit.credit-label',
    kind: 'photo',
    pattern: String.raw`^(?:credits? ?(?::|\.{3}|…)|courtesy(?: of)?|crédit ?:|créditos? ?:) ?(?<credit>\S[^\n]{0,99})$|^(?:submitted|file|handout|supplied|contributed) photo$`,
    maxLength: 120,
  },
  // `Kevin Dietsch/Getty Images`, `Smoke rises over Gaza City. | REUTERS/Mohammed Salem`, `… (AP Photo/Tina Fineberg)`,
  // `Chris Jackson/Getty Images hide caption`: a caption or credit line that ends in a photo agency.
  {
    id: 'credit.agency-caption',
    kind: 'photo',
    pattern: String.raw`^(?:[^\n]{0,280}(?:/ ?|\| ?)${AGENCY}(?:, file)?|[^\n]{0,280} via ${AGENCY}(?: photo)?(?:, file)?|[^\n|]{0,280}\| ?reuters ?/ ?[\p{L} .'’-]{2,40}|[^\n(]{0,280}\((?:ap|afp|reuters|getty|epa|dpa) photo[^()\n]{0,60}\)|getty images(?: for [^\n]{1,40})?|\((?:getty(?: images)?|ap|afp|reuters|shutterstock|unsplash|pexels|pixabay|canva)\))(?: (?:hide|toggle) caption)?\)?$`,
    contains: ['/', '|', ' via ', '(', 'getty images'],
    maxLength: 300,
  },
  // `John Mulaney performs at UP Comedy Club in Chicago on Nov. 5, 2014. (Nuccio DiNuzzo/Chicago Tribune)`, `… celebration. (Dania Maxwell / Los
  // Angeles Times)`: a caption closed by its photographer and outlet in brackets, or that credit on a line of its own. The whole block is the caption.
  {
    id: 'credit.named-caption',
    kind: 'photo',
    pattern: String.raw`^(?:[^\n]{20,400})?\((?:[\p{L}'’.-]+ ){1,3}[\p{L}'’.-]+ ?/ ?[\p{L}'’.&-]+(?: [\p{L}'’.&-]+){0,3}\)$`,
    contains: ['/'],
    maxLength: 500,
  },
  // `Massiver Ausfall: Die Polizei musste den Verkehr regeln. © dpa | Jens Kalaene`, `… chancenlos. © picture alliance / Foto Huebner`:
  // a caption whose last sentence is followed by the copyright of its photo. The whole block is the caption. A year after the
  // sign makes it the site's notice (`UsWeekly is part of the a360media Entertainment Group. © a360media 2023`).
  {
    id: 'credit.copyright-caption',
    kind: 'photo',
    pattern: String.raw`^[^\n©]{20,400}[.!?"“”»)] ?© ?(?![^\n]*\b(?:19|20)\d\d\b)(?<credit>(?:[^\n.!?©]|\.(?! ))+)$`,
    contains: ['©'],
    maxLength: 500,
  },
  // `Trump als Jesus. Der US-Präsident teilte dieses Foto.Vergrößern des Bildes`, `… 있다. 연합뉴스이미지 확대보기` (view the image enlarged):
  // a caption glued to the enlarge button of its image. The whole block is the caption.
  {
    id: 'credit.enlarge-caption',
    kind: 'image',
    pattern: String.raw`^[^\n]{0,400}(?:vergrößern des bildes|bild vergrößern|이미지 확대보기|enlarge (?:this )?image|click to enlarge|view larger image)$`,
    contains: 'vergrößern|확대보기|enlarge|view larger'.split('|'),
    maxLength: 440,
  },
  // `Tiny superconducting loops power Google’s Sycamore quantum chips, but they are plagued with errors.Google`, `… wieder zu Kräften zu
  // kommen.Unsplash/Kelly Sikkema`, `… in "The Iron Claw."Eric Chakeen / A24`: a caption glued to its credit, where the dump lost the
  // space between them. The whole block is the caption. The word before the stop is a word of letters after at least four others,
  // so that a link (`http://bit.ly/2cvS0B4`), a domain (`at CNNMexico.com`) and an abbreviation (`U.S.Army`) stay; a button glued to
  // a notice or a paragraph (`… happy with it.OkReject`, `… to follow.Log InCreate free account`, `….MEHR`, `… said.Continue
  // reading`) is no credit. Only a line of a caption's length with a stop in it is read, and its last character first: most
  // paragraphs end as sentences, and are spared
  // the search for the glue: the test that it does not end so (`(?![^\n]*[.!?…]$)`) fails at its first try on such a line, where
  // a test that it ends otherwise would step back through every character.
  {
    id: 'credit.glued-caption',
    kind: 'photo',
    pattern: String.raw`^(?![^\n]*[\s.!?:;,"”]$)(?:\S+ ){4,80}[\p{L}'’-]*\p{L}{2}\.["”]?(?!(?:com|org|net|co|de|uk|gov|edu|news|tv|io|ch|at|fr|it|es|nl|be|info|biz|html?)\b|ok|log ?in|sign|create|search|auch\b|merkliste|mehr\b|more\b|read more|continue|weiterlesen)(?<credit>\p{L}{3}[^\s.!?:;,"”]{0,21}(?: [^\s.!?:;,"”]{1,24}){0,4})$`,
    contains: ['.'],
    maxLength: 260,
  },
  // `Vargas Llosa (li.) auf Mallorca.`, `Starkes Trio seit 32 Jahren: Kerstin Wahala, Judy Lybke und Elke Hannemann (v.l.).`,
  // `"Marinera", vormals "Bella 1" (Archivbild): Russland entsandte eigene Kräfte, …`: a German caption, told by the marks only captions
  // write (who stands left or right in the picture, an archive or symbolic picture). The whole block is the caption; a paragraph
  // longer than a caption is the story's. English `(left)` and `(right)` stay: a story says them too. So do a bare `(l.)`
  // and `(r.)`: rules match regardless of case, and `Sen. Lindsey Graham (R.)` or `Cannabis sativa (L.)` is story text.
  {
    id: 'credit.caption-marker',
    kind: 'photo',
    pattern: String.raw`^[^\n]{0,300}\((?:archivbild|archivfoto|symbolbild|symbolfoto|li\.|re\.|v\. ?l\.(?: ?n\. ?r\.)?)\)[^\n]{0,300}$`,
    contains: ['archivbild', 'archivfoto', 'symbolbild', 'symbolfoto', 'l.)', 'r.)', 'i.)', 'e.)'],
    maxLength: 320,
  },
  // `Legende: Drusenführer Laith al-Balaous vor einem Porträt seines ermordeten Vaters. SRF`, `Bildunterschrift: …`: a labelled caption.
  {
    id: 'credit.caption-label',
    kind: 'photo',
    pattern: String.raw`^(?:legende|bildlegende|bildunterschrift|caption|image caption|photo caption|légende|pie de foto|didascalia) ?: ?\S[^\n]{4,400}$`,
    contains: 'legende|bildunterschrift|caption|légende|pie de foto|didascalia'.split('|'),
    maxLength: 420,
  },
  // `… 큰절을 올리고 있다. 고영권 기자` (… is bowing to the citizens. Reporter Go Young-kwon), `… 발언하고 있다. 연합뉴스`: a Korean caption,
  // told by the present progressive of captions (`…고 있다.`) closed by the photographer or the agency; a story's sentence tells the past.
  {
    id: 'credit.agency-caption-ko',
    kind: 'photo',
    pattern: String.raw`^[^\n]{10,300}있다\. ?(?:연합뉴스|뉴시스|뉴스1|[가-힣]{2,4} 기자)$`,
    contains: '연합뉴스|뉴시스|뉴스1|기자'.split('|'),
    maxLength: 320,
  },
  // `FILE - Members of the Havasupai Tribe walk down to a popular campground at Grand Canyon National Park, May 5, 2023.`: the wire's
  // caption of a photo from its archive, which may go on for a hundred words of background (`… The tribe held a blessing
  // ceremony to mark the return of …`).
  {
    id: 'credit.file-caption',
    kind: 'photo',
    pattern: String.raw`^file ?[-–—] [^\n]{10,880}$`,
    contains: ['file'],
    maxLength: 900,
  },
  // `(Reporting by Kate Kelland; Editing by Louise Ireland)`, `Reporting by Gram Slattery Additional reporting by … Editing by Colleen Jenkins`:
  // the wire's staff credits under the story, a list of names with no sentence in it.
  {
    id: 'credit.reporting',
    kind: 'other',
    pattern: String.raw`^\(?(?:additional )?reporting by [^\n.!?]{2,250}(?<!\band)[; ](?:editing|writing) by [^\n.!?]{2,150}$`,
    contains: ['reporting by'],
    maxLength: 420,
  },
  // `Mit Informationen der ARD-Korrespondentinnen und -Korrespondenten sowie der Nachrichtenagenturen AFP, AP, dpa, epd, KNA und Reuters.`,
  // `Mit Material von dpa`: the agencies a German story draws on, named under it, an agency the last word of the line (a
  // sentence after the list, `… und Reuters. Zum Teil lassen sich die Angaben nicht unabhängig überprüfen.`, keeps the line in the story).
  {
    id: 'credit.agency-material',
    kind: 'other',
    pattern: String.raw`^mit (?:informationen|material|inhalten) (?:von|der|des|aus) [^\n]{0,250}\b(?:dpa|afp|ap|reuters|kna|epd|sid|apa|agenturen|nachrichtenagenturen)\.?$`,
    contains: ['mit informationen', 'mit material', 'mit inhalten'],
    maxLength: 380,
  },
  // `Video: CNN`, `Video by MEGA Media.`
  {
    id: 'credit.video',
    kind: 'video',
    pattern: String.raw`^videos?(?: credit)? ?(?::|by|via|courtesy of) ?(?<credit>\S[^\n]{0,59})$`,
    maxLength: 80,
  },
  // `… now he s a year older.Photo by Andrew Burton/Getty Images.`: a photo credit glued to the end of the last paragraph,
  // where its line break was lost. Only a credit that ends in a photo agency, so that `a photo by his sister` stays, and
  // only glued: after a space it closes a caption, which `credit.captioned` takes whole. The word comes before its
  // look-behind, as in `credit.featured-image`.
  {
    id: 'credit.photo-by-agency',
    kind: 'photo',
    pattern: String.raw`(?:photo|image|picture)(?<=[\p{N}.!?:"”’)](?:photo|image|picture))s? (?:by|via|credit:?|:) (?<credit>[^\n.:]{1,80}/ ?${AGENCY})\.?$`,
    scope: 'inline',
    contains: ['photo', 'image', 'picture'],
  },
  // `… Trump supporters have been suckered.Image via screen capture.`: a credit glued to the last sentence of the last
  // paragraph, where its line break was lost. Only right after a sentence's end, so that `He posted the photo via Twitter.`
  // stays, and of a few words, so that `Image via satellite shows the scale of the flood.` stays; after a space it closes
  // a caption, which `credit.captioned` takes whole.
  {
    id: 'credit.image-via-glued',
    kind: 'image',
    pattern: String.raw`(?:image|photo|picture)(?<=[\p{N}.!?"”’)](?:image|photo|picture))s? (?:via|credit:?|:) (?<credit>[^\s.]+(?: [^\s.]+){0,5})\.?$`,
    scope: 'inline',
    contains: ['photo', 'image', 'picture'],
  },
]);

/**
 * What each credit rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * creditDescriptions['credit.bracketed']; // 'A bracketed photo credit: "[Photo: CNN / YouTube ]", "[Photo via screengrab]".'
 */
export const creditDescriptions: RuleDescriptions = {
  'credit.bracketed': 'A bracketed photo credit: "[Photo: CNN / YouTube ]", "[Photo via screengrab]".',
  'credit.bracketed-image': 'A bracketed image credit: "[Image via screengrab]".',
  'credit.featured-image': 'The "Featured image via X" credit of blogs, often glued to the last paragraph.',
  'credit.parenthesised': 'A parenthesised photo credit after a caption: "(Photo: X/Getty Images)", "(AP Photo/Name)".',
  'credit.parenthesised-image': 'A parenthesised image credit after a caption: "(Image credit: Future / Lance Ulanoff)", "(Image: © X)".',
  'credit.captioned': 'A caption followed by its credit: "… Picture: X / AFP", "… Credit: IMO.", "… Foto: X/AP", "…, Foto: LAT Images".',
  'credit.named-caption': 'A caption closed by its photographer and outlet in brackets: "… on Nov. 5, 2014. (Nuccio DiNuzzo/Chicago Tribune)".',
  'credit.copyright-caption': 'A caption followed by the copyright of its photo: "… den Verkehr regeln. © dpa | Jens Kalaene".',
  'credit.enlarge-caption': 'A caption glued to the enlarge button of its image: "… dieses Foto.Vergrößern des Bildes", "… 이미지 확대보기".',
  'credit.glued-caption': 'A caption glued to its credit with no space: "… plagued with errors.Google", "… zu kommen.Unsplash/Kelly Sikkema".',
  'credit.caption-marker': 'A German caption told by its marks: "Vargas Llosa (li.) auf Mallorca.", "… (v.l.).", "… (Archivbild): …".',
  'credit.caption-label': 'A labelled caption: "Legende: …", "Bildunterschrift: …", "Caption: …".',
  'credit.agency-caption-ko': 'A Korean caption closed by its photographer or agency: "… 있다. 연합뉴스", "… 있다. 고영권 기자".',
  'credit.file-caption': 'A wire caption of an archive photo: "FILE - Members of the Havasupai Tribe walk down to …".',
  'credit.agency-material': 'The agencies a German story draws on: "Mit Material von dpa", "Mit Informationen der Nachrichtenagenturen AFP, AP, dpa".',
  'credit.reporting': 'The staff credits of a wire story: "(Reporting by X; Editing by Y)".',
  'credit.photo-label': 'A labelled photo credit line: "Photo credit: X", "Photo: X", "Photograph: X/Agency", "Foto: X".',
  'credit.image-label': 'A labelled image credit line: "Image: X", "Image credit: X", "Image source: X", "Bild: X".',
  'credit.credit-label': 'A credit line: "Credit: X", "Credit...X", "Courtesy of X", "Submitted photo".',
  'credit.agency-caption': 'A caption or credit line ending in a photo agency: "Jane Doe/Getty Images", "| REUTERS/Name", "(AP Photo/Name)".',
  'credit.photo-by-agency': 'A photo credit ending in an agency, glued to the last paragraph: "….Photo by Andrew Burton/Getty Images."',
  'credit.image-via-glued': 'An image credit as the last sentence of the last paragraph: "….Image via screen capture."',
  'credit.video': 'A video credit: "Video: CNN", "Video by X".',
};
