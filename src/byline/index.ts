export { parseByline } from './parse-byline';
export { isByline, isGenreByline } from './is-byline';
export { isNameLine } from './is-name-line';
export { bylineDate } from './byline-date';
