export { findDate, type FoundDate } from './find-date';
export { hasPublishedLabel, publishedDate } from './published-date';
export { parseDateline, type FoundDateline } from './parse-dateline';
