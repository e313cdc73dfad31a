// Terminal colours, only where they help: on a TTY, and never when NO_COLOR is set (https://no-color.org).
import type { VerdictOrSkip } from '../types.js';

export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan';

const codes: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};

export function paint(text: string, style: Style, color: boolean): string {
  if (!color || text === '') return text;
  const [open, close] = codes[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

const verdictStyles: Record<VerdictOrSkip, Style> = { green: 'green', yellow: 'yellow', red: 'red', skipped: 'dim' };

export function paintVerdict(verdict: VerdictOrSkip, color: boolean): string {
  return paint(verdict, verdictStyles[verdict], color);
}
