// The oracle's reading of a whole persona: the author's stats and levels with the triaged item left out,
// sensitive-files for a PR, and the v2 verdict. Uses only the dataset and the contract (stats.ts), never src/.
import { authorStats, defaultLevels, sensitiveFilesLevel, verdictOf, type AuthorStats, type Level, type Levels } from './stats.js';
import { triagedOf, type Persona } from './target.js';

export interface PersonaReading {
  stats: AuthorStats;
  levels: Levels;
  sensitive: Level | undefined; // undefined for an issue
  verdict: Level;
}

export function readPersona(p: Persona, now: Date): PersonaReading {
  const triaged = triagedOf(p);
  const stats = authorStats(p.dataset, p.login, now, { triaged });
  const levels = defaultLevels(stats);
  const item = p.dataset.items.find((i) => i.repo === triaged.repo && i.number === triaged.number);
  const sensitive = item?.kind === 'pr' ? sensitiveFilesLevel(item.files ?? []) : undefined;
  return { stats, levels, sensitive, verdict: verdictOf(levels, stats, sensitive) };
}
