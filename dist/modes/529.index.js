export const id = 529;
export const ids = [529];
export const modules = {

/***/ 7527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ summarizeActivity),
/* harmony export */   K: () => (/* binding */ sparkline)
/* harmony export */ });
const dayMs = 86_400_000;
const weekMs = 7 * dayMs;
// The calendar gives the long view, the events the recent detail. GitHub's event pages can overlap when new
// events arrive between two reads, so events are deduped by id.
function summarizeActivity(calendar, events, window) {
    if (!calendar && !events)
        return null;
    const { since, eventsSince, now } = window;
    return {
        weekly: calendar && weeklyOf(calendar, since, now),
        contributions: calendar?.reduce((sum, d) => sum + d.count, 0) ?? 0,
        events: events && eventsOf(events, eventsSince, now, window.eventsDays),
    };
}
function weeklyOf(calendar, since, now) {
    const weeks = Math.max(1, Math.ceil((now.getTime() - since.getTime()) / weekMs));
    const weekly = new Array(weeks).fill(0);
    // A calendar day is a whole day; its week is counted from the day's end so today's falls in the last week.
    for (const day of calendar) {
        const end = Date.parse(`${day.date}T00:00:00Z`) + dayMs;
        if (Number.isNaN(end) || end <= since.getTime())
            continue;
        const age = Math.floor(Math.max(0, now.getTime() - end) / weekMs);
        const index = weeks - 1 - Math.min(age, weeks - 1);
        weekly[index] = (weekly[index] ?? 0) + day.count;
    }
    return weekly;
}
function eventsOf(events, since, now, days) {
    const seen = new Set();
    const kept = events.filter((e) => {
        const t = Date.parse(e.createdAt);
        if (seen.has(e.id) || Number.isNaN(t) || t < since.getTime() || t > now.getTime())
            return false;
        seen.add(e.id);
        return true;
    });
    const byType = {};
    for (const e of kept)
        byType[e.type] = (byType[e.type] ?? 0) + 1;
    return { total: kept.length, byType, repos: new Set(kept.map((e) => e.repo)).size, days };
}
const bars = '▁▂▃▄▅▆▇█';
// One bar per week, scaled to the busiest week; a week with no contribution is the lowest bar.
function sparkline(values) {
    const max = Math.max(0, ...values);
    return values.map((v) => (max === 0 ? bars[0] : bars[Math.min(bars.length - 1, Math.round((v / max) * (bars.length - 1)))])).join('');
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

/***/ 1373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ renderReportComment)
});

// UNUSED EXPORTS: activityLine, fitSummary, footer, levelIcons, renderSummary, signalTable, summaryLimit

// EXTERNAL MODULE: ./src/inspect/summarize-activity.ts
var summarize_activity = __webpack_require__(7527);
// EXTERNAL MODULE: ./src/modes/results.ts
var results = __webpack_require__(754);
// EXTERNAL MODULE: ./src/verdict/compare-verdicts.ts
var compare_verdicts = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/text/escape-text.ts
var escape_text = __webpack_require__(2278);
;// CONCATENATED MODULE: ./src/summary/render-backtest.ts


const verdicts = (/* unused pure expression or super */ null && (['green', 'yellow', 'red']));
const icons = { green: '🟢', yellow: '🟡', red: '🔴' };
// Lists longer than this end with a count: the summary has GitHub's 1 MiB to stay under.
const listed = 100;
function itemUrl(subject, serverUrl) {
    return `${serverUrl}/${subject.repo.owner}/${subject.repo.name}/${subject.kind === 'pr' ? 'pull' : 'issues'}/${subject.number}`;
}
function itemLink(subject, serverUrl) {
    return `[#${subject.number}](${itemUrl(subject, serverUrl)})`;
}
function share(n, of) {
    return of === 0 ? '' : ` (${Math.round((100 * n) / of)} %)`;
}
// Verdict × outcome: counts, and each count's share of its row (what became of the items of that verdict).
function outcomeTable(items) {
    const count = (v, o) => items.filter((i) => (v === null || i.score.verdict === v) && (o === null || i.outcome === o)).length;
    const row = (label, v) => {
        const total = count(v, null);
        const cells = itemOutcomes.map((o) => `${count(v, o)}${share(count(v, o), total)}`);
        return `| ${label} | ${cells.join(' | ')} | ${total}${v === null ? '' : share(total, items.length)} |`;
    };
    return [
        `| verdict | ${itemOutcomes.join(' | ')} | all |`,
        `| --- | ${itemOutcomes.map(() => '---').join(' | ')} | --- |`,
        ...verdicts.map((v) => row(`${icons[v]} ${v}`, v)),
        row('all', null),
    ].join('\n');
}
function itemLine(item, serverUrl) {
    const { subject, score } = item;
    const kind = subject.kind === 'pr' ? 'PR' : 'issue';
    return `- ${icons[score.verdict]} ${itemLink(subject, serverUrl)} ${kind} by ${authorLink(subject.author.login, serverUrl)}, ${subject.createdAt.slice(0, 10)}: ${escapeText(subject.title, 100)} → **${item.outcome}**; ${escapeText(score.reason, 200)}`;
}
function itemList(title, items, serverUrl) {
    if (items.length === 0)
        return `**${title}:** none`;
    const lines = items.slice(0, listed).map((i) => itemLine(i, serverUrl));
    if (items.length > listed)
        lines.push(`- … and ${items.length - listed} more`);
    return [`**${title}** (${items.length}):`, ...lines].join('\n');
}
// For each threshold input, the nearest band values at which some verdict would have been different.
function edgesTable(result, serverUrl) {
    if (result.items.length === 0)
        return '';
    const rows = result.edges.map((e) => {
        const moves = e.moves
            .slice(0, 10)
            .map((m) => `${itemLink(result.items[m.index]?.subject, serverUrl)} ${icons[m.from]}→${icons[m.to]}`)
            .join(', ');
        const more = e.moves.length > 10 ? ` and ${e.moves.length - 10} more` : '';
        return `| \`${e.input}\` | \`${e.current.yellow},${e.current.red}\` | \`${e.band.yellow},${e.band.red}\` (${e.edge}) | ${e.moves.length}: ${moves}${more} |`;
    });
    const head = '**Threshold edges**: the nearest band values, on either side of each edge, at which some verdict would change.';
    if (rows.length === 0)
        return `${head} None: no band value of any threshold input changes a verdict of these items.`;
    return [head, '', '| input | now | with | items that move |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
function costLine(stats) {
    if (!stats)
        return '';
    const limits = Object.values(stats.rateLimits).map((l) => `${l.resource} ${l.remaining}/${l.limit} left (resets ${l.resetAt.slice(11, 16)} UTC)`);
    return `**Cost:** ${stats.requests} API requests (${stats.graphql} GraphQL, ${stats.restReads} REST reads, ${stats.restWrites} writes), at most ${stats.maxInFlight} at once; rate limit ${limits.length > 0 ? limits.join(', ') : 'not reported'}.`;
}
function render_backtest_renderBacktest(result, serverUrl, stats) {
    const { items, scanned } = result;
    const dependent = items.filter((i) => i.dependsOnProfile).length;
    const red = items.filter((i) => i.score.verdict === 'red');
    const mergedRed = red.filter((i) => i.outcome === 'merged');
    const spamGreen = items.filter((i) => i.score.verdict === 'green' && i.outcome === 'spam');
    const leftOut = result.leftOut.length > 0 ? ` ${result.leftOut.map((id) => `\`${id}\``).join(', ')} is not judged (GitHub keeps no events that old).` : '';
    return [
        `Replayed ${items.length} PRs and issues of first-time contributors opened since ${result.since}, newest first, each as of its opening: account age then, every history window ending then; a PR's files as they are now. Nothing was written to GitHub.${leftOut}`,
        `Looked at ${scanned.items} items opened since then: ${scanned.skipped} left out by a skip rule, ${scanned.notFirstTime} not by a first-time contributor at the time (${scanned.authors} authors checked).`,
        `**The profile is read as it is now**, not as it was: ${dependent} of ${items.length} verdicts depend on it (they would differ with another \`profile-fields\` level).`,
        items.length > 0 ? outcomeTable(items) : '',
        itemList('Red', red, serverUrl),
        itemList('Merged but red', mergedRed, serverUrl),
        itemList('Spam but green', spamGreen, serverUrl),
        edgesTable(result, serverUrl),
        costLine(stats),
    ]
        .filter((p) => p !== '')
        .join('\n\n');
}

;// CONCATENATED MODULE: ./src/summary/render-summary.ts





const levelIcons = { green: '🟢', yellow: '🟡', red: '🔴', unknown: '⚪' };
const verdictIcons = { green: '🟢', yellow: '🟡', red: '🔴', skipped: '⏭️' };
const verdictWords = {
    green: 'green: nothing needs a second look',
    yellow: 'yellow: worth a closer look',
    red: 'red: review with care',
    skipped: 'skipped',
};
// GitHub refuses a step summary over 1 MiB; stay well under it.
const summaryLimit = (/* unused pure expression or super */ null && (1024 * 1024 - 4096));
function subjectLine(subject, firstTime, name, view) {
    if (!subject)
        return '';
    const kind = subject.kind === 'pr' ? 'PR' : 'issue';
    const welcome = firstTime ? '\n\n🌱 A first-time contributor to this repository.' : '';
    return `${kind} #${subject.number} by ${(0,escape_text/* authorLink */.ah)(subject.author.login, view.serverUrl)}${name ? ` (${(0,escape_text/* escapeText */.X1)(name, 80)})` : ''}: ${(0,escape_text/* escapeText */.X1)(subject.title, 120)}${welcome}`;
}
function signalTable(signals, ignored = []) {
    if (signals.length === 0)
        return '';
    const rows = signals.map((s) => {
        const shown = s.value === null ? '–' : (0,escape_text/* escapeText */.X1)(String(s.value), 40);
        // The count links to what was counted; only our own URLs are links (every user text is escaped).
        const value = s.url && s.value !== null ? `[${shown}](${s.url})` : shown;
        const note = ignored.includes(s.id) ? ' (ignored)' : '';
        const quote = s.quote ? ` — “${(0,escape_text/* escapeText */.X1)(s.quote, 100)}”` : '';
        return `| ${levelIcons[s.level]} | \`${s.id}\`${note} | ${value} | ${(0,escape_text/* escapeText */.X1)(s.detail, 240)}${quote} |`;
    });
    return ['| | signal | value | why |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
function activityLine(activity, windowDays) {
    if (!activity)
        return '';
    const parts = [];
    if (activity.weekly) {
        parts.push(`**Contributions** per week over the last ${windowDays} days: \`${(0,summarize_activity/* sparkline */.K)(activity.weekly)}\` ${activity.contributions} in all`);
    }
    const events = activity.events;
    if (events) {
        const types = Object.entries(events.byType)
            .sort((x, y) => y[1] - x[1])
            .slice(0, 5)
            .map(([type, n]) => `${type.replace(/Event$/, '')} ${n}`)
            .join(', ');
        parts.push(`**Public events** in the last ${events.days} days: ${events.total} in ${events.repos} repos${types ? ` (${types})` : ''}`);
    }
    return parts.join('  \n');
}
// The report comment: what a maintainer needs on the PR itself, nothing that changes from run to run unless
// the verdict or a signal does (so a re-run does not rewrite it needlessly).
function renderReportComment(input, view) {
    const { score } = input;
    return [
        `### ${verdictIcons[score.verdict]} newcomer-triage: ${verdictWords[score.verdict]}`,
        subjectLine(input.subject, input.firstTime, input.name, view),
        score.reason ? `> ${(0,escape_text/* escapeText */.X1)(score.reason, 300)}` : '',
        signalTable(score.signals, view.ignored),
        activityLine(input.activity, view.windowDays),
        '<sub>A maintainer can comment `/triage` to run it again.</sub>',
    ]
        .filter((l) => l !== '')
        .join('\n\n');
}
function itemsTable(items, view) {
    if (items.length === 0)
        return '';
    const rows = [...items]
        .sort((a, b) => verdictRank[b.verdict] - verdictRank[a.verdict] || b.number - a.number)
        .map((i) => {
        const verdict = i.verdict === 'skipped' ? `⏭️ skipped (${i.skippedReason ?? ''})` : `${verdictIcons[i.verdict]} ${i.verdict}`;
        return `| ${verdict} | #${i.number} | ${authorLink(i.author, view.serverUrl)}${i.firstTime ? ' 🌱' : ''} | ${escapeText(i.title, 80)} | ${escapeText(i.reason, 160)} |`;
    });
    return ['| verdict | item | author | title | why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
function writesList(all, dryRun) {
    if (all.length === 0)
        return `**Written:** nothing${dryRun ? ' (dry run)' : ''}`;
    const head = dryRun ? '**Would write** (dry run, nothing was sent):' : '**Written:**';
    const icon = { written: '✅', planned: '📝', refused: '🚫', failed: '❌' };
    const shown = all
        .slice(0, 200)
        .map((w) => `- ${icon[w.status]} ${w.description}${w.detail && w.detail !== 'dry run' ? ` (${escapeText(w.detail, 200)})` : ''}`);
    if (all.length > shown.length)
        shown.push(`- … and ${all.length - shown.length} more`);
    return [head, ...shown].join('\n');
}
function footer(stats, wallMs) {
    const parts = [`${stats?.requests ?? 0} API requests`, `${(wallMs / 1000).toFixed(2)} s`];
    for (const limit of Object.values(stats?.rateLimits ?? {})) {
        parts.push(`${limit.resource} rate limit ${limit.remaining}/${limit.limit} left, resets ${limit.resetAt.slice(11, 16)} UTC`);
    }
    return `<sub>${parts.join(' · ')}</sub>`;
}
function heading(result) {
    if (!result)
        return '### ❌ newcomer-triage failed';
    const verdict = verdictOf(result);
    switch (result.mode) {
        case 'post-merge':
            return '### 🎉 newcomer-triage: merged';
        case 'backfill':
            return `### ${verdictIcons[verdict]} newcomer-triage backfill: ${result.items.length} items, worst ${verdict}`;
        case 'backtest':
            return `### 🔁 newcomer-triage backtest: ${result.items.length} past items since ${result.since}`;
        case 'skip':
            return `### ${verdictIcons.skipped} newcomer-triage: skipped (${result.skippedReason})`;
        case 'triage':
        case 'profile':
            return `### ${verdictIcons[verdict]} newcomer-triage: ${verdictWords[verdict]}`;
    }
}
// The parts only some modes have, in the order the summary shows them.
function resultParts(result, view, stats) {
    switch (result.mode) {
        case 'triage':
            return {
                subject: subjectLine(result.subject, result.firstTime, result.name, view),
                signals: signalTable(result.score.signals, view.ignored),
                activity: activityLine(result.activity, view.windowDays),
                items: '',
            };
        case 'profile':
            return { subject: '', signals: signalTable(result.score.signals, view.ignored), activity: activityLine(result.activity, view.windowDays), items: '' };
        case 'post-merge':
            return { subject: subjectLine(result.subject, result.firstTime, null, view), signals: '', activity: '', items: '' };
        case 'backfill':
            return { subject: '', signals: '', activity: '', items: itemsTable(result.items, view) };
        case 'backtest':
            return { subject: '', signals: '', activity: '', items: renderBacktest(result, view.serverUrl, stats) };
        case 'skip':
            return { subject: subjectLine(result.subject, false, null, view), signals: '', activity: '', items: '' };
    }
}
function renderSummary(run) {
    const result = run.result;
    const parts = result ? resultParts(result, run.view, run.stats) : { subject: '', signals: '', activity: '', items: '' };
    const reason = result ? reasonOf(result) : '';
    const writes = result ? [...result.writes, ...(result.mode === 'backfill' ? result.items.flatMap((i) => i.writes) : [])] : [];
    const sections = [
        heading(result),
        parts.subject,
        run.error ? `**Error:** ${escapeText(run.error, 1000)}` : '',
        reason ? `> ${escapeText(reason, 300)}` : '',
        ...run.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w, 600)}`),
        parts.signals,
        parts.activity,
        parts.items,
        ...(result?.notes ?? []).map((n) => `- ${escapeText(n, 400)}`),
        !result || result.mode === 'skip' ? '' : writesList(writes, run.dryRun),
        footer(run.stats, run.wallMs),
    ];
    return fitSummary(sections.filter((p) => p !== '').join('\n\n'));
}
// GitHub's limit is in bytes; the cut falls on a line boundary so no table row or character is split.
function fitSummary(text) {
    if (Buffer.byteLength(text) <= summaryLimit)
        return text;
    const lines = text.split('\n');
    let size = 0;
    let keep = 0;
    while (keep < lines.length && size + Buffer.byteLength(lines[keep] ?? '') + 1 <= summaryLimit)
        size += Buffer.byteLength(lines[keep++] ?? '') + 1;
    return `${lines.slice(0, keep).join('\n')}\n\n… (cut to stay under GitHub's 1 MiB summary limit)`;
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
