// Preloaded (`--import`) into one run of the bundle on Node 24: records every ES module file Node loads (the
// entry and each chunk it imports) and writes their paths to LOAD_PROBE_OUT at exit.
import { writeFileSync } from 'node:fs';
import * as module from 'node:module';

type LoadHook = (url: string, context: unknown, next: (url: string, context: unknown) => unknown) => unknown;
const { registerHooks } = module as unknown as { registerHooks: (hooks: { load: LoadHook }) => void };

const loaded: string[] = [];
registerHooks({
  load: (url, context, next) => {
    if (url.startsWith('file:')) loaded.push(new URL(url).pathname);
    return next(url, context);
  },
});
process.on('exit', () => writeFileSync(process.env.LOAD_PROBE_OUT ?? '/dev/null', JSON.stringify(loaded)));
