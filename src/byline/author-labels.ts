/**
 * The words other languages label a byline's author with, as a pattern for the byline patterns to share: German in both
 * genders (`Autorin/Autor`, `Autor:in`, `Autor*in`), `Autorka` (Polish, Czech), `Auteure`, `Автор` (Russian, Ukrainian),
 * `Yazar` (Turkish), `Kirjoittaja` and `Tekijä` (Finnish), `Autore`/`Autrice` (Italian), `Szerző` (Hungarian), `Penulis`
 * (Indonesian, Malay), `Forfatter` (Danish, Norwegian), `Författare` (Swedish), `Autorius` (Lithuanian), `Autors` (Latvian);
 * and, only before a colon, `Oleh:` (Indonesian and Malay `By`, but `Oleh` is a Ukrainian first name) and `Muhabir:` (Turkish reporter).
 * @example
 * new RegExp(`^(?:${AUTHOR_LABELS}) `, 'iu').test('Autorin/Autor Jane Doe'); // true
 * @internal
 */
export const AUTHOR_LABELS = String.raw`autor(?:in|[:*]in|\/-?in)?(?:\/autor)?|autorka|auteure?|автор[иы]?|yazar|kirjoittaja|tekijä|autore|autrice|szerző|penulis|forfatter|författare|autorius|autors|(?:oleh|muhabir)(?= ?:)`;

/**
 * `Written by` and `Posted by` in other languages, as a pattern for the byline patterns to share: `Escrito por`, `Publicado por`
 * (Spanish, Portuguese), `Écrit par`, `Publié par`, `Propos recueillis par` (over an interview), `Scritto da`, `Pubblicato da`, `Geschreven door`, `Skrevet af`/`av`, `Skriven av`.
 * @example
 * new RegExp(`^(?:${WRITTEN_BY}) `, 'iu').test('Escrito por Laura Gómez'); // true
 * @internal
 */
export const WRITTEN_BY = String.raw`(?:escrito|publicado) por|(?:écrit|publié) par|propos recueillis par|(?:scritto|pubblicato) da|geschreven door|skrevet a[fv]|skriven av`;

/**
 * The kinds of piece a German byline names before `von` (`Ein Kommentar von`, `Kolumne von`, `Ein Beitrag von`, `Eine Glosse von`),
 * as a pattern for the byline patterns to share.
 * @example
 * new RegExp(`^(?:eine? )?(?:${PIECE_KINDS}) von `, 'iu').test('Ein Beitrag von Jane Doe'); // true
 * @internal
 */
export const PIECE_KINDS = 'kommentar|kolumne|analyse|gastbeitrag|beitrag|artikel|bericht|glosse|rezension|kritik|porträt|essay|interview|reportage';
