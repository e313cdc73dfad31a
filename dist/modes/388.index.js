export const id = 388;
export const ids = [388];
export const modules = {

/***/ 5388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ scoreAuthor)
});

// EXTERNAL MODULE: ./src/settings/window-start.ts
var window_start = __webpack_require__(4016);
// EXTERNAL MODULE: ./src/fetch/search-queries.ts
var search_queries = __webpack_require__(3815);
;// CONCATENATED MODULE: ./src/signals/evidence-links.ts

// The page behind each signal's count, on the server the run talks to (github.com, or a GHES host): a
// maintainer who doubts a verdict checks it in one click. The searches are the very ones the signals counted.
function evidenceLinks(serverUrl, login, since, commentsSince) {
    return {
        profile: `${serverUrl}/${login}`,
        closedUnmerged: (0,search_queries/* searchUrl */.Eq)(serverUrl, search_queries/* searchQueries */.HM.closedUnmerged(login, since), 'pullrequests'),
        notPlanned: (0,search_queries/* searchUrl */.Eq)(serverUrl, search_queries/* searchQueries */.HM.notPlanned(login, since), 'issues'),
        externalPrs: (0,search_queries/* searchUrl */.Eq)(serverUrl, search_queries/* searchQueries */.HM.externalPrs(login, since), 'pullrequests'),
        externalIssues: (0,search_queries/* searchUrl */.Eq)(serverUrl, search_queries/* searchQueries */.HM.externalIssues(login, since), 'issues'),
        commented: (0,search_queries/* searchUrl */.Eq)(serverUrl, search_queries/* searchQueries */.HM.commented(login, commentsSince), 'issues'),
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

// EXTERNAL MODULE: ./src/signals/bands.ts
var bands = __webpack_require__(2625);
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
        return (0,bands/* unknownSignal */.X9)('closed-unmerged-ratio', reason);
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
        level: (0,bands/* levelAbove */.Yw)(ratio, settings['closed-unmerged-ratio']),
        value: round(ratio),
        detail: `${closedUnmerged} of ${closed} PRs to others' repos closed without merge`,
        url,
    };
}
function notPlannedIssues(notPlanned, settings, links, reason) {
    if (notPlanned === null)
        return (0,bands/* unknownSignal */.X9)('not-planned-issues', reason);
    return {
        id: 'not-planned-issues',
        level: (0,bands/* levelAtLeast */.tW)(notPlanned, settings['not-planned-issues']),
        value: notPlanned,
        detail: `${notPlanned} issue${notPlanned === 1 ? '' : 's'} on others' repos closed as not planned`,
        url: links.notPlanned,
    };
}
// The author's PRs and issues on others' repos, merged PRs left out (a housekeeping PR that everyone merged
// is not spam), counted by distinct owners under the normalised title; a burst within 48 hours is red.
function repeatedTitles(history, settings, record, links, reason) {
    if (history.items === null)
        return (0,bands/* unknownSignal */.X9)('repeated-titles', reason);
    const sent = history.items.filter((i) => i.external && !i.merged).map((i) => ({ text: i.title, repo: i.repo, at: Date.parse(i.createdAt), kind: i.kind }));
    const band = settings['repeated-titles'];
    const repeats = countRepeats(sent, '', { minLength: 1, burstMs });
    const burst = repeats.burst >= band.yellow;
    const level = burst ? 'red' : (0,bands/* levelAtLeast */.tW)(repeats.owners, band);
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
        return (0,bands/* unknownSignal */.X9)('external-prs-per-week', reason);
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
        level: (0,bands/* levelAtLeast */.tW)(busiest, settings['external-prs-per-week']),
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

const dayMs = 86_400_000;
function accountAgeDays(author, now) {
    return author.user ? Math.floor((now.getTime() - new Date(author.user.createdAt).getTime()) / dayMs) : null;
}
function accountAge(author, settings, now, links, reason) {
    const days = accountAgeDays(author, now);
    if (!author.user || days === null)
        return (0,bands/* unknownSignal */.X9)('account-age', reason);
    return {
        id: 'account-age',
        level: (0,bands/* levelBelow */.w8)(days, settings['account-age-days']),
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
        return (0,bands/* unknownSignal */.X9)('profile-fields', reason);
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
        level: (0,bands/* levelBelow */.w8)(filled.length, settings['profile-fields']),
        value: filled.length,
        detail: count + unread,
        url: links.profile,
    };
}

;// CONCATENATED MODULE: ./src/signals/repeated-comments.ts



// "+1", "thanks!", "lgtm": short comments repeat for honest reasons.
const minCommentLength = 10;
const commentEvents = ['IssueCommentEvent', 'PullRequestReviewCommentEvent'];
// The same comment posted on the issues and PRs of many owners: comment spam, from the author's public events.
function repeatedComments(events, login, window, settings, record, links) {
    const commentsSince = window.since;
    if (!events.value)
        return (0,bands/* unknownSignal */.X9)('repeated-comments', events.failure ?? 'no data');
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
        level: (0,bands/* levelAtLeast */.tW)(repeats.owners, settings['repeated-comments']),
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

// EXTERNAL MODULE: ./src/signals/sensitive-files.ts
var sensitive_files = __webpack_require__(6563);
;// CONCATENATED MODULE: ./src/signals/compute-signals.ts







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
    const since = (0,window_start/* windowStart */.Nf)(settings, now);
    const commentsSince = (0,window_start/* commentsWindowStart */.pK)(settings, now);
    const links = evidenceLinks(input.serverUrl, author.login, since, commentsSince);
    const history = historyOf(input);
    const record = goodRecord(author);
    const signals = [
        accountAge(author, settings, now, links, why('User')),
        profileFields(author, settings, now, links, why('User')),
        closedUnmergedRatio(author.closedUnmerged, author.closedMerged, settings, links, why('ClosedUnmerged', 'ClosedMerged')),
        notPlannedIssues(author.notPlanned, settings, links, why('NotPlanned')),
        repeatedTitles(history, settings, record, links, why('Prs', 'Issues')),
        ...(events ? [repeatedComments(events, author.login, { since: commentsSince, days: (0,window_start/* commentsWindowDays */.cD)(settings) }, settings, record, links)] : []),
        externalPrsPerWeek(history, settings, links, why('Prs', 'Issues')),
    ];
    if (files && subject)
        signals.push((0,sensitive_files/* sensitiveFiles */.Ug)(files, settings['sensitive-paths'], links.files(subject.repo, subject.number)));
    return signals;
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


/***/ }),

/***/ 2625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X9: () => (/* binding */ unknownSignal),
/* harmony export */   Yw: () => (/* binding */ levelAbove),
/* harmony export */   tW: () => (/* binding */ levelAtLeast),
/* harmony export */   w8: () => (/* binding */ levelBelow)
/* harmony export */ });
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


/***/ }),

/***/ 6563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ug: () => (/* binding */ sensitiveFiles),
/* harmony export */   tx: () => (/* binding */ sensitiveMatcher)
/* harmony export */ });
/* unused harmony export listedFilesLimit */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2625);


// GitHub lists at most this many files of a PR.
const listedFilesLimit = 3000;
// The contract's globs: case-sensitive, `*` inside one folder, `**` any depth including none, dot-files and
// dot-folders like any other name.
// Compiled once a run per list (a backfill asks for every PR): picomatch's first compile costs a triage about
// 2.5 ms, so a triage asks for it while GitHub answers (triage.ts) rather than after.
const compiled = new Map();
function sensitiveMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const key = JSON.stringify(globs);
    let matcher = compiled.get(key);
    if (!matcher) {
        matcher = picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...globs], { dot: true, nocase: false });
        compiled.set(key, matcher);
    }
    return matcher;
}
// A PR that adds, changes, removes or renames (either name) a file where a change runs with the maintainers'
// rights, or steers their coding agents, needs a maintainer's eye whoever wrote it.
function sensitiveFiles(files, globs, url) {
    if (files.list === null)
        return (0,_bands_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownSignal */ .X9)('sensitive-files', files.failure ?? 'no data');
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


/***/ }),

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ associations),
/* harmony export */   hh: () => (/* binding */ toAssociation),
/* harmony export */   w4: () => (/* binding */ contextSignalIds),
/* harmony export */   xO: () => (/* binding */ signalIds)
/* harmony export */ });
/* unused harmony exports skippedReasons, thresholdSignalIds, repoName */
// Shared vocabulary of the pipeline: what flows from one stage to the next.
const associations = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'NONE', 'MANNEQUIN'];
// GitHub's author_association as a payload or a query gives it; a value GitHub adds later counts as NONE.
function toAssociation(value) {
    return associations.find((a) => a === value) ?? 'NONE';
}
const skippedReasons = (/* unused pure expression or super */ null && (['association', 'bot', 'trusted-user', 'deleted-user', 'unsupported-event', 'not-a-maintainer']));
// Signals whose bands come from a `yellow,red` input; the input of account-age is `account-age-days`.
const thresholdSignalIds = [
    'account-age',
    'profile-fields',
    'closed-unmerged-ratio',
    'not-planned-issues',
    'repeated-titles',
    'repeated-comments',
    'external-prs-per-week',
];
const signalIds = [...thresholdSignalIds, 'sensitive-files'];
// Context signals describe who the author is; the others are evidence of how their work was received.
const contextSignalIds = ['account-age', 'profile-fields', 'external-prs-per-week'];
function repoName(repo) {
    return `${repo.owner}/${repo.name}`;
}


/***/ })

};
