// What the CLI says about itself, and the error for a command line it cannot run (exit code 2).
export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage = `newcomer-triage: triage a pull request or issue author from your terminal, as the action would.

Usage:
  newcomer-triage --event <payload.json> [--event-name NAME] [--repo owner/name]
                  [--input name=value]... [--dry-run] [--json]
  newcomer-triage profile <login> [--input name=value]... [--json]
  newcomer-triage backtest --repo owner/name --since YYYY-MM-DD [--max N] [--input name=value]... [--json]
  newcomer-triage --help

Commands:
  (default)        run the action's pipeline on one webhook payload (a PR, an issue, a /triage comment, or a
                   workflow_dispatch / schedule payload for a backfill) and print the job summary
  profile <login>  profile one account: the signal table and the verdict, no writes
  backtest         replay the verdict on the repo's past first-time contributors' PRs and issues opened
                   since --since, each as of its opening, against what became of them; no writes

Options:
  --event <file>        webhook payload, as GitHub sends it (see test/fixtures/events)
  --event-name <name>   GITHUB_EVENT_NAME; guessed from the payload when left out:
                        pull_request → pull_request_target, issue + comment → issue_comment, issue → issues,
                        inputs → workflow_dispatch, schedule → schedule
  --repo <owner/name>   the repository to act on (default: the payload's repository.full_name)
  --input <name=value>  an action input, as under \`with:\` in a workflow; repeat for several
  --since <YYYY-MM-DD>  backtest: the first day replayed (the backtest-since input)
  --max <N>             backtest: most past items replayed, newest first (the max-items input, default 50)
  --dry-run             write nothing to GitHub; the summary lists what would have been written
  --json                print the action's outputs (and warnings) as JSON instead of the summary;
                        backtest: every item with its signals, and the threshold edges
  -h, --help            show this help

Environment:
  GITHUB_TOKEN (or GH_TOKEN)  token for every read and write, e.g. GITHUB_TOKEN=$(gh auth token)
  ORG_TOKEN                   the org-token input (org invitations); tokens are never taken as flags
  GITHUB_API_URL              default https://api.github.com (GitHub Enterprise: https://HOST/api/v3)
  GITHUB_GRAPHQL_URL          must be where GitHub serves GraphQL for GITHUB_API_URL
  NO_COLOR                    no colours

Exit codes: 0 done, 1 the verdict meets fail-on or the run failed, 2 a usage error.
Without --dry-run the run writes labels and comments, as the action would.`;
