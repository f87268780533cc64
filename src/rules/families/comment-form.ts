import type { Rule } from '../rule';

/** Comment forms and the markers that open a comment section. */
export const commentFormRules: readonly Rule[] = [
  // `Leave a Reply` — WordPress's comment form heading; what follows it are reader comments.
  { id: 'comment-form.leave-a-reply', family: 'comment-form', description: 'The heading of a comment form: "Leave a Reply", "Leave a Comment", "Post a comment".', lines: ['Leave a Reply', 'Leave a Reply Cancel reply', 'Leave a Comment', 'Leave a comment', 'Post a comment', 'Post a Comment', 'Add a comment', 'Add Comment', 'Write a comment', 'Join the conversation', 'Join the discussion', 'Kommentar schreiben', 'Kommentare', 'Laisser un commentaire', 'Commentaires', 'Deja un comentario', 'Comentarios', 'Lascia un commento', 'Discussion', 'Comments', 'Reader comments', 'View comments', 'Show comments', 'Load comments'], startsComments: true, where: 'tail' },
  // `Leave a Reply` anywhere else is still the form, not the story.
  { id: 'comment-form.heading', family: 'comment-form', description: 'A comment form heading standing before the article.', lines: ['Leave a Reply', 'Leave a Comment', 'Post a comment', 'Add a comment', 'Comments', 'View comments', 'Show comments'] },
  // `Your email address will not be published. Required fields are marked *`
  { id: 'comment-form.email-notice', family: 'comment-form', description: 'The comment form notice "Your email address will not be published. Required fields are marked *".', pattern: String.raw`^your email address will not be published\.?(?: required fields are marked \*?\.?)?$`, maxLength: 120 },
  // `Name *`, `Email *`, `Website`, `Comment`, `Save my name, email, and website in this browser for the next time I comment.`
  { id: 'comment-form.field', family: 'comment-form', description: 'A comment form field: "Name *", "Email *", "Website", "Save my name, email, and website…".', pattern: String.raw`^(?:(?:name|email|e-mail|website|comment|url)\s*\*?|save my name, email, and website in this browser for the next time i comment\.?|notify me of (?:follow-up comments|new posts) by email\.?|post comment|submit comment|cancel reply|reply|you must be logged in to post a comment\.?|comments are closed\.?|(?:log|sign) ?in to (?:leave a |post a |add a )?comment\.?)$`, maxLength: 120 },
  // `12 Comments` after the article is the heading of its discussion; above it, a counter.
  { id: 'comment-form.count-marker', family: 'comment-form', description: 'A comment count after the article: "12 Comments", "2 thoughts on …".', pattern: String.raw`^(?:\d{1,6} (?:comments?|responses?|replies|thoughts on .{1,150})|one (?:comment|response|thought on .{1,150}))$`, where: 'tail', startsComments: true, maxLength: 200 },
  { id: 'comment-form.count', family: 'comment-form', description: 'A comment counter above the article: "12 Comments".', pattern: String.raw`^\d{1,6} (?:comments?|kommentare?|commentaires?|comentarios?)$`, where: 'head', maxLength: 40 },
];
