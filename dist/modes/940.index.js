export const id = 940;
export const ids = [940];
export const modules = {

/***/ 8940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeTriage: () => (/* binding */ judgeTriage),
/* harmony export */   prepare: () => (/* binding */ prepare)
/* harmony export */ });
/* harmony import */ var _inspect_summarize_activity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7527);
/* harmony import */ var _signals_first_time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8069);
/* harmony import */ var _signals_sensitive_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6563);
/* harmony import */ var _summary_render_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1373);
/* harmony import */ var _writers_apply_writes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2321);
/* harmony import */ var _writers_plan_writes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2842);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(754);
/* harmony import */ var _score_author_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5388);








// What the judging needs from the settings alone, made ready while GitHub answers.
function prepare(subject, settings) {
    if (subject.kind === 'pr')
        (0,_signals_sensitive_files_js__WEBPACK_IMPORTED_MODULE_1__/* .sensitiveMatcher */ .tx)(settings['sensitive-paths']);
}
async function judgeTriage(input) {
    const { client, subject, settings, now, view, window, data } = input;
    const score = (0,_score_author_js__WEBPACK_IMPORTED_MODULE_6__/* .scoreAuthor */ .O)({
        author: data.author,
        events: data.events,
        ...(data.files ? { files: data.files } : {}),
        subject,
        settings,
        now,
        serverUrl: view.serverUrl,
    });
    const warnings = [...input.warnings, ...score.warnings];
    const firstTime = (0,_signals_first_time_js__WEBPACK_IMPORTED_MODULE_7__/* .isFirstTimeContributor */ .p)(data.author.earlierHere, subject.association);
    const name = data.author.user?.name ?? null;
    const thread = data.thread;
    if (thread?.unreadComments) {
        warnings.push(`No comment was posted: ${thread.unreadComments.count} comments of this very long thread could not be read, and one of them may already be the action's`);
    }
    const activity = (0,_inspect_summarize_activity_js__WEBPACK_IMPORTED_MODULE_0__/* .summarizeActivity */ .D)(data.author.calendar, data.events.value, window);
    const applying = thread
        ? (0,_writers_apply_writes_js__WEBPACK_IMPORTED_MODULE_3__/* .applyWrites */ .rg)(client, subject, (0,_writers_plan_writes_js__WEBPACK_IMPORTED_MODULE_4__/* .planTriageWrites */ ._t)({
            subject,
            settings,
            thread,
            verdict: score.verdict,
            firstTime,
            report: (0,_summary_render_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderReportComment */ .C)({ subject, score, firstTime, name, activity }, view),
        }), settings['dry-run'])
        : null;
    // partial is about reads: a write the token was refused warns, but the verdict's data is whole.
    const partial = score.partial || warnings.length > 0 || applying === null;
    const result = { mode: 'triage', subject, score, firstTime, name, activity, ...(0,_results_js__WEBPACK_IMPORTED_MODULE_5__/* .outcome */ .bu)(partial, warnings) };
    // Not a read that failed: after partial is decided.
    if (thread?.archived)
        warnings.push((0,_writers_apply_writes_js__WEBPACK_IMPORTED_MODULE_3__/* .archivedWarning */ .RU)(subject));
    const overLimit = thread && (0,_writers_plan_writes_js__WEBPACK_IMPORTED_MODULE_4__/* .labelLimitWarning */ .So)({ subject, settings, thread, verdict: score.verdict, firstTime });
    if (overLimit)
        warnings.push(overLimit);
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


/***/ })

};
