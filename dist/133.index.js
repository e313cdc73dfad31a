export const id = 133;
export const ids = [133];
export const modules = {

/***/ 3133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* reexport */ createClient),
  postMerge: () => (/* reexport */ postMerge),
  profileLogin: () => (/* reexport */ profileLogin),
  runBackfill: () => (/* reexport */ runBackfill),
  runBacktest: () => (/* reexport */ runBacktest),
  triage: () => (/* reexport */ triage)
});

// EXTERNAL MODULE: ./src/event/skip-rules.ts
var skip_rules = __webpack_require__(9071);
;// CONCATENATED MODULE: ./src/fetch/graphql-query.ts
function composeQuery(name, parts) {
    const definitions = [];
    const variables = {};
    for (const part of parts) {
        for (const [key, { type, value }] of Object.entries(part.variables)) {
            definitions.push(`$${key}: ${type}`);
            variables[key] = value;
        }
    }
    const head = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
    const body = parts.map((p) => p.selection).join('\n');
    return { query: `query ${name}${head} {\n${body}\n  rateLimit { remaining resetAt cost }\n}`, variables };
}
// GitHub answers a query that is partly unreadable (a user not found, a search refused) with data for the rest
// and errors by path; those become per-field failures rather than a failed run. The body is read as it came
// (not through octokit.graphql, which hands back `undefined` for a page that is not JSON), so a 200 that is not
// GraphQL (GitHub's HTML "Unicorn" page, `data: null`) is a failed read that says what came back.
async function runQuery(client, name, parts) {
    const { query, variables } = composeQuery(name, parts);
    let body;
    try {
        body = (await client.octokit.request('POST /graphql', { url: graphqlUrl(client), query, variables })).data;
    }
    catch (error) {
        return { data: {}, errors: [], failure: describeFailure(error) };
    }
    if (!isObject(body) || (!isObject(body.data) && !Array.isArray(body.errors)))
        return { data: {}, errors: [], failure: notGraphql(name, body) };
    const errors = (Array.isArray(body.errors) ? body.errors : []).map((raw) => {
        const e = (isObject(raw) ? raw : {});
        const path = Array.isArray(e.path) ? e.path : [];
        return {
            path: typeof path[0] === 'string' ? path[0] : '',
            field: typeof path.at(-1) === 'string' ? String(path.at(-1)) : '',
            type: typeof e.type === 'string' ? e.type : 'ERROR',
            message: typeof e.message === 'string' ? e.message : 'GitHub gave no message',
        };
    });
    // Errors without a path (a rejected query, the rate limit) leave no part readable.
    const whole = errors.find((e) => e.path === '');
    return { data: isObject(body.data) ? body.data : {}, errors, failure: whole ? whole.message : null };
}
// Where octokit.graphql sends a query: /graphql next to the REST API, /api/graphql on GitHub Enterprise Server.
function graphqlUrl(client) {
    const base = String(client.octokit.request.endpoint.DEFAULTS.baseUrl);
    return /\/api\/v3\/?$/.test(base) ? base.replace(/\/api\/v3\/?$/, '/api/graphql') : '/graphql';
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function notGraphql(name, body) {
    const data = isObject(body) ? body.data : undefined;
    const what = typeof body === 'string'
        ? /<html/i.test(body)
            ? 'an HTML page'
            : 'text that is not JSON'
        : isObject(body)
            ? `data: ${JSON.stringify(data) ?? 'none'}`
            : 'no body';
    return `GitHub answered the ${name} query with ${what}, not the data it documents`;
}
// A failure in words a maintainer can act on; a 403 says whether it was the rate limit or a permission.
function describeFailure(error) {
    if (!(error instanceof Error))
        return String(error);
    const e = error;
    if (e.name === 'AbortError' || !e.status)
        return e.message;
    const headers = e.response?.headers ?? {};
    if (/secondary rate/i.test(e.message))
        return `GitHub's secondary rate limit held this request back after retries (HTTP ${e.status})`;
    if ((e.status === 403 || e.status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message))) {
        const reset = Number(headers['x-ratelimit-reset']);
        return `GitHub's rate limit is exhausted${reset ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : ''} (HTTP ${e.status})`;
    }
    if (e.status === 403)
        return `HTTP 403, the token is not allowed to do this: ${e.message}`;
    return `HTTP ${e.status}: ${e.message}`;
}
// The failure of the fields under `alias`: the whole request's, or that alias's own error.
function failureOf(result, alias) {
    if (result.failure)
        return result.failure;
    const error = result.errors.find((e) => e.path === alias);
    return error ? error.message : null;
}

;// CONCATENATED MODULE: ./src/fetch/settle.ts

async function settle(promise) {
    try {
        return { value: await promise, failure: null };
    }
    catch (error) {
        return { value: null, failure: describeFailure(error) };
    }
}

;// CONCATENATED MODULE: ./src/fetch/get-permission.ts

// GitHub's legacy base role of a user on a repo (`permission`: admin, write, read or none; maintain reads as
// write, triage as read). Read with metadata: read, which every GITHUB_TOKEN has.
const writeOrAbove = ['admin', 'write'];
// Whether `login` can push to the repo, however they got it (a private org member, a team member, whom the
// webhook payload shows as CONTRIBUTOR or NONE).
function hasWriteAccess(client, repo, login) {
    return settle((async () => {
        const { data } = await client.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.name, username: login });
        const permission = data?.permission;
        if (typeof permission !== 'string') {
            throw new Error(`GitHub answered GET /repos/${repo.owner}/${repo.name}/collaborators/${login}/permission without the permission it documents`);
        }
        return writeOrAbove.includes(permission);
    })());
}

;// CONCATENATED MODULE: ./src/signals/first-time.ts
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

// EXTERNAL MODULE: ./src/summary/render-summary.ts + 1 modules
var render_summary = __webpack_require__(1373);
// EXTERNAL MODULE: ./src/verdict/compare-verdicts.ts
var compare_verdicts = __webpack_require__(7369);
;// CONCATENATED MODULE: ./src/fetch/thread-part.ts

// Comment ids passed 2^31 long ago: databaseId (Int) cannot hold them, fullDatabaseId (BigInt) can.
const commentFields = 'nodes { fullDatabaseId body viewerDidAuthor }';
// The first and the last 100 comments: the welcome is early, the newest report or thank-you late. A longer
// thread's middle is read on (readUnreadComments) before anything is posted.
const commentWindow = 100;
// One repository read for one or more items; `withFiles` adds each PR's first 100 changed paths.
function threadPart(prefix, repo, numbers, labels, withFiles = false) {
    const variables = {
        [`${prefix}Owner`]: { type: 'String!', value: repo.owner },
        [`${prefix}Name`]: { type: 'String!', value: repo.name },
    };
    const labelFields = labels.map((label, i) => {
        variables[`${prefix}Label${i}`] = { type: 'String!', value: label };
        return `label${i}: label(name: $${prefix}Label${i}) { id name }`;
    });
    const onItem = `labels(first: 100) { nodes { name } }
        early: comments(first: ${commentWindow}) { totalCount pageInfo { endCursor } ${commentFields} }
        late: comments(last: ${commentWindow}) { ${commentFields} }`;
    const files = withFiles ? 'files(first: 100) { totalCount nodes { path changeType } }' : '';
    const items = numbers.map((n) => {
        variables[`${prefix}N${n}`] = { type: 'Int!', value: n };
        return `item${n}: issueOrPullRequest(number: $${prefix}N${n}) {
      __typename
      ... on PullRequest { id ${onItem} ${files} }
      ... on Issue { id ${onItem} }
    }`;
    });
    const selection = `  ${prefix}Repo: repository(owner: $${prefix}Owner, name: $${prefix}Name) {
    owner { __typename login }
    isArchived
    ${labelFields.join('\n    ')}
    ${items.join('\n    ')}
  }`;
    return { variables, selection };
}
function readThread(prefix, result, markers, number) {
    const alias = `${prefix}Repo`;
    const failure = failureOf(result, alias);
    const repo = result.data[alias];
    const item = repo?.[`item${number}`];
    if (failure !== null || !repo || !item)
        return { thread: null, failure: failure ?? `#${number} was not found` };
    const repoLabels = readRepoLabels(repo);
    return {
        thread: {
            ownerType: repo.owner.__typename,
            archived: repo.isArchived === true,
            labelsOnItem: item.labels.nodes.map((l) => l.name),
            repoLabels,
            itemId: item.id,
            ownComments: ownComments([...item.early.nodes, ...item.late.nodes], markers),
            unreadComments: item.early.totalCount > 2 * commentWindow && item.early.pageInfo.endCursor
                ? { after: item.early.pageInfo.endCursor, count: item.early.totalCount - 2 * commentWindow }
                : null,
            // More than 100 files, or a rename (GraphQL does not give the old path): read again over REST.
            files: item.files && item.files.totalCount <= item.files.nodes.length && !item.files.nodes.some((f) => f.changeType === 'RENAMED')
                ? item.files.nodes.map((f) => ({ path: f.path, previous: null }))
                : null,
        },
        failure: null,
    };
}
// A pasted marker in someone else's comment does not make it ours; the first and last windows can overlap.
function ownComments(nodes, markers) {
    const seen = new Map();
    for (const c of nodes)
        if (c.viewerDidAuthor && markers.some((m) => c.body.includes(m)))
            seen.set(Number(c.fullDatabaseId), c.body);
    return [...seen].map(([id, body]) => ({ id, body }));
}
// The repo's labels asked for by name: lower-cased name → node id; a label the repo lacks is absent.
function readRepoLabels(repo) {
    const labels = new Map();
    for (const [key, value] of Object.entries(repo)) {
        const label = value;
        if (/^label\d+$/.test(key) && label?.name && label.id)
            labels.set(label.name.toLowerCase(), label.id);
    }
    return labels;
}

;// CONCATENATED MODULE: ./src/writers/markers.ts
// Hidden markers that identify the action's own comments (together with the token's identity).
const markers = {
    welcome: '<!-- newcomer-triage:welcome -->',
    report: '<!-- newcomer-triage:report -->',
    merged: '<!-- newcomer-triage:merged -->',
};
const allMarkers = Object.values(markers);
function kindOf(body) {
    const found = Object.keys(markers).find((k) => body.includes(markers[k]));
    return found ?? null;
}
// User text can never carry a marker into our comments: escaping turns "<" into "&lt;". This strips the
// marker text from maintainer-written templates too, so one kind cannot pose as another.
function withMarker(kind, body) {
    let clean = body;
    for (const m of allMarkers)
        clean = clean.split(m).join('');
    return `${markers[kind]}\n${clean}`;
}

// EXTERNAL MODULE: ./src/text/escape-text.ts
var escape_text = __webpack_require__(2278);
;// CONCATENATED MODULE: ./src/writers/plan-writes.ts



// The contract's colours for labels the action creates.
const labelColors = { green: '0e8a16', yellow: 'fbca04', red: 'd93f0b', firstTime: '7057ff' };
// The action's own labels, as the workflow names them (an empty name is a label it does not use).
function labelNames(settings) {
    const names = [settings['label-green'], settings['label-yellow'], settings['label-red'], settings['first-time-label']];
    return [...new Set(names.filter((n) => n !== ''))];
}
function reportWanted(settings, verdict) {
    const at = settings['report-comment'];
    return at === 'always' || (0,compare_verdicts/* atLeast */.jZ)(verdict, at);
}
// {author} and {repo} in a maintainer's template. The login is GitHub's own (a plain login mentions its
// owner, which a welcome wants); anything else is escaped.
function fillTemplate(template, subject) {
    const login = subject.author.login;
    return template
        .replaceAll('{author}', (0,escape_text/* isPlainLogin */.kx)(login) ? `@${login}` : (0,escape_text/* escapeText */.X1)(login))
        .replaceAll('{repo}', `${subject.repo.owner}/${subject.repo.name}`);
}
// What a triage writes, decided from what is already there: pure, so a re-run plans nothing twice.
function planTriageWrites({ subject, settings, thread, verdict, firstTime, report }) {
    const writes = [];
    // GitHub refuses every write to an archived repository: none is attempted (the mode warns once).
    if (thread.archived)
        return writes;
    const onItem = new Set(thread.labelsOnItem.map((l) => l.toLowerCase()));
    const verdictLabels = { green: settings['label-green'], yellow: settings['label-yellow'], red: settings['label-red'] };
    const wanted = [];
    if (verdictLabels[verdict] !== '')
        wanted.push({ name: verdictLabels[verdict], color: labelColors[verdict] });
    if (firstTime && settings['first-time-label'] !== '')
        wanted.push({ name: settings['first-time-label'], color: labelColors.firstTime });
    const toAdd = wanted.filter((l) => !onItem.has(l.name.toLowerCase()));
    for (const label of toAdd) {
        if (!thread.repoLabels.has(label.name.toLowerCase()))
            writes.push({ kind: 'create-label', ...label });
    }
    if (toAdd.length > 0)
        writes.push({ kind: 'add-labels', names: toAdd.map((l) => l.name) });
    // A re-triage swaps the verdict label: the other verdicts' labels go.
    for (const [v, name] of Object.entries(verdictLabels)) {
        if (v !== verdict && name !== '' && name.toLowerCase() !== verdictLabels[verdict].toLowerCase() && onItem.has(name.toLowerCase())) {
            writes.push({ kind: 'remove-label', name: thread.labelsOnItem.find((l) => l.toLowerCase() === name.toLowerCase()) ?? name });
        }
    }
    const own = (kind) => thread.ownComments.find((c) => kindOf(c.body) === kind);
    // Part of a very long thread went unread: one of ours may be there, so nothing new is posted.
    const mayPost = thread.unreadComments === null;
    // The welcome waits while the verdict is red: a maintainer looks first, and a later re-triage that is no
    // longer red posts it.
    if (firstTime && verdict !== 'red' && settings['welcome-message'] !== '' && !own('welcome') && mayPost) {
        writes.push({ kind: 'create-comment', comment: 'welcome', body: withMarker('welcome', fillTemplate(settings['welcome-message'], subject)) });
    }
    const existingReport = own('report');
    const reportBody = withMarker('report', report);
    if (reportWanted(settings, verdict) || existingReport) {
        // A report already posted stays current even when the verdict drops below the threshold.
        if (!existingReport) {
            if (mayPost)
                writes.push({ kind: 'create-comment', comment: 'report', body: reportBody });
        }
        else if (existingReport.body.trim() !== reportBody.trim())
            writes.push({ kind: 'update-comment', comment: 'report', id: existingReport.id, body: reportBody });
    }
    return writes;
}
function describeWrite(write, subject) {
    const where = `#${subject.number}`;
    switch (write.kind) {
        case 'create-label':
            return `create label "${(0,escape_text/* escapeText */.X1)(write.name)}" (#${write.color})`;
        case 'add-labels':
            return `add ${write.names.map((n) => `"${(0,escape_text/* escapeText */.X1)(n)}"`).join(', ')} to ${where}`;
        case 'remove-label':
            return `remove "${(0,escape_text/* escapeText */.X1)(write.name)}" from ${where}`;
        case 'create-comment':
            return `post the ${write.comment} comment on ${where}`;
        case 'update-comment':
            return `update the ${write.comment} comment on ${where}`;
        case 'invite':
            return `invite ${(0,escape_text/* escapeText */.X1)(write.login)} to the ${(0,escape_text/* escapeText */.X1)(write.org)} organization`;
    }
}

;// CONCATENATED MODULE: ./src/writers/apply-writes.ts




// The one dry-run gate: in a dry run nothing is sent and every write is reported as planned.
// Otherwise every write goes out in one wave, a missing label's creation beside the add that uses it. GitHub's
// add creates a label it does not know, grey; when the add got there first, the label is coloured after.
async function applyWrites(client, subject, writes, dryRun, orgClient) {
    if (dryRun) {
        return { outcomes: writes.map((w) => ({ description: describeWrite(w, subject), status: 'planned', detail: 'dry run' })), warnings: [] };
    }
    const sent = await Promise.all(writes.map((w) => attempt(client, subject, w, orgClient)));
    const outcomes = await colourRacedLabels(client, subject, writes, sent);
    const warnings = [];
    if (outcomes.some((o) => o.status === 'refused' && o.detail === readOnly))
        warnings.push(readOnlyWarning(subject));
    if (outcomes.some((o) => o.status === 'refused' && o.detail === archived))
        warnings.push(archivedWarning(subject));
    for (const o of outcomes.filter((x) => x.status === 'failed' || (x.status === 'refused' && x.detail !== readOnly && x.detail !== archived))) {
        warnings.push(`Could not ${o.description}: ${o.detail}`);
    }
    return { outcomes, warnings };
}
// A label whose creation did not go through (it already existed: the add made it grey a moment before; or the
// creation failed) while the add put it on the item: set its colour. A label that can be neither created nor
// coloured comes off the item again, so none of the action's labels is left grey.
async function colourRacedLabels(client, subject, writes, outcomes) {
    const added = new Set(writes.flatMap((w, i) => (w.kind === 'add-labels' && outcomes[i]?.status === 'written' ? w.names.map((n) => n.toLowerCase()) : [])));
    const target = { owner: subject.repo.owner, repo: subject.repo.name };
    return Promise.all(writes.map(async (write, i) => {
        const outcome = outcomes[i];
        if (write.kind !== 'create-label' || !added.has(write.name.toLowerCase()))
            return outcome;
        if (outcome.status === 'written' && outcome.detail === '')
            return outcome;
        try {
            await client.octokit.rest.issues.updateLabel({ ...target, name: write.name, color: write.color, description: labelDescription });
            return { ...outcome, status: 'written', detail: 'GitHub created it grey with the add: coloured' };
        }
        catch (error) {
            const why = outcome.status === 'written' ? describeFailure(error) : `${outcome.detail}; colouring it: ${describeFailure(error)}`;
            try {
                await client.octokit.rest.issues.removeLabel({ ...target, issue_number: subject.number, name: write.name });
                return { ...outcome, status: 'failed', detail: `${why}. GitHub had created it grey with the add, so it was taken off #${subject.number} again` };
            }
            catch (again) {
                return { ...outcome, status: 'failed', detail: `${why}. It is on #${subject.number}, grey, and could not be taken off: ${describeFailure(again)}` };
            }
        }
    }));
}
const labelDescription = 'Set by newcomer-triage';
const readOnly = 'read-only token';
const archived = 'archived repository';
// One warning, naming the repository, for every write an archived repository refused or was not sent.
function archivedWarning(subject) {
    return `${subject.repo.owner}/${subject.repo.name} is archived, so GitHub refuses every write to it: nothing was written. Unarchive it, or remove the workflow.`;
}
// One warning for every write a read-only token was refused, naming the fix.
function readOnlyWarning(subject) {
    return (`The token cannot write to ${subject.repo.owner}/${subject.repo.name} (Resource not accessible by integration): a workflow on ` +
        '`pull_request` from a fork gets a read-only token. Run on `pull_request_target`, or grant `pull-requests: write` and ' +
        "`issues: write` in the workflow's `permissions`.");
}
async function attempt(client, subject, write, orgClient) {
    const description = describeWrite(write, subject);
    // After the first refusal of an archived repository, no further write is sent.
    if (client.stats.archived !== null && write.kind !== 'invite')
        return { description, status: 'refused', detail: archived };
    try {
        const created = await send(write.kind === 'invite' && orgClient ? orgClient : client, subject, write);
        if (write.kind === 'create-comment' && created !== null)
            return keepOldest(client, subject, write, created, description);
        return { description, status: 'written', detail: '' };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 && /archived so is read-only/i.test(error.message)) {
            client.stats.archived ??= `${subject.repo.owner}/${subject.repo.name}`;
            return { description, status: 'refused', detail: archived };
        }
        if (write.kind === 'create-label' && status === 422)
            return { description, status: 'written', detail: 'already existed' };
        if (write.kind === 'remove-label' && status === 404)
            return { description, status: 'written', detail: 'already gone' };
        if (write.kind === 'create-comment' && (status === undefined || status >= 500))
            return recheckComment(client, subject, write, description, error);
        if (status === 403 && !isRateLimit(error)) {
            const message = error.message;
            return { description, status: 'refused', detail: /not accessible by integration/i.test(message) ? readOnly : `HTTP 403: ${message}` };
        }
        return { description, status: 'failed', detail: describeFailure(error) };
    }
}
function isRateLimit(error) {
    const e = error;
    return e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '');
}
// A comment whose answer was lost (timeout, 502 after the write) may have been posted. Look for it before
// posting again, so a flaky answer never makes a second comment.
async function recheckComment(client, subject, write, description, error) {
    const result = await runQuery(client, 'Recheck', [threadPart('t', subject.repo, [subject.number], [])]);
    const { thread } = readThread('t', result, allMarkers, subject.number);
    if (!thread)
        return { description, status: 'failed', detail: `${describeFailure(error)}; could not check whether it was posted` };
    if (thread.ownComments.some((c) => kindOf(c.body) === write.comment)) {
        return { description, status: 'written', detail: 'posted, though its answer was lost' };
    }
    try {
        await send(client, subject, write);
        return { description, status: 'written', detail: 'posted on the second try' };
    }
    catch (again) {
        return { description, status: 'failed', detail: describeFailure(again) };
    }
}
// Two runs at once on one thread (a workflow without a `concurrency:` group) both see no comment of a kind and
// both post one. Each run looks again after posting; the one whose comment is not the oldest of ours of that
// kind deletes its own, so the thread keeps exactly one, whichever run got there first.
async function keepOldest(client, subject, write, id, description) {
    const { thread } = readThread('t', await runQuery(client, 'Recheck', [threadPart('t', subject.repo, [subject.number], [])]), allMarkers, subject.number);
    const older = thread?.ownComments.filter((c) => kindOf(c.body) === write.comment && c.id < id) ?? [];
    if (older.length === 0)
        return { description, status: 'written', detail: '' };
    try {
        await client.octokit.rest.issues.deleteComment({ owner: subject.repo.owner, repo: subject.repo.name, comment_id: id });
        return { description, status: 'written', detail: 'another run had just posted it: the duplicate was deleted' };
    }
    catch (error) {
        return { description, status: 'failed', detail: `posted twice by two runs at once, and the duplicate could not be deleted: ${describeFailure(error)}` };
    }
}
// The new comment's id for a comment, else null.
async function send(client, subject, write) {
    const target = { owner: subject.repo.owner, repo: subject.repo.name };
    const rest = client.octokit.rest;
    switch (write.kind) {
        case 'create-label':
            await rest.issues.createLabel({ ...target, name: write.name, color: write.color, description: labelDescription });
            return null;
        case 'add-labels':
            await rest.issues.addLabels({ ...target, issue_number: subject.number, labels: write.names });
            return null;
        case 'remove-label':
            await rest.issues.removeLabel({ ...target, issue_number: subject.number, name: write.name });
            return null;
        case 'create-comment': {
            // Never retried blindly: a retry after a lost answer would post twice (see recheckComment).
            const { data } = await rest.issues.createComment({ ...target, issue_number: subject.number, body: write.body, request: { retries: 0 } });
            return typeof data?.id === 'number' ? data.id : null;
        }
        case 'update-comment':
            await rest.issues.updateComment({ ...target, comment_id: write.id, body: write.body });
            return null;
        case 'invite':
            await rest.orgs.createInvitation({ org: write.org, invitee_id: write.inviteeId, role: 'direct_member', request: { retries: 0 } });
            return null;
    }
}

// EXTERNAL MODULE: ./src/modes/results.ts
var results = __webpack_require__(754);
;// CONCATENATED MODULE: ./src/settings/window-start.ts
const dayMs = 86_400_000;
// Where the history window starts: activity-window-days before now, from the start of that UTC day. Whole
// days keep the searches (and the evidence links in a report comment) the same for every run of a day, so a
// re-run does not rewrite the report for a window that moved by minutes.
function windowStart(settings, now) {
    return startOfDay(now.getTime() - settings['activity-window-days'] * dayMs);
}
function startOfDay(time) {
    return new Date(Math.floor(time / dayMs) * dayMs);
}

;// CONCATENATED MODULE: ./src/fetch/search-queries.ts
// The searches behind the author's history, in GitHub's issue search syntax. One place for them, so the
// evidence links in the summary show exactly what the signals counted, with the same qualifiers and window.
// Each search names one type (is:pr or is:issue): GitHub returns no nodes for a search that mixes them.
function searchTime(time) {
    return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
// A date qualifier's value: from `since` on, or (a backtest's past window) GitHub's range `since..until`,
// both ends included.
function range(since, until) {
    return until ? `${searchTime(since)}..${searchTime(until)}` : `>=${searchTime(since)}`;
}
const searchQueries = {
    // The author's PRs (or issues) created in the window, anywhere, newest first.
    history: (login, kind, since, until) => `author:${login} is:${kind} created:${range(since, until)} sort:created-desc`,
    externalPrs: (login, since) => `author:${login} -user:${login} is:pr created:>=${searchTime(since)}`,
    externalIssues: (login, since) => `author:${login} -user:${login} is:issue created:>=${searchTime(since)}`,
    closedUnmerged: (login, since, until) => `author:${login} -user:${login} is:pr is:closed is:unmerged closed:${range(since, until)}`,
    closedMerged: (login, since, until) => `author:${login} -user:${login} is:pr is:merged closed:${range(since, until)}`,
    notPlanned: (login, since, until) => `author:${login} -user:${login} is:issue reason:"not planned" closed:${range(since, until)}`,
    // Issues and PRs of others' the author commented on (the events API is not searchable; this is the nearest).
    commented: (login, since) => `commenter:${login} -user:${login} updated:>=${searchTime(since)}`,
    // First-time contributor: merged PRs here before a moment (a PR), or earlier PRs and issues (an issue).
    mergedHere: (repo, login, before) => `repo:${repo.owner}/${repo.name} author:${login} is:pr is:merged merged:<${searchTime(before)}`,
    earlierHere: (repo, login, kind, before) => `repo:${repo.owner}/${repo.name} author:${login} is:${kind} created:<${searchTime(before)}`,
    // Backfill: all the author's PRs (or issues) here, oldest first.
    here: (repo, login, kind) => `repo:${repo.owner}/${repo.name} author:${login} is:${kind} sort:created-asc`,
};
// The github.com page of a search: the same query, on the tab of its type.
function searchUrl(serverUrl, query, type) {
    return `${serverUrl}/search?q=${encodeURIComponent(query)}&type=${type}`;
}

;// CONCATENATED MODULE: ./src/signals/evidence-links.ts

// The page behind each signal's count, on the server the run talks to (github.com, or a GHES host): a
// maintainer who doubts a verdict checks it in one click. The searches are the very ones the signals counted.
function evidenceLinks(serverUrl, login, since, commentsSince) {
    return {
        profile: `${serverUrl}/${login}`,
        closedUnmerged: searchUrl(serverUrl, searchQueries.closedUnmerged(login, since), 'pullrequests'),
        notPlanned: searchUrl(serverUrl, searchQueries.notPlanned(login, since), 'issues'),
        externalPrs: searchUrl(serverUrl, searchQueries.externalPrs(login, since), 'pullrequests'),
        externalIssues: searchUrl(serverUrl, searchQueries.externalIssues(login, since), 'issues'),
        commented: searchUrl(serverUrl, searchQueries.commented(login, commentsSince), 'issues'),
        files: (repo, number) => `${serverUrl}/${repo.owner}/${repo.name}/pull/${number}/files`,
    };
}

;// CONCATENATED MODULE: ./src/signals/good-record.ts
// The contract's good record: at least 3 PRs to others' repos merged in the window, and at least a quarter of
// those closed in the window merged. No record, or one that could not be read, is not a good record.
function goodRecord(author) {
    const { closedMerged: merged, closedUnmerged: unmerged } = author;
    if (merged === null || unmerged === null)
        return { good: false, merged, closed: null };
    const closed = merged + unmerged;
    return { good: merged >= 3 && merged * 4 >= closed, merged, closed };
}

;// CONCATENATED MODULE: ./src/signals/bands.ts
// "at or above": yellow from band.yellow, red from band.red (counts).
function levelAtLeast(value, band) {
    if (value >= band.red)
        return 'red';
    return value >= band.yellow ? 'yellow' : 'green';
}
// "above": yellow past band.yellow, red past band.red (ratios).
function levelAbove(value, band) {
    if (value > band.red)
        return 'red';
    return value > band.yellow ? 'yellow' : 'green';
}
// "fewer than": yellow under band.yellow, red under band.red (age, profile), where yellow >= red.
function levelBelow(value, band) {
    if (value < band.red)
        return 'red';
    return value < band.yellow ? 'yellow' : 'green';
}
function unknownSignal(id, reason) {
    return { id, level: 'unknown', value: null, detail: `could not be read: ${reason}`, url: '' };
}

;// CONCATENATED MODULE: ./src/signals/normalise-text.ts
// What is stripped from a title or comment before comparing: punctuation, symbols (emoji among them), and
// the invisible characters that join or vary emoji or hide inside words.
const noise = /[\p{P}\p{S}\p{Cf}\u20e3\ufe0e\ufe0f]/gu;
// Leading tags ("[Docs]", "(feat)") and leading noise ("🚀 ", "- "), as many as there are.
const leading = /^(?:\s+|\[[^\]]*\]|\([^)]*\)|[^\p{L}\p{N}[(])+/u;
// The contract's normalised text: NFKC, case-folded, leading [tags] and (tags) off, every punctuation mark,
// symbol and emoji removed, whitespace collapsed. "[Docs] Add tea.yaml 🚀" and "add TEA yaml" are one text.
function normaliseText(text) {
    // Upper then lower folds what lower alone does not ("ß" → "ss"), close enough to Unicode case folding.
    let t = text.normalize('NFKC').toUpperCase().toLowerCase();
    for (let m = leading.exec(t); m && m[0].length > 0; m = leading.exec(t))
        t = t.slice(m[0].length);
    return t.replace(noise, ' ').replace(/\s+/g, ' ').trim();
}
// The placeholder for the target repo's name and owner: a symbol, so no normalised text can contain it.
const repoPlaceholder = '§';
// The two forms a text is counted under: as it is, and with the name and owner of the repo it was sent to
// masked as whole words ("Add tea.yaml to chart" on maxhumber/chart is "add tea yaml to §").
function textForms(text, repo) {
    const plain = normaliseText(text);
    let masked = ` ${plain} `;
    for (const word of [normaliseText(repo.name), normaliseText(repo.owner)]) {
        if (word === '')
            continue;
        masked = masked.split(` ${word} `).join(` ${repoPlaceholder} `);
        // A second pass catches a word that repeats back to back ("chart chart"), which the split leaves half done.
        masked = masked.split(` ${word} `).join(` ${repoPlaceholder} `);
    }
    return { plain, masked: masked.trim() };
}

;// CONCATENATED MODULE: ./src/signals/repeated-text.ts

const none = { owners: 0, burst: 0, example: null, kinds: { pr: 0, issue: 0, comment: 0 } };
// The contract's count for repeated titles and comments: each text under its two forms (plain, and with the
// target repo masked), grouped, and for each group the number of distinct owners other than the author. The
// signal takes the larger count. Texts that normalise to fewer than `minLength` characters are not counted.
function countRepeats(sent, author, options) {
    const groups = new Map();
    const me = author.toLowerCase();
    for (const s of sent) {
        if (s.repo.owner.toLowerCase() === me)
            continue;
        const { plain, masked } = textForms(s.text, s.repo);
        if (plain.length < options.minLength)
            continue;
        for (const key of new Set([`p:${plain}`, `m:${masked}`]))
            groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    let best = none;
    for (const group of groups.values()) {
        const owners = new Set(group.map((s) => s.repo.owner.toLowerCase())).size;
        if (owners < best.owners)
            continue;
        const burst = busiestOwners(group, options.burstMs);
        if (owners === best.owners && burst <= best.burst)
            continue;
        const kinds = { pr: 0, issue: 0, comment: 0 };
        for (const s of group)
            kinds[s.kind] += 1;
        best = { owners, burst, example: group[0] ?? null, kinds };
    }
    return best;
}
// The most distinct owners inside any window of `spanMs`, sliding over the texts in time order.
function busiestOwners(group, spanMs) {
    const sorted = [...group].sort((a, b) => a.at - b.at);
    let most = 0;
    for (let start = 0; start < sorted.length; start++) {
        const first = sorted[start]?.at ?? 0;
        const owners = new Set();
        for (let end = start; end < sorted.length && (sorted[end]?.at ?? 0) - first <= spanMs; end++)
            owners.add(sorted[end]?.repo.owner.toLowerCase() ?? '');
        most = Math.max(most, owners.size);
    }
    return most;
}

;// CONCATENATED MODULE: ./src/signals/history-signals.ts


// Fewer PRs closed without merge than this say nothing about how the author's work is received.
const minUnmergedForRatio = 3;
const weekMs = 7 * 86_400_000;
// A title sent to the yellow number of owners within this span is a spray, whatever the totals.
const burstMs = 48 * 3_600_000;
function closedUnmergedRatio(closedUnmerged, closedMerged, settings, links, reason) {
    if (closedUnmerged === null || closedMerged === null)
        return unknownSignal('closed-unmerged-ratio', reason);
    const closed = closedUnmerged + closedMerged;
    const ratio = closed === 0 ? 0 : closedUnmerged / closed;
    const url = links.closedUnmerged;
    if (closedUnmerged < minUnmergedForRatio) {
        return {
            id: 'closed-unmerged-ratio',
            level: 'green',
            value: round(ratio),
            detail: `${closedUnmerged} of ${closed} PR${closed === 1 ? '' : 's'} to others' repos closed without merge: fewer than ${minUnmergedForRatio}, not judged`,
            url,
        };
    }
    // Judged on the exact share; only the value shown is rounded (0.5025 is above 0.5).
    return {
        id: 'closed-unmerged-ratio',
        level: levelAbove(ratio, settings['closed-unmerged-ratio']),
        value: round(ratio),
        detail: `${closedUnmerged} of ${closed} PRs to others' repos closed without merge`,
        url,
    };
}
function notPlannedIssues(notPlanned, settings, links, reason) {
    if (notPlanned === null)
        return unknownSignal('not-planned-issues', reason);
    return {
        id: 'not-planned-issues',
        level: levelAtLeast(notPlanned, settings['not-planned-issues']),
        value: notPlanned,
        detail: `${notPlanned} issue${notPlanned === 1 ? '' : 's'} on others' repos closed as not planned`,
        url: links.notPlanned,
    };
}
// The author's PRs and issues on others' repos, merged PRs left out (a housekeeping PR that everyone merged
// is not spam), counted by distinct owners under the normalised title; a burst within 48 hours is red.
function repeatedTitles(history, settings, record, links, reason) {
    if (history.items === null)
        return unknownSignal('repeated-titles', reason);
    const sent = history.items.filter((i) => i.external && !i.merged).map((i) => ({ text: i.title, repo: i.repo, at: Date.parse(i.createdAt), kind: i.kind }));
    const band = settings['repeated-titles'];
    const repeats = countRepeats(sent, '', { minLength: 1, burstMs });
    const burst = repeats.burst >= band.yellow;
    const level = burst ? 'red' : levelAtLeast(repeats.owners, band);
    const url = repeats.kinds.issue > repeats.kinds.pr ? links.externalIssues : links.externalPrs;
    const what = repeats.owners <= 1
        ? 'no title sent to more than one owner'
        : `one title sent to ${repeats.owners} owners${repeats.burst > 1 ? ` (${repeats.burst} within 48 hours)` : ''}, merged PRs left out${history.truncated}`;
    return guarded({ id: 'repeated-titles', level, value: repeats.owners, detail: what, url, ...quoteOf(repeats) }, record);
}
// A red title or comment signal of an author with a good record is shown as yellow: a maintainer's notice to
// many repos, or an ecosystem-wide housekeeping PR, is worth a look, not a red.
function guarded(signal, record) {
    if (signal.level !== 'red' || !record.good)
        return signal;
    const level = 'yellow';
    return { ...signal, level, detail: `${signal.detail}; yellow, not red: a good record elsewhere (${record.merged} of ${record.closed} closed PRs merged)` };
}
function quoteOf(repeats) {
    return repeats.owners > 1 && repeats.example ? { quote: repeats.example.text } : {};
}
function externalPrsPerWeek(history, settings, links, reason) {
    if (history.items === null)
        return unknownSignal('external-prs-per-week', reason);
    const times = history.items
        .filter((i) => i.kind === 'pr' && i.external)
        .map((i) => Date.parse(i.createdAt))
        .sort((a, b) => a - b);
    // Sliding 7-day window over the sorted opening times: the busiest week, whenever it started.
    let busiest = 0;
    for (let start = 0, end = 0; end < times.length; end++) {
        while (times[end] - times[start] >= weekMs)
            start++;
        busiest = Math.max(busiest, end - start + 1);
    }
    return {
        id: 'external-prs-per-week',
        level: levelAtLeast(busiest, settings['external-prs-per-week']),
        value: busiest,
        detail: `${busiest} PR${busiest === 1 ? '' : 's'} to others' repos in the busiest 7 days (${times.length} in the window)${history.truncated}`,
        url: links.externalPrs,
    };
}
// For the verdict's spray and flood rules: of the author's PRs to others' repos opened in the window, how
// many were merged.
function openedElsewhere(history) {
    if (history.items === null)
        return null;
    const prs = history.items.filter((i) => i.kind === 'pr' && i.external);
    return { opened: prs.length, merged: prs.filter((i) => i.merged).length };
}
function round(n) {
    return Math.round(n * 100) / 100;
}

;// CONCATENATED MODULE: ./src/signals/profile-signals.ts

const profile_signals_dayMs = 86_400_000;
function accountAgeDays(author, now) {
    return author.user ? Math.floor((now.getTime() - new Date(author.user.createdAt).getTime()) / profile_signals_dayMs) : null;
}
function accountAge(author, settings, now, links, reason) {
    const days = accountAgeDays(author, now);
    if (!author.user || days === null)
        return unknownSignal('account-age', reason);
    return {
        id: 'account-age',
        level: levelBelow(days, settings['account-age-days']),
        value: days,
        detail: `account created ${author.user.createdAt.slice(0, 10)}, ${days} day${days === 1 ? '' : 's'} ago`,
        url: links.profile,
    };
}
// A sparse profile says something only about a young account: plenty of long-standing contributors never
// fill theirs in. An account at least as old as account-age's yellow band is not judged on it.
function profileFields(author, settings, now, links, reason) {
    const days = accountAgeDays(author, now);
    if (!author.user || days === null)
        return unknownSignal('profile-fields', reason);
    const entries = Object.entries(author.user.fields);
    const filled = entries.filter(([, on]) => on).map(([name]) => name);
    const unread = author.user.unread.length > 0 ? ` (${author.user.unread.join(', ')} not readable with this token)` : '';
    const count = filled.length === 0 ? `none of ${entries.length} profile fields filled` : `${filled.length} of ${entries.length} filled: ${filled.join(', ')}`;
    const judgedBelow = settings['account-age-days'].yellow;
    if (days >= judgedBelow) {
        return {
            id: 'profile-fields',
            level: 'green',
            value: filled.length,
            detail: `not judged: account older than ${judgedBelow} days; ${count}${unread}`,
            url: links.profile,
        };
    }
    return {
        id: 'profile-fields',
        level: levelBelow(filled.length, settings['profile-fields']),
        value: filled.length,
        detail: count + unread,
        url: links.profile,
    };
}

;// CONCATENATED MODULE: ./src/signals/repeated-comments.ts



// GitHub's public events API keeps 30 days: the comments window is at most that.
const eventsKeptDays = 30;
// "+1", "thanks!", "lgtm": short comments repeat for honest reasons.
const minCommentLength = 10;
const commentEvents = ['IssueCommentEvent', 'PullRequestReviewCommentEvent'];
// The same comment posted on the issues and PRs of many owners: comment spam, from the author's public events.
function repeatedComments(events, login, window, settings, record, links) {
    const commentsSince = window.since;
    if (!events.value)
        return unknownSignal('repeated-comments', events.failure ?? 'no data');
    const sent = events.value.flatMap((e) => {
        const at = Date.parse(e.createdAt);
        const repo = repoOf(e.repo);
        if (!commentEvents.includes(e.type) || e.body === null || !repo || !(at >= commentsSince.getTime()))
            return [];
        if (e.action !== null && e.action !== 'created')
            return [];
        return [{ text: e.body, repo, at, kind: 'comment' }];
    });
    const repeats = countRepeats(sent, login, { minLength: minCommentLength, burstMs: 0 });
    const days = window.days;
    return guarded({
        id: 'repeated-comments',
        level: levelAtLeast(repeats.owners, settings['repeated-comments']),
        value: repeats.owners,
        detail: repeats.owners <= 1
            ? `no comment posted on more than one owner's repos (${sent.length} comments in the last ${days} days)`
            : `one comment posted on the issues and PRs of ${repeats.owners} owners in the last ${days} days`,
        url: links.commented,
        ...quoteOf(repeats),
    }, record);
}
function repoOf(fullName) {
    const [owner, name] = fullName.split('/');
    return owner && name ? { owner, name } : null;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/signals/sensitive-files.ts


// GitHub lists at most this many files of a PR.
const listedFilesLimit = 3000;
// The contract's globs: case-sensitive, `*` inside one folder, `**` any depth including none, dot-files and
// dot-folders like any other name.
function sensitiveMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    return picomatch_default()([...globs], { dot: true, nocase: false });
}
// A PR that adds, changes, removes or renames (either name) a file where a change runs with the maintainers'
// rights, or steers their coding agents, needs a maintainer's eye whoever wrote it.
function sensitiveFiles(files, globs, url) {
    if (files.list === null)
        return unknownSignal('sensitive-files', files.failure ?? 'no data');
    const sensitive = sensitiveMatcher(globs);
    const touched = files.list.flatMap((f) => [f.path, ...(f.previous ? [f.previous] : [])]).filter(sensitive);
    const unique = [...new Set(touched)];
    if (unique.length > 0) {
        // Paths are the PR author's text: shown in the summary (escaped), never in the output's detail.
        const shown = unique.slice(0, 3).join(', ');
        return {
            id: 'sensitive-files',
            level: 'yellow',
            value: unique.length,
            detail: `changes ${unique.length} sensitive file${unique.length === 1 ? '' : 's'}`,
            url,
            quote: `${shown}${unique.length > 3 ? ` and ${unique.length - 3} more` : ''}`,
        };
    }
    const listed = files.list.length;
    const cut = (files.total !== null && listed < files.total) || listed >= listedFilesLimit;
    if (cut) {
        return {
            id: 'sensitive-files',
            level: 'unknown',
            value: null,
            detail: `GitHub listed ${listed} of ${files.total ?? 'more'} changed files and none of those is sensitive; the rest cannot be seen`,
            url,
        };
    }
    return { id: 'sensitive-files', level: 'green', value: 0, detail: `no sensitive file among ${listed} changed`, url };
}

;// CONCATENATED MODULE: ./src/signals/compute-signals.ts







// The window of the comment signal: the history window, or GitHub's 30 days of events if shorter.
function commentsWindowDays(settings) {
    return Math.min(settings['activity-window-days'], eventsKeptDays);
}
function commentsWindowStart(settings, now) {
    return startOfDay(now.getTime() - commentsWindowDays(settings) * 86_400_000);
}
// The author's history in the window as the signals count it: the triaged item left out.
function historyOf(input) {
    const { author, subject } = input;
    const same = (i) => subject !== undefined &&
        i.kind === subject.kind &&
        i.number === subject.number &&
        i.repo.owner.toLowerCase() === subject.repo.owner.toLowerCase() &&
        i.repo.name.toLowerCase() === subject.repo.name.toLowerCase();
    const items = author.items?.filter((i) => !same(i)) ?? null;
    const read = author.items?.length ?? 0;
    const truncated = author.itemsTotal !== null && author.itemsTotal > read ? `; newest ${read} of ${author.itemsTotal} read` : '';
    return { items, truncated };
}
// Every signal of the contract, in the contract's order. Pure: the same data gives the same signals.
function computeSignals(input) {
    const { author, events, files, subject, settings, now } = input;
    const why = (...fields) => author.failures.find((f) => fields.includes(f.field))?.reason ?? 'no data';
    const since = windowStart(settings, now);
    const commentsSince = commentsWindowStart(settings, now);
    const links = evidenceLinks(input.serverUrl, author.login, since, commentsSince);
    const history = historyOf(input);
    const record = goodRecord(author);
    const signals = [
        accountAge(author, settings, now, links, why('User')),
        profileFields(author, settings, now, links, why('User')),
        closedUnmergedRatio(author.closedUnmerged, author.closedMerged, settings, links, why('ClosedUnmerged', 'ClosedMerged')),
        notPlannedIssues(author.notPlanned, settings, links, why('NotPlanned')),
        repeatedTitles(history, settings, record, links, why('Prs', 'Issues')),
        ...(events ? [repeatedComments(events, author.login, { since: commentsSince, days: commentsWindowDays(settings) }, settings, record, links)] : []),
        externalPrsPerWeek(history, settings, links, why('Prs', 'Issues')),
    ];
    if (files && subject)
        signals.push(sensitiveFiles(files, settings['sensitive-paths'], links.files(subject.repo, subject.number)));
    return signals;
}

;// CONCATENATED MODULE: ./src/modes/read-window.ts


// The windows a mode reads: the history from activity-window-days back to now, the events from at most 30
// days back (all GitHub keeps).
function readWindow(settings, now) {
    return { since: windowStart(settings, now), until: now, eventsSince: commentsWindowStart(settings, now), eventsDays: commentsWindowDays(settings), now };
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/verdict/decide-verdict.ts

// Under this share of PRs merged, a spray or a flood is red: nobody is taking them.
const takenShare = 0.25;
const floodTimes = 4;
// The contract's rule. Evidence (how the author's work was received elsewhere, whether they send the same
// thing everywhere) makes red on its own. Context (who the author is, how busy) makes red only as a spray (a
// new account opening PRs at the red rate) or a flood (four times the red rate, any age), and only while
// under a quarter of those PRs were merged; one context signal alone is green, two make yellow.
function decideVerdict(input) {
    const { ignore } = input;
    const counted = input.signals.filter((s) => !ignore.includes(s.id));
    const unknown = counted.filter((s) => s.level === 'unknown');
    const partial = unknown.length > 0;
    const isContext = (s) => types/* contextSignalIds */.w4.includes(s.id);
    const evidenceRed = counted.filter((s) => s.level === 'red' && !isContext(s));
    if (evidenceRed.length > 0)
        return { verdict: 'red', partial, reason: `red on ${evidenceRed.map((s) => s.id).join(', ')}` };
    const level = (id) => counted.find((s) => s.id === id);
    const prs = level('external-prs-per-week');
    const age = level('account-age');
    const untaken = input.opened !== null && input.opened.merged < takenShare * input.opened.opened;
    const share = input.opened && input.opened.opened > 0 ? `${input.opened.merged} of ${input.opened.opened}` : '';
    if (untaken && prs?.level === 'red' && age?.level === 'red') {
        return { verdict: 'red', partial, reason: `a new account spraying PRs that nobody takes (${share} merged)` };
    }
    if (untaken && prs && typeof prs.value === 'number' && prs.value >= floodTimes * input.externalPrsBand.red) {
        return { verdict: 'red', partial, reason: `a flood of ${prs.value} PRs to others' repos in one week, ${share} merged` };
    }
    const flaggedEvidence = counted.filter((s) => !isContext(s) && s.level === 'yellow');
    const flaggedContext = counted.filter((s) => isContext(s) && (s.level === 'yellow' || s.level === 'red'));
    const flagged = [...flaggedEvidence, ...(flaggedContext.length >= 2 ? flaggedContext : [])];
    if (flagged.length > 0 || partial) {
        const parts = [
            ...(flagged.length > 0 ? [`${flagged.map((s) => s.id).join(', ')} ${flagged.length === 1 ? 'needs' : 'need'} a look`] : []),
            ...(partial ? [`${unknown.map((s) => s.id).join(', ')} could not be read`] : []),
        ];
        return { verdict: 'yellow', partial, reason: parts.join('; ') };
    }
    const alone = flaggedContext[0];
    return { verdict: 'green', partial, reason: alone ? `only ${alone.id} stands out, and context alone is not a concern` : 'no signal needs a look' };
}

;// CONCATENATED MODULE: ./src/modes/score-author.ts



// The one scoring step every mode shares: signals → verdict → what could not be read.
function scoreAuthor(input) {
    const signals = computeSignals(input);
    const decision = decideVerdict({
        signals,
        ignore: input.settings['ignore-signals'],
        externalPrsBand: input.settings['external-prs-per-week'],
        opened: openedElsewhere(historyOf(input)),
    });
    const warnings = input.author.failures.map((f) => `Could not read ${f.read}: ${f.reason}`);
    if (input.files?.failure)
        warnings.push(`Could not read the PR's changed files: ${input.files.failure}`);
    if (input.events?.failure)
        warnings.push(`Could not read the public events of ${input.author.login}: ${input.events.failure}`);
    return { signals, verdict: decision.verdict, reason: decision.reason, partial: decision.partial, warnings };
}

;// CONCATENATED MODULE: ./src/writers/apply-label-batches.ts



// Mutations per request: each is one item's labels; GitHub runs them in order and answers each by alias.
const changesPerRequest = 25;
// A backfill's label writes, many items to a GraphQL request. GitHub weighs a REST write at 5 points of its
// 900-a-minute secondary limit and a GraphQL request with mutations at 5 whatever it holds, so 500 items'
// labels cost 100 points instead of 2,500. `labelIds` maps lower-cased names to node ids.
async function applyLabelBatches(client, changes, labelIds, dryRun) {
    const outcomes = new Map();
    const warnings = new Set();
    const outcome = (change, status, detail) => outcomes.set(change.subject, change.writes.map((w) => ({ description: describeWrite(w, change.subject), status, detail })));
    if (dryRun) {
        for (const change of changes)
            outcome(change, 'planned', 'dry run');
        return { outcomes, warnings: [] };
    }
    // A label that could not be created has no id: its items' label writes fail, the others go ahead.
    const known = (w) => (w.kind === 'add-labels' ? w.names : [w.name]).every((n) => labelIds.has(n.toLowerCase()));
    const ready = changes.filter((c) => c.writes.every(known));
    for (const change of changes.filter((c) => !ready.includes(c)))
        outcome(change, 'failed', 'the label does not exist in the repository');
    // One request after another: GitHub asks for mutative requests to be made serially, not concurrently.
    for (let i = 0; i < ready.length; i += changesPerRequest) {
        const batch = ready.slice(i, i + changesPerRequest);
        const { mutation, variables } = buildMutation(batch, labelIds);
        try {
            await client.octokit.graphql(mutation, variables);
            for (const change of batch)
                outcome(change, 'written', '');
        }
        catch (error) {
            const e = error;
            const aliasOf = (x) => (typeof x.path?.[0] === 'string' ? /^[ar](\d+)$/.exec(x.path[0])?.[1] : undefined);
            // Errors that name an alias failed that item only; any other error (rate limit, a refused document)
            // failed the whole request.
            const perItem = e.name === 'GraphqlResponseError' && (e.errors ?? []).every((x) => aliasOf(x) !== undefined);
            for (const [n, change] of batch.entries()) {
                const own = e.errors?.find((x) => aliasOf(x) === String(n));
                if (perItem && !own)
                    outcome(change, 'written', '');
                else if (own?.type === 'FORBIDDEN' || /not accessible by integration/i.test(own?.message ?? e.message)) {
                    outcome(change, 'refused', 'read-only token');
                    warnings.add(readOnlyWarning(change.subject));
                }
                else
                    outcome(change, 'failed', own?.message ?? describeFailure(error));
            }
        }
    }
    return { outcomes, warnings: [...warnings] };
}
function buildMutation(batch, labelIds) {
    const definitions = [];
    const fields = [];
    const variables = {};
    batch.forEach((change, n) => {
        const ids = (names) => names.map((name) => labelIds.get(name.toLowerCase()));
        const add = ids(change.writes.flatMap((w) => (w.kind === 'add-labels' ? w.names : [])));
        const remove = ids(change.writes.flatMap((w) => (w.kind === 'remove-label' ? [w.name] : [])));
        definitions.push(`$i${n}: ID!`);
        variables[`i${n}`] = change.itemId;
        if (add.length > 0) {
            definitions.push(`$a${n}: [ID!]!`);
            variables[`a${n}`] = add;
            fields.push(`  a${n}: addLabelsToLabelable(input: { labelableId: $i${n}, labelIds: $a${n} }) { clientMutationId }`);
        }
        if (remove.length > 0) {
            definitions.push(`$r${n}: [ID!]!`);
            variables[`r${n}`] = remove;
            fields.push(`  r${n}: removeLabelsFromLabelable(input: { labelableId: $i${n}, labelIds: $r${n} }) { clientMutationId }`);
        }
    });
    return { mutation: `mutation Labels(${definitions.join(', ')}) {\n${fields.join('\n')}\n}`, variables };
}

;// CONCATENATED MODULE: ./src/fetch/last-page.ts
// The page number of a REST answer's rel="last" link; null on the last page itself, which has none.
function lastPage(link) {
    const last = /[?&]page=(\d+)>; rel="last"/.exec(link ?? '');
    return last ? Number(last[1]) : null;
}

;// CONCATENATED MODULE: ./src/fetch/rest-list.ts
// A REST list answer as GitHub documents it (an array of objects), or an error that says it was not one, so a
// broken answer is a failed read in the maintainer's words rather than "data.map is not a function".
function restList(data, route) {
    if (!Array.isArray(data) || data.some((entry) => typeof entry !== 'object' || entry === null)) {
        const what = typeof data === 'string' ? (/<html/i.test(data) ? 'an HTML page' : 'text') : Array.isArray(data) ? 'a list of non-objects' : `${typeof data}`;
        throw new Error(`GitHub answered ${route} with ${what}, not the list it documents`);
    }
    return data;
}

;// CONCATENATED MODULE: ./src/fetch/get-pr-files.ts


// GitHub lists at most 3,000 files of a PR; 30 pages of 100.
const pageSize = 100;
const maxPages = 30;
// The changed files of a PR. With the count from the event every page is requested at once; without it
// (an issue_comment's payload has none) page 1's Link header says how many more to read, together.
async function getPrFiles(client, repo, number, changedFiles) {
    const page = (n) => client.octokit.rest.pulls.listFiles({ owner: repo.owner, repo: repo.name, pull_number: number, per_page: pageSize, page: n });
    const pages = changedFiles === null ? null : Math.min(maxPages, Math.max(1, Math.ceil(changedFiles / pageSize)));
    const first = pages === null ? [await page(1)] : [];
    const last = pages ?? Math.min(maxPages, lastPage(first[0]?.headers.link) ?? 1);
    const rest = await Promise.all(Array.from({ length: last - first.length }, (_, i) => page(first.length + i + 1)));
    const route = `GET /repos/${repo.owner}/${repo.name}/pulls/${number}/files`;
    return [...first, ...rest].flatMap((r) => restList(r.data, route).map((f) => ({
        path: String(f.filename),
        previous: typeof f.previous_filename === 'string' ? f.previous_filename : null,
    })));
}

;// CONCATENATED MODULE: ./src/fetch/profile-part.ts

// The aliases of one author's part of a profile query (after its prefix): a failure names the one it came
// from, so a signal can say which read it lacks. Typed, so a misspelled alias does not compile.
const profileAliases = (/* unused pure expression or super */ null && ([
    'User',
    'Prs',
    'Issues',
    'ClosedUnmerged',
    'ClosedMerged',
    'NotPlanned',
    'EarlierPrs',
    'EarlierIssues',
    'HerePrs',
    'HereIssues',
]));
// Where a window's searches end: only an ended window bounds them.
function searchEnd(window) {
    return window.ended ? window.until : undefined;
}
const historyPageSize = 100;
// Searches are counted by GitHub (issueCount), so the ratios hold even where the item list is cut short.
function profilePart(prefix, request, queryWindow, withEmail = true) {
    const { login } = request;
    const window = request.window ?? queryWindow;
    const { since } = window;
    const until = searchEnd(window);
    const searches = {
        Prs: searchQueries.history(login, 'pr', since, until),
        Issues: searchQueries.history(login, 'issue', since, until),
        ClosedUnmerged: searchQueries.closedUnmerged(login, since, until),
        ClosedMerged: searchQueries.closedMerged(login, since, until),
        NotPlanned: searchQueries.notPlanned(login, since, until),
    };
    const firstTime = request.firstTime;
    if (firstTime) {
        const before = new Date(firstTime.before);
        if (firstTime.kind === 'pr') {
            searches.EarlierPrs = searchQueries.mergedHere(firstTime.repo, login, before);
        }
        else {
            searches.EarlierPrs = searchQueries.earlierHere(firstTime.repo, login, 'pr', before);
            searches.EarlierIssues = searchQueries.earlierHere(firstTime.repo, login, 'issue', before);
        }
    }
    if (request.here) {
        searches.HerePrs = searchQueries.here(request.here, login, 'pr');
        searches.HereIssues = searchQueries.here(request.here, login, 'issue');
    }
    const variables = {
        [`${prefix}Login`]: { type: 'String!', value: login },
        [`${prefix}From`]: { type: 'DateTime!', value: window.since.toISOString() },
        [`${prefix}To`]: { type: 'DateTime!', value: window.until.toISOString() },
    };
    for (const [name, query] of Object.entries(searches))
        variables[`${prefix}${name}`] = { type: 'String!', value: query };
    const lists = ['Prs', 'Issues', 'HerePrs', 'HereIssues'];
    const counts = Object.keys(searches)
        .filter((name) => !lists.includes(name))
        .map((name) => `  ${prefix}${name}: search(type: ISSUE, query: $${prefix}${name}, first: 1) { issueCount }`);
    const here = (alias) => `  ${prefix}${alias}: search(type: ISSUE, query: $${prefix}${alias}, first: ${historyPageSize}) {
    issueCount nodes { __typename ... on PullRequest { createdAt mergedAt } ... on Issue { createdAt } }
  }`;
    const selection = [
        `  ${prefix}User: user(login: $${prefix}Login) {
    databaseId login createdAt name company websiteUrl location ${withEmail ? 'email ' : ''}bio twitterUsername
    socialAccounts(first: 1) { totalCount }
    contributionsCollection(from: $${prefix}From, to: $${prefix}To) {
      contributionCalendar { weeks { contributionDays { date contributionCount } } }
    }
  }`,
        `  ${prefix}Prs: search(type: ISSUE, query: $${prefix}Prs, first: ${historyPageSize}) { ${historySelection} }`,
        `  ${prefix}Issues: search(type: ISSUE, query: $${prefix}Issues, first: ${historyPageSize}) { ${historySelection} }`,
        ...counts,
        ...(request.here ? [here('HerePrs'), here('HereIssues')] : []),
    ].join('\n');
    return { variables, selection };
}
const historySelection = `issueCount pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on PullRequest { number title createdAt closedAt merged repository { name owner { login } } }
      ... on Issue { number title createdAt closedAt stateReason repository { name owner { login } } }
    }`;

;// CONCATENATED MODULE: ./src/fetch/read-profile.ts

function readProfile(prefix, request, result, withEmail = true) {
    const failures = [];
    const login = request.login;
    const read = (name, what, valid = () => null) => {
        const alias = `${prefix}${name}`;
        const value = result.data[alias];
        const failure = failureOf(result, alias) ?? (value === null || value === undefined ? 'GitHub returned nothing' : valid(value));
        if (failure !== null) {
            failures.push({ field: name, read: what, reason: failure });
            return null;
        }
        return value;
    };
    const count = (name, what) => read(name, what, (v) => (typeof v.issueCount === 'number' ? null : 'not a search count'))?.issueCount ?? null;
    const user = read('User', `the profile of ${login}`, (v) => (typeof v.createdAt === 'string' ? null : 'not a user'));
    const prs = read('Prs', `the PRs of ${login}`, listed);
    const issues = read('Issues', `the issues of ${login}`, listed);
    const earlierPrs = request.firstTime ? count('EarlierPrs', `the earlier contributions of ${login} here`) : null;
    const earlierIssues = request.firstTime?.kind === 'issue' ? count('EarlierIssues', `the earlier issues of ${login} here`) : 0;
    const herePrs = request.here ? read('HerePrs', `the earlier PRs of ${login} here`, listed) : null;
    const hereIssues = request.here ? read('HereIssues', `the earlier issues of ${login} here`, listed) : null;
    return {
        login,
        user: user && {
            id: user.databaseId,
            name: filled(user.name) ? user.name : null,
            createdAt: user.createdAt,
            fields: {
                name: filled(user.name),
                company: filled(user.company),
                blog: filled(user.websiteUrl),
                location: filled(user.location),
                email: filled(user.email),
                bio: filled(user.bio),
                social: filled(user.twitterUsername) || (user.socialAccounts?.totalCount ?? 0) > 0,
            },
            unread: withEmail ? [] : ['email'],
        },
        calendar: user ? calendarOf(user) : null,
        items: prs && issues ? [...toHistory(prs, login), ...toHistory(issues, login)].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : null,
        itemsTotal: prs && issues ? prs.issueCount + issues.issueCount : null,
        cursors: { pr: cursorOf(prs), issue: cursorOf(issues) },
        closedUnmerged: count('ClosedUnmerged', `the closed PRs of ${login}`),
        closedMerged: count('ClosedMerged', `the merged PRs of ${login}`),
        notPlanned: count('NotPlanned', `the not-planned issues of ${login}`),
        earlierHere: earlierPrs === null || earlierIssues === null ? null : earlierPrs + earlierIssues,
        here: herePrs && hereIssues ? [...hereOf(herePrs, 'pr'), ...hereOf(hereIssues, 'issue')].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) : null,
        failures,
    };
}
// A search list GitHub counted but did not list (a search mixing issues and PRs, or items the token cannot
// see) is unreadable, never an empty history.
function listed(connection) {
    if (typeof connection.issueCount !== 'number' || !Array.isArray(connection.nodes))
        return 'not a search result';
    if (connection.issueCount > 0 && connection.nodes.length === 0)
        return `GitHub counted ${connection.issueCount} but listed none`;
    return null;
}
function cursorOf(connection) {
    return connection?.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
}
// Nodes the token cannot read come back null (or without fields): they are left out, not counted as one
// empty title.
function toHistory(connection, login) {
    const history = [];
    for (const node of connection.nodes) {
        if (!node || (node.__typename !== 'PullRequest' && node.__typename !== 'Issue'))
            continue;
        if (typeof node.title !== 'string' || typeof node.createdAt !== 'string' || !node.repository)
            continue;
        const owner = node.repository.owner.login;
        history.push({
            kind: node.__typename === 'PullRequest' ? 'pr' : 'issue',
            repo: { owner, name: node.repository.name },
            number: node.number ?? 0,
            title: node.title,
            createdAt: node.createdAt,
            closedAt: node.closedAt ?? null,
            merged: node.merged === true,
            stateReason: node.stateReason ?? null,
            external: owner.toLowerCase() !== login.toLowerCase(),
        });
    }
    return history;
}
function hereOf(connection, kind) {
    return connection.nodes.flatMap((n) => (n && typeof n.createdAt === 'string' ? [{ kind, createdAt: n.createdAt, mergedAt: n.mergedAt ?? null }] : []));
}
function calendarOf(user) {
    const weeks = user.contributionsCollection?.contributionCalendar?.weeks;
    if (!Array.isArray(weeks))
        return null;
    return weeks.flatMap((w) => (w.contributionDays ?? []).map((d) => ({ date: d.date, count: d.contributionCount })));
}
function filled(value) {
    return typeof value === 'string' && value.trim().length > 0;
}

;// CONCATENATED MODULE: ./src/fetch/get-history-pages.ts




// More than this many PRs (or issues) in the window is already far past every red threshold.
const maxExtraPages = 4;
// Reads the rest of an author's history when a first page did not hold it: the PRs and the issues each on
// their own cursor, the two lists at the same time. A page that cannot be read makes the history unreadable
// (the signals it feeds are unknown) rather than silently short.
async function getHistoryPages(client, author, since, until) {
    const kinds = ['pr', 'issue'].filter((k) => author.cursors[k] !== null);
    const read = await Promise.all(kinds.map((kind) => readOn(client, author, kind, since, until)));
    const failure = read.find((r) => r.failure !== null)?.failure;
    if (failure) {
        return { ...author, items: null, failures: [...author.failures, { field: 'Prs', read: `the later pages of ${author.login}'s history`, reason: failure }] };
    }
    const items = [...(author.items ?? []), ...read.flatMap((r) => r.items)].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const cursors = { ...author.cursors };
    for (const [i, kind] of kinds.entries())
        cursors[kind] = read[i]?.cursor ?? null;
    return { ...author, items, cursors };
}
async function readOn(client, author, kind, since, until) {
    const query = searchQueries.history(author.login, kind, since, until);
    let cursor = author.cursors[kind];
    const items = [];
    for (let page = 0; cursor && page < maxExtraPages; page++) {
        const result = await runQuery(client, 'HistoryPage', [
            {
                variables: { q: { type: 'String!', value: query }, after: { type: 'String', value: cursor } },
                selection: `  page: search(type: ISSUE, query: $q, first: ${historyPageSize}, after: $after) { ${historySelection} }`,
            },
        ]);
        const connection = result.data.page;
        if (result.failure || !connection || !Array.isArray(connection.nodes))
            return { items, cursor, failure: result.failure ?? 'GitHub returned no page' };
        items.push(...toHistory(connection, author.login));
        cursor = connection.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
    }
    return { items, cursor, failure: null };
}

;// CONCATENATED MODULE: ./src/fetch/get-profiles.ts




// Profiles of one or more authors in one query, with the two ways GitHub refuses a whole answer handled:
// - a token that may not read User.email (a classic token without user:email or read:user, `gh auth token`,
//   has the whole query refused; others have the field refused and the user nulled): asked again without it,
//   the email counted as unread;
// - an author GitHub will not search (suspended, renamed) nulls every search of the query: with several
//   authors, each is asked alone.
// A history longer than one page is then read on, page by page.
async function getProfiles(client, name, requests, window) {
    const ask = (batch, withEmail) => runQuery(client, name, batch.map((r, i) => profilePart(`a${i}`, r, window, withEmail)));
    let withEmail = true;
    let result = await ask(requests, withEmail);
    if (refusedEmail(result)) {
        withEmail = false;
        result = await ask(requests, withEmail);
    }
    let authors;
    if (requests.length > 1 && refusedSearch(result)) {
        authors = await Promise.all(requests.map(async (r) => readProfile('a0', r, await ask([r], withEmail), withEmail)));
    }
    else {
        authors = requests.map((r, i) => readProfile(`a${i}`, r, result, withEmail));
    }
    return Promise.all(authors.map((a, i) => {
        const own = requests[i]?.window ?? window;
        return a.cursors.pr || a.cursors.issue ? getHistoryPages(client, a, own.since, searchEnd(own)) : Promise.resolve(a);
    }));
}
// Refused for the email alone, in either of GitHub's ways: the whole document (a classic token without
// user:email, INSUFFICIENT_SCOPES naming the field) or field by field (FORBIDDEN or another type at a path
// ending in `email`, which nulls the user since the field is non-null).
function refusedEmail(result) {
    return result.errors.some((e) => e.field === 'email' || (e.path === '' && /'email' field/.test(e.message)));
}
function refusedSearch(result) {
    return result.errors.some((e) => e.type === 'INVALID') && Object.keys(result.data).length === 0;
}

;// CONCATENATED MODULE: ./src/fetch/get-public-events.ts


// GitHub serves at most 300 public events (3 pages of 100), from the last 30 days.
const get_public_events_pageSize = 100;
const get_public_events_maxPages = 3;
// Page 1 first; only when it is full and still inside the window are the remaining pages read, together.
async function getPublicEvents(client, login, since) {
    const first = await getPage(client, login, 1);
    const oldest = first.events.at(-1);
    if (first.lastPage <= 1 || !oldest || new Date(oldest.createdAt) < since)
        return first.events;
    const rest = await Promise.all(Array.from({ length: Math.min(first.lastPage, get_public_events_maxPages) - 1 }, (_, i) => getPage(client, login, i + 2)));
    return [first, ...rest].flatMap((page) => page.events);
}
async function getPage(client, login, page) {
    const response = await client.octokit.rest.activity.listPublicEventsForUser({ username: login, per_page: get_public_events_pageSize, page });
    return {
        events: restList(response.data, `GET /users/${login}/events/public`).map((e) => {
            const payload = (e.payload ?? {});
            return {
                id: String(e.id),
                type: e.type ?? 'Event',
                repo: e.repo?.name ?? '',
                createdAt: e.created_at ?? '',
                action: typeof payload.action === 'string' ? payload.action : null,
                body: typeof payload.comment?.body === 'string' ? payload.comment.body : null,
            };
        }),
        lastPage: lastPage(response.headers.link) ?? page,
    };
}

;// CONCATENATED MODULE: ./src/fetch/read-unread-comments.ts


// Pages of the middle of a thread read at most; past that the thread is left incomplete and nothing is
// posted on it (a duplicate comment is worse than a missing one).
const read_unread_comments_maxPages = 10;
// The comments a thread's first read skipped (threads of over 200 comments). Pages follow cursors, so they
// are read in turn; only long threads pay for it.
async function readUnreadComments(client, repo, number, thread, markers) {
    let unread = thread.unreadComments;
    const nodes = [];
    for (let page = 0; unread && page < read_unread_comments_maxPages; page++) {
        const result = await runQuery(client, 'ThreadComments', [
            {
                variables: {
                    owner: { type: 'String!', value: repo.owner },
                    name: { type: 'String!', value: repo.name },
                    number: { type: 'Int!', value: number },
                    after: { type: 'String!', value: unread.after },
                },
                selection: `  repository(owner: $owner, name: $name) {
    item: issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } ${commentFields} } }
      ... on Issue { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } ${commentFields} } }
    }
  }`,
            },
        ]);
        const comments = result.data.repository?.item?.comments;
        if (result.failure || !comments)
            break;
        nodes.push(...comments.nodes);
        const left = unread.count - comments.nodes.length;
        unread = left > 0 && comments.pageInfo.hasNextPage ? { after: comments.pageInfo.endCursor, count: left } : null;
    }
    const found = ownComments(nodes, markers);
    const known = new Set(thread.ownComments.map((c) => c.id));
    return { ...thread, ownComments: [...thread.ownComments, ...found.filter((c) => !known.has(c.id))], unreadComments: unread };
}

;// CONCATENATED MODULE: ./src/modes/backfill/read-backlog.ts








// Authors per profiling query: each brings a user, five searches and up to 200 nodes, far inside GitHub's
// 500,000-node limit, and ten keep one query's answer time close to a single author's.
const authorsPerQuery = 10;
// Items per thread query (labels, 200 comments and 100 files each).
const itemsPerQuery = 25;
// Each distinct author once: profiles in batches, and each author's public events (repeated-comments) beside
// them; all through the client's bound on requests in flight.
async function profileAuthors(client, repo, logins, window, progress) {
    const authors = new Map();
    const events = new Map(logins.map((login) => [login, settle(getPublicEvents(client, login, window.eventsSince))]));
    let done = 0;
    await Promise.all(chunk(logins, authorsPerQuery).map(async (batch) => {
        const profiles = await getProfiles(client, 'Profiles', batch.map((login) => ({ login, here: repo })), window);
        for (const author of profiles) {
            authors.set(author.login, { author, events: (await events.get(author.login)) ?? { value: null, failure: 'not read' } });
        }
        done += batch.length;
        progress(`profiled ${done}/${logins.length} authors`);
    }));
    return authors;
}
async function readThreads(client, repo, subjects, labels) {
    const threads = new Map();
    await Promise.all(chunk(subjects, itemsPerQuery).map(async (batch) => {
        const result = await runQuery(client, 'Threads', [
            threadPart('t', repo, batch.map((s) => s.number), labels, true),
        ]);
        await Promise.all(batch.map(async (subject) => threads.set(subject.number, await completeThread(client, repo, subject, readThread('t', result, allMarkers, subject.number)))));
    }));
    return threads;
}
// What the batched read leaves out: a long thread's middle comments, and the files of a PR of over 100.
async function completeThread(client, repo, subject, read) {
    let thread = read.thread;
    if (!thread)
        return read;
    if (thread.unreadComments)
        thread = await readUnreadComments(client, repo, subject.number, thread, allMarkers);
    if (subject.kind === 'pr' && thread.files === null) {
        const files = await settle(getPrFiles(client, repo, subject.number, subject.size?.changedFiles ?? null));
        thread = { ...thread, files: files.value };
    }
    return { thread, failure: null };
}
function chunk(list, size) {
    return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}
// The node ids of the action's labels, after some were created (for the label mutations).
async function readLabelIds(client, repo, labels) {
    const result = await runQuery(client, 'LabelIds', [threadPart('t', repo, [], labels)]);
    const node = result.data.tRepo;
    return result.failure || !node ? null : readRepoLabels(node);
}

;// CONCATENATED MODULE: ./src/modes/backfill/apply-plans.ts




// Comments one backfill posts at most. GitHub's secondary limits allow about 80 content-creating requests a
// minute and 500 an hour; paced 1 s apart, 100 take under two minutes and leave the hour's room for everyone
// else's notifications. The rest wait for the next run, which plans them again (nothing is posted twice).
const commentsPerRun = 100;
// Which comments go out this run: the first `cap` new comments in the items' order (newest first); the others
// are held back. Updates of a report in place notify nobody and are never held back.
function capComments(plans, cap) {
    let left = cap;
    const send = [];
    const held = [];
    for (const plan of plans) {
        const mine = { send: [], held: [] };
        for (const write of plan.writes) {
            const isNew = write.kind === 'create-comment';
            if (isNew && left === 0)
                mine.held.push(write);
            else {
                if (isNew)
                    left -= 1;
                mine.send.push(write);
            }
        }
        send.push(mine.send);
        held.push(mine.held);
    }
    return { send, held };
}
// Every item that wants a label the repo lacks plans its creation: it is created once for the run, before any
// item's labels are added (GitHub would create it grey otherwise). Then the label writes of all items go as
// batched GraphQL mutations, and the comments item by item (paced by the client).
// The run-wide writes (label creations) come back as `writes`; each item's own go into its row.
async function applyPlans(client, repo, plans, settings, cap = commentsPerRun) {
    const dryRun = settings['dry-run'];
    const writes = [];
    const warnings = [];
    const creates = new Map();
    for (const w of plans.flatMap((p) => p.writes))
        if (w.kind === 'create-label')
            creates.set(w.name.toLowerCase(), w);
    const first = plans[0];
    if (!first)
        return { writes, warnings };
    let labelIds = first.thread.repoLabels;
    if (creates.size > 0) {
        const applied = await applyWrites(client, first.subject, [...creates.values()], dryRun);
        writes.push(...applied.outcomes);
        warnings.push(...applied.warnings);
        // The new labels' ids, for the mutations (a create answered 422 means it existed: its id is read too).
        if (!dryRun)
            labelIds = (await readLabelIds(client, repo, labelNames(settings))) ?? labelIds;
    }
    const isLabelWrite = (w) => w.kind === 'add-labels' || w.kind === 'remove-label';
    const changes = plans
        .filter((p) => p.writes.some(isLabelWrite))
        .map((p) => ({ subject: p.subject, itemId: p.thread.itemId, writes: p.writes.filter(isLabelWrite) }));
    const { send, held } = capComments(plans, dryRun ? Number.POSITIVE_INFINITY : cap);
    const heldCount = held.flat().length;
    if (heldCount > 0) {
        warnings.push(`${heldCount === 1 ? '1 more comment waits' : `${heldCount} more comments wait`} for the next run: a backfill posts at most ${cap} (GitHub allows about 80 a minute and 500 an hour). Run it again to post them.`);
    }
    const [labels] = await Promise.all([
        applyLabelBatches(client, changes, labelIds, dryRun),
        ...plans.map(async ({ subject, item }, n) => {
            const applied = await applyWrites(client, subject, (send[n] ?? []).filter((w) => w.kind !== 'create-label' && !isLabelWrite(w)), dryRun);
            item.writes.push(...applied.outcomes);
            item.writes.push(...(held[n] ?? []).map((w) => ({ description: describeWrite(w, subject), status: 'planned', detail: 'waits for the next run' })));
            warnings.push(...applied.warnings);
        }),
    ]);
    for (const plan of plans)
        plan.item.writes.unshift(...(labels.outcomes.get(plan.subject) ?? []));
    warnings.push(...labels.warnings);
    return { writes, warnings };
}

;// CONCATENATED MODULE: ./src/modes/backfill/list-open-items.ts


const list_open_items_pageSize = 100;
// The repo's open PRs (or issues), newest first, at most `limit`. Pages follow cursors, so they are read in turn.
// A page that cannot be read ends the list there, with the reason: the items before it are still triaged.
async function listOpenItems(client, repo, kind, limit) {
    const field = kind === 'pr' ? 'pullRequests' : 'issues';
    const extra = kind === 'pr' ? 'changedFiles additions deletions' : '';
    const subjects = [];
    let after = null;
    do {
        const result = await runQuery(client, 'OpenItems', [
            {
                variables: {
                    owner: { type: 'String!', value: repo.owner },
                    name: { type: 'String!', value: repo.name },
                    after: { type: 'String', value: after },
                    first: { type: 'Int!', value: Math.min(list_open_items_pageSize, limit - subjects.length) },
                },
                selection: `  repository(owner: $owner, name: $name) {
    list: ${field}(states: OPEN, first: $first, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number title createdAt authorAssociation ${extra} author { __typename login ... on User { databaseId } } }
    }
  }`,
            },
        ]);
        const list = result.data.repository?.list;
        const failure = result.failure ?? result.errors[0]?.message ?? (Array.isArray(list?.nodes) ? null : 'GitHub returned nothing');
        if (failure !== null || !list) {
            const what = `the open ${kind === 'pr' ? 'PRs' : 'issues'} of ${repo.owner}/${repo.name}${subjects.length > 0 ? ` past the first ${subjects.length}` : ''}`;
            return { subjects, failure: `Could not list ${what}: ${failure ?? 'GitHub returned nothing'}` };
        }
        subjects.push(...list.nodes.flatMap((node) => (node ? [toSubject(node, kind, repo)] : [])));
        after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
    } while (after && subjects.length < limit);
    return { subjects, failure: null };
}
function toSubject(node, kind, repo) {
    return {
        repo,
        number: node.number,
        kind,
        // GraphQL gives no author for a deleted account; GitHub shows those as "ghost".
        author: { login: node.author?.login ?? 'ghost', id: node.author?.databaseId ?? null, type: node.author?.__typename ?? 'User' },
        association: (0,types/* toAssociation */.hh)(node.authorAssociation),
        title: node.title,
        createdAt: node.createdAt,
        mergedAt: null,
        size: kind === 'pr' ? { additions: node.additions ?? 0, deletions: node.deletions ?? 0, changedFiles: node.changedFiles ?? 0 } : null,
    };
}

;// CONCATENATED MODULE: ./src/modes/backfill/run-backfill.ts













// Triage every open PR (and issue): list, skip, profile each distinct author once, read the threads in
// batches, then write per item as a single triage would. Every request goes through the client's bound
// of 8 in flight.
async function runBackfill(client, repo, settings, now, view, progress = () => { }) {
    const limit = settings['max-items'];
    const lists = await Promise.all([
        listOpenItems(client, repo, 'pr', limit),
        ...(settings['backfill-issues'] ? [listOpenItems(client, repo, 'issue', limit)] : []),
    ]);
    const listFailures = lists.flatMap((l) => (l.failure ? [l.failure] : []));
    const subjects = lists
        .flatMap((l) => l.subjects)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, limit);
    progress(`${subjects.length} open items`);
    const rows = new Map();
    const toTriage = [];
    for (const subject of subjects) {
        const reason = (0,skip_rules/* getSkipReason */.QH)(subject, settings, false);
        if (reason)
            rows.set(subject.number, row(subject, 'skipped', reason, false, `skipped: ${reason}`));
        else
            toTriage.push(subject);
    }
    const logins = [...new Set(toTriage.map((s) => s.author.login))];
    // Authors whose association hides write access (a private org member): GitHub's permission check, beside
    // the reads, for the skip rules.
    const unconfirmed = [...new Set(toTriage.filter((s) => (0,skip_rules/* worthConfirming */.pr)(s, settings, false)).map((s) => s.author.login))];
    const [authors, threads, access] = await Promise.all([
        profileAuthors(client, repo, logins, readWindow(settings, now), progress),
        readThreads(client, repo, toTriage, labelNames(settings)),
        Promise.all(unconfirmed.map(async (login) => [login, await hasWriteAccess(client, repo, login)])).then((pairs) => new Map(pairs)),
    ]);
    progress(`profiled ${logins.length} authors`);
    let partial = listFailures.length > 0;
    const plans = [];
    // Reads that failed, each reason once with the items it cost (a batch's failure is many items' failure).
    const unread = new Map();
    const readWarnings = new Set();
    const unchecked = [...access].filter(([, a]) => a.failure !== null);
    if (unchecked.length > 0) {
        readWarnings.add(`Could not check whether ${unchecked.map(([login]) => login).join(', ')} ${unchecked.length === 1 ? 'has' : 'have'} write access here (${unchecked[0]?.[1].failure ?? ''}): triaged by association.`);
    }
    for (const subject of toTriage) {
        const writer = access.get(subject.author.login)?.value === true ? (0,skip_rules/* getSkipReason */.QH)({ ...subject, association: 'COLLABORATOR' }, settings, false) : null;
        if (writer) {
            rows.set(subject.number, row(subject, 'skipped', writer, false, `skipped: ${writer}`));
            continue;
        }
        const reads = authors.get(subject.author.login);
        const author = reads?.author;
        const thread = threads.get(subject.number)?.thread;
        if (!author || !thread) {
            const failure = threads.get(subject.number)?.failure ?? 'no profile';
            rows.set(subject.number, row(subject, 'yellow', null, false, `could not be read: ${failure}`));
            unread.set(failure, [...(unread.get(failure) ?? []), subject.number]);
            partial = true;
            continue;
        }
        const files = subject.kind === 'pr'
            ? { files: { list: thread.files, failure: thread.files ? null : "the PR's files could not be read", total: subject.size?.changedFiles ?? null } }
            : {};
        const score = scoreAuthor({ author, events: reads.events, ...files, subject, settings, now, serverUrl: view.serverUrl });
        partial ||= score.partial;
        for (const w of score.warnings)
            readWarnings.add(w);
        const firstTime = isFirstTimeContributor(countEarlierHere(author.here, subject), subject.association);
        const item = row(subject, score.verdict, null, firstTime, score.reason);
        const report = (0,render_summary/* renderReportComment */.C)({ subject, score, firstTime, name: null, activity: null }, view);
        const writes = planTriageWrites({ subject, settings, thread, verdict: score.verdict, firstTime, report });
        plans.push({ subject, item, thread, writes });
        rows.set(subject.number, item);
    }
    for (const [failure, numbers] of unread) {
        readWarnings.add(`Nothing was written on ${numbers.map((n) => `#${n}`).join(', ')}: the item could not be read (${failure})`);
    }
    const archived = plans.find((p) => p.thread.archived);
    if (archived)
        readWarnings.add(archivedWarning(archived.subject));
    const applied = await applyPlans(client, repo, plans, settings);
    const items = subjects.map((s) => rows.get(s.number)).filter((r) => r !== undefined);
    const triaged = items.filter((i) => i.verdict !== 'skipped').length;
    return {
        mode: 'backfill',
        items,
        verdict: (0,compare_verdicts/* worstVerdict */.zP)(items.map((i) => i.verdict)),
        reason: `${triaged} triaged, ${items.length - triaged} skipped`,
        ...(0,results/* outcome */.bu)(partial, [...new Set([...listFailures, ...readWarnings, ...applied.warnings])], [], applied.writes),
    };
}
function row(subject, verdict, skippedReason, firstTime, reason) {
    return {
        number: subject.number,
        kind: subject.kind,
        title: subject.title,
        author: subject.author.login,
        verdict,
        skippedReason,
        firstTime,
        reason,
        writes: [],
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(1178);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/fetch/request-stats.ts
var request_stats = __webpack_require__(2831);
;// CONCATENATED MODULE: ./src/fetch/client.ts


// The proxy-aware fetch the toolkit builds for GITHUB_API_URL: `@actions/github/lib/utils` is the package's
// exported entry for extending its Octokit (its README's plugin example), not an internal path.





// Most requests in flight at once, for the whole run: the fan-out bound (create-pull-request uses 8 too).
const maxConcurrent = 8;
const defaultTiming = { requestTimeoutMs: 15_000, notificationSpacingMs: 1_000, retryBaseMs: 1_000 };
// Tries per request: the first and two retries.
const maxTries = 3;
// Answers that a retry cannot change, and 403/429, which only the throttling plugin retries (for rate limits,
// honouring retry-after); were the retry plugin to retry them too, one request could take nine tries.
const neverRetry = [400, 401, 403, 404, 410, 422, 429, 451];
function createClient(options) {
    const log = options.log ?? ((line) => core/* info */.pq(line));
    const stats = options.stats ?? (0,request_stats/* newRequestStats */.d)();
    const timing = { ...defaultTiming, ...options.timing };
    // The throttling plugin's default groups space writes and GraphQL queries 1 s apart and comments 3 s apart;
    // a triage issues a handful at once, so they share the one concurrency bound (`global`, which every request
    // passes) instead, and secondary limits are handled when GitHub signals them (retry-after). The write and
    // search groups only space their requests, so they are left out (`passThrough`): a Bottleneck that limits
    // nothing still costs each request a few timer turns, and queued a write wave's dispatch one by one.
    // Comments stay paced in a backfill. `global` and `retryLimiter` are honoured by the plugin but not in its
    // type.
    const throttle = {
        global: boundedGroup(maxConcurrent),
        retryLimiter: retryLoop(),
        write: passThrough,
        search: passThrough,
        notifications: options.paceNotifications ? new (light_default()).Group({ maxConcurrent: 1, minTime: timing.notificationSpacingMs }) : passThrough,
        onRateLimit: (retryAfter, request) => {
            // The primary quota resets within the hour; waiting it out would hold the job, so the read fails and
            // its signals become unknown.
            stats.warnings.push(`GitHub's rate limit is exhausted (resets in ${retryAfter} s): ${request.method} ${request.url} was not retried`);
            return false;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
            const again = retryCount < maxTries - 1 && retryAfter <= 60;
            log(`Secondary rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
            return again;
        },
    };
    const innerFetch = utils/* defaults */.NT.request?.fetch ?? fetch;
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl,
        request: { fetch: countingFetch(innerFetch, stats, options.deadline, timing.requestTimeoutMs, options.tokenInput ?? 'github-token') },
        retry: { doNotRetry: neverRetry, retries: maxTries - 1, retryAfterBaseValue: timing.retryBaseMs },
        throttle,
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    // The retry plugin counts a request's tries in `options.request`, which is the defaults' one object for every
    // request of the client: two requests failing at once added up each other's tries, so the second backed off
    // 4 s and 9 s instead of 1 s and 4 s. Each request gets its own copy, before the plugins see it.
    octokit.hook.before('request', (endpoint) => {
        endpoint.request = { ...endpoint.request };
    });
    return { octokit, stats };
}
// Groups as the plugin uses them: it awaits `group.key(id).schedule(options, job, ...args)` for every request.
// One that holds nothing back:
const passThrough = {
    key: () => ({ schedule: async (_options, job) => job() }),
};
// One that lets `limit` jobs run at once and starts the next as one ends, in order, with no timer in between
// (Bottleneck's own takes a few timer turns a job, and a wave's requests left one by one).
function boundedGroup(limit) {
    let running = 0;
    const waiting = [];
    const schedule = async (_options, job, ...args) => {
        if (running >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        else
            running += 1;
        try {
            return await job(...args);
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                running -= 1;
        }
    };
    return { key: () => ({ schedule }) };
}
// What the plugin sends every request through, to retry those GitHub rate-limited once its `failed` handler has
// said when (retry-after). Bottleneck's, even with no limit, passes each request through one submit queue with
// timer turns: a wave's requests left about 3 ms apart, and the first waited as long.
function retryLoop() {
    const onFailed = [];
    const schedule = async (job, ...args) => {
        for (let retryCount = 0;; retryCount++) {
            try {
                return await job(...args);
            }
            catch (error) {
                let waitMs;
                for (const handler of onFailed)
                    waitMs ??= await handler(error, { args, retryCount });
                if (typeof waitMs !== 'number')
                    throw error;
                await new Promise((resolve) => setTimeout(resolve, waitMs));
            }
        }
    };
    const on = (event, handler) => {
        if (event === 'failed')
            onFailed.push(handler);
    };
    return { schedule, on };
}
function countingFetch(inner, stats, deadline, requestTimeoutMs, tokenInput) {
    return async (input, init) => {
        // Not `instanceof Request`: reading that global loads Node's own undici (Octokit passes a string).
        const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
        const method = (init?.method ?? 'GET').toUpperCase();
        const route = `${method} ${url.pathname}`;
        stats.requests += 1;
        if (url.pathname.endsWith('/graphql'))
            stats.graphql += 1;
        else if (method === 'GET' || method === 'HEAD')
            stats.restReads += 1;
        else
            stats.restWrites += 1;
        stats.inFlight += 1;
        stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
        const timeout = AbortSignal.timeout(requestTimeoutMs);
        const signals = [timeout, deadline, ...(init?.signal ? [init.signal] : [])];
        try {
            const response = await inner(input, { ...init, signal: AbortSignal.any(signals) });
            recordRateLimit(stats, response.headers);
            if (response.status === 401)
                stats.refusedToken ??= tokenInput;
            return response;
        }
        catch (error) {
            if (timeout.aborted || deadline.aborted) {
                stats.timedOut.push(route);
                // Octokit passes an AbortError through without wrapping it, so the retry plugin does not retry it:
                // a request that hung once is not given another 15 s.
                const abort = new Error(`${route} got no answer within ${timeout.aborted ? requestTimeoutMs / 1000 + ' s' : "the run's time budget"}`);
                abort.name = 'AbortError';
                throw abort;
            }
            throw error;
        }
        finally {
            stats.inFlight -= 1;
        }
    };
}
function recordRateLimit(stats, headers) {
    const remaining = headers.get('x-ratelimit-remaining');
    const reset = headers.get('x-ratelimit-reset');
    if (remaining === null || reset === null)
        return;
    const resource = headers.get('x-ratelimit-resource') ?? 'core';
    stats.rateLimits[resource] = {
        resource,
        remaining: Number(remaining),
        limit: Number(headers.get('x-ratelimit-limit') ?? 0),
        resetAt: new Date(Number(reset) * 1000).toISOString(),
    };
}

// EXTERNAL MODULE: ./src/modes/backtest/item-outcome.ts
var item_outcome = __webpack_require__(62);
;// CONCATENATED MODULE: ./src/modes/backtest/list-past-items.ts



const list_past_items_pageSize = 100;
// Pages read per kind at most: the newest 1,000 PRs and 1,000 issues since the day.
const list_past_items_maxPages = 10;
// The repo's PRs (or issues) opened since `since`, newest first. The connection has no date filter, so pages
// are read (in turn: they follow cursors) until one reaches past the day. `cut` is true when items since the
// day were left unread.
async function listPastItems(client, repo, kind, since) {
    const field = kind === 'pr' ? 'pullRequests' : 'issues';
    const extra = kind === 'pr' ? 'mergedAt changedFiles additions deletions' : 'stateReason';
    const items = [];
    let after = null;
    for (let page = 0; page < list_past_items_maxPages; page++) {
        const result = await runQuery(client, 'PastItems', [
            {
                variables: {
                    owner: { type: 'String!', value: repo.owner },
                    name: { type: 'String!', value: repo.name },
                    after: { type: 'String', value: after },
                },
                selection: `  repository(owner: $owner, name: $name) {
    list: ${field}(first: ${list_past_items_pageSize}, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
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
    return { subject, outcome: (0,item_outcome/* outcomeOf */.s)({ kind, state: node.state, stateReason: node.stateReason ?? null, labels }) };
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
        getProfiles(client, 'Profiles', requests, requests[0]?.window ?? windowOf(subjects[0], windowDays)),
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
    const result = await runQuery(client, 'PastFiles', [part]);
    const repository = result.data.repository;
    await Promise.all(prs.map(async (subject) => {
        const node = repository?.[`pr${subject.number}`]?.files;
        if (node && node.totalCount <= node.nodes.length && !node.nodes.some((f) => f.changeType === 'RENAMED')) {
            files.set(subject, { list: node.nodes.map((f) => ({ path: f.path, previous: null })), failure: null, total: node.totalCount });
            return;
        }
        if (node) {
            const rest = await settle(getPrFiles(client, subject.repo, subject.number, node.totalCount));
            files.set(subject, { list: rest.value, failure: rest.failure, total: node.totalCount });
            return;
        }
        const failure = failureOf(result, 'repository') ?? `#${subject.number}'s files were not in GitHub's answer`;
        files.set(subject, { list: null, failure, total: subject.size?.changedFiles ?? null });
    }));
    return files;
}

;// CONCATENATED MODULE: ./src/modes/backtest/read-first-times.ts

// A search result's first 100 PRs hold the first merge of all but the busiest authors; an issue only needs
// the author's first item.
const prsRead = 100;
function herePart(prefix, repo, login) {
    const base = `repo:${repo.owner}/${repo.name} author:${login}`;
    return {
        variables: {
            [`${prefix}Prs`]: { type: 'String!', value: `${base} is:pr sort:created-asc` },
            [`${prefix}Issues`]: { type: 'String!', value: `${base} is:issue sort:created-asc` },
        },
        selection: `  ${prefix}Prs: search(type: ISSUE, query: $${prefix}Prs, first: ${prsRead}) { nodes { __typename ... on PullRequest { createdAt mergedAt } } }
  ${prefix}Issues: search(type: ISSUE, query: $${prefix}Issues, first: 1) { nodes { __typename ... on Issue { createdAt } } }`,
    };
}
function readHere(result, prefix) {
    const read = (alias) => {
        const value = result.data[`${prefix}${alias}`];
        if (failureOf(result, `${prefix}${alias}`) !== null || !value)
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
    const ask = (batch) => runQuery(client, 'FirstTimes', batch.map((login, i) => herePart(`f${i}`, repo, login)));
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

// EXTERNAL MODULE: ./src/settings/get-settings.ts + 1 modules
var get_settings = __webpack_require__(9209);
;// CONCATENATED MODULE: ./src/modes/backtest/threshold-edges.ts

// The threshold inputs (those parsed as a band), with the signal each one sets.
const thresholdInputs = Object.keys(get_settings/* inputSpecs */.Tx).flatMap((input) => {
    const parse = get_settings/* inputSpecs */.Tx[input].parse;
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

;// CONCATENATED MODULE: ./src/modes/backtest/run-backtest.ts












// Signals a backtest cannot judge as of the past, left out of every verdict as ignored signals are:
// repeated-comments counts public events, and GitHub keeps 30 days of them.
const notJudgedInBacktest = ['repeated-comments'];
const leftOutSignals = types/* signalIds */.xO.filter((id) => notJudgedInBacktest.includes(id));
// Authors per first-time query (two searches each), and items per as-of read (a profile query of that many
// authors, and one query for their PRs' files).
const run_backtest_authorsPerQuery = 20;
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
            warnings.push(`Only the newest ${list_past_items_maxPages * 100} ${kind} since ${day} were read; older ones are not replayed.`);
    }
    const all = [...prs.items, ...issues.items].sort((a, b) => b.subject.createdAt.localeCompare(a.subject.createdAt));
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
    return scoreAuthor({
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
        const wanted = Math.min(maxConcurrent * run_backtest_authorsPerQuery, Math.max(run_backtest_authorsPerQuery, limit - items.length));
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
        const batches = run_backtest_chunk(logins, run_backtest_authorsPerQuery).map((batch) => () => guard.run(2, () => readFirstTimes(client, repo, batch)));
        const round = await runBounded(batches, maxConcurrent, () => guard.refusal(2));
        for (const read of round.results)
            for (const [login, list] of read ?? [])
                here.set(login, list);
        if (round.stopped)
            return { items, notFirstTime, authors: here.size, stopped: round.stopped };
        for (const past of candidates.slice(next, end)) {
            if (items.length === limit)
                break;
            const list = here.get(past.subject.author.login) ?? null;
            if (isFirstTimeContributor(countEarlierHere(list, past.subject), past.subject.association))
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
    const batches = run_backtest_chunk(picked, itemsPerRead);
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
    const run = await runBounded(tasks, maxConcurrent / 2, () => limited ?? guard.refusal(2));
    return { items: run.results.flatMap((r) => r ?? []), stopped: run.stopped ?? limited };
}
function run_backtest_chunk(list, size) {
    return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

;// CONCATENATED MODULE: ./src/fetch/read-subject.ts







// The GraphQL reads (profile, history counts, first-time check; labels and our comments) go out at the same
// moment as the REST reads it cannot replace (public events, the PR's files). Only a history longer than one
// page waits for a second round trip, because search pages follow cursors.
async function readSubject(client, subject, options) {
    const { window, eventsSince, labels, markers, postMerge } = options;
    const login = subject.author.login;
    const request = {
        login,
        firstTime: { repo: subject.repo, kind: subject.kind, before: (postMerge ? subject.mergedAt : null) ?? subject.createdAt },
    };
    // Two queries, sent together: GitHub nulls a whole answer when one search in it is refused (an author it
    // cannot search), and the thread must stay readable for the writes whatever happens to the profile.
    const profile = getProfiles(client, 'Profile', [request], window);
    const threadQuery = runQuery(client, 'Thread', [threadPart('t', subject.repo, [subject.number], labels)]);
    const events = settle(getPublicEvents(client, login, eventsSince));
    // After a merge the PR's files no longer need a look.
    const total = subject.size?.changedFiles ?? null;
    const files = subject.kind === 'pr' && !postMerge ? settle(getPrFiles(client, subject.repo, subject.number, total)) : null;
    const author = (await profile)[0];
    const read = readThread('t', await threadQuery, markers, subject.number);
    const threadFailure = read.failure;
    const thread = read.thread?.unreadComments ? await readUnreadComments(client, subject.repo, subject.number, read.thread, markers) : read.thread;
    const fileList = await files;
    return {
        author,
        thread,
        threadFailure,
        ...(fileList ? { files: { list: fileList.value, failure: fileList.failure, total } } : {}),
        events: await events,
    };
}

;// CONCATENATED MODULE: ./src/modes/confirm-access.ts


// Webhooks show a private org member or a team member as CONTRIBUTOR or NONE; the contract counts write access
// or above as COLLABORATOR, for the skip rules and for `/triage`. The author's check goes out with the mode's
// first reads (no extra round trip), and only when its answer could change the skip decision.
async function confirmAuthor(client, subject, settings, postMerge) {
    if (!(0,skip_rules/* worthConfirming */.pr)(subject, settings, postMerge))
        return { skip: null, warnings: [] };
    const login = subject.author.login;
    const author = await hasWriteAccess(client, subject.repo, login);
    if (author.failure) {
        return { skip: null, warnings: [`Could not check whether ${login} has write access here (${author.failure}): triaged as ${subject.association}.`] };
    }
    return { skip: author.value ? (0,skip_rules/* getSkipReason */.QH)({ ...subject, association: 'COLLABORATOR' }, settings, postMerge) : null, warnings: [] };
}
// A /triage from a login whose association shows no write access is confirmed before anything else is read:
// anyone can comment, and a drive-by `/triage` must cost one request, not a triage's worth of the quota.
async function confirmCommenter(client, subject, commenter) {
    const asker = await hasWriteAccess(client, subject.repo, commenter);
    if (asker.value === true)
        return { skip: null, warnings: [] };
    return {
        skip: 'not-a-maintainer',
        warnings: asker.failure ? [`Could not confirm that ${commenter} may ask for /triage (${asker.failure}): not re-triaged.`] : [],
    };
}

;// CONCATENATED MODULE: ./src/modes/post-merge.ts










// After a merge: thank a first-time contributor once, and invite them to the org on evidence. Does not triage:
// the verdict is computed only to decide the invitation.
async function postMerge(client, orgClient, subject, settings, now, serverUrl) {
    const org = subject.repo.owner;
    const login = subject.author.login;
    const window = readWindow(settings, now);
    // The org checks need only the payload's login, so they go out with the profile read.
    const [data, membership, access] = await Promise.all([
        readSubject(client, subject, { window, eventsSince: window.eventsSince, labels: labelNames(settings), markers: allMarkers, postMerge: true }),
        orgClient && settings['invite-to-org'] ? settle(getOrgStanding(orgClient, org, login)) : Promise.resolve(null),
        confirmAuthor(client, subject, settings, true),
    ]);
    if (access.skip)
        return (0,results/* skipped */.hT)(access.skip, subject, access.warnings);
    const score = scoreAuthor({ author: data.author, events: data.events, subject, settings, now, serverUrl });
    const warnings = [...access.warnings, ...score.warnings];
    const notes = [];
    const firstTime = isFirstTimeContributor(data.author.earlierHere, subject.association);
    const result = { mode: 'post-merge', subject, firstTime, ...(0,results/* outcome */.bu)(warnings.length > 0, warnings, notes) };
    if (!data.thread) {
        warnings.push(`Nothing was written: the PR's comments could not be read (${data.threadFailure ?? 'unknown'})`);
        return result;
    }
    if (data.thread.archived) {
        warnings.push(archivedWarning(subject));
        return result;
    }
    if (!firstTime) {
        notes.push(data.author.earlierHere === null
            ? 'Could not tell whether this was a first contribution: nothing sent.'
            : `${login} had merged PRs here before: nothing to send.`);
        return result;
    }
    const writes = [];
    const alreadyThanked = data.thread.ownComments.some((c) => kindOf(c.body) === 'merged');
    if (settings['merged-message'] !== '' && !alreadyThanked) {
        writes.push({ kind: 'create-comment', comment: 'merged', body: withMarker('merged', fillTemplate(settings['merged-message'], subject)) });
    }
    if (settings['invite-to-org']) {
        const inviteeId = data.author.user?.id ?? subject.author.id;
        if (data.thread.ownerType !== 'Organization') {
            warnings.push(`${subject.repo.owner}/${subject.repo.name} belongs to a user, not an organization: no invitation.`);
        }
        else if (score.verdict === 'red') {
            notes.push(`Not invited to ${org}: the verdict at merge time is red (${score.reason}).`);
        }
        else if (!membership || membership.failure || !membership.value) {
            warnings.push(`Could not check ${login}'s standing in ${org} (${membership?.failure ?? 'no org token'}): no invitation. The org-token needs the admin:org scope (or an app with organization members: write).`);
        }
        else if (membership.value !== 'outsider') {
            notes.push(`Not invited to ${org}: ${login} is ${membership.value === 'member' ? 'already a member' : 'already invited'}.`);
        }
        else if (inviteeId === null) {
            warnings.push(`Not invited to ${org}: the user id of ${login} is unknown.`);
        }
        else {
            notes.push(`Invited ${login} to ${org}: first merged PR, verdict at merge time ${score.verdict}.`);
            writes.push({ kind: 'invite', org, login, inviteeId });
        }
    }
    const applied = await applyWrites(client, subject, writes, settings['dry-run'], orgClient ?? undefined);
    result.writes.push(...applied.outcomes);
    warnings.push(...applied.warnings.map((w) => (/invite/.test(w) ? `${w}. The org-token needs the admin:org scope.` : w)));
    return result;
}
// member, invited (a pending invitation) or outsider; both reads at once.
async function getOrgStanding(orgClient, org, login) {
    const [member, invitations] = await Promise.all([
        orgClient.octokit.rest.orgs.checkMembershipForUser({ org, username: login }).then(() => true, (error) => {
            if (error.status === 404 || error.status === 302)
                return false;
            throw error;
        }),
        orgClient.octokit.paginate(orgClient.octokit.rest.orgs.listPendingInvitations, { org, per_page: 100 }),
    ]);
    if (member)
        return 'member';
    return invitations.some((i) => i.login?.toLowerCase() === login.toLowerCase()) ? 'invited' : 'outsider';
}

// EXTERNAL MODULE: ./src/inspect/summarize-activity.ts
var summarize_activity = __webpack_require__(7527);
;// CONCATENATED MODULE: ./src/modes/triage.ts











// Reads → score → writes, for one PR or issue.
// `commenter`: the login of a /triage whose write access GitHub must confirm first.
async function triage(client, subject, settings, now, view, commenter = null) {
    const asker = commenter ? await confirmCommenter(client, subject, commenter) : null;
    if (asker?.skip)
        return (0,results/* skipped */.hT)(asker.skip, subject, asker.warnings);
    const window = readWindow(settings, now);
    const [data, access] = await Promise.all([
        readSubject(client, subject, {
            window,
            eventsSince: window.eventsSince,
            labels: labelNames(settings),
            markers: allMarkers,
            postMerge: false,
        }),
        confirmAuthor(client, subject, settings, false),
    ]);
    if (access.skip)
        return (0,results/* skipped */.hT)(access.skip, subject, access.warnings);
    const score = scoreAuthor({
        author: data.author,
        events: data.events,
        ...(data.files ? { files: data.files } : {}),
        subject,
        settings,
        now,
        serverUrl: view.serverUrl,
    });
    const warnings = [...access.warnings, ...score.warnings];
    const firstTime = isFirstTimeContributor(data.author.earlierHere, subject.association);
    const name = data.author.user?.name ?? null;
    const thread = data.thread;
    if (thread?.unreadComments) {
        warnings.push(`No comment was posted: ${thread.unreadComments.count} comments of this very long thread could not be read, and one of them may already be the action's`);
    }
    const activity = (0,summarize_activity/* summarizeActivity */.D)(data.author.calendar, data.events.value, window);
    const applying = thread
        ? applyWrites(client, subject, planTriageWrites({
            subject,
            settings,
            thread,
            verdict: score.verdict,
            firstTime,
            report: (0,render_summary/* renderReportComment */.C)({ subject, score, firstTime, name, activity }, view),
        }), settings['dry-run'])
        : null;
    // partial is about reads: a write the token was refused warns, but the verdict's data is whole.
    const partial = score.partial || warnings.length > 0 || applying === null;
    const result = { mode: 'triage', subject, score, firstTime, name, activity, ...(0,results/* outcome */.bu)(partial, warnings) };
    // Not a read that failed: after partial is decided.
    if (thread?.archived)
        warnings.push(archivedWarning(subject));
    if (applying) {
        const applied = await applying;
        result.writes.push(...applied.outcomes);
        warnings.push(...applied.warnings);
    }
    else {
        // Without the labels and comments already there, a write could duplicate a comment: none is made.
        warnings.push(`Nothing was written: the PR or issue's labels and comments could not be read (${data.threadFailure ?? 'unknown'})`);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/modes/profile.ts







// Profiles one account with no PR or issue at hand (the CLI's `profile <login>`): the same reads and score as
// a triage, without the repo's side and without writes.
async function profileLogin(client, login, settings, now, serverUrl) {
    const window = readWindow(settings, now);
    const [profiles, events] = await Promise.all([
        getProfiles(client, 'Profile', [{ login }], window),
        settle(getPublicEvents(client, login, window.eventsSince)),
    ]);
    const author = profiles[0];
    const score = scoreAuthor({ author, events, settings, now, serverUrl });
    const warnings = [...score.warnings];
    return {
        mode: 'profile',
        login,
        score,
        name: author.user?.name ?? null,
        activity: (0,summarize_activity/* summarizeActivity */.D)(author.calendar, events.value, window),
        ...(0,results/* outcome */.bu)(score.partial || warnings.length > 0, warnings),
    };
}

;// CONCATENATED MODULE: ./src/modes/load-modes.ts
// The modes and the client, loaded only once a run knows it will make a request (a dynamic import of this
// file): a skipped event never pays for parsing Octokit (about 100 ms of a 1.4 MB bundle).








/***/ })

};
