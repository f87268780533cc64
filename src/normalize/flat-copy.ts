/**
 * A copy of a text held in one piece of memory, equal to it.
 *
 * A slice of a page, and a text made by replacing parts of one, are held as views of other strings;
 * reading such a view a character at a time costs some two thirds more than reading a flat string.
 * Each block is read so several times (its words, its rule needles, its echoes), so it is copied
 * once: joining two parts is the copy that JavaScript engines make flat.
 * @example
 * flatCopy(page.slice(120, 480)) === page.slice(120, 480); // true, and reads faster
 * @internal
 */
export function flatCopy(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join('');
}
