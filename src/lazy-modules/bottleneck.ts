// Stands in for bottleneck/light.js in the bundle (tsconfig `paths`). @octokit/plugin-retry makes a Bottleneck
// with no options for every request (its retry loop), and the throttling plugin would for all of them (its
// retryLimiter): one that limits nothing, yet takes a few timer turns a job before the request leaves and
// after its answer (measured on a triage: about 8 ms of a run between GitHub's answers and the exit). Made with
// no options, this is `unlimitedLimiter`, which keeps Bottleneck's contract for retries; with options (a
// limit, a pace: the throttling plugin's groups, the backfill's comment pacing) and for every static (Group,
// Events), it is the real Bottleneck. Only the bundle uses this file; Node never loads it.
import type RealBottleneck from 'bottleneck';
import { unlimitedLimiter } from '../fetch/unlimited-limiter.js';

// The file, not the package name: the name is this stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Real = require('../../node_modules/bottleneck/light.js') as typeof RealBottleneck;

function Bottleneck(options?: RealBottleneck.ConstructorOptions): object {
  return options === undefined ? unlimitedLimiter() : new Real(options);
}
// Bottleneck.Group, Bottleneck.Events and the rest, as the real one has them.
Object.setPrototypeOf(Bottleneck, Real);

export default Bottleneck as unknown as typeof RealBottleneck;
