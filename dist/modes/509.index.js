export const id = 509;
export const ids = [509];
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

/***/ 2509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   profileLogin: () => (/* binding */ profileLogin)
/* harmony export */ });
/* harmony import */ var _fetch_get_profiles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77);
/* harmony import */ var _fetch_get_public_events_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5436);
/* harmony import */ var _fetch_settle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9773);
/* harmony import */ var _inspect_summarize_activity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7527);
/* harmony import */ var _read_window_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2379);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(754);
/* harmony import */ var _score_author_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5388);







// Profiles one account with no PR or issue at hand (the CLI's `profile <login>`): the same reads and score as
// a triage, without the repo's side and without writes.
async function profileLogin(client, login, settings, now, serverUrl) {
    const window = (0,_read_window_js__WEBPACK_IMPORTED_MODULE_4__/* .readWindow */ .t)(settings, now);
    const [profiles, events] = await Promise.all([
        (0,_fetch_get_profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .getProfiles */ .r)(client, 'Profile', [{ login }], window),
        (0,_fetch_settle_js__WEBPACK_IMPORTED_MODULE_5__/* .settle */ .G)((0,_fetch_get_public_events_js__WEBPACK_IMPORTED_MODULE_6__/* .getPublicEvents */ .t)(client, login, window.eventsSince)),
    ]);
    const author = profiles[0];
    const score = (0,_score_author_js__WEBPACK_IMPORTED_MODULE_3__/* .scoreAuthor */ .O)({ author, events, settings, now, serverUrl });
    const warnings = [...score.warnings];
    return {
        mode: 'profile',
        login,
        score,
        name: author.user?.name ?? null,
        activity: (0,_inspect_summarize_activity_js__WEBPACK_IMPORTED_MODULE_1__/* .summarizeActivity */ .D)(author.calendar, events.value, window),
        ...(0,_results_js__WEBPACK_IMPORTED_MODULE_2__/* .outcome */ .bu)(score.partial || warnings.length > 0, warnings),
    };
}


/***/ })

};
