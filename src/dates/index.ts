export { findDate, type FoundDate } from './find-date';
export { hasPublishedLabel, hasUpdateLabel, publishedDate } from './published-date';
export { parseDateline, type FoundDateline } from './parse-dateline';
export { inYear } from './in-year';
