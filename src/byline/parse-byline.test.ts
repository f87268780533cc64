import { describe, expect, it } from 'vitest';
import { beforeFullStop, parseByline, ROLE_ONLY } from './parse-byline';

const person = (name: string) => ({ name, kind: 'person' });
const organization = (name: string) => ({ name, kind: 'organization' });

describe('parseByline', () => {
  it.each([
    // The seed file the project was made from.
    ['By Judah Ari Gross and AP', [person('Judah Ari Gross'), organization('AP')]],
    // Prefixes in several languages.
    ['Posted by Jane Doe', [person('Jane Doe')]],
    ['Written by Jack Wallen, Contributing Writer Dec. 22, 2023 at 3:00 a.m. PT', [person('Jack Wallen')]],
    ['Words by Sam Lee', [person('Sam Lee')]],
    // A comma before the last joiner, and degrees after the names.
    ['By Lena Marsh, Sam Lee, and Tom Berg', [person('Lena Marsh'), person('Sam Lee'), person('Tom Berg')]],
    ['By Lena E. Marsh, Ph.D.', [person('Lena E. Marsh, Ph.D.')]],
    ['by Lena Marsh, PhD, PsyD', [person('Lena Marsh, PhD, PsyD')]],
    ['By Lena Marsh, MD, and Tom Berg, PhD', [person('Lena Marsh, MD'), person('Tom Berg, PhD')]],
    ['News by Matt Wales News Reporter', [person('Matt Wales')]],
    // A date first, then the byline.
    ['Dec 22, 2023 by Enrico de Lazaro', [person('Enrico de Lazaro')]],
    // The alt text of the author's photo glued to the date.
    ['22.08.2024 Profilbild von Lena Marsh', [person('Lena Marsh')]],
    // An outlet after a spaced dash, or before the role.
    ['By Vaughn Cockayne - The Washington Times - Thursday, December 21, 2023', [person('Vaughn Cockayne')]],
    ['By Dave Epstein Globe Correspondent,Updated December 22, 2023, 5:49 p.m.', [person('Dave Epstein')]],
    ['By Jeremy Schneider | NJ Advance Media For NJ.com', [person('Jeremy Schneider')]],
    ['Kaitlyn McCormick Cherry Hill Courier-Post', [person('Kaitlyn McCormick')]],
    ['By Charles Fried, Contributing Opinion Writer', [person('Charles Fried')]],
    ['Kolumne von Carla Siepmann', [person('Carla Siepmann')]],
    ['Publié par Lena Marsh', [person('Lena Marsh')]],
    ['Skriven av Lena Marsh och Sam Lee', [person('Lena Marsh'), person('Sam Lee')]],
    ['Di Redazione', [organization('Redazione')]],
    // The paper's own correspondent.
    ['Von unserem Korrespondenten Jan Berg', [person('Jan Berg')]],
    ['Van onze verslaggever Jan Jansen', [person('Jan Jansen')]],
    ['Dal nostro inviato Marco Rossi', [person('Marco Rossi')]],
    ['Par notre correspondante Lena Marsh', [person('Lena Marsh')]],
    ['Von Professorin Lena Marsh', [person('Lena Marsh')]],
    // Polish and Czech roles, with one `r` in `korespondent`.
    ['Lena Marsh, dziennikarka', [person('Lena Marsh')]],
    ['Korespondent Jan Kowalski', [person('Jan Kowalski')]],
    ['Jan Kowalski korespondent', [person('Jan Kowalski')]],
    ['Redaktorka Jana Nováková', [person('Jana Nováková')]],
    // Author labels in more languages; `Oleh` (Indonesian `By`) only before a colon, as it is a Ukrainian first name too.
    ['Oleh: Budi Santoso', [person('Budi Santoso')]],
    ['Oleh Petrenko', [person('Oleh Petrenko')]],
    ['Penulis: Budi Santoso', [person('Budi Santoso')]],
    ['Szerző: Kovács Anna', [person('Kovács Anna')]],
    ['Muhabir: Ayşe Demir', [person('Ayşe Demir')]],
    ['Författare Anna Svensson', [person('Anna Svensson')]],
    // National agencies and desks, and where the person writes after a comma.
    ['Av Anna Svensson och TT', [person('Anna Svensson'), organization('TT')]],
    ['PAP', [organization('PAP')]],
    ['Por Europa Press', [organization('Europa Press')]],
    ['Da Redação', [organization('Redação')]],
    ['Haber Merkezi', [organization('Haber Merkezi')]],
    ['Por João Silva, da Folha', [person('João Silva')]],
    ['Ana Pérez, de El País', [person('Ana Pérez')]],
    ['Por Ana Pérez, Juan de la Cruz', [person('Ana Pérez'), person('Juan de la Cruz')]],
    // The label of the date after the names, in other languages.
    ['Par Lena Marsh Publié le 12/03/2024 à 10h15', [person('Lena Marsh')]],
    ['Por Lena Marsh Actualizado: 12/03/2024', [person('Lena Marsh')]],
    ['Di Lena Marsh Pubblicato il 12 marzo 2024', [person('Lena Marsh')]],
    // The photographer's label, and what stands in parentheses.
    ['Texto: Lena Marsh Fotos: Sam Lee', [person('Lena Marsh')]],
    ['Story by Lena Marsh • Photos by Sam Lee', [person('Lena Marsh')]],
    // A full stop after the names ends them, but not one of an initial or a title.
    ['Por Lena Marsh. Madrid', [person('Lena Marsh')]],
    ['Von Prof. Dr. Jan Berg', [person('Prof. Dr. Jan Berg')]],
    ['By Lena Q. Marsh', [person('Lena Q. Marsh')]],
    ['Propos recueillis par Lena Marsh', [person('Lena Marsh')]],
    ['Ein Beitrag von Lena Marsh', [person('Lena Marsh')]],
    ['Por Lena Marsh (EFE)', [person('Lena Marsh')]],
    ['Di Lena Marsh, inviata a Kiev', [person('Lena Marsh')]],
    ['Di Lena Marsh inviata a Kiev', [person('Lena Marsh')]],
    // The paper's own before the role: no second name.
    ['Par Lena Marsh, de notre correspondante à Bruxelles', [person('Lena Marsh')]],
    ['Por Lena Marsh corresponsal en Bruselas', [person('Lena Marsh')]],
    ['Von Jan Berg Korrespondent in Washington', [person('Jan Berg')]],
    ['By Lena Marsh, reporter at large', [person('Lena Marsh')]],
    ['Par Lena Marsh et Sam Lee (avec AFP)', [person('Lena Marsh'), person('Sam Lee'), organization('AFP')]],
    ['Von Lena Marsh (Text) und Sam Lee (Fotos)', [person('Lena Marsh'), person('Sam Lee')]],
    ['Lena Marsh, City University law professor, Citywire.lt 2024.03.31 19:59', [person('Lena Marsh')]],
    ['Door Redactie', [organization('Redactie')]],
    ['Von unserer Redaktion', [organization('Redaktion')]],
    ['Par la rédaction', [organization('rédaction')]],
    ['By Chicago Tribune staff', [organization('Chicago Tribune')]],
    ['By Desirée ODec. 18, 2023 9:00 am EST', [person('Desirée O')]],
    ['By Danielle Wallace FOXBusiness', [person('Danielle Wallace')]],
    ['Von Diana Resnik mit AP', [person('Diana Resnik'), organization('AP')]],
    // A Korean signature: places, the name, the title `기자` (reporter) and an e-mail address.
    ['순천, 광양 구현모 기자 ninek@hankookilbo.com', [person('구현모')]],
    ['9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer', [person('Frank Wunderlich-Pfeiffer')]],
    // A desk glued to the surname, not a surname with a capital inside.
    ['By Ayeesha WalshShowbiz & TV Reporter', [person('Ayeesha Walsh')]],
    ['By Berly McCoy and Jeff VanderMeer', [person('Berly McCoy'), person('Jeff VanderMeer')]],
    ['From Maria Lopez', [person('Maria Lopez')]],
    ['Von Thomas Sabin', [person('Thomas Sabin')]],
    ['Par Claire Dupont', [person('Claire Dupont')]],
    ['Por Ana García', [person('Ana García')]],
    // Separators that split, names that do not.
    ['By Jennifer Hussein and Annie Blackman', [person('Jennifer Hussein'), person('Annie Blackman')]],
    ['By Najib Jobain, Jack Jeffery, Colleen Barry, Associated Press', [person('Najib Jobain'), person('Jack Jeffery'), person('Colleen Barry')]],
    ['By Simon Bisson, InfoWorld', [person('Simon Bisson')]],
    // A title led by an article after the names is where they write; a desk the story was written with is the desk.
    ['By Jim Quinn / The Burning Platform', [person('Jim Quinn')]],
    ['Von Lena Marsh, Die Zeit', [person('Lena Marsh')]],
    ['With News Wire Services', [organization('News Wire Services')]],
    ['Von Lena Marsh mit dpa', [person('Lena Marsh'), organization('dpa')]],
    ['By Tim Balk | New York Daily News', [person('Tim Balk')]],
    ['ByRahul Singh', [person('Rahul Singh')]],
    ['byAmani Mwakyusa', [person('Amani Mwakyusa')]],
    // The alt text of an image glued before the byline.
    ['[a3c]byAmani Mwakyusa', [person('Amani Mwakyusa')]],
    ['Von [a3c]Lena Marsh', [person('Lena Marsh')]],
    ['By — Lena Marsh, AP Lena Marsh, AP', [person('Lena Marsh')]],
    ['By Lena Marsh, one of the authors of our city newsletter. Marsh has covered the council, budgets, bridges', [person('Lena Marsh')]],
    // A month's name that begins a name, not a date.
    ['By Lena Marsh, April Stone and Jan Berg', [person('Lena Marsh'), person('April Stone'), person('Jan Berg')]],
    ['ByLena Marsh via logo', [person('Lena Marsh')]],
    ['Portrait of Lena MarshBy Lena MarshPublished: Oct 16, 2023', [person('Lena Marsh')]],
    ['Sharon Goldman@sharongoldman', [person('Sharon Goldman')]],
    ['Von Ulrich ExnerKorrespondent', [person('Ulrich Exner')]],
    ['Greyson Steele Battle Creek Enquirer', [person('Greyson Steele')]],
    ['By Jane Doe and AP', [person('Jane Doe'), organization('AP')]],
    ['By Staff, Reuters', [organization('Staff'), organization('Reuters')]],
    ['By Caroline DelbertPublished: Dec 20, 2023', [person('Caroline Delbert')]],
    ['By Heather Hollingsworth | The Associated Press', [person('Heather Hollingsworth')]],
    ['By Ann Smith & Bob Jones', [person('Ann Smith'), person('Bob Jones')]],
    ['By The Standard Staff', [organization('The Standard Staff')]],
    ['By ABBY GOODNOUGH', [person('ABBY GOODNOUGH')]],
    // Agencies, outlets and desks.
    ['By Times of Israel staff', [organization('Times of Israel staff')]],
    ['By News Wire Services', [organization('News Wire Services')]],
    ['By Reuters', [organization('Reuters')]],
    ['By Minyvonne Burke and The Associated Press', [person('Minyvonne Burke'), organization('The Associated Press')]],
    ['By Michael Ruiz Fox News', [person('Michael Ruiz')]],
    // Roles and titles dropped.
    ['By Deborah NetburnStaff Writer', [person('Deborah Netburn')]],
    ['By Jane Doe, Senior Correspondent', [person('Jane Doe')]],
    ['FOCUS-online-Redakteur Thomas Sabin', [person('Thomas Sabin')]],
    ['By Marta Jary For Daily Mail Australia', [person('Marta Jary')]],
    // Trailing dates, times and places cut.
    ['by Brett Samuels - 12/22/23 11:35 AM ET', [person('Brett Samuels')]],
    ['By Tomas Franzese December 22, 2023', [person('Tomas Franzese')]],
    ['By Ryan Sparks • December 20, 2023 7:00 am', [person('Ryan Sparks')]],
    ['By Chris E. Hayner and Tom Caswell on December 21, 2023 at 3:53PM PST', [person('Chris E. Hayner'), person('Tom Caswell')]],
    // E-mail addresses, handles and buttons are never authors.
    ['By Jane Doe jane.doe@example.com', [person('Jane Doe')]],
    ['By Jane Doe @janedoe', [person('Jane Doe')]],
    ['By Jane Doe | Email the author', [person('Jane Doe')]],
  ])('reads %j', (line, authors) => {
    expect(parseByline(line)).toEqual({ raw: line.trim(), authors });
  });

  it('finds no author where there is none', () => {
    expect(parseByline('Email the author').authors).toEqual([]);
    expect(parseByline('').authors).toEqual([]);
  });
});

describe('ROLE_ONLY', () => {
  it('reads a role with where it is held, in the languages of the bylines', () => {
    for (const role of ['Correspondent in Athens', 'inviato a Kiev', 'envoyée spéciale au Caire', 'Korrespondent i Kyiv', 'Reporter w Warszawie']) expect(ROLE_ONLY.test(role), role).toBe(true);
    expect(ROLE_ONLY.test('Jane Doe')).toBe(false);
  });
});

describe('beforeFullStop', () => {
  it('cuts at the full stop of a sentence after the names, not at that of an abbreviated degree', () => {
    expect(beforeFullStop('Lena Marsh. Madrid')).toBe('Lena Marsh');
    expect(beforeFullStop('Dr. med. Lena Marsh')).toBe('Dr. med. Lena Marsh');
    expect(beforeFullStop('Dr. rer. nat. Lena Marsh')).toBe('Dr. rer. nat. Lena Marsh');
  });
});
