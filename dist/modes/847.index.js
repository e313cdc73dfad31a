export const id = 847;
export const ids = [847];
export const modules = {

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  leftOutSignals: () => (/* binding */ leftOutSignals),
  runBacktest: () => (/* binding */ runBacktest)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(1483);
// EXTERNAL MODULE: ./src/event/skip-rules.ts
var skip_rules = __webpack_require__(9071);
// EXTERNAL MODULE: ./src/fetch/client.ts + 28 modules
var fetch_client = __webpack_require__(4699);
// EXTERNAL MODULE: ./src/signals/first-time.ts
var first_time = __webpack_require__(8069);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/modes/results.ts
var results = __webpack_require__(754);
// EXTERNAL MODULE: ./src/modes/score-author.ts + 9 modules
var score_author = __webpack_require__(5388);
// EXTERNAL MODULE: ./src/fetch/graphql-query.ts
var graphql_query = __webpack_require__(4904);
;// CONCATENATED MODULE: ./src/modes/backtest/item-outcome.ts
// What became of a PR or issue, in the contract's words.
const itemOutcomes = (/* unused pure expression or super */ null && (['merged', 'closed unmerged', 'completed', 'not planned', 'open', 'spam']));
// A label naming spam or invalid wins (GitHub's Hacktoberfest convention: such PRs do not count), whatever the
// item's state; then a PR is merged, closed unmerged or open, an issue completed, not planned or open.
// A duplicate is asked for as GitHub's default answers it, as not planned.
function outcomeOf(item) {
    if (item.labels.some((l) => /spam|invalid/i.test(l)))
        return 'spam';
    if (item.state === 'OPEN')
        return 'open';
    if (item.kind === 'pr')
        return item.state === 'MERGED' ? 'merged' : 'closed unmerged';
    return item.stateReason === 'NOT_PLANNED' || item.stateReason === 'DUPLICATE' ? 'not planned' : 'completed';
}

;// CONCATENATED MODULE: ./src/modes/backtest/list-past-items.ts



const pageSize = 100;
// Pages read per kind at most: the newest 1,000 PRs and 1,000 issues since the day.
const maxPages = 10;
// The repo's PRs (or issues) opened since `since`, newest first. The connection has no date filter, so pages
// are read (in turn: they follow cursors) until one reaches past the day. `cut` is true when items since the
// day were left unread.
async function listPastItems(client, repo, kind, since) {
    const field = kind === 'pr' ? 'pullRequests' : 'issues';
    const extra = kind === 'pr' ? 'mergedAt changedFiles additions deletions' : 'stateReason';
    const items = [];
    let after = null;
    for (let page = 0; page < maxPages; page++) {
        const result = await (0,graphql_query/* runQuery */.GB)(client, 'PastItems', [
            {
                variables: {
                    owner: { type: 'String!', value: repo.owner },
                    name: { type: 'String!', value: repo.name },
                    after: { type: 'String', value: after },
                },
                selection: `  repository(owner: $owner, name: $name) {
    list: ${field}(first: ${pageSize}, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number title createdAt state authorAssociation ${extra}
        author { __typename login ... on User { databaseId } }
        labels(first: 100) { nodes { name } }
      }
    }
  }`,
            },
        ]);
        if (result.failure || result.errors.length > 0)
            throw new Error(`Could not list the ${kind === 'pr' ? 'PRs' : 'issues'} of ${repo.owner}/${repo.name}: ${result.failure ?? result.errors[0]?.message}`);
        const list = result.data.repository.list;
        const inRange = list.nodes.filter((n) => new Date(n.createdAt) >= since);
        items.push(...inRange.map((node) => toPastItem(node, kind, repo)));
        if (inRange.length < list.nodes.length || !list.pageInfo.hasNextPage)
            return { items, cut: false };
        after = list.pageInfo.endCursor;
    }
    return { items, cut: true };
}
function toPastItem(node, kind, repo) {
    const subject = {
        repo,
        number: node.number,
        kind,
        // GraphQL gives no author for a deleted account; GitHub shows those as "ghost".
        author: { login: node.author?.login ?? 'ghost', id: node.author?.databaseId ?? null, type: node.author?.__typename ?? 'User' },
        association: (0,types/* toAssociation */.hh)(node.authorAssociation),
        title: node.title,
        createdAt: node.createdAt,
        mergedAt: node.mergedAt ?? null,
        size: kind === 'pr' ? { additions: node.additions ?? 0, deletions: node.deletions ?? 0, changedFiles: node.changedFiles ?? 0 } : null,
    };
    const labels = (node.labels?.nodes ?? []).map((l) => l.name);
    return { subject, outcome: outcomeOf({ kind, state: node.state, stateReason: node.stateReason ?? null, labels }) };
}

;// CONCATENATED MODULE: ./src/modes/backtest/quota-guard.ts
// Keeps a long replay from spending the token's whole hourly quota (other workflows share it): work starts
// only while what GitHub says is left, less what is already under way, stays above a reserve.
class QuotaGuard {
    stats;
    pending = 0;
    constructor(stats) {
        this.stats = stats;
    }
    // 5 % of the limit, and never under 50 requests.
    static reserveOf(limit) {
        return Math.max(50, Math.ceil(limit * 0.05));
    }
    // Why no more work may start (`cost` requests), or null when it may.
    refusal(cost) {
        const limits = Object.values(this.stats.rateLimits);
        const tightest = limits.sort((a, b) => a.remaining - b.remaining)[0];
        if (!tightest)
            return null;
        const reserve = QuotaGuard.reserveOf(tightest.limit);
        if (tightest.remaining - this.pending - cost >= reserve)
            return null;
        return `GitHub's ${tightest.resource} rate limit is down to ${tightest.remaining} of ${tightest.limit} (resets ${tightest.resetAt.slice(11, 16)} UTC), and ${reserve} are kept for other work`;
    }
    async run(cost, work) {
        this.pending += cost;
        try {
            return await work();
        }
        finally {
            this.pending -= cost;
        }
    }
}
// Runs `tasks` with at most `width` under way, each started only while `refusal()` is null; returns the
// results of those that ran (in task order) and the refusal that stopped the rest.
async function runBounded(tasks, width, refusal) {
    const results = tasks.map(() => undefined);
    let next = 0;
    let stopped = null;
    const worker = async () => {
        while (next < tasks.length && stopped === null) {
            stopped = refusal();
            if (stopped !== null)
                return;
            const index = next++;
            const task = tasks[index];
            if (task)
                results[index] = await task();
        }
    };
    await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
    return { results, stopped };
}

// EXTERNAL MODULE: ./src/fetch/get-pr-files.ts
var get_pr_files = __webpack_require__(6165);
// EXTERNAL MODULE: ./src/fetch/get-profiles.ts + 2 modules
var get_profiles = __webpack_require__(77);
// EXTERNAL MODULE: ./src/fetch/settle.ts
var settle = __webpack_require__(9773);
;// CONCATENATED MODULE: ./src/modes/backtest/read-as-of.ts




// Every history window ends one second before the item was opened: GitHub's date ranges include both ends,
// and the item itself is not part of its author's record.
function windowOf(subject, windowDays) {
    const until = new Date(new Date(subject.createdAt).getTime() - 1000);
    return { since: new Date(until.getTime() - windowDays * 86_400_000), until, ended: true };
}
// A batch of items (of one repo): their authors' profiles in one query, each with its own window, and the
// PRs' files in another, sent together.
async function readAsOf(client, subjects, windowDays) {
    const requests = subjects.map((s) => ({ login: s.author.login, window: windowOf(s, windowDays) }));
    const prs = subjects.filter((s) => s.kind === 'pr');
    const [profiles, files] = await Promise.all([
        // Each request carries its own window; the query's is only a fallback none of them uses.
        (0,get_profiles/* getProfiles */.r)(client, 'Profiles', requests, requests[0]?.window ?? windowOf(subjects[0], windowDays)),
        readFiles(client, prs),
    ]);
    const read = new Map();
    subjects.forEach((subject, i) => {
        const author = profiles[i];
        if (!author)
            return;
        const unread = { list: null, failure: 'not read', total: subject.size?.changedFiles ?? null };
        read.set(subject, { author, ...(subject.kind === 'pr' ? { files: files.get(subject) ?? unread } : {}) });
    });
    return read;
}
// The changed files of PRs of one repo: the first 100 of each in one query; a larger PR, or one with a rename
// (GraphQL does not give the old path), by REST.
async function readFiles(client, prs) {
    const files = new Map();
    const repo = prs[0]?.repo;
    if (!repo)
        return files;
    const part = {
        variables: { owner: { type: 'String!', value: repo.owner }, name: { type: 'String!', value: repo.name } },
        selection: `  repository(owner: $owner, name: $name) {
${prs.map((s) => `    pr${s.number}: pullRequest(number: ${s.number}) { files(first: 100) { totalCount nodes { path changeType } } }`).join('\n')}
  }`,
    };
    const result = await (0,graphql_query/* runQuery */.GB)(client, 'PastFiles', [part]);
    const repository = result.data.repository;
    await Promise.all(prs.map(async (subject) => {
        const node = repository?.[`pr${subject.number}`]?.files;
        if (node && node.totalCount <= node.nodes.length && !node.nodes.some((f) => f.changeType === 'RENAMED')) {
            files.set(subject, { list: node.nodes.map((f) => ({ path: f.path, previous: null })), failure: null, total: node.totalCount });
            return;
        }
        if (node) {
            const rest = await (0,settle/* settle */.G)((0,get_pr_files/* getPrFiles */.g)(client, subject.repo, subject.number, node.totalCount));
            files.set(subject, { list: rest.value, failure: rest.failure, total: node.totalCount });
            return;
        }
        const failure = (0,graphql_query/* failureOf */.g5)(result, 'repository') ?? `#${subject.number}'s files were not in GitHub's answer`;
        files.set(subject, { list: null, failure, total: subject.size?.changedFiles ?? null });
    }));
    return files;
}

// EXTERNAL MODULE: ./src/fetch/search-queries.ts
var search_queries = __webpack_require__(3815);
;// CONCATENATED MODULE: ./src/modes/backtest/read-first-times.ts


// A search result's first 100 PRs hold the first merge of all but the busiest authors; an issue only needs
// the author's first item.
const prsRead = 100;
function herePart(prefix, repo, login) {
    return {
        variables: {
            [`${prefix}Prs`]: { type: 'String!', value: search_queries/* searchQueries */.HM.here(repo, login, 'pr') },
            [`${prefix}Issues`]: { type: 'String!', value: search_queries/* searchQueries */.HM.here(repo, login, 'issue') },
        },
        selection: `  ${prefix}Prs: search(type: ISSUE, query: $${prefix}Prs, first: ${prsRead}) { nodes { __typename ... on PullRequest { createdAt mergedAt } } }
  ${prefix}Issues: search(type: ISSUE, query: $${prefix}Issues, first: 1) { nodes { __typename ... on Issue { createdAt } } }`,
    };
}
function readHere(result, prefix) {
    const read = (alias) => {
        const value = result.data[`${prefix}${alias}`];
        if ((0,graphql_query/* failureOf */.g5)(result, `${prefix}${alias}`) !== null || !value)
            return null;
        return value.nodes.filter((n) => n !== null && typeof n.createdAt === 'string');
    };
    const prs = read('Prs');
    const issues = read('Issues');
    if (!prs || !issues)
        return null;
    return [
        ...prs.map((n) => ({ kind: 'pr', createdAt: n.createdAt ?? '', mergedAt: n.mergedAt ?? null })),
        ...issues.map((n) => ({ kind: 'issue', createdAt: n.createdAt ?? '', mergedAt: null })),
    ];
}
// One query for a batch of authors. GitHub nulls the whole answer when it refuses one author's search: the
// batch is then asked author by author, so only that author stays undecided.
async function readFirstTimes(client, repo, logins) {
    const ask = (batch) => (0,graphql_query/* runQuery */.GB)(client, 'FirstTimes', batch.map((login, i) => herePart(`f${i}`, repo, login)));
    const result = await ask(logins);
    const here = new Map();
    const refused = logins.length > 1 && result.errors.some((e) => e.type === 'INVALID') && Object.keys(result.data).length === 0;
    if (!refused) {
        logins.forEach((login, i) => here.set(login, readHere(result, `f${i}`)));
        return here;
    }
    await Promise.all(logins.map(async (login) => here.set(login, readHere(await ask([login]), 'f0'))));
    return here;
}

// EXTERNAL MODULE: ./src/writers/markers.ts + 1 modules
var writers_markers = __webpack_require__(1597);
;// CONCATENATED MODULE: ./src/settings/input-error.ts
// A bad input value: names the input, the value given (never a secret's) and what is allowed.
class input_error_InputError extends Error {
    input;
    constructor(input, value, allowed) {
        const shown = value === null ? '' : ` "${value}"`;
        super(`Input '${input}' has an invalid value${shown}: ${allowed}.`);
        this.input = input;
        this.name = 'InputError';
    }
}

// EXTERNAL MODULE: ./src/text/escape-text.ts
var escape_text = __webpack_require__(2278);
;// CONCATENATED MODULE: ./src/settings/parsers.ts


const parsers_text = (_input, raw) => raw;
// A secret is never echoed back, even in an error.
const secret = (_input, raw) => raw.trim();
const parsers_boolean = (input, raw) => {
    const value = raw.trim().toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new input_error_InputError(input, raw, 'allowed values are true, false (any case)');
};
function oneOf(allowed) {
    return (input, raw) => {
        const value = raw.trim().toLowerCase();
        const found = allowed.find((a) => a === value);
        if (found === undefined)
            throw new input_error_InputError(input, raw, `allowed values are ${allowed.join(', ')}`);
        return found;
    };
}
function integer(min, max) {
    return (input, raw) => {
        const value = raw.trim();
        const n = Number(value);
        // Decimal digits only (0x10 and 1e2 are bad values).
        if (!/^-?\d+$/.test(value) || n < min || n > max) {
            throw new input_error_InputError(input, raw, `allowed is a whole number from ${min} to ${max}`);
        }
        return n;
    };
}
// Comma- or newline-separated, trimmed, empty entries dropped.
function splitList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
const list = (_input, raw) => splitList(raw);
// A list whose every entry must be one of `allowed`; matching ignores case, the result uses the allowed spelling.
// `renamed` maps old names still accepted to their new ones (renamedEntries says which were used).
function listOf(allowed, renamed = {}) {
    return (input, raw) => splitList(raw).map((entry) => {
        const found = allowed.find((a) => a.toLowerCase() === entry.toLowerCase()) ?? renamed[entry.toLowerCase()];
        if (found === undefined) {
            throw new input_error_InputError(input, raw, `"${entry}" is not allowed; allowed values are ${allowed.join(', ')}`);
        }
        return found;
    });
}
const users = (input, raw) => {
    const result = { logins: [], ids: [] };
    for (const entry of splitList(raw)) {
        if (/^\d+$/.test(entry))
            result.ids.push(Number(entry));
        else if ((0,escape_text/* isPlainLogin */.kx)(entry))
            result.logins.push(entry.toLowerCase());
        else
            throw new input_error_InputError(input, raw, `"${entry}" is neither a GitHub login nor a numeric user id; allowed are logins and ids, comma- or newline-separated`);
    }
    return result;
};
// Two numbers "yellow,red". `descending`: the yellow band starts above the red one (younger is worse),
// so yellow >= red; otherwise yellow <= red. The parser carries its rule, for what moves a band (a backtest).
function band(options) {
    const { min, max, whole, descending } = options;
    const kind = whole ? 'whole numbers' : 'numbers';
    const order = descending ? 'the first at least the second' : 'the first at most the second';
    const rule = `allowed is two ${kind} "yellow,red" from ${min} to ${max}, ${order}`;
    const parser = (input, raw) => {
        const parts = raw.split(',').map((s) => s.trim());
        // Decimal digits only: Number() would also take 0x10, 1e2 and Infinity.
        const numbers = parts.map((p) => (/^\d+(\.\d+)?$/.test(p) ? Number(p) : Number.NaN));
        const valid = numbers.length === 2 && numbers.every((n) => Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n)));
        const [yellow, red] = numbers;
        if (!valid || (descending ? yellow < red : yellow > red))
            throw new input_error_InputError(input, raw, rule);
        return { yellow, red };
    };
    return Object.assign(parser, { rule: options });
}
// A calendar day "YYYY-MM-DD" (UTC) that exists and is not after today; empty: none. The result is the day's
// first instant.
const pastDay = (input, raw) => {
    const value = raw.trim();
    if (value === '')
        return null;
    const rule = `allowed is a date YYYY-MM-DD, a real day no later than today (${new Date().toISOString().slice(0, 10)}), or empty for none`;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match)
        throw new input_error_InputError(input, raw, rule);
    const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    // Date.UTC rolls 2024-02-30 over to March 1st: a day that does not come back as written does not exist.
    if (day.toISOString().slice(0, 10) !== value || day.getTime() > Date.now())
        throw new input_error_InputError(input, raw, rule);
    return day;
};

;// CONCATENATED MODULE: ./src/settings/get-settings.ts





// CI, automation and the files that steer coding agents: a malicious change there runs with the maintainers'
// rights.
const defaultSensitivePaths = [
    '.github/workflows/**',
    '.github/actions/**',
    '**/action.yml',
    '**/action.yaml',
    '.github/dependabot.yml',
    '**/CODEOWNERS',
    '.devcontainer/**',
    '.vscode/**',
    '.claude/**',
    '.cursor/**',
    '.gemini/**',
    '**/AGENTS.md',
    '**/CLAUDE.md',
    '.github/copilot-instructions.md',
    '.github/instructions/**',
    '.mcp.json',
];
// Old signal ids still accepted in ignore-signals, with a warning.
const renamedSignals = { 'workflow-files': 'sensitive-files' };
// Every input of action.yml: its default (the runner applies action.yml's, the CLI and tests rely on these; a
// test keeps the two equal) and its parser. The Settings type is derived from this table, so an input cannot
// be read without being declared here, nor declared without being parsed.
const inputSpecs = {
    // Token for every read and write.
    'github-token': { default: '', parse: secret },
    // Do everything except writes to GitHub; the summary lists what would have been written.
    'dry-run': { default: 'false', parse: parsers_boolean },
    // author_association values that skip triage.
    'skip-associations': { default: 'OWNER,MEMBER,COLLABORATOR,CONTRIBUTOR', parse: listOf(types/* associations */.HX) },
    // Skip authors of type Bot or whose login ends in [bot].
    'skip-bots': { default: 'true', parse: parsers_boolean },
    // Logins or numeric ids always skipped; an id still matches after a rename.
    'trusted-users': { default: '', parse: users },
    // How far back history counts, in days.
    'activity-window-days': { default: '90', parse: integer(1, 365) },
    'account-age-days': { default: '1095,90', parse: band({ min: 0, max: 36500, whole: true, descending: true }) },
    'profile-fields': { default: '3,1', parse: band({ min: 0, max: 7, whole: true, descending: true }) },
    'closed-unmerged-ratio': { default: '0.2,0.5', parse: band({ min: 0, max: 1, whole: false, descending: false }) },
    'not-planned-issues': { default: '4,6', parse: band({ min: 0, max: 1000, whole: true, descending: false }) },
    'repeated-titles': { default: '4,6', parse: band({ min: 0, max: 1000, whole: true, descending: false }) },
    'repeated-comments': { default: '5,10', parse: band({ min: 0, max: 1000, whole: true, descending: false }) },
    'external-prs-per-week': { default: '10,25', parse: band({ min: 0, max: 10000, whole: true, descending: false }) },
    // Globs of files whose change by a newcomer needs a maintainer's eye (sensitive-files); empty: none.
    'sensitive-paths': { default: defaultSensitivePaths.join(','), parse: list },
    // Signal ids left out of the verdict (still shown).
    'ignore-signals': { default: '', parse: listOf(types/* signalIds */.xO, renamedSignals) },
    'label-green': { default: '', parse: parsers_text },
    'label-yellow': { default: 'triage: check', parse: parsers_text },
    'label-red': { default: 'triage: careful review', parse: parsers_text },
    'first-time-label': { default: 'first-time contributor', parse: parsers_text },
    // Posted once to a first-time contributor; {author} and {repo} are replaced.
    'welcome-message': { default: '', parse: parsers_text },
    // Post the triage report as a comment when the verdict is at least this.
    'report-comment': { default: 'never', parse: oneOf(['never', 'yellow', 'red', 'always']) },
    // Comment on a first-time contributor's merged PR.
    'merged-message': { default: '', parse: parsers_text },
    // After a first-time contributor's PR is merged, invite them to the repo owner's org.
    'invite-to-org': { default: 'false', parse: parsers_boolean },
    // Token with org admin rights, used only for the invitation.
    'org-token': { default: '', parse: secret },
    // Fail the step when the verdict is at least this.
    'fail-on': { default: 'never', parse: oneOf(['never', 'yellow', 'red']) },
    'backfill-issues': { default: 'false', parse: parsers_boolean },
    // Backfill: most PRs/issues triaged in one run; backtest: most past items replayed.
    'max-items': { default: '50', parse: integer(1, 1000) },
    // On workflow_dispatch: replay the verdict on first-time contributors' items opened since this day (UTC).
    'backtest-since': { default: '', parse: pastDay },
};
const inputNames = Object.keys(inputSpecs);
const labelInputs = (/* unused pure expression or super */ null && (['label-green', 'label-yellow', 'label-red', 'first-time-label']));
// Inputs whose empty value means "none" (no label, no message, nobody); any other input left empty, as
// `${{ vars.X }}` with X unset gives, takes its default.
const emptyMeansNone = (/* unused pure expression or super */ null && ([
    'skip-associations',
    'trusted-users',
    'ignore-signals',
    'sensitive-paths',
    'label-green',
    'label-yellow',
    'label-red',
    'first-time-label',
    'welcome-message',
    'merged-message',
    'org-token',
]));
// Reads every input through `read` (the runner's INPUT_* variables in the action, --input flags in the CLI).
// `undefined` is an input nobody set (the runner sets every input of action.yml, defaults included, so only
// tests and the CLI leave one unset); it takes the default.
function getSettings(read) {
    const settings = {};
    for (const name of inputNames) {
        const raw = read(name);
        const spec = inputSpecs[name];
        const unset = raw === undefined || (raw.trim() === '' && !emptyMeansNone.includes(name));
        settings[name] = spec.parse(name, unset ? spec.default : raw);
    }
    return checkCombinations(settings);
}
// What an input's value is still accepted for but should change: warnings for the run's summary and log.
function inputNotices(read) {
    const used = parse.splitList(read('ignore-signals') ?? '').map((e) => e.toLowerCase());
    return Object.entries(renamedSignals)
        .filter(([old]) => used.includes(old))
        .map(([old, now]) => `ignore-signals: "${old}" is now called "${now}" (it also covers CI and coding-agent files); it was read as "${now}".`);
}
function checkCombinations(settings) {
    for (const name of labelInputs) {
        const label = settings[name].trim();
        // GitHub refuses label names over 50 characters; better to say so before the run than on the write.
        if (label.length > 50)
            throw new InputError(name, label, 'allowed is a label name of at most 50 characters, or empty for none');
        settings[name] = label;
    }
    // A template that alone is over GitHub's comment limit can never be posted (422); one that grows past it
    // only when {author} and {repo} are filled in is cut at the write (fit-comment.ts).
    for (const [name, kind] of [
        ['welcome-message', 'welcome'],
        ['merged-message', 'merged'],
    ]) {
        const most = maxCommentLength - markers[kind].length - 1;
        const length = settings[name].length;
        if (length > most) {
            throw new InputError(name, `${settings[name].slice(0, 40)}…`, `it is ${length} characters long; allowed is a message of at most ${most} characters (GitHub takes ${maxCommentLength} in a comment, the action's hidden marker the rest), or empty for none`);
        }
    }
    if (settings['invite-to-org'] && settings['org-token'] === '') {
        throw new InputError('invite-to-org', 'true', "'org-token' must be set (a token with admin:org) when invitations are on");
    }
    return settings;
}
// Every run reads with the token, so an empty one (a secret that is not set) is a bad input, reported before
// any request. Apart from getSettings because only the action takes the token from an input.
function requireToken(settings) {
    if (settings['github-token'] === '') {
        throw new InputError('github-token', null, 'it is empty; give the workflow token (the default, ${{ github.token }}) or a secret that is set');
    }
}

;// CONCATENATED MODULE: ./src/modes/backtest/threshold-edges.ts

// The threshold inputs (those parsed as a band), with the signal each one sets.
const thresholdInputs = Object.keys(inputSpecs).flatMap((input) => {
    const parse = inputSpecs[input].parse;
    return 'rule' in parse ? [{ input, signal: (input === 'account-age-days' ? 'account-age' : input), rule: parse.rule }] : [];
});
// For each threshold input whose signal takes part, and each edge, the nearest value on either side at which a
// verdict changes. A band only ever makes more items worse as it tightens, so the first change along one side
// is found by bisection over the input's own steps (whole numbers, or hundredths for a ratio), keeping the
// band in order.
function findThresholdEdges(settings, rescore, leftOut) {
    const baseline = rescore(settings);
    const edges = [];
    for (const { input, signal, rule } of thresholdInputs) {
        if (leftOut.includes(signal) || settings['ignore-signals'].includes(signal))
            continue;
        const current = bandOf(settings, input);
        for (const edge of ['yellow', 'red']) {
            for (const direction of [-1, 1]) {
                const found = nearestChange(current, edge, direction, rule, (band) => rescore(withBand(settings, input, band)), baseline);
                if (found)
                    edges.push({ input, edge, current, ...found });
            }
        }
    }
    return edges;
}
function nearestChange(current, edge, direction, rule, verdictsWith, baseline) {
    const step = rule.whole ? 1 : 0.01;
    // The edge stays within the input's range and on its side of the other edge.
    const other = edge === 'yellow' ? current.red : current.yellow;
    const below = (edge === 'yellow') === rule.descending ? other : rule.min;
    const above = (edge === 'yellow') === rule.descending ? rule.max : other;
    const from = current[edge];
    const steps = Math.floor(((direction > 0 ? above - from : from - below) + 1e-9) / step);
    if (steps < 1)
        return null;
    const bandAt = (k) => ({ ...current, [edge]: Math.round((from + direction * k * step) * 100) / 100 });
    const tried = new Map();
    const movesAt = (k) => {
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
    if (movesAt(steps).length === 0)
        return null;
    let low = 1;
    let high = steps;
    while (low < high) {
        const mid = Math.floor((low + high) / 2);
        if (movesAt(mid).length > 0)
            high = mid;
        else
            low = mid + 1;
    }
    return { band: bandAt(low), moves: movesAt(low) };
}
// The verdicts that would differ with another profile: profile-fields forced green, yellow and red in turn
// (the profile can only be read as it is now). Bands outside the input's range do this on any count.
function dependsOnProfile(settings, rescore) {
    const baseline = rescore(settings);
    const forced = [
        { yellow: 0, red: 0 },
        { yellow: 8, red: 0 },
        { yellow: 8, red: 8 },
    ];
    const depends = baseline.map(() => false);
    for (const band of forced) {
        rescore(withBand(settings, 'profile-fields', band)).forEach((v, i) => {
            if (v !== baseline[i])
                depends[i] = true;
        });
    }
    return depends;
}
function bandOf(settings, input) {
    return settings[input];
}
function withBand(settings, input, band) {
    return { ...settings, [input]: band };
}

// EXTERNAL MODULE: ./src/text/by-time.ts
var by_time = __webpack_require__(7837);
;// CONCATENATED MODULE: ./src/modes/backtest/run-backtest.ts













// Signals a backtest cannot judge as of the past, left out of every verdict as ignored signals are:
// repeated-comments counts public events, and GitHub keeps 30 days of them.
const notJudgedInBacktest = ['repeated-comments'];
const leftOutSignals = types/* signalIds */.xO.filter((id) => notJudgedInBacktest.includes(id));
// Authors per first-time query (two searches each), and items per as-of read (a profile query of that many
// authors, and one query for their PRs' files).
const authorsPerQuery = 20;
const itemsPerRead = 10;
// Replays the verdict on the first-time contributors' PRs and issues opened since `backtest-since`, each as of
// its opening, and says what became of them. Reads only: list → first-time filter → each item's author as of
// then (batched) → score → band edges, re-scored from the data in hand.
async function runBacktest(client, repo, settings, serverUrl, progress = (line) => core/* info */.pq(line)) {
    const since = settings['backtest-since'];
    if (!since)
        throw new Error('a backtest needs backtest-since');
    const day = since.toISOString().slice(0, 10);
    const warnings = [];
    const guard = new QuotaGuard(client.stats);
    const [prs, issues] = await Promise.all([listPastItems(client, repo, 'pr', since), listPastItems(client, repo, 'issue', since)]);
    for (const [list, kind] of [
        [prs, 'PRs'],
        [issues, 'issues'],
    ]) {
        if (list.cut)
            warnings.push(`Only the newest ${maxPages * 100} ${kind} since ${day} were read; older ones are not replayed.`);
    }
    const all = [...prs.items, ...issues.items].sort((a, b) => (0,by_time/* byTime */.X)(b.subject.createdAt, a.subject.createdAt));
    // As after a merge, the association reads as it is now (a newcomer since merged reads CONTRIBUTOR): only
    // owners, members and collaborators, bots, deleted and trusted users are left out before the first-time rule.
    const candidates = all.filter((p) => (0,skip_rules/* getSkipReason */.QH)(p.subject, settings, true) === null);
    progress(`${all.length} PRs and issues opened since ${day}, ${candidates.length} not skipped`);
    const picked = await pickFirstTime(client, repo, candidates, settings['max-items'], guard, progress);
    const replay = await replayItems(client, picked.items, settings, guard, progress);
    const stopped = picked.stopped ?? replay.stopped;
    if (stopped)
        warnings.push(`The backtest stopped early: ${stopped}. ${replay.items.length} items were replayed.`);
    const scoring = backtestSettings(settings);
    const rescore = (s) => replay.items.map(({ past, asOf }) => scoreAt(past, asOf, s, serverUrl).verdict);
    const depends = dependsOnProfile(scoring, rescore);
    const items = replay.items.map(({ past, asOf }, i) => {
        const score = scoreAt(past, asOf, scoring, serverUrl);
        return {
            subject: past.subject,
            outcome: past.outcome,
            score: { ...score, signals: score.signals.filter((s) => !leftOutSignals.includes(s.id)) },
            dependsOnProfile: depends[i] ?? false,
        };
    });
    const edges = findThresholdEdges(scoring, rescore, leftOutSignals);
    const failures = [...new Set(items.flatMap((i) => i.score.warnings))];
    warnings.push(...failures.slice(0, 20));
    if (failures.length > 20)
        warnings.push(`… and ${failures.length - 20} more reads that failed.`);
    progress(`replayed ${items.length} items`);
    return {
        mode: 'backtest',
        repo,
        since: day,
        items,
        edges,
        leftOut: leftOutSignals,
        scanned: {
            items: all.length,
            skipped: all.length - candidates.length,
            notFirstTime: picked.notFirstTime,
            authors: picked.authors,
        },
        stopped,
        ...(0,results/* outcome */.bu)(items.some((i) => i.score.partial), warnings),
    };
}
// The settings every verdict of the replay is computed with: the run's, with the signals a backtest cannot
// judge left out.
function backtestSettings(settings) {
    return { ...settings, 'ignore-signals': [...new Set([...settings['ignore-signals'], ...leftOutSignals])] };
}
function scoreAt(past, asOf, settings, serverUrl) {
    // As of the item's opening: account age then, and the history windows read ending then. No public events:
    // GitHub keeps none that old, so repeated-comments is not computed at all.
    const { subject } = past;
    return (0,score_author/* scoreAuthor */.O)({
        author: asOf.author,
        ...(asOf.files ? { files: asOf.files } : {}),
        subject,
        settings,
        now: new Date(subject.createdAt),
        serverUrl,
    });
}
// The newest candidates whose authors were first-time contributors when they opened them, at most `limit`.
// Authors are read in rounds (a round: as many authors as items are still wanted, at least one query's worth,
// at most eight queries), newest items first, each author once.
async function pickFirstTime(client, repo, candidates, limit, guard, progress) {
    const here = new Map();
    const items = [];
    let notFirstTime = 0;
    let next = 0;
    while (items.length < limit && next < candidates.length) {
        const wanted = Math.min(fetch_client/* maxConcurrent */.Ir * authorsPerQuery, Math.max(authorsPerQuery, limit - items.length));
        const logins = [];
        let end = next;
        for (; end < candidates.length; end++) {
            const login = candidates[end].subject.author.login;
            if (!here.has(login) && !logins.includes(login)) {
                if (logins.length === wanted)
                    break;
                logins.push(login);
            }
        }
        const batches = chunk(logins, authorsPerQuery).map((batch) => () => guard.run(2, () => readFirstTimes(client, repo, batch)));
        const round = await runBounded(batches, fetch_client/* maxConcurrent */.Ir, () => guard.refusal(2));
        for (const read of round.results)
            for (const [login, list] of read ?? [])
                here.set(login, list);
        if (round.stopped)
            return { items, notFirstTime, authors: here.size, stopped: round.stopped };
        for (const past of candidates.slice(next, end)) {
            if (items.length === limit)
                break;
            const list = here.get(past.subject.author.login) ?? null;
            if ((0,first_time/* isFirstTimeContributor */.p)((0,first_time/* countEarlierHere */._)(list, past.subject), past.subject.association))
                items.push(past);
            else
                notFirstTime += 1;
        }
        next = end;
        progress(`checked ${here.size} authors: ${items.length} first-time items of ${limit} wanted`);
    }
    return { items, notFirstTime, authors: here.size, stopped: null };
}
// Each item's author as of its opening, in batches, as far as the quota allows. A batch whose reads ran into
// the rate limit is not replayed (its verdicts would stand on nothing), and ends the replay.
async function replayItems(client, picked, settings, guard, progress) {
    const batches = chunk(picked, itemsPerRead);
    let done = 0;
    let limited = null;
    const tasks = batches.map((batch) => async () => {
        const read = await guard.run(2, () => readAsOf(client, batch.map((p) => p.subject), settings['activity-window-days']));
        const replayed = batch.flatMap((past) => {
            const asOf = read.get(past.subject);
            return asOf ? [{ past, asOf }] : [];
        });
        const ranOut = replayed.some(({ asOf }) => asOf.author.failures.some((f) => /rate limit/i.test(f.reason)));
        if (ranOut) {
            limited ??= "GitHub's rate limit ran out during the replay";
            return [];
        }
        done += replayed.length;
        progress(`replayed ${done}/${picked.length} items`);
        return replayed;
    });
    const run = await runBounded(tasks, fetch_client/* maxConcurrent */.Ir / 2, () => limited ?? guard.refusal(2));
    return { items: run.results.flatMap((r) => r ?? []), stopped: run.stopped ?? limited };
}
function chunk(list, size) {
    return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}


/***/ }),

/***/ 8069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ countEarlierHere),
/* harmony export */   p: () => (/* binding */ isFirstTimeContributor)
/* harmony export */ });
// The contract's first-time contributor: for a PR, no PR of theirs merged in this repo before this PR was
// opened (after a merge: before it was merged); for an issue, no earlier issue or PR of theirs in this repo.
// `earlier` counts what would make them not first-time; null when the repo's history could not be read (a
// suspended author cannot be searched), and then GitHub's own association is the evidence.
function isFirstTimeContributor(earlier, association) {
    if (earlier !== null)
        return earlier === 0;
    return association === 'FIRST_TIME_CONTRIBUTOR' || association === 'FIRST_TIMER';
}
// The same definition, counted on the author's items in the repo as a list (a backfill reads them so, one
// query for all of an author's open items).
function countEarlierHere(here, subject) {
    if (!here)
        return null;
    const opened = new Date(subject.createdAt).getTime();
    return subject.kind === 'pr'
        ? here.filter((h) => h.mergedAt !== null && new Date(h.mergedAt).getTime() < opened).length
        : here.filter((h) => new Date(h.createdAt).getTime() < opened).length;
}


/***/ })

};
