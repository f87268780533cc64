import { describe, expect, it } from 'vitest';
import { embedRules } from './embed';
import { builtinRules } from './index';
import { exampleFailures, type RuleExamples } from './test-matcher';

// Residue from the benchmark pages and the corpora; near misses from stories.
const EXAMPLES: RuleExamples = {
  'embed.tweet-signature': {
    matches: ['— Jane Doe (@jane) July 12, 2016', 'Henry McKenna (@henrycmckenna) December 17, 2023', 'Brad Lynch (@MarinoV1) December 7, 2023'],
    misses: ['Jane Doe (@jane) said on July 12, 2016 that she would run.'],
  },
  'embed.pic-twitter': {
    splits: [['Spoilers. GOTY is cancelled. We’re just doing karaoke all day. pic.twitter.com/JOqwjKBv7r', 'pic.twitter.com/JOqwjKBv7r']],
    misses: ['He posted a picture on pic.twitter.com/abc123 and deleted it an hour later.'],
  },
  'embed.instagram': {
    matches: ['A post shared by OC ™ (@onlyclassy)', 'A post shared by Abbie Chatfield (@abbiechatfield) on Dec 22, 2023 at 3:04pm PST', 'View this post on Instagram'],
    misses: ['A post shared by the senator was later deleted after it drew criticism from across the party and from the White House press office, aides said on Monday.'],
  },
  'embed.blocked': {
    matches: ['Externer Inhalt nicht verfügbar', 'Přejít před obsah vložený z jiného webu.', 'Následuje obsah vložený z jiného webu. Zde jej můžete přeskočit.', 'Empfohlener redaktioneller Inhalt', 'Externen Inhalt anzeigen', 'An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt, der den Artikel für Sie mit zusätzlichen Informationen anreichert.', 'Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.', 'Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte (z.B. Grafiken, Tabellen, Abo-Login) und Sozialen Netzwerke (z.B. Youtube, Twitter, Facebook, Instagram etc.) Zur Anzeige aktiviere bitte die Einstellungen in den Privatsphäre-Einstellungen.', 'External content not available'],
    misses: ['Die Seite zeigt externe Inhalte erst an, wenn die Leser einverstanden sind, sagte der Datenschutzbeauftragte am Montag.', 'Your privacy settings prevent nothing, the court found, when the company sells the data to brokers anyway and the regulators look away for years.'],
  },
  'embed.facebook': { matches: ['Posted by Fayette County Sheriff on Tuesday, July 12, 2016'], misses: ['Posted by a neighbour on Tuesday, the video spread quickly.'] },
};

describe('embedRules', () => {
  it('match their real residue, and no story sentence', () => {
    expect(exampleFailures(embedRules, EXAMPLES, builtinRules)).toEqual([]);
  });
});
