// Plain-text output of the bench: fixed-width tables and verdict lines, no colours (CI logs keep them as is).

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

export function ratio(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '-' : value.toFixed(2);
}

export function check(label: string, pass: boolean, detail: string): string {
  return `${pass ? 'PASS' : 'FAIL'}  ${label}: ${detail}`;
}

export function heading(title: string): string {
  return `\n== ${title} ${'='.repeat(Math.max(0, 100 - title.length))}`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
