// The payload file a local run starts from, checked the way a maintainer would want to hear about it: which
// file, and what is wrong with it.
import { readFileSync } from 'node:fs';
import type { Payload } from '../event/payload.js';
import type { Repo } from '../types.js';
import { UsageError } from './usage.js';

export interface LocalEvent {
  eventName: string;
  guessed: boolean;
  payload: Payload;
  repo: Repo;
}

// The keys that tell webhook payloads apart, in the order they are tried: a comment's payload also has
// `issue`, and a review comment's has `pull_request` (it is not an event the action handles).
const guesses: { keys: string[]; eventName: string }[] = [
  { keys: ['issue', 'comment'], eventName: 'issue_comment' },
  // The workflow the README recommends: pull_request_target can write to fork PRs.
  { keys: ['pull_request'], eventName: 'pull_request_target' },
  { keys: ['issue'], eventName: 'issues' },
  { keys: ['inputs'], eventName: 'workflow_dispatch' },
  { keys: ['schedule'], eventName: 'schedule' },
];

export function readEvent(path: string, eventName: string | null, repoFlag: string | null): LocalEvent {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(error)})`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new UsageError(`${path}: not a webhook payload: expected a JSON object, got ${Array.isArray(payload) ? 'an array' : typeof payload}`);
  }
  const json = payload as Record<string, unknown>;
  const repository = json.repository as { full_name?: unknown } | undefined;
  if (typeof repository !== 'object' || repository === null) {
    throw new UsageError(`${path}: not a webhook payload: it has no "repository" object (GitHub sends one with every event this action handles)`);
  }
  const repo = parseRepo(repoFlag ?? (typeof repository.full_name === 'string' ? repository.full_name : ''), path);
  if (eventName) return { eventName, guessed: false, payload: json as Payload, repo };
  const guess = guesses.find((g) => g.keys.every((key) => key in json));
  if (!guess) {
    throw new UsageError(
      `${path}: not a webhook payload this action handles: it has none of "pull_request", "issue", "comment", "inputs", "schedule"; pass --event-name if it is one`,
    );
  }
  return { eventName: guess.eventName, guessed: true, payload: json as Payload, repo };
}

function parseRepo(fullName: string, path: string): Repo {
  const [owner, name, ...rest] = fullName.split('/');
  if (!owner || !name || rest.length > 0) throw new UsageError(`${path}: repository.full_name is not owner/name; pass --repo owner/name`);
  return { owner, name };
}
