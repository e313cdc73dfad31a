import type { Band } from '../settings/parsers.js';
import type { Level, Signal, SignalId } from '../types.js';

// "at or above": yellow from band.yellow, red from band.red (counts).
export function levelAtLeast(value: number, band: Band): Level {
  if (value >= band.red) return 'red';
  return value >= band.yellow ? 'yellow' : 'green';
}

// "above": yellow past band.yellow, red past band.red (ratios).
export function levelAbove(value: number, band: Band): Level {
  if (value > band.red) return 'red';
  return value > band.yellow ? 'yellow' : 'green';
}

// "fewer than": yellow under band.yellow, red under band.red (age, profile), where yellow >= red.
export function levelBelow(value: number, band: Band): Level {
  if (value < band.red) return 'red';
  return value < band.yellow ? 'yellow' : 'green';
}

export function unknownSignal(id: SignalId, reason: string): Signal {
  return { id, level: 'unknown', value: null, detail: `could not be read: ${reason}`, url: '' };
}
