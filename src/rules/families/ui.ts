import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

/**
 * Buttons and notes of an article page: listen, print, save, gift, font size, "Click here".
 * @example
 * uiRules.find((rule) => rule.id === 'ui.control')?.lines?.includes('Gift this article'); // true
 */
export const uiRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `% of readers think this story is Fact. Add your two cents.`: a reader poll, its percentage lost with the markup.
  {
    id: 'ui.reader-poll',
    pattern: String.raw`^\d{0,3} ?% of (?:readers|users|voters|people) (?:think|say|believe|found) (?:this|the) (?:story|article|post) (?:is|was) [^\n]{1,80}$`,
    maxLength: 120,
  },
  // `Listen to this article`, `Reprints`, `A A A`, `Save`, `Copy link`, `Gift this article`.
  {
    id: 'ui.control',
    lines: (
      'Read Full Article|Read full story|Read the full story|Read the full article|Read on|Listen to this article|Listen to article|Listen to this story|' +
      'Listen|Reprints|Reprint|Font size|Text size|A A A|AA|A- A+|Save|Saved|Save article|Save for later|Save Story|Story Saved|Saved Articles|Bookmark|' +
      'Favorite|Favourite|Copy|Copy link|Copy URL|Link copied|Link copied!|Link copied to clipboard|Copied|Copied!|Copy Link URLCopied!|Gift this article|' +
      'Give this article|Gift Article|Share full article|Artikel verschenken|Offrir cet article|Subscribers can gift articles to anyone|Report an error|' +
      'Report a correction|Suggest a correction|Report a typo|Feedback|Give feedback|Follow|Following|Unfollow|Like|Translate|Hide|Reuse this content|' +
      'Manage Web Notifications|Feedback to editors|Was this page helpful?|Was this article helpful?|Thanks for your feedback!|Tell us why!|Vorlesen|' +
      'Artikel vorlesen|Artikel anhören|Swipe to scroll horizontally|Merken|Artikel merken|Speichern|Artikel-Tools|Link kopieren|Schriftgröße|' +
      'Écouter cet article|Écouter|Escuchar|Guardar|Ascolta'
    ).split('|'),
  },
  // `( )Eine wärmende Suppe.`, `(*) Kabul et`, `[ ]I would like to be emailed about offers, events and updates from The Independent. Read our
  // privacy notice`, `[ ][ ]Contact me with news and offers from other Future brands[ ]Receive email from us …`: a poll's answer or a
  // consent behind the radio button or the box a text browser draws at the start of the line, where no story's line starts. A poll
  // stands inside stories: a control, not a boundary.
  {
    id: 'ui.form-choice',
    pattern: String.raw`^(?:\([ *]\)|\[[ *xX]\]) ?[^\n]{0,300}$`,
    contains: ['( )', '(*)', '[ ]', '[*]', '[x]'],
    maxLength: 320,
  },
  // `Click here`, `CLICK HERE TO COMMENT`, `Click here to read more from …`, `Click to Read More and View Comments`.
  {
    id: 'ui.click-here',
    pattern: String.raw`^(?:click|tap) (?:here|to read more)(?: (?:to|for|and) [^\n]{1,80})?[.!]?$`,
    maxLength: 100,
  },
  // `To revisit this article, select My Account, then View saved stories`, `Continue reading` after a teaser,
  // `[email protected]`, an address hidden from scrapers; `IE 11 is not supported. For an optimal experience visit our site on another browser.`
  {
    id: 'ui.note',
    pattern: String.raw`^(?:to (?:revisit|revist) this article, [^\n]{1,80}|\[email protected\]|(?:ie ?11|internet explorer|your browser) is (?:not supported|no longer supported|out of date)[^\n]{0,100}|continue reading|weiterlesen|lire la suite|seguir leyendo|leer más|continua a leggere)\.?$`,
    maxLength: 100,
  },
  // `Please enable JavaScript to view the comments`, `You need to enable JavaScript to run this app.`, `Hinweis: Um alle
  // Funktionen unserer Seiten nutzen zu können, wird JavaScript empfohlen.`, `Spiacenti, devi abilitare javascript per poter
  // procedere.`, `Tu explorador está configurado para bloquear JavaScript.`: the page asking for its scripts. The three
  // lookaheads ask for the word, a verb of turning it on or needing it, and the reader or the page addressed, so
  // that a line of a story about the language stays.
  {
    id: 'ui.script-notice',
    pattern: String.raw`^(?=[^\n]{0,200}?javascript)(?=[^\n]{0,200}?(?:enabl|activ|aktivier|deaktivier|abilit|turn on|switch on|requir|need|benötig|empfohlen|nur mit|bloque|désactiv))(?=[^\n]{0,200}?(?:browser|navigateur|navegador|explorador|please|bitte|veuillez|you|sie |unserer|our |this (?:site|page|app)|to (?:see|view|watch|load|run|use|sign)|um |per |para |pour |funktion|element|site|seite|page|pagina|página))[^\n]{1,200}$`,
    contains: ['javascript'],
    maxLength: 200,
  },
  // `More Critical Reads You Need to Hear by Lisa Haven! Click Here!`, `(To Donate to X Click Here)`, `ON A MOBILE DEVICE? CLICK
  // HERE FOR VIDEO`, `Stay updated on the go with our mobile apps. Click here to download it for your device.`, `Click here to
  // sign up for TechFlash, the free daily email newsletter about founders and funders in the region.`: a short line that
  // ends in its link, whose words went with the markup, or that asks to click it for something of the site.
  {
    id: 'ui.click-here-end',
    pattern: String.raw`^(?:[^\n]{0,140}[\s(.!?:,–—-])?click here(?: now)?(?: (?:to|for) (?:download|sign up|subscribe|watch|see|view|read|learn|get|find|donate|more|the|video|details|our|your|it)\b[^\n.!?]{0,100})?[.!)]{0,3}$`,
    contains: ['click here'],
    maxLength: 220,
  },
  // `Read the full story at The Daily Mail.`, `Read the full report at TechCrunch.`, `Read more at : <headline>`: a link to the
  // story or others on another site. A link inside the page as much as a list heading, it does not end the story. Not `Read
  // the full story here.`, which live blogs put under each post, before the next.
  {
    id: 'ui.read-full',
    pattern: String.raw`^read (?:the )?(?:full|entire|rest of the|complete|original|more)(?: (?:story|article|report|post|piece|interview|stories))? (?:at|on) ?:? \S[^\n]{0,120}$`,
    contains: ['read '],
    maxLength: 160,
  },
  // `× 101 Things All Young Adults Should Know by … John Hawkins's book … is filled with lessons …`: a pop-up, opened by its
  // close button. No paragraph of a story starts with the sign.
  {
    id: 'ui.popup',
    pattern: String.raw`^[×✕✖] [\p{L}\p{N}][^\n]{0,600}$`,
    contains: ['×', '✕', '✖'],
    maxLength: 620,
  },
]);

/**
 * What each ui rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * uiDescriptions['ui.reader-poll']; // 'A reader poll under a story: "% of readers think this story is Fact. Add your two cents."'
 */
export const uiDescriptions: RuleDescriptions = {
  'ui.reader-poll': 'A reader poll under a story: "% of readers think this story is Fact. Add your two cents."',
  'ui.control': 'An article page control: "Listen to this article", "Font size", "Save", "Copy link", "Gift this article".',
  'ui.form-choice': 'A poll’s answer or a consent behind a radio button or a box: "( )Eine wärmende Suppe.", "[ ]I would like to be emailed about offers".',
  'ui.click-here': 'A "Click here" link: "Click here", "CLICK HERE TO COMMENT", "Click here to read more".',
  'ui.script-notice': 'The page asking for JavaScript: "Please enable JavaScript to view the comments", "Sie haben Javascript für Ihren Browser deaktiviert."',
  'ui.note': 'A note of the page interface: "To revisit this article, select My Account, then View saved stories".',
  'ui.click-here-end': 'A short line ending in a "Click here" link: "More reads by X! Click Here!", "On a mobile device? Click here for video".',
  'ui.read-full': 'A link to the full story or more stories elsewhere: "Read the full story at X", "Read more at : <headline>".',
  'ui.popup': 'A pop-up opened by its close button: "× 101 Things All Young Adults Should Know …".',
};
