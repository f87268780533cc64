import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

// Lone words that head a comment section after the article, and are a share-bar button or a
// counter above it: `Comments`, `View comments`, `Kommentare`. Not `Discussion`: a paper's section
// of that name would end the story.
const SECTION_WORDS = [
  'Comments', 'Comment section', 'Reader comments', 'Readers’ comments', 'View comments', 'View all comments', 'Show comments', 'Show comments Hide Comments',
  'See comments', 'Load comments', 'Loading comments...', 'Loading comments…', 'Load comments…', 'Comments (…)',
  'Kommentare', 'Kommentare öffnen', 'Leserkommentare', 'Commentaires', 'Comentarios', 'Commenti',
];

// `12 Comments`, `Comments (40)`, `View Comments (7)`, `Show all 40 comments`, `0 Kommentare`: a comment count.
const COUNT = String.raw`(?:(?:view |show |load |see |read )?(?:all )?\d{1,6} (?:comments?|kommentare?|commentaires?|comentarios?|commenti)|(?:view |show |load |see |read )?(?:comments?|kommentare|commentaires|comentarios) ?(?:\(\d{1,6}\)|\d{1,6}))`;

// The date of a comment: `28. April 2024 um 10:17 Uhr`, `December 22, 2023 at 10:17 am`, `22/12/2023 à 10h17`.
const COMMENT_DATE = String.raw`(?:\d{1,2}\.? \p{L}+\.? \d{4}|\p{L}+\.? \d{1,2},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,? (?:at|um|à|a las|alle|om|kl\.?|o) \d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?| uhr)?)?`;

/**
 * Comment forms, and the headings that open the comment section after the article.
 * @example
 * commentFormRules.find((rule) => rule.id === 'comment-form.heading')?.startsComments; // true
 */
export const commentFormRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `Leave a Reply` after a WordPress story: the comment form, and the readers' comments after it.
  {
    id: 'comment-form.heading',
    lines: (
      'Leave a Reply|Leave a Reply Cancel reply|Leave a Comment|Leave a comment Leave a comment|Post a comment|Post Your Comment|Add a comment|Add comment|' +
      'Add your comment|Add your comment to this article|Write a comment|Got something to say? Post a comment|Join the conversation|Join the conversation!|' +
      'Join the discussion|Kommentar schreiben|Kommentar verfassen|Schreiben Sie einen Kommentar|Laisser un commentaire|Ajouter un commentaire|' +
      'Deja un comentario|Deja tu comentario|Escribe un comentario|Lascia un commento'
    ).split('|'),
    startsComments: true,
  },
  // `Modern Wife sagt: 28. April 2024 um 10:17 Uhr`, `Jane says: December 22, 2023 at 10:17 am`: the head of a
  // reader's comment in the default WordPress template, in any of its languages. The date that ends the line keeps
  // out a story's `The minister says:` over a quote.
  {
    id: 'comment-form.comment-meta',
    pattern: String.raw`^[^\n]{1,80} (?:says|said|sagt|schreibt|dit|dice|diz|disse|schreef|zegt|skriver|sier|siger|napisał|napisała|scrive|kirjoittaa|írta|říká) ?: ?(?:${COMMENT_DATE})$`,
    // The name before the verb is read back and forth at each space: only lines that hold a verb are tried.
    contains: [' says', ' said', ' sagt', ' schreibt', ' dit', ' dice', ' diz', ' disse', ' schreef', ' zegt', ' skriver', ' sier', ' siger', ' napisał', ' scrive', ' kirjoittaa', ' írta', ' říká'],
    startsComments: true,
    maxLength: 160,
  },
  // `You can follow any responses to this entry through the RSS 2.0 feed. Both comments and pings are currently closed.`,
  // `Von israel news am 21/02/2021. Abgelegt unter Israel. Sie können alle Antworten zu diesem Eintrag durch den RSS 2.0 …
  // Kommentare und pings sind derzeit geschlossen.`: the entry meta a WordPress theme prints under the post.
  {
    id: 'comment-form.entry-meta',
    pattern: String.raw`^(?=[^\n]{0,300}?(?:responses to this entry through the rss|antworten zu diesem eintrag durch den rss|comments and pings are (?:currently )?closed|kommentare und pings sind derzeit geschlossen))[^\n]{10,400}$`,
    contains: ['rss', 'pings'],
    maxLength: 400,
  },
  // `Your email address will not be published. Required fields are marked *` under `Leave a Reply`.
  {
    id: 'comment-form.email-notice',
    pattern: String.raw`^(?:your email address will not be published\.?(?: required fields are marked ?\*?\.?)?|required fields are marked ?\*?\.?|ihre e-mail-adresse wird nicht veröffentlicht\.?[^\n]{0,60}|votre adresse (?:e-)?mail ne sera pas publiée\.?[^\n]{0,60}|tu dirección de correo electrónico no será publicada\.?[^\n]{0,60})$`,
    maxLength: 140,
  },
  // `Name *`, `Email*`, `Website`, `Save my name, email, and website in this browser for the next time I comment.`, `Email (required)`,
  // `Vorname (freiwillig)`, `E-Mail-Adresse (erforderlich)(erforderlich)`: a field of a comment or sign-up form, marked required or optional.
  {
    id: 'comment-form.field',
    pattern: String.raw`^(?:(?:name|e-?mail|website|comment|url|nickname) ?\*|save my name, email, and website in this browser for the next time i comment\.?|notify me of (?:follow-up comments|new posts|new comments) (?:by|via) e-?mail\.?|post comment|submit comment|cancel reply|reply|reply to this comment|δ|(?:(?:first |last |full )?name|vorname|nachname|e-?mail(?: address)?|e-mail-adresse|website|webseite)(?: ?\((?:required|optional|erforderlich|freiwillig)\)){1,2})$`,
    maxLength: 100,
  },
  // `Website`, `Comment`: lone field labels of the form, kept apart from the starred ones above.
  { id: 'comment-form.label', lines: ['Comment', 'Website', 'URL', 'Name', 'Your comment', 'Your Name'] },
  // `Comments are closed.`, `You must be logged in to post a comment.`, `Log in to leave a comment`,
  // `Sorry we are not currently accepting comments on this article.`, `Have something to add to this story? Share it in the comments.`,
  // `Comments on this piece are premoderated to ensure the discussion remains on the topics raised by the article. Please be aware …`
  {
    id: 'comment-form.notice',
    pattern: String.raw`^(?:comments are (?:closed|disabled|moderated)|comments on this (?:piece|article|story|post) are (?:pre-?moderated|moderated|closed)\b[^\n]{0,220}|all comments are moderated|you must be (?:logged in|registered) to post a comment|(?:please )?(?:log|sign) ?in(?: or (?:register|sign up|create [^\n]{1,30}))? to (?:leave a |post a |add a |join the )?(?:comment|discussion|conversation)|sorry,? we are not (?:currently )?accepting comments[^\n]{0,40}|comments (?:for|on) this (?:article|story|post) (?:are|have been) (?:closed|disabled)|have something to add to this story\? share it in the comments|please read our comment (?:policy|guidelines) before commenting|by posting (?:your|a) comment,? you agree to [^\n]{1,60}|the comments below have been moderated[^\n]{0,40}|create (?:your|a) free account to (?:leave|post) a comment[^\n]{0,120}|kommentare sind geschlossen|die kommentarfunktion (?:ist|wurde) [^\n]{1,40}|les commentaires sont fermés|los comentarios están cerrados)\.?$`,
    maxLength: 300,
  },
  // `What do you think about these open celeb relationships? Let us know in the comments and SHARE this article!`, `Tell us
  // your thoughts in the comments below.`: a line of its own asking readers to comment, after the story, maybe after the questions
  // it asks them. Where the story's last paragraph ends so (`Hopefully, Lea enjoyed her red carpet appearance! Reactions, readers?
  // Let us know in the comments below!`), the paragraph is the story's.
  {
    id: 'comment-form.prompt',
    pattern: String.raw`^(?:[^\n.!?]{1,160}\? ){0,3}(?:let us know|tell us|share your (?:thoughts|views|opinions?)|sound off|leave (?:us )?a comment|drop (?:us )?a comment)\b[^\n]{0,60}? (?:in the comments?(?: section)?|comments? below)\b[^\n]{0,80}$`,
    contains: 'let us know|tell us|share your|sound off|a comment'.split('|'),
    where: 'tail',
    maxLength: 320,
  },
  // `Comments` after the story heads the readers' comments that follow.
  {
    id: 'comment-form.section-heading',
    lines: SECTION_WORDS,
    where: 'tail',
    startsComments: true,
  },
  // `Comments` above the story is a button of the share bar.
  {
    id: 'comment-form.section-button',
    lines: SECTION_WORDS,
    where: 'head',
  },
  // `8 COMMENTS`, `2 thoughts on “ISIS Commander Visits Gaza”`, `Comments (40)` after the story: the discussion starts.
  {
    id: 'comment-form.count-marker',
    pattern: String.raw`^(?:${COUNT}|(?:\d{1,6}|one) (?:thoughts? on|responses? to|repl(?:y|ies) to|comments? on) [^\n]{1,150}|\d{1,6} (?:responses|replies)|there (?:are|is) \d{1,6} comments? (?:on|about) this (?:story|article|post))$`,
    where: 'tail',
    startsComments: true,
    maxLength: 200,
  },
  // `12 Comments` above the story counts them: a link, not the discussion.
  {
    id: 'comment-form.count',
    pattern: String.raw`^${COUNT}$`,
    where: 'head',
    maxLength: 40,
  },
  // `Please adhere to our commenting policy to avoid being banned. As a privately owned website, we reserve the right to
  // remove any comment …`, `Comment Policy: Please keep comments relevant to the topic. …`: the rules of the comment section,
  // over or under the comments.
  {
    id: 'comment-form.policy',
    pattern: String.raw`^(?:(?:please )?(?:adhere to|read|review|observe|respect|abide by) our (?:comment(?:ing)? (?:policy|policies|guidelines|rules|standards)|(?:community|discussion) guidelines)\b|comment(?:ing)? (?:policy|rules|guidelines) ?: ?please\b)[^\n]{0,500}$`,
    contains: ['comment', 'guidelines'],
    maxLength: 600,
  },
]);

/**
 * What each comment-form rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * commentFormDescriptions['comment-form.heading']; // 'The heading of a comment form, after which come readers\' comments: "Leave a Reply", "Leave a Comment", "Post a comment".'
 */
export const commentFormDescriptions: RuleDescriptions = {
  'comment-form.heading': 'The heading of a comment form, after which come readers\' comments: "Leave a Reply", "Leave a Comment", "Post a comment".',
  'comment-form.comment-meta': 'The head of a reader comment: "Jane says: December 22, 2023 at 10:17 am", "Philipp sagt: 28. April 2024 um 12:34 Uhr".',
  'comment-form.entry-meta': 'The entry meta of a WordPress post: "You can follow any responses to this entry through the RSS 2.0 feed. Both comments and pings are currently closed."',
  'comment-form.email-notice': 'The comment form notice "Your email address will not be published. Required fields are marked *".',
  'comment-form.field': 'A comment form field or button: "Name *", "Email *", "Website", "Post Comment", "Save my name, email, and website…".',
  'comment-form.label': 'A lone comment form label: "Comment", "Website".',
  'comment-form.notice': 'A notice of the comment form: "Comments are closed.", "You must be logged in to post a comment.", "Log in to comment".',
  'comment-form.prompt': 'A request to comment after the story: "What do you think? Let us know in the comments!", "Tell us your thoughts below."',
  'comment-form.section-heading': 'A comments heading after the article: "Comments", "View comments", "Kommentare".',
  'comment-form.section-button': 'A comments button above the article: "Comments", "View comments".',
  'comment-form.count-marker': 'A comment count after the article, heading the discussion: "12 Comments", "2 thoughts on …", "Comments (40)".',
  'comment-form.count': 'A comment counter above the article: "12 Comments", "Comments (3)".',
  'comment-form.policy': 'The rules of the comment section: "Please adhere to our commenting policy to avoid being banned."',
};
