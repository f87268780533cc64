import type { Rule } from '../rule';

/** Advertising labels and the "story continues" markers around ad slots. */
export const advertRules: readonly Rule[] = [
  // `Advertisement`, `SKIP ADVERTISEMENT`, `Anzeige`, `Publicité`
  { id: 'advert.label', family: 'advert', description: 'An ad slot label: "Advertisement", "SKIP ADVERTISEMENT", "Sponsored", "Anzeige".', lines: ['Advertisement', 'ADVERTISEMENT', 'Skip Advertisement', 'Advertisements', 'Advert', 'Ad', 'Ads', 'Sponsored', 'Sponsored Content', 'Sponsored content', 'Paid Content', 'Paid Post', 'Promoted', 'Promoted Content', 'Supported by', 'Anzeige', 'Werbung', 'Publicité', 'Publicidad', 'Pubblicità', 'Advertentie', 'Report this ad', 'Remove Ads', 'Ad Feedback', 'AD'] },
  // `Story continues below advertisement`, `Story Continued Below`, `Article continues below`
  { id: 'advert.continues', family: 'advert', description: 'The marker around an ad inside a story: "Story continues below advertisement", "Continue reading the main story".', pattern: String.raw`^(?:the )?(?:story|article|text|content) continu(?:es?|ed) (?:below|after|under)(?: (?:this )?(?:advertisement|ad|the ad|advert))?\.?$|^continue reading(?: the main story| below| after advertisement)?$`, maxLength: 80 },
  // `Ads by Google`, `Ads by Revcontent`
  { id: 'advert.ads-by', family: 'advert', description: 'An ad network label: "Ads by X".', pattern: String.raw`^ads by [\p{L} .]{2,30}$`, maxLength: 40 },
];
