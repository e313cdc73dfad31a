// Sample authors for the fake GitHub: datasets, the event that triggers the action, and what the contract's
// rules make of them with default inputs. Dates are relative to `now`, so windows and ages hold whenever the
// tests run.
export { buildPersona, personaIds, TARGET_PR, TARGET_ISSUE, HOSTILE_STRINGS } from './personas.js';
export type { Persona, PersonaId } from './personas.js';
export { buildBacklog } from './backlog.js';
export type { BacklogKind } from './backlog.js';
export { authorStats, defaultLevels, verdictOf, profileFieldCount, normaliseText, maskRepo, sensitiveFilesLevel } from './stats.js';
export type { AuthorStats, AuthorSignalId, Level, Levels } from './stats.js';
export { readPersona } from './oracle.js';
export type { PersonaReading } from './oracle.js';
export { triagedOf } from './target.js';
export { loadEventFixture, eventFixturesDir, pullRequestPayload, issuePayload, workflowDispatchPayload, userJson } from './payloads.js';
export { TARGET_REPO, ORG, ORG_ID, MAINTAINER, ORG_ADMIN } from './world.js';
export { buildPastNewcomers, expectedVerdicts } from './past-newcomers.js';
export type { PastNewcomer, PastWorld, Kind as PastKind } from './past-newcomers.js';
