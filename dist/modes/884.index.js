export const id = 884;
export const ids = [884];
export const modules = {

/***/ 1884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBackfill: () => (/* binding */ runBackfill)
});

// EXTERNAL MODULE: ./src/event/skip-rules.ts
var skip_rules = __webpack_require__(9071);
// EXTERNAL MODULE: ./src/fetch/get-permission.ts
var get_permission = __webpack_require__(6726);
// EXTERNAL MODULE: ./src/signals/first-time.ts
var first_time = __webpack_require__(8069);
// EXTERNAL MODULE: ./src/summary/render-summary.ts + 1 modules
var render_summary = __webpack_require__(1373);
// EXTERNAL MODULE: ./src/verdict/compare-verdicts.ts
var compare_verdicts = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/writers/apply-writes.ts
var apply_writes = __webpack_require__(2321);
// EXTERNAL MODULE: ./src/writers/label-names.ts
var label_names = __webpack_require__(1747);
// EXTERNAL MODULE: ./src/writers/plan-writes.ts
var plan_writes = __webpack_require__(2842);
// EXTERNAL MODULE: ./src/modes/results.ts
var results = __webpack_require__(754);
// EXTERNAL MODULE: ./src/modes/read-window.ts
var read_window = __webpack_require__(2379);
// EXTERNAL MODULE: ./src/modes/score-author.ts + 9 modules
var score_author = __webpack_require__(5388);
// EXTERNAL MODULE: ./src/fetch/graphql-query.ts
var graphql_query = __webpack_require__(4904);
;// CONCATENATED MODULE: ./src/writers/apply-label-batches.ts



// Mutations per request: each is one item's labels; GitHub runs them in order and answers each by alias.
const changesPerRequest = 25;
// A backfill's label writes, many items to a GraphQL request. GitHub weighs a REST write at 5 points of its
// 900-a-minute secondary limit and a GraphQL request with mutations at 5 whatever it holds, so 500 items'
// labels cost 100 points instead of 2,500. `labelIds` maps lower-cased names to node ids.
async function applyLabelBatches(client, changes, labelIds, dryRun) {
    const outcomes = new Map();
    const warnings = new Set();
    const outcome = (change, status, detail) => outcomes.set(change.subject, change.writes.map((w) => ({ description: (0,plan_writes/* describeWrite */.dd)(w, change.subject), status, detail })));
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
                    warnings.add((0,apply_writes/* readOnlyWarning */.n5)(change.subject));
                }
                else
                    outcome(change, 'failed', own?.message ?? (0,graphql_query/* describeFailure */.Ic)(error));
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

// EXTERNAL MODULE: ./src/fetch/get-pr-files.ts
var get_pr_files = __webpack_require__(6165);
// EXTERNAL MODULE: ./src/fetch/get-profiles.ts + 2 modules
var get_profiles = __webpack_require__(77);
;// CONCATENATED MODULE: ./src/fetch/count-nodes.ts
// GitHub's count of the nodes a query may return ("Node limit", in its GraphQL docs): each connection asked
// for with `first` or `last` N contributes N times the product of the Ns of the connections it sits in. The
// sum is capped at 500,000; below that it says how heavy a query is, which is what a batch is sized by.
// Counted on the query's text: the action's own queries give every page size as a literal, and a selection
// without `first`/`last` (a user, a repository, a fragment) multiplies by 1. Both fragments of a union are
// counted, as GitHub's static count does.
const nodeLimit = 500_000;
function countNodes(query) {
    const scopes = [1];
    let total = 0;
    let pending = null; // the page size of the field whose selection opens next
    let i = 0;
    while (i < query.length) {
        const ch = query[i];
        if (ch === '(') {
            const close = query.indexOf(')', i);
            const args = query.slice(i + 1, close === -1 ? query.length : close);
            const size = /\b(?:first|last)\s*:\s*(\d+)/.exec(args);
            pending = size ? Number(size[1]) : null;
            i = close === -1 ? query.length : close + 1;
            continue;
        }
        if (ch === '{') {
            const enclosing = scopes.at(-1) ?? 1;
            if (pending !== null)
                total += pending * enclosing;
            scopes.push(enclosing * (pending ?? 1));
            pending = null;
        }
        else if (ch === '}') {
            scopes.pop();
            pending = null;
        }
        else if (/[A-Za-z_]/.test(ch) && pending !== null) {
            // A field after the arguments and before any selection: the arguments were a scalar's (label(name:)).
            pending = null;
        }
        i += 1;
    }
    return total;
}
// Queries are sized to this many nodes: a hundredth of GitHub's limit. The limit bounds what a query may ask,
// not how long GitHub takes to answer it, and GitHub documents no time per node; this budget keeps a batch's
// answer close to a single unit's. A batch that still times out is asked again in halves (runInHalves).
const nodeBudget = 5_000;
// How many units (an author's profile, an item's thread) go in one query: as many as the budget holds, at
// least one, and never more than `most`.
function unitsPerQuery(unitQuery, most) {
    const nodes = countNodes(unitQuery);
    return Math.max(1, Math.min(most, Math.floor(nodeBudget / Math.max(1, nodes))));
}

// EXTERNAL MODULE: ./src/fetch/get-public-events.ts
var get_public_events = __webpack_require__(5436);
// EXTERNAL MODULE: ./src/fetch/profile-part.ts
var profile_part = __webpack_require__(6543);
// EXTERNAL MODULE: ./src/fetch/settle.ts
var settle = __webpack_require__(9773);
// EXTERNAL MODULE: ./src/fetch/read-unread-comments.ts
var read_unread_comments = __webpack_require__(6083);
// EXTERNAL MODULE: ./src/fetch/thread-part.ts
var thread_part = __webpack_require__(9234);
// EXTERNAL MODULE: ./src/writers/markers.ts + 1 modules
var markers = __webpack_require__(1597);
;// CONCATENATED MODULE: ./src/modes/backfill/read-backlog.ts










// Authors per profiling query and items per thread query: as many as GitHub's node count of one puts inside
// the node budget (count-nodes.ts), for an author with every search a backfill asks and a PR with its files.
// Counted on a backfill's first use, not at load: every triage loads this module, and the count's first run
// (building and scanning two queries, cold) cost it about 5 ms before its first request.
const sample = { login: 'sample', here: { owner: 'o', name: 'r' } };
let batchSizes;
function perQuery() {
    batchSizes ??= {
        authors: unitsPerQuery((0,graphql_query/* composeQuery */.tO)('Profiles', [(0,profile_part/* profilePart */.L4)('a0', sample, { since: new Date(0), until: new Date(0) })]).query, 25),
        items: unitsPerQuery((0,graphql_query/* composeQuery */.tO)('Threads', [(0,thread_part/* threadPart */.qK)('t', sample.here, [{ number: 1, kind: 'pr' }], [], true)]).query, 25),
    };
    return batchSizes;
}
// Each distinct author once: profiles in batches, and each author's public events (repeated-comments) beside
// them; all through the client's bound on requests in flight.
async function profileAuthors(client, repo, logins, window, progress) {
    const authors = new Map();
    const events = new Map(logins.map((login) => [login, (0,settle/* settle */.G)((0,get_public_events/* getPublicEvents */.t)(client, login, window.eventsSince))]));
    let done = 0;
    await Promise.all(chunk(logins, perQuery().authors).map(async (batch) => {
        const profiles = await (0,get_profiles/* getProfiles */.r)(client, 'Profiles', batch.map((login) => ({ login, here: repo })), window);
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
    const readBatch = async (batch, options) => {
        const result = await (0,graphql_query/* runQuery */.GB)(client, 'Threads', [(0,thread_part/* threadPart */.qK)('t', repo, batch, labels, true)], options);
        return { timedOut: result.timedOut, values: batch.map((subject) => ({ subject, read: (0,thread_part/* readThread */.nj)('t', result, markers/* allMarkers */.Zt, subject.number) })) };
    };
    await Promise.all(chunk(subjects, perQuery().items).map(async (batch) => {
        const reads = await (0,graphql_query/* runInHalves */.q)(batch, readBatch);
        await Promise.all(reads.map(async ({ subject, read }) => threads.set(subject.number, await completeThread(client, repo, subject, read))));
    }));
    return threads;
}
// What the batched read leaves out: a long thread's middle comments, and the files of a PR of over 100.
async function completeThread(client, repo, subject, read) {
    let thread = read.thread;
    if (!thread)
        return read;
    if (thread.unreadComments)
        thread = await (0,read_unread_comments/* readUnreadComments */.M)(client, repo, subject.number, thread, markers/* allMarkers */.Zt);
    if (subject.kind === 'pr' && thread.files === null) {
        const files = await (0,settle/* settle */.G)((0,get_pr_files/* getPrFiles */.g)(client, repo, subject.number, subject.size?.changedFiles ?? null));
        thread = { ...thread, files: files.value };
    }
    return { thread, failure: null };
}
function chunk(list, size) {
    return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}
// The node ids of the action's labels, after some were created (for the label mutations).
async function readLabelIds(client, repo, labels) {
    const result = await (0,graphql_query/* runQuery */.GB)(client, 'LabelIds', [(0,thread_part/* threadPart */.qK)('t', repo, [], labels)]);
    const node = result.data.tRepo;
    return result.failure || !node ? null : (0,thread_part/* readRepoLabels */.O1)(node);
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
        const applied = await (0,apply_writes/* applyWrites */.rg)(client, first.subject, [...creates.values()], dryRun);
        writes.push(...applied.outcomes);
        warnings.push(...applied.warnings);
        // The new labels' ids, for the mutations (a create answered 422 means it existed: its id is read too).
        if (!dryRun)
            labelIds = (await readLabelIds(client, repo, (0,label_names/* labelNames */.l)(settings))) ?? labelIds;
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
            const applied = await (0,apply_writes/* applyWrites */.rg)(client, subject, (send[n] ?? []).filter((w) => w.kind !== 'create-label' && !isLabelWrite(w)), dryRun);
            item.writes.push(...applied.outcomes);
            item.writes.push(...(held[n] ?? []).map((w) => ({ description: (0,plan_writes/* describeWrite */.dd)(w, subject), status: 'planned', detail: 'waits for the next run' })));
            warnings.push(...applied.warnings);
        }),
    ]);
    for (const plan of plans)
        plan.item.writes.unshift(...(labels.outcomes.get(plan.subject) ?? []));
    warnings.push(...labels.warnings);
    return { writes, warnings };
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/modes/backfill/list-open-items.ts


const pageSize = 100;
// The repo's open PRs (or issues), newest first, at most `limit`. Pages follow cursors, so they are read in turn.
// A page that cannot be read ends the list there, with the reason: the items before it are still triaged.
async function listOpenItems(client, repo, kind, limit) {
    const field = kind === 'pr' ? 'pullRequests' : 'issues';
    const extra = kind === 'pr' ? 'changedFiles additions deletions' : '';
    const subjects = [];
    let after = null;
    do {
        const result = await (0,graphql_query/* runQuery */.GB)(client, 'OpenItems', [
            {
                variables: {
                    owner: { type: 'String!', value: repo.owner },
                    name: { type: 'String!', value: repo.name },
                    after: { type: 'String', value: after },
                    first: { type: 'Int!', value: Math.min(pageSize, limit - subjects.length) },
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

// EXTERNAL MODULE: ./src/text/by-time.ts
var by_time = __webpack_require__(7837);
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
        .sort((a, b) => (0,by_time/* byTime */.X)(b.createdAt, a.createdAt))
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
        profileAuthors(client, repo, logins, (0,read_window/* readWindow */.t)(settings, now), progress),
        readThreads(client, repo, toTriage, (0,label_names/* labelNames */.l)(settings)),
        Promise.all(unconfirmed.map(async (login) => [login, await (0,get_permission/* hasWriteAccess */.s)(client, repo, login)])).then((pairs) => new Map(pairs)),
    ]);
    progress(`profiled ${logins.length} authors`);
    let partial = listFailures.length > 0;
    const plans = [];
    // Reads that failed, each reason once with the items it cost (a batch's failure is many items' failure).
    const unread = new Map();
    const readWarnings = new Set();
    // Items whose labels did not all fit under GitHub's limit.
    const writeWarnings = [];
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
        const score = (0,score_author/* scoreAuthor */.O)({ author, events: reads.events, ...files, subject, settings, now, serverUrl: view.serverUrl });
        partial ||= score.partial;
        for (const w of score.warnings)
            readWarnings.add(w);
        const firstTime = (0,first_time/* isFirstTimeContributor */.p)((0,first_time/* countEarlierHere */._)(author.here, subject), subject.association);
        const item = row(subject, score.verdict, null, firstTime, score.reason);
        const report = (0,render_summary/* renderReportComment */.C)({ subject, score, firstTime, name: null, activity: null }, view);
        const writes = (0,plan_writes/* planTriageWrites */._t)({ subject, settings, thread, verdict: score.verdict, firstTime, report });
        const overLimit = (0,plan_writes/* labelLimitWarning */.So)({ subject, settings, thread, verdict: score.verdict, firstTime });
        if (overLimit)
            writeWarnings.push(overLimit);
        plans.push({ subject, item, thread, writes });
        rows.set(subject.number, item);
    }
    for (const [failure, numbers] of unread) {
        readWarnings.add(`Nothing was written on ${numbers.map((n) => `#${n}`).join(', ')}: the item could not be read (${failure})`);
    }
    const archived = plans.find((p) => p.thread.archived);
    if (archived)
        readWarnings.add((0,apply_writes/* archivedWarning */.RU)(archived.subject));
    const applied = await applyPlans(client, repo, plans, settings);
    const items = subjects.map((s) => rows.get(s.number)).filter((r) => r !== undefined);
    const triaged = items.filter((i) => i.verdict !== 'skipped').length;
    return {
        mode: 'backfill',
        items,
        verdict: (0,compare_verdicts/* worstVerdict */.zP)(items.map((i) => i.verdict)),
        reason: `${triaged} triaged, ${items.length - triaged} skipped`,
        ...(0,results/* outcome */.bu)(partial, [...new Set([...listFailures, ...readWarnings, ...writeWarnings, ...applied.warnings])], [], applied.writes),
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


/***/ })

};
