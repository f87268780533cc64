import { describe, expect, it } from 'vitest';
import type { Piece } from './piece';
import { isDeskLine, nameByline } from './name-byline';

const piece = (text: string, role: Piece['role'] = null): Piece => ({ start: 0, end: text.length, text, bullet: null, depth: 0, role, type: 'paragraph', rule: null, classifier: null, score: 0, words: text.split(' ').length, creditKind: null, census: null });

describe('isDeskLine', () => {
  it('takes a line of desks and agencies, joined or not', () => {
    expect(isDeskLine('IN-Redaktion')).toBe(true);
    expect(isDeskLine('dpa/AFP')).toBe(true);
    expect(isDeskLine('Reuters and AP')).toBe(true);
    expect(isDeskLine('With News Wire Services')).toBe(true);
  });

  it('takes no line where words beside the desks are left over, nor a link or a person', () => {
    expect(isDeskLine('Von dpa')).toBe(false);
    expect(isDeskLine('Text: dpa')).toBe(false);
    expect(isDeskLine('Read more at example.com')).toBe(false);
    expect(isDeskLine('Jane Doe')).toBe(false);
    expect(isDeskLine('With the bridge closed, traffic slowed')).toBe(false);
  });
});

describe('nameByline', () => {
  const head = (...lines: string[]) => [piece('Neue Regel bestraft die Schweiz', 'title'), piece('Der Stürmer sieht im Viertelfinale wegen einer Schwalbe die Gelb-Rote Karte, und sein Trainer kann es nicht fassen.'), ...lines.map((line) => piece(line))];

  it('takes a wire agency over its role for the byline', () => {
    expect(nameByline(head('SID', 'Nachrichtenagentur', 'In Tränen aufgelöst taumelte er vom Platz.'), 0, 6)).toBe(2);
  });

  it('takes no names over a caption that says them again, the title of the photo', () => {
    const caption = piece('Lena Marsh, Schriftstellerin und Preisträgerin, ist gestorben. Foto: dpa', 'credit');
    expect(nameByline([...head('Schriftstellerin Lena Marsh'), caption, piece('Jan Berg')], 0, 6)).toBe(4);
  });

  it('takes no wire agency alone, which may be a credit', () => {
    expect(nameByline(head('SID', 'In Tränen aufgelöst taumelte er vom Platz.'), 0, 6)).toBe(-1);
  });
});
