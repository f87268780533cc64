/**
 * The words other languages label a byline's author with, as a pattern for the byline patterns to share: German in both
 * genders (`Autorin/Autor`, `Autor:in`, `Autor*in`), `Autorka` (Polish, Czech), `Auteure`, `Автор` (Russian, Ukrainian),
 * `Yazar` (Turkish), `Kirjoittaja` (Finnish).
 * @example
 * new RegExp(`^(?:${AUTHOR_LABELS}) `, 'iu').test('Autorin/Autor Jane Doe'); // true
 * @internal
 */
export const AUTHOR_LABELS = String.raw`autor(?:in|[:*]in|\/-?in)?(?:\/autor)?|autorka|auteure?|автор[иы]?|yazar|kirjoittaja`;
