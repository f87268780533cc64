export { parseByline } from './parse-byline';
export { isByline } from './is-byline';
