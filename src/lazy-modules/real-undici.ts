// The real undici, bundled once on its own (dist/undici/index.js) and imported by the stand-in of every bundle
// as `#undici` (dist/package.json maps it), so the action, the modes and the CLI share one copy.
import * as undici from '../../node_modules/undici/index.js';

export default undici;
