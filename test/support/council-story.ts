/**
 * A paragraph of plain story prose about a council's plan for `topic`: long enough to read as prose,
 * free of any residue, so that tests of the classifier can build a story around what they test.
 * @example
 * councilParagraph('bridge'); // 'The council said on Tuesday that the plan for the bridge would go ahead, …'
 */
export const councilParagraph = (topic: string): string =>
  `The council said on Tuesday that the plan for the ${topic} would go ahead, although several members were still worried about what it would cost the town.`;

/**
 * Three paragraphs of `councilParagraph`, separated by blank lines: a short story.
 * @example
 * parseSeed(`Town votes on new bridge\n\nBy Jane Roe\n\n${COUNCIL_STORY}`).body.length; // 3
 */
export const COUNCIL_STORY = ['bridge', 'road', 'school'].map(councilParagraph).join('\n\n');
