import { describe, expect, it } from 'vitest';
import { isNameLine } from './is-name-line';

describe('isNameLine', () => {
  it.each(['Claire Jackson', 'Nika Simovich Fisher', 'Abigail Van Buren', 'Jane Doe and John Roe', 'Christian Holub', 'Trine Juncher Jørgensen og Tôrtia Reimer-Johansen', 'Kayla Jimenez USA TODAY', 'Will Macmaster Editor', 'Tori Otten/', 'Sharon Goldman@sharongoldman', 'Lena Marsh @lenamarsh', 'Anna Berger | Paul Klein', 'Lena MarshLena Marsh'])('takes %j for names', (line) => {
    expect(isNameLine(line)).toBe(true);
  });
  it.each(['Breaking News', 'Related Topics', 'Full Bio', 'New Jersey', 'Shop With Us', 'Associated Press', 'Updated 3 hours ago', 'He left.', 'Jane', 'Buy Tickets', 'Russia is advancing', 'Key Takeaways', 'Im Fokus', 'Aktueller Artikel', 'Zur Playlist Anhören', 'Weitere Themen', 'Getty Images | Jane Doe', '[ ] Remember Me', 'COMMENTARY BY', 'Man Bitten By Bear Cub', 'Best Spy Apps', 'Politico Logo', 'Jane Doe/SOPA Images/Getty Images', 'Armstrong Speaker’s Bureau', "PAUL GETTY'S EAR", 'Royalty Free Photo', 'Part I', 'Exclusive Details', 'Social Sharing', 'Tom Berg/Reuters'])('takes %j for something else', (line) => {
    expect(isNameLine(line)).toBe(false);
  });
});
