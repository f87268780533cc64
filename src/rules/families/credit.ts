import type { Rule } from '../rule';

/** Media credits and captions: role `credit`, out of the body but kept. */
export const creditRules: readonly Rule[] = [
  // `[Photo: CNN / YouTube ]`, `[Image via Facebook]`
  { id: 'credit.bracketed', family: 'credit', kind: 'photo', description: 'A bracketed credit: "[Photo: CNN / YouTube ]".', pattern: String.raw`^\[ ?(?:photo|image|picture|foto|bild|pic)(?: credit)?(?: ?:| via| by) ?(?<credit>[^\]]{1,150}?) ?\]$`, maxLength: 200 },
  // `Featured image via Flickr`, also at the end of the last paragraph.
  { id: 'credit.featured-image', family: 'credit', kind: 'image', description: 'The "Featured image via X" credit of blogs, often glued to the last paragraph.', pattern: String.raw`(?:^| )featured image (?:via|by|credit|from):? (?<credit>[^\n]{1,200})$`, scope: 'inline' },
  // `Photo credit: Jane Doe`, `Photo: AP`, `Image: Getty`, `Credit: Reuters`, `Credit...Sam Whitney/The New York Times`
  { id: 'credit.label', family: 'credit', kind: 'photo', description: 'A labelled credit line: "Photo credit: X", "Photo: X", "Image: X", "Credit...X".', pattern: String.raw`^(?:photo(?:graph)?s?(?: credit)?|image(?: credit| source)?|picture|credit|foto|bild|fotos|quelle foto|crédit photo|crédit)(?: ?:|\.{3}|…) ?(?<credit>\S.{0,149})$`, maxLength: 180 },
  // `(Photo: Jane Doe/Getty Images)` after a caption.
  { id: 'credit.parenthesised', family: 'credit', kind: 'photo', description: 'A parenthesised photo credit after a caption: "(Photo: X/Getty Images)", "(AP Photo/Name)".', pattern: String.raw`(?:^| )\((?:(?:photo|image|foto|picture)(?: credit)? ?: ?|(?:AP|AFP|Reuters|Getty) Photo ?/ ?)(?<credit>[^()]{1,120})\)$`, scope: 'inline' },
  // `Jane Doe/Getty Images`, `A man walks by. | REUTERS/Jane Doe`: captions ending in an agency credit.
  { id: 'credit.agency-caption', family: 'credit', kind: 'photo', description: 'A caption line ending in a photo agency credit: "… /Getty Images", "| REUTERS/Name".', pattern: String.raw`(?:/\s?(?:getty images|afp|ap|reuters|epa|shutterstock|istock(?:photo)?|alamy|dpa|picture alliance)|\|\s*reuters/[\p{L} .'-]{2,40}|\((?:ap|afp|reuters|getty) photo[^()]{0,60}\))\s*\)?$`, maxLength: 300 },
  // `Video: CNN`
  { id: 'credit.video', family: 'credit', kind: 'video', description: 'A video credit: "Video: CNN".', pattern: String.raw`^video(?: credit)? ?: ?(?<credit>\S.{0,99})$`, maxLength: 120 },
];
