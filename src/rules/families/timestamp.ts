import type { MatchingRule, RuleDescriptions } from '../rule';
import { familyRules } from '../family-rules';

/**
 * Lines that are only a relative time, an update time or a reading time. Lines with a date ("Published
 * Dec 22, 2023", "Updated: Dec 22, 2023") are left to the date reader.
 * @example
 * timestampRules.map((rule) => rule.id); // ['timestamp.relative', 'timestamp.updated', 'timestamp.reading-time']
 */
export const timestampRules: readonly MatchingRule[] = /* @__PURE__ */ familyRules([
  // `3h ago`, `5 minutes ago`, `Finance - 1h 43m ago`, `Court Battles / 6 hours ago`, `vor 2 Stunden`, `il y a 3 heures`,
  // `article 2 days ago` under a teaser, `3d ago / 9:43 AM UTC`, `Vor 1 Std.`.
  {
    id: 'timestamp.relative',
    pattern: String.raw`^(?:[^\n\d]{1,40} [-/|·•] )?(?:updated |published |posted |(?:article|video|story|gallery|podcast|audio) )?(?:(?:\d{1,3} ?(?:s|m|h|d|w|mo|y|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?),? ?){1,3}ago|an? (?:minute|hour|day|week|month|year) ago|just now|vor (?:\d{1,3}|einer?) (?:sekunden?|minuten?|min\.|stunden?|std\.|tag(?:en)?|wochen?|monat(?:en)?)|il y a \d{1,3} (?:minutes?|heures?|jours?|semaines?|mois)|hace \d{1,3} (?:segundos?|minutos?|horas?|días?|semanas?|meses))(?: / \d{1,2}:\d{2} ?[ap]\.?m\.?(?: [a-z]{2,4})?)?$`,
    contains: ['ago', 'just now', 'vor ', 'il y a ', 'hace '],
    maxLength: 70,
  },
  // `Updated 11:35 AM ET`, `Aktualisiert 10:12 Uhr`, `Heute, 10:17 Uhr`: an update time with no date. A line with a date
  // (`Updated: Dec 22, 2023`, `Last updated on December 1, 2023`) is left to the date reader, for which it may be
  // the only date of the page, and the line under the headline that finds it.
  {
    id: 'timestamp.updated',
    pattern: String.raw`^(?:(?:last )?updated|zuletzt aktualisiert|aktualisiert|mis à jour|actualizado|aggiornato|today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri),?(?: at| um| à| a las| alle)?:? \d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?)?(?: (?:[ecmpb][sd]?t|gmt|utc|cet|mez|uhr))?$`,
    maxLength: 50,
  },
  // `5 min read`, `Reading time: 4 minutes`, `Lesezeit: 3 Min.`
  {
    id: 'timestamp.reading-time',
    pattern: String.raw`^(?:\d{1,3} min(?:ute)?s? read|reading time:? \d{1,3} min(?:ute)?s?|lesezeit:? \d{1,3} min(?:uten|\.)?|\d{1,3} min(?:\.|uten)? lesezeit|temps de lecture:? \d{1,3} min(?:utes)?|lectura:? \d{1,3} min(?:utos)?|\d{1,3} min(?:utos)? de lectura)$`,
    maxLength: 40,
  },
]);

/**
 * What each timestamp rule matches, by id: the prose of `builtinRules`, kept apart from the rules so that parsing does not ship it.
 * @example
 * timestampDescriptions['timestamp.relative']; // 'A relative timestamp: "3h ago", "5 minutes ago", "vor 2 Stunden", "hace 2 horas".'
 */
export const timestampDescriptions: RuleDescriptions = {
  'timestamp.relative': 'A relative timestamp: "3h ago", "5 minutes ago", "vor 2 Stunden", "hace 2 horas".',
  'timestamp.updated': 'A line that only gives the time of the last update: "Updated 11:35 AM ET", "Aktualisiert 10:12 Uhr", "Heute, 10:17 Uhr".',
  'timestamp.reading-time': 'A reading time: "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Min.".',
};
