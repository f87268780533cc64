export { parseByline } from './parse-byline';
export { isByline } from './is-byline';
export { isNameLine } from './is-name-line';
