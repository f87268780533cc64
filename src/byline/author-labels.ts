/**
 * The words other languages label a byline's author with, as a pattern for the byline patterns to share: German in both
 * genders (`Autorin/Autor`, `Autor:in`, `Autor*in`), `Autorka` (Polish, Czech), `Auteure`, `Автор` (Russian, Ukrainian),
 * `Yazar` (Turkish), `Kirjoittaja` (Finnish), `Autore`/`Autrice` (Italian).
 * @example
 * new RegExp(`^(?:${AUTHOR_LABELS}) `, 'iu').test('Autorin/Autor Jane Doe'); // true
 * @internal
 */
export const AUTHOR_LABELS = String.raw`autor(?:in|[:*]in|\/-?in)?(?:\/autor)?|autorka|auteure?|автор[иы]?|yazar|kirjoittaja|autore|autrice`;

/**
 * `Written by` and `Posted by` in other languages, as a pattern for the byline patterns to share: `Escrito por`, `Publicado por`
 * (Spanish, Portuguese), `Écrit par`, `Publié par`, `Scritto da`, `Pubblicato da`, `Geschreven door`, `Skrevet af`/`av`, `Skriven av`.
 * @example
 * new RegExp(`^(?:${WRITTEN_BY}) `, 'iu').test('Escrito por Laura Gómez'); // true
 * @internal
 */
export const WRITTEN_BY = String.raw`(?:escrito|publicado) por|(?:écrit|publié) par|(?:scritto|pubblicato) da|geschreven door|skrevet a[fv]|skriven av`;
