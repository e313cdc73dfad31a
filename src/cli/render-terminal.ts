// The job summary's Markdown, shown in a terminal: the CLI and `npm run demo` print the same summary the action
// writes, so what a maintainer sees locally is what the job page would show. Only the Markdown the summary
// renderer produces is handled (headings, quotes, alerts, tables, lists, bold, code, links, <sub>).
import { paint } from './paint.js';

export interface TerminalOptions {
  color: boolean;
}

export function renderTerminal(markdown: string, options: TerminalOptions): string {
  const out: string[] = [];
  const lines = stripControls(markdown).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isTableRow(line)) {
      const rows: string[] = [];
      while (i < lines.length && isTableRow(lines[i] ?? '')) rows.push(lines[i++] ?? '');
      i--;
      out.push(...renderTable(rows, options));
      continue;
    }
    out.push(renderLine(line, options));
  }
  return out.join('\n');
}

function renderLine(line: string, options: TerminalOptions): string {
  const heading = /^#{1,6}\s+(.*)$/.exec(line);
  if (heading) return paint(inline(heading[1] ?? '', options), 'bold', options.color);
  if (/^>\s*\[!WARNING\]\s*$/.test(line)) return paint('⚠ warning', 'yellow', options.color);
  const quote = /^>\s?(.*)$/.exec(line);
  if (quote) return `  ${paint('│', 'dim', options.color)} ${inline(quote[1] ?? '', options)}`;
  const item = /^-\s+(.*)$/.exec(line);
  if (item) return `  • ${inline(item[1] ?? '', options)}`;
  return inline(line, options);
}

// Inline Markdown to text. Code spans are literal in Markdown (no escapes inside), so they are cut out first.
function inline(text: string, options: TerminalOptions): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : prose(part, options)))
    .join('');
}

function prose(text: string, options: TerminalOptions): string {
  return unescape(
    text
      .replace(/<\/?sub>/g, '')
      .replace(/<!--.*?-->/g, '')
      // Links (the author's) keep their text; the URL is noise in a table and the login says where it goes.
      .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '$1')
      .replace(/(?<!\\)\*\*((?:\\.|[^*\\])+)\*\*/g, (_m, bold: string) => paint(bold, 'bold', options.color)),
  );
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? m;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code > 0x1f && code <= 0x10ffff && !(code >= 0x7f && code <= 0x9f) ? String.fromCodePoint(code) : '';
  });
}

// A user's text must not drive the terminal: escape sequences (C0/C1 controls) and bidi overrides are dropped
// before anything is printed. Our own colours are added afterwards.
function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

function isTableRow(line: string): boolean {
  return line.startsWith('|') && line.trimEnd().endsWith('|');
}

// Cells split on pipes that Markdown would split on: not escaped, not inside a code span.
function splitCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let code = false;
  const body = row.trim().slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c === '\\' && !code && i + 1 < body.length) {
      cell += c + (body[++i] ?? '');
      continue;
    }
    if (c === '`') code = !code;
    if (c === '|' && !code) {
      cells.push(cell.trim());
      cell = '';
      continue;
    }
    cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

// Columns padded to the widest cell; the last one is left ragged so a long "why" does not pad every row.
function renderTable(rows: string[], options: TerminalOptions): string[] {
  const cells = rows.filter((r) => !/^\|[\s|:-]+\|$/.test(r.trim())).map((r) => splitCells(r).map((c) => inline(c, options)));
  const columns = Math.max(...cells.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...cells.map((r) => displayWidth(r[c] ?? ''))));
  return cells.map((row, r) => {
    const text = row
      .map((cell, c) => (c === columns - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - displayWidth(cell))))
      .join('  ')
      .trimEnd();
    return r === 0 ? paint(text, 'dim', options.color) : text;
  });
}

const ansi = /\u001b\[[0-9;]*m/g;

// Columns a string takes in a terminal: emoji and East Asian wide characters take two, joiners and variation
// selectors none. An approximation, but right for everything the summary prints.
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ansi, '')) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x300 && cp <= 0x36f)) continue;
    const wide =
      cp >= 0x1f000 ||
      (cp >= 0x231a && cp <= 0x23ff) ||
      (cp >= 0x25fd && cp <= 0x27bf) ||
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}
