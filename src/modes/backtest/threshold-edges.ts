import { inputSpecs, type InputName, type Settings } from '../../settings/get-settings.js';
import type { Band, BandRule } from '../../settings/parsers.js';
import type { SignalId, Verdict } from '../../types.js';

// Where moving one edge of one threshold input would first change some verdict: the band it would take and
// the items that would move (by their index in the replay).
export interface ThresholdEdge {
  input: InputName;
  edge: 'yellow' | 'red';
  current: Band;
  band: Band;
  moves: { index: number; from: Verdict; to: Verdict }[];
}

// The verdicts of every replayed item under some settings: pure, from the data already read.
export type Rescore = (settings: Settings) => Verdict[];

// The threshold inputs (those parsed as a band), with the signal each one sets.
export const thresholdInputs = (Object.keys(inputSpecs) as InputName[]).flatMap((input) => {
  const parse = inputSpecs[input].parse;
  return 'rule' in parse ? [{ input, signal: (input === 'account-age-days' ? 'account-age' : input) as SignalId, rule: parse.rule }] : [];
});

// For each threshold input whose signal takes part, and each edge, the nearest value on either side at which a
// verdict changes. A band only ever makes more items worse as it tightens, so the first change along one side
// is found by bisection over the input's own steps (whole numbers, or hundredths for a ratio), keeping the
// band in order.
export function findThresholdEdges(settings: Settings, rescore: Rescore, leftOut: readonly SignalId[]): ThresholdEdge[] {
  const baseline = rescore(settings);
  const edges: ThresholdEdge[] = [];
  for (const { input, signal, rule } of thresholdInputs) {
    if (leftOut.includes(signal) || settings['ignore-signals'].includes(signal)) continue;
    const current = bandOf(settings, input);
    for (const edge of ['yellow', 'red'] as const) {
      for (const direction of [-1, 1] as const) {
        const found = nearestChange(current, edge, direction, rule, (band) => rescore(withBand(settings, input, band)), baseline);
        if (found) edges.push({ input, edge, current, ...found });
      }
    }
  }
  return edges;
}

function nearestChange(
  current: Band,
  edge: 'yellow' | 'red',
  direction: -1 | 1,
  rule: BandRule,
  verdictsWith: (band: Band) => Verdict[],
  baseline: Verdict[],
): { band: Band; moves: ThresholdEdge['moves'] } | null {
  const step = rule.whole ? 1 : 0.01;
  // The edge stays within the input's range and on its side of the other edge.
  const other = edge === 'yellow' ? current.red : current.yellow;
  const below = (edge === 'yellow') === rule.descending ? other : rule.min;
  const above = (edge === 'yellow') === rule.descending ? rule.max : other;
  const from = current[edge];
  const steps = Math.floor(((direction > 0 ? above - from : from - below) + 1e-9) / step);
  if (steps < 1) return null;
  const bandAt = (k: number): Band => ({ ...current, [edge]: Math.round((from + direction * k * step) * 100) / 100 });
  const tried = new Map<number, ThresholdEdge['moves']>();
  const movesAt = (k: number): ThresholdEdge['moves'] => {
    let moves = tried.get(k);
    if (!moves) {
      moves = verdictsWith(bandAt(k)).flatMap((to, index) => {
        const was = baseline[index];
        return was !== undefined && was !== to ? [{ index, from: was, to }] : [];
      });
      tried.set(k, moves);
    }
    return moves;
  };
  if (movesAt(steps).length === 0) return null;
  let low = 1;
  let high = steps;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (movesAt(mid).length > 0) high = mid;
    else low = mid + 1;
  }
  return { band: bandAt(low), moves: movesAt(low) };
}

// The verdicts that would differ with another profile: profile-fields forced green, yellow and red in turn
// (the profile can only be read as it is now). Bands outside the input's range do this on any count.
export function dependsOnProfile(settings: Settings, rescore: Rescore): boolean[] {
  const baseline = rescore(settings);
  const forced: Band[] = [
    { yellow: 0, red: 0 },
    { yellow: 8, red: 0 },
    { yellow: 8, red: 8 },
  ];
  const depends = baseline.map(() => false);
  for (const band of forced) {
    rescore(withBand(settings, 'profile-fields', band)).forEach((v, i) => {
      if (v !== baseline[i]) depends[i] = true;
    });
  }
  return depends;
}

function bandOf(settings: Settings, input: InputName): Band {
  return (settings as Record<InputName, unknown>)[input] as Band;
}

function withBand(settings: Settings, input: InputName, band: Band): Settings {
  return { ...settings, [input]: band };
}
