export const id = 685;
export const ids = [685];
export const modules = {

/***/ 7685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postMerge: () => (/* binding */ postMerge)
/* harmony export */ });
/* harmony import */ var _fetch_read_subject_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6435);
/* harmony import */ var _fetch_settle_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9773);
/* harmony import */ var _fetch_rest_list_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2009);
/* harmony import */ var _signals_first_time_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8069);
/* harmony import */ var _writers_apply_writes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2321);
/* harmony import */ var _writers_markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1597);
/* harmony import */ var _writers_label_names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1747);
/* harmony import */ var _writers_plan_writes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2842);
/* harmony import */ var _read_window_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2379);
/* harmony import */ var _confirm_access_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6787);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(754);
/* harmony import */ var _score_author_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5388);












// After a merge: thank a first-time contributor once, and invite them to the org on evidence. Does not triage:
// the verdict is computed only to decide the invitation.
async function postMerge(client, orgClient, subject, settings, now, serverUrl) {
    const org = subject.repo.owner;
    const login = subject.author.login;
    const window = (0,_read_window_js__WEBPACK_IMPORTED_MODULE_7__/* .readWindow */ .t)(settings, now);
    // The org checks need only the payload's login, so they go out with the profile read.
    const [data, membership, access] = await Promise.all([
        (0,_fetch_read_subject_js__WEBPACK_IMPORTED_MODULE_0__/* .readSubject */ .$)(client, subject, { window, eventsSince: window.eventsSince, labels: (0,_writers_label_names_js__WEBPACK_IMPORTED_MODULE_8__/* .labelNames */ .l)(settings), markers: _writers_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .allMarkers */ .Zt, postMerge: true }),
        orgClient && settings['invite-to-org'] ? (0,_fetch_settle_js__WEBPACK_IMPORTED_MODULE_9__/* .settle */ .G)(getOrgStanding(orgClient, org, login)) : Promise.resolve(null),
        (0,_confirm_access_js__WEBPACK_IMPORTED_MODULE_4__/* .confirmAuthor */ .q)(client, subject, settings, true),
    ]);
    if (access.skip)
        return (0,_results_js__WEBPACK_IMPORTED_MODULE_5__/* .skipped */ .hT)(access.skip, subject, access.warnings);
    const score = (0,_score_author_js__WEBPACK_IMPORTED_MODULE_6__/* .scoreAuthor */ .O)({ author: data.author, events: data.events, subject, settings, now, serverUrl });
    const warnings = [...access.warnings, ...score.warnings];
    const notes = [];
    const firstTime = (0,_signals_first_time_js__WEBPACK_IMPORTED_MODULE_10__/* .isFirstTimeContributor */ .p)(data.author.earlierHere, subject.association);
    const result = { mode: 'post-merge', subject, firstTime, ...(0,_results_js__WEBPACK_IMPORTED_MODULE_5__/* .outcome */ .bu)(warnings.length > 0, warnings, notes) };
    if (!data.thread) {
        warnings.push(`Nothing was written: the PR's comments could not be read (${data.threadFailure ?? 'unknown'})`);
        return result;
    }
    if (data.thread.archived) {
        warnings.push((0,_writers_apply_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .archivedWarning */ .RU)(subject));
        return result;
    }
    if (!firstTime) {
        notes.push(data.author.earlierHere === null
            ? 'Could not tell whether this was a first contribution: nothing sent.'
            : `${login} had merged PRs here before: nothing to send.`);
        return result;
    }
    const writes = [];
    const alreadyThanked = data.thread.ownComments.some((c) => (0,_writers_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .kindOf */ .I)(c.body) === 'merged');
    if (settings['merged-message'] !== '' && !alreadyThanked) {
        writes.push({ kind: 'create-comment', comment: 'merged', body: (0,_writers_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .withMarker */ .Pe)('merged', (0,_writers_plan_writes_js__WEBPACK_IMPORTED_MODULE_3__/* .fillTemplate */ .ou)(settings['merged-message'], subject)) });
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
        else if (membership.value === 'unseen') {
            warnings.push(`Not invited to ${org}: the org-token's user is not a member of ${org} (GitHub answered its membership check with a redirect, 302), so it can neither see ${org}'s members nor invite. Set org-token to a token of an owner of ${org}, with the admin:org scope.`);
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
    const applied = await (0,_writers_apply_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .applyWrites */ .rg)(client, subject, writes, settings['dry-run'], orgClient ?? undefined);
    result.writes.push(...applied.outcomes);
    warnings.push(...applied.warnings.map((w) => (/invite/.test(w) ? `${w}. The org-token needs the admin:org scope.` : w)));
    return result;
}
// member, invited (a pending invitation) or outsider; both reads at once. `unseen` when the org token's own
// user is not an org member: GitHub then answers the membership check with 302 to the public members' list
// instead of 204 or 404 (https://docs.github.com/rest/orgs/members#check-organization-membership-for-a-user,
// https://github.com/github/docs/issues/27266), and fetch would follow it and read a public membership.
// `redirect: 'manual'` keeps the 302, which octokit resolves as it is (not an error, below 400).
async function getOrgStanding(orgClient, org, login) {
    const [member, invitations] = await Promise.allSettled([
        orgClient.octokit.request('GET /orgs/{org}/members/{username}', { org, username: login, request: { redirect: 'manual' } }).then((response) => (response.status === 302 ? 'unseen' : true), (error) => {
            if (error.status === 404)
                return false;
            throw error;
        }),
        orgClient.octokit.paginate('GET /orgs/{org}/invitations', { org, per_page: 100 }),
    ]);
    // The membership answer first: an outsider's token is also refused the invitations, for the same reason.
    if (member.status === 'rejected')
        throw member.reason;
    if (member.value === 'unseen')
        return 'unseen';
    if (member.value)
        return 'member';
    if (invitations.status === 'rejected')
        throw invitations.reason;
    // paginate concatenates whatever came back, so an object that is not a list arrives as a list of one: it
    // must not read as "not invited". Every invitation GitHub documents has a numeric id.
    const route = `GET /orgs/${org}/invitations`;
    const pending = (0,_fetch_rest_list_js__WEBPACK_IMPORTED_MODULE_11__/* .restList */ .D)(invitations.value, route);
    if (pending.some((i) => typeof i.id !== 'number'))
        throw new Error(`GitHub answered ${route} with something other than the invitations it documents`);
    return pending.some((i) => typeof i.login === 'string' && i.login.toLowerCase() === login.toLowerCase()) ? 'invited' : 'outsider';
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


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   zP: () => (/* binding */ worstVerdict)
/* harmony export */ });
/* unused harmony exports verdictRank, failOnMet */
// Verdicts from mildest to worst; a skip is below every verdict.
const verdictRank = { skipped: 0, green: 1, yellow: 2, red: 3 };
// fail-on and report-comment: true when the verdict is at least `threshold`; a skip never is.
function atLeast(verdict, threshold) {
    return threshold !== 'never' && verdict !== 'skipped' && verdictRank[verdict] >= verdictRank[threshold];
}
function failOnMet(verdict, failOn) {
    return atLeast(verdict, failOn);
}
function worstVerdict(verdicts) {
    return verdicts.reduce((w, v) => (verdictRank[v] > verdictRank[w] ? v : w), 'skipped');
}


/***/ }),

/***/ 2321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ archivedWarning),
/* harmony export */   n5: () => (/* binding */ readOnlyWarning),
/* harmony export */   rg: () => (/* binding */ applyWrites)
/* harmony export */ });
/* unused harmony export isRateLimit */
/* harmony import */ var _fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4904);
/* harmony import */ var _fetch_thread_part_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9234);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1597);
/* harmony import */ var _plan_writes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2842);




// The one dry-run gate: in a dry run nothing is sent and every write is reported as planned.
// Otherwise every write goes out in one wave, a missing label's creation beside the add that uses it. GitHub's
// add creates a label it does not know, grey; when the add got there first, the label is coloured after.
async function applyWrites(client, subject, writes, dryRun, orgClient) {
    if (dryRun) {
        return { outcomes: writes.map((w) => ({ description: (0,_plan_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .describeWrite */ .dd)(w, subject), status: 'planned', detail: 'dry run' })), warnings: [] };
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
            await client.octokit.request('PATCH /repos/{owner}/{repo}/labels/{name}', {
                ...target,
                name: write.name,
                color: write.color,
                description: labelDescription,
            });
            return { ...outcome, status: 'written', detail: 'GitHub created it grey with the add: coloured' };
        }
        catch (error) {
            const why = outcome.status === 'written' ? (0,_fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(error) : `${outcome.detail}; colouring it: ${(0,_fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(error)}`;
            try {
                await client.octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
                    ...target,
                    issue_number: subject.number,
                    name: write.name,
                });
                return { ...outcome, status: 'failed', detail: `${why}. GitHub had created it grey with the add, so it was taken off #${subject.number} again` };
            }
            catch (again) {
                return { ...outcome, status: 'failed', detail: `${why}. It is on #${subject.number}, grey, and could not be taken off: ${(0,_fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(again)}` };
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
    const description = (0,_plan_writes_js__WEBPACK_IMPORTED_MODULE_1__/* .describeWrite */ .dd)(write, subject);
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
            client.stopWrites.abort();
            return { description, status: 'refused', detail: archived };
        }
        // Still waiting its turn when another write found the repository archived: not sent.
        if (write.kind !== 'invite' && client.stopWrites.signal.aborted && error.name === 'AbortError') {
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
        return { description, status: 'failed', detail: (0,_fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(error) };
    }
}
function isRateLimit(error) {
    const e = error;
    return e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '');
}
// A comment whose answer was lost (timeout, 502 after the write) may have been posted. Look for it before
// posting again, so a flaky answer never makes a second comment.
async function recheckComment(client, subject, write, description, error) {
    const result = await (0,_fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__/* .runQuery */ .GB)(client, 'Recheck', [(0,_fetch_thread_part_js__WEBPACK_IMPORTED_MODULE_3__/* .threadPart */ .qK)('t', subject.repo, [subject], [])]);
    const { thread } = (0,_fetch_thread_part_js__WEBPACK_IMPORTED_MODULE_3__/* .readThread */ .nj)('t', result, _markers_js__WEBPACK_IMPORTED_MODULE_0__/* .allMarkers */ .Zt, subject.number);
    if (!thread)
        return { description, status: 'failed', detail: `${(0,_fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(error)}; could not check whether it was posted` };
    if (thread.ownComments.some((c) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(c.body) === write.comment)) {
        return { description, status: 'written', detail: 'posted, though its answer was lost' };
    }
    try {
        await send(client, subject, write);
        return { description, status: 'written', detail: 'posted on the second try' };
    }
    catch (again) {
        return { description, status: 'failed', detail: (0,_fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(again) };
    }
}
// Two runs at once on one thread (a workflow without a `concurrency:` group) both see no comment of a kind and
// both post one. Each run looks again after posting; the one whose comment is not the oldest of ours of that
// kind deletes its own, so the thread keeps exactly one, whichever run got there first.
async function keepOldest(client, subject, write, id, description) {
    const { thread } = (0,_fetch_thread_part_js__WEBPACK_IMPORTED_MODULE_3__/* .readThread */ .nj)('t', await (0,_fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__/* .runQuery */ .GB)(client, 'Recheck', [(0,_fetch_thread_part_js__WEBPACK_IMPORTED_MODULE_3__/* .threadPart */ .qK)('t', subject.repo, [subject], [])]), _markers_js__WEBPACK_IMPORTED_MODULE_0__/* .allMarkers */ .Zt, subject.number);
    const older = thread?.ownComments.filter((c) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(c.body) === write.comment && c.id < id) ?? [];
    if (older.length === 0)
        return { description, status: 'written', detail: '' };
    try {
        await client.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner: subject.repo.owner,
            repo: subject.repo.name,
            comment_id: id,
        });
        return { description, status: 'written', detail: 'another run had just posted it: the duplicate was deleted' };
    }
    catch (error) {
        return { description, status: 'failed', detail: `posted twice by two runs at once, and the duplicate could not be deleted: ${(0,_fetch_graphql_query_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(error)}` };
    }
}
// The new comment's id for a comment, else null.
async function send(client, subject, write) {
    const target = { owner: subject.repo.owner, repo: subject.repo.name };
    const { octokit } = client;
    const request = { signal: client.stopWrites.signal };
    switch (write.kind) {
        case 'create-label':
            await octokit.request('POST /repos/{owner}/{repo}/labels', { ...target, name: write.name, color: write.color, description: labelDescription, request });
            return null;
        case 'add-labels':
            await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
                ...target,
                issue_number: subject.number,
                labels: write.names,
                request,
            });
            return null;
        case 'remove-label':
            await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
                ...target,
                issue_number: subject.number,
                name: write.name,
                request,
            });
            return null;
        case 'create-comment': {
            // Never retried blindly: a retry after a lost answer would post twice (see recheckComment).
            const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                ...target,
                issue_number: subject.number,
                body: write.body,
                request: { ...request, retries: 0 },
            });
            return typeof data?.id === 'number' ? data.id : null;
        }
        case 'update-comment':
            await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...target, comment_id: write.id, body: write.body, request });
            return null;
        case 'invite':
            await octokit.request('POST /orgs/{org}/invitations', { org: write.org, invitee_id: write.inviteeId, role: 'direct_member', request: { retries: 0 } });
            return null;
    }
}


/***/ }),

/***/ 2842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   So: () => (/* binding */ labelLimitWarning),
/* harmony export */   _t: () => (/* binding */ planTriageWrites),
/* harmony export */   dd: () => (/* binding */ describeWrite),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* unused harmony exports labelColors, reportWanted, maxLabelsPerItem, labelsToAdd */
/* harmony import */ var _text_escape_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2278);
/* harmony import */ var _verdict_compare_verdicts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7369);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1597);



// The contract's colours for labels the action creates.
const labelColors = { green: '0e8a16', yellow: 'fbca04', red: 'd93f0b', firstTime: '7057ff' };
function reportWanted(settings, verdict) {
    const at = settings['report-comment'];
    return at === 'always' || (0,_verdict_compare_verdicts_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(verdict, at);
}
// {author} and {repo} in a maintainer's template. The login is GitHub's own (a plain login mentions its
// owner, which a welcome wants); anything else is escaped.
function fillTemplate(template, subject) {
    const login = subject.author.login;
    return template
        .replaceAll('{author}', (0,_text_escape_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainLogin */ .kx)(login) ? `@${login}` : (0,_text_escape_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(login))
        .replaceAll('{repo}', `${subject.repo.owner}/${subject.repo.name}`);
}
// GitHub allows at most 100 labels on an issue or PR and refuses, whole, an add that would pass it (REST: 422
// "Issues cannot have more than 100 labels", https://github.com/actions/labeler/issues/115; the limit:
// https://github.com/github/docs/issues/161).
const maxLabelsPerItem = 100;
// The action's labels the item lacks, most important first (the verdict's, then first-time), split into
// those that fit under GitHub's limit and those left out. Labels the same run takes off are not counted as
// room: the removal and the add go out together, and the add may arrive first.
function labelsToAdd(settings, thread, verdict, firstTime) {
    const onItem = new Set(thread.labelsOnItem.map((l) => l.toLowerCase()));
    const wanted = [];
    const verdictLabel = { green: settings['label-green'], yellow: settings['label-yellow'], red: settings['label-red'] }[verdict];
    if (verdictLabel !== '')
        wanted.push({ name: verdictLabel, color: labelColors[verdict] });
    if (firstTime && settings['first-time-label'] !== '')
        wanted.push({ name: settings['first-time-label'], color: labelColors.firstTime });
    const missing = wanted.filter((l) => !onItem.has(l.name.toLowerCase()));
    const room = Math.max(0, maxLabelsPerItem - onItem.size);
    return { fit: missing.slice(0, room), leftOut: missing.slice(room).map((l) => l.name) };
}
// One warning for an item whose labels did not all fit, naming it and GitHub's limit; null when they did (or
// nothing is written: an archived repository).
function labelLimitWarning({ subject, settings, thread, verdict, firstTime }) {
    const { leftOut } = labelsToAdd(settings, thread, verdict, firstTime);
    if (leftOut.length === 0 || thread.archived)
        return null;
    const names = leftOut.map((n) => `"${n}"`).join(' and ');
    const one = leftOut.length === 1;
    return (`${subject.repo.owner}/${subject.repo.name}#${subject.number} already has ${thread.labelsOnItem.length} labels and GitHub allows at most ` +
        `${maxLabelsPerItem} on an issue or PR: ${names} ${one ? 'was' : 'were'} not added. Take some off and comment /triage to add ${one ? 'it' : 'them'}.`);
}
// What a triage writes, decided from what is already there: pure, so a re-run plans nothing twice.
function planTriageWrites({ subject, settings, thread, verdict, firstTime, report }) {
    const writes = [];
    // GitHub refuses every write to an archived repository: none is attempted (the mode warns once).
    if (thread.archived)
        return writes;
    const onItem = new Set(thread.labelsOnItem.map((l) => l.toLowerCase()));
    const verdictLabels = { green: settings['label-green'], yellow: settings['label-yellow'], red: settings['label-red'] };
    // Labels past GitHub's limit are left out here; the mode warns (labelLimitWarning).
    const toAdd = labelsToAdd(settings, thread, verdict, firstTime).fit;
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
    const own = (kind) => thread.ownComments.find((c) => (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(c.body) === kind);
    // Part of a very long thread went unread: one of ours may be there, so nothing new is posted.
    const mayPost = thread.unreadComments === null;
    // The welcome waits while the verdict is red: a maintainer looks first, and a later re-triage that is no
    // longer red posts it.
    if (firstTime && verdict !== 'red' && settings['welcome-message'] !== '' && !own('welcome') && mayPost) {
        writes.push({ kind: 'create-comment', comment: 'welcome', body: (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .withMarker */ .Pe)('welcome', fillTemplate(settings['welcome-message'], subject)) });
    }
    const existingReport = own('report');
    const reportBody = (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .withMarker */ .Pe)('report', report);
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
            return `create label "${(0,_text_escape_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(write.name)}" (#${write.color})`;
        case 'add-labels':
            return `add ${write.names.map((n) => `"${(0,_text_escape_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(n)}"`).join(', ')} to ${where}`;
        case 'remove-label':
            return `remove "${(0,_text_escape_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(write.name)}" from ${where}`;
        case 'create-comment':
            return `post the ${write.comment} comment on ${where}`;
        case 'update-comment':
            return `update the ${write.comment} comment on ${where}`;
        case 'invite':
            return `invite ${(0,_text_escape_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(write.login)} to the ${(0,_text_escape_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(write.org)} organization`;
    }
}


/***/ })

};
