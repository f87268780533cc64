import type { Rule } from '../rule';

/** Site headers and footers: about and legal links, copyright lines, cookie notices. */
export const footerRules: readonly Rule[] = [
  // `About Us`, `Contact Us`, `Privacy Policy`, `Terms of Use`
  { id: 'footer.link', family: 'footer', description: 'A site footer link: "About Us", "Contact Us", "Privacy Policy", "Terms of Use".', lines: ['About', 'About Us', 'Contact', 'Contact Us', 'Privacy', 'Privacy Policy', 'Privacy policy', 'Terms', 'Terms of Use', 'Terms of Service', 'Terms & Conditions', 'Terms and Conditions', 'Cookie Policy', 'Cookies', 'Cookie Settings', 'Accessibility', 'Careers', 'Advertise', 'Advertise with us', 'Advertise With Us', 'Sitemap', 'Site Map', 'RSS', 'Help', 'FAQ', 'Impressum', 'Datenschutz', 'Datenschutzerklärung', 'Kontakt', 'Mentions légales', 'Aviso legal', 'Do Not Sell My Personal Information', 'Your Privacy Choices', 'Corrections', 'Ethics Policy', 'Newsletters', 'Podcasts', 'Jobs'] },
  // `About Us | Contact | Privacy Policy | Terms of Use` on one line.
  { id: 'footer.link-run', family: 'footer', description: 'A run of footer links on one line: "About Us | Contact | Privacy Policy".', pattern: String.raw`^(?:about(?: us)?|contact(?: us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie (?:policy|settings)|accessibility|careers|advertise|sitemap|help|faq|impressum|datenschutz|kontakt)(?: ?[|•·/,]? (?:about(?: us)?|contact(?: us)?|privacy(?: policy)?|terms(?: of (?:use|service))?|cookie (?:policy|settings)|accessibility|careers|advertise|sitemap|help|faq|impressum|datenschutz|kontakt)){1,11}$`, maxLength: 200 },
];

/** Legal notices and disclosures of site footers. */
export const disclosureRules: readonly Rule[] = [
  // `If you purchase a product or register for an account through a link on our site, we may receive compensation.`
  { id: 'disclosure.affiliate', family: 'disclosure', description: 'An affiliate-link disclosure: "If you purchase a product … through a link on our site, we may receive compensation", "We may earn a commission…".', pattern: String.raw`^[^\n]{0,200}\b(?:we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation|affiliate)|affiliate (?:links?|commissions?|marketing programs?|advertising program)|earn from qualifying purchases)\b[^\n]{0,300}$`, maxLength: 500 },
  // `Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement…`
  { id: 'disclosure.terms', family: 'disclosure', description: 'A terms-of-use notice: "Use of … this site constitutes acceptance of our User Agreement", "The material on this site may not be reproduced…".', pattern: String.raw`^[^\n]{0,200}\b(?:constitutes (?:your )?acceptance of (?:our|the)|may not be reproduced, distributed, transmitted|community rules apply to all content|by (?:using|continuing to use) this (?:site|website)|subject to (?:our|the) (?:terms of (?:use|service)|privacy policy))\b[^\n]{0,400}$`, maxLength: 600 },
  // `Disclaimer`, `Editorial Guidelines`
  { id: 'disclosure.label', family: 'disclosure', description: 'A disclosure label: "Disclaimer", "Editorial Guidelines", "Ad Choices".', lines: ['Disclaimer', 'Editorial Guidelines', 'Ad Choices', 'AdChoices', 'Advertiser Disclosure', 'Affiliate Disclosure', 'Why You Can Trust Us'] },
];

/** Copyright lines. */
export const copyrightRules: readonly Rule[] = [
  // `© 2023 X. All rights reserved.`, `Copyright 2016 The Associated Press. All rights reserved. This material may not be published…`
  { id: 'copyright.notice', family: 'copyright', description: 'A copyright line: "© 2023 X. All rights reserved.", "Copyright 2016 The Associated Press. All rights reserved. …".', pattern: String.raw`^(?:©|\(c\)|copyright\b|all rights reserved)[^\n]{0,300}$|all rights reserved\.?$|this material may not be published, broadcast, rewritten,? or redistributed\.?$`, maxLength: 400 },
];

/** Cookie and consent notices. */
export const consentRules: readonly Rule[] = [
  // `We use cookies to improve your experience…`, `Accept all cookies`
  { id: 'consent.cookies', family: 'consent', description: 'A cookie or consent notice: "We use cookies…", "Accept all cookies", "Manage preferences".', pattern: String.raw`^(?:we use cookies\b[^\n]{0,300}|this (?:web)?site uses cookies\b[^\n]{0,300}|accept(?: all)?(?: cookies)?|reject all|manage (?:preferences|cookies|consent)|cookie (?:preferences|settings|consent)|i accept|got it|agree|alle akzeptieren|akzeptieren|tout accepter|aceptar(?: todo)?)$`, maxLength: 400 },
];
