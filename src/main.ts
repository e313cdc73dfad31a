// The entry @github/local-action loads (`npx @github/local-action run . src/main.ts .env`): it calls the
// exported run(), with the Actions toolkit stubbed. The bundle's entry is index.ts.
export { run } from './run.js';
