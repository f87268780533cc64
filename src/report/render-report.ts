import type { Article, Block, Removed } from '../model/schemas';

/**
 * One parsed file of a report: its name and its article.
 * @example
 * const entry: ReportEntry = { file: 'seeds/004_7c0668ea273c48fc.txt', article: parseSeed(text) };
 */
export interface ReportEntry {
  /** The path shown as the heading of the file's section. */
  readonly file: string;
  /** The article parsed from the file. */
  readonly article: Article;
}

// Colours of the families of residue; a family without one (a user's `site`, a learned `template`) gets a hue from its name.
const FAMILY_COLOURS: Readonly<Record<string, string>> = {
  share: '#fde2e2',
  'comment-form': '#fff1c1',
  newsletter: '#e3f4d7',
  related: '#dbeafe',
  navigation: '#ede9fe',
  footer: '#e5e7eb',
  copyright: '#f3e8d6',
  disclosure: '#fbe3f1',
  consent: '#d7f3f1',
  advert: '#ffd8b5',
  tags: '#e0f2e9',
  media: '#e8e0d0',
  embed: '#dff1fb',
  'author-bio': '#f1e4ff',
  timestamp: '#eef2d6',
  ui: '#f5dede',
  'low-content': '#eeeeee',
  repeat: '#e6e6f7',
  template: '#ffe7f0',
};

const ROLE_LABELS: Readonly<Record<Block['role'], string>> = {
  title: 'title',
  section: 'section',
  byline: 'byline',
  source: 'source',
  date: 'date',
  body: 'body',
  credit: 'credit',
  comment: 'comment',
  boilerplate: 'removed',
  unparsed: 'unparsed',
};

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 2rem; color: #1f2328; }
section.file { border-top: 2px solid #d0d7de; margin-top: 2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .15rem .75rem .15rem 0; vertical-align: top; }
th { font-weight: 600; color: #57606a; }
.block { margin: .4rem 0; padding: .2rem .5rem; border-left: 4px solid transparent; white-space: pre-wrap; }
.block .tag { font: 600 11px/1 ui-monospace, monospace; color: #57606a; margin-right: .5rem; text-transform: uppercase; }
.role-title { font-size: 1.4rem; font-weight: 700; }
.role-section, .role-byline, .role-source, .role-date { color: #57606a; }
.role-credit { font-style: italic; border-left-color: #8c959f; background: #f6f8fa; }
.role-comment { border-left-color: #54aeff; background: #f0f7ff; }
.role-boilerplate { border-left-color: #cf222e; text-decoration: line-through; text-decoration-color: #cf222e80; }
.role-unparsed { border-left-color: #bf8700; background: #fff8c5; }
.list-item { margin-left: 1.5rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border: 1px solid #8c959f; vertical-align: middle; margin-right: .4rem; }
`;

/**
 * Renders parsed files as one self-contained HTML page: per file, its metadata, every block coloured by role
 * (removed spans by family, with the rule id on hover) and the removals counted per family.
 * @param entries - The files and their articles, in the order to show them.
 * @returns The HTML page; every text from the files is escaped.
 * @example
 * const html = renderReport([{ file: 'page.txt', article: parseSeed(text) }]);
 */
export function renderReport(entries: readonly ReportEntry[]): string {
  const sections = entries.map(renderFile).join('\n');
  const title = entries.length === 1 ? `seedtext report: ${entries[0]!.file}` : `seedtext report: ${entries.length} files`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections}
</body>
</html>
`;
}

/**
 * Escapes the characters that are markup in HTML text and in quoted attribute values.
 * @example
 * escapeHtml('<b title="x">A & B</b>'); // '&lt;b title=&quot;x&quot;&gt;A &amp; B&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The background colour of a family of residue: a fixed one for the built-in families, a hue from the name otherwise.
 * @example
 * familyColour('share'); // '#fde2e2'
 */
export function familyColour(family: string): string {
  const fixed = FAMILY_COLOURS[family];
  if (fixed) return fixed;
  let hash = 0;
  for (let index = 0; index < family.length; index++) hash = (hash * 31 + family.charCodeAt(index)) % 360;
  return `hsl(${hash} 80% 90%)`;
}

function renderFile(entry: ReportEntry): string {
  const { article } = entry;
  const removedAt = new Map(article.removed.map((span) => [spanKey(span.position), span]));
  const blocks = article.blocks.map((block) => renderBlock(block, removedAt.get(spanKey(block.position)))).join('\n');
  return `<section class="file">
<h2>${escapeHtml(entry.file)}</h2>
${renderMetadata(article)}
<h3>Removed per family</h3>
${renderSummary(article.removed)}
<h3>Blocks</h3>
<div class="blocks">
${blocks}
</div>
</section>`;
}

function renderMetadata(article: Article): string {
  const rows: [string, string][] = [
    ['title', article.title ?? '–'],
    ['section', article.section ?? '–'],
    ['byline', article.byline ?? '–'],
    ['authors', article.authors.map((author) => `${author.name} (${author.kind})`).join(', ') || '–'],
    ['source', article.source ?? '–'],
    ['published', article.published ?? '–'],
    ['dateline', article.dateline?.text ?? '–'],
    ['language', article.language ?? '–'],
    ['encoding', article.encoding],
    ['words', `${article.stats.words} in ${article.stats.paragraphs} blocks, ${article.stats.readingMinutes} min`],
    ['credits', article.credits.map((credit) => `${credit.kind}: ${credit.text}`).join('; ') || '–'],
    ['comments', String(article.comments.length)],
    ['issues', article.issues.map((issue) => `${issue.code}: ${issue.message}`).join('; ') || '–'],
  ];
  return `<table class="metadata">\n${rows.map(([name, value]) => `<tr><th>${name}</th><td data-field="${name}">${escapeHtml(value)}</td></tr>`).join('\n')}\n</table>`;
}

function renderSummary(removed: readonly Removed[]): string {
  if (removed.length === 0) return '<p>Nothing removed.</p>';
  const counts = new Map<string, number>();
  for (const span of removed) counts.set(span.family, (counts.get(span.family) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return `<table class="summary">\n${rows
    .map(([family, count]) => `<tr><th><span class="swatch" style="background:${familyColour(family)}"></span>${escapeHtml(family)}</th><td>${count}</td></tr>`)
    .join('\n')}\n</table>`;
}

function renderBlock(block: Block, removed: Removed | undefined): string {
  const classes = ['block', `role-${block.role}`, block.type];
  const attributes: string[] = [`data-role="${block.role}"`];
  let tag = ROLE_LABELS[block.role];
  if (removed) {
    classes.push(`family-${cssName(removed.family)}`);
    attributes.push(`data-family="${escapeHtml(removed.family)}"`, `style="background:${familyColour(removed.family)}"`);
    const score = removed.score === undefined ? '' : ` (score ${removed.score})`;
    attributes.push(`title="${escapeHtml(`${removed.family}: ${removed.rule}${score}`)}"`);
    tag = removed.family;
  } else if (block.rule) {
    attributes.push(`title="${escapeHtml(block.rule)}"`);
  }
  return `<div class="${classes.join(' ')}" ${attributes.join(' ')}><span class="tag">${escapeHtml(tag)}</span>${escapeHtml(block.text)}</div>`;
}

function spanKey(position: { readonly start: number; readonly end: number }): string {
  return `${position.start}:${position.end}`;
}

// A family is a user's string: only letters, digits and dashes go into a class name.
function cssName(family: string): string {
  return family.replace(/[^\w-]/g, '_');
}
