export { parseByline } from './parse-byline';
export { isByline, isCreditByline, isGenreByline } from './is-byline';
export { isNameLine } from './is-name-line';
export { bylineDate } from './byline-date';
