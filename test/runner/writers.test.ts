// What the action writes (issue 5): labels, welcome and report comments, dry-run, fail-on, a read-only token,
// and safe rendering of hostile text, asserted on the fake's state and request log.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPersona, HOSTILE_STRINGS, MAINTAINER } from '../personas/index.js';
import {
  assertAllOutputs,
  assertTablesIntact,
  assertValidGraphql,
  commandEvent,
  labelsOn,
  ourComments,
  ourCommentsOfKind,
  repoLabel,
  runOn,
  startFor,
  userOf,
  writeRequests,
} from './helpers.js';

const welcome = 'Welcome {author}, thanks for your first contribution to {repo}!';
// Any count of not-planned issues is red with these bands: the newcomer's verdict turns red, nothing else changes.
const redForNewcomer = { 'not-planned-issues': '0,0' };

describe('labels', () => {
  test('the verdict label and the first-time label are added; missing ones are created in the contract colours', async (t) => {
    const cases = [
      { id: 'veteran', inputs: { 'label-green': 'triage: fine' }, label: 'triage: fine', color: '0e8a16' },
      { id: 'newcomer', inputs: {}, label: 'triage: check', color: 'fbca04', removeFromRepo: true },
      { id: 'sprayer', inputs: {}, label: 'triage: careful review', color: 'd93f0b' },
    ] as const;
    for (const c of cases) {
      const persona = buildPersona(c.id);
      const repo = persona.dataset.repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
      assert.ok(repo);
      if ('removeFromRepo' in c) repo.labels = repo.labels.filter((l) => l.name !== c.label);
      assert.equal(
        repo.labels.some((l) => l.name === c.label || l.name === 'first-time contributor'),
        false,
        'the labels are missing at first',
      );
      // A latency long enough that requests sent together overlap on a loaded machine.
      const fake = await startFor(t, persona.dataset, { latencyMs: 150 });
      const run = await runOn(fake, persona.event, c.inputs);
      assert.equal(run.code, 0, run.stdout);
      assertValidGraphql(fake);
      assert.deepEqual(labelsOn(fake, 42).sort(), [c.label, 'first-time contributor'].sort(), c.id);
      assert.equal(repoLabel(fake, c.label)?.color, c.color, `${c.id}: ${c.label} colour`);
      assert.equal(repoLabel(fake, 'first-time contributor')?.color, '7057ff');
      // Each label created once, in the same wave as the add that uses it: no round trip waits for a creation.
      const creates = fake.requests('POST', /^\/repos\/octo-org\/widgets\/labels$/);
      assert.equal(creates.length, 2);
      const add = fake.requests('POST', /\/issues\/42\/labels$/);
      assert.equal(add.length, 1, 'labels added in one request');
      assert.ok(
        creates.every((cr) => (add[0]?.startedAt ?? Infinity) < cr.endedAt),
        'the add is sent before the creations are answered',
      );
      assert.deepEqual(fake.requests('PATCH', /\/labels\//), [], 'the creations won: no colour to fix');
      assert.match(run.summary, new RegExp(`create label "${c.label}" \\(#${c.color}\\)`));
    }
  });

  test('when the add gets there before the creation, GitHub makes the label grey and the action colours it', async (t) => {
    const persona = buildPersona('newcomer');
    const repo = persona.dataset.repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
    assert.ok(repo);
    repo.labels = repo.labels.filter((l) => l.name !== 'triage: check');
    const fake = await startFor(t, persona.dataset, { latencyMs: 50 });
    // The creations arrive late: the add finds the labels missing and creates them grey, as GitHub does.
    fake.fault({ method: 'POST', path: '/repos/octo-org/widgets/labels', delayMs: 400 });
    const run = await runOn(fake, persona.event);
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: check']);
    assert.equal(repoLabel(fake, 'triage: check')?.color, 'fbca04');
    assert.equal(repoLabel(fake, 'first-time contributor')?.color, '7057ff');
    const patches = fake.requests('PATCH', /^\/repos\/octo-org\/widgets\/labels\//);
    assert.equal(patches.length, 2, 'one colour fix per raced label');
    assert.deepEqual(run.warnings, []);
    assert.match(run.summary, /GitHub created it grey with the add: coloured/);
  });

  test('a label that can be neither created nor coloured is taken off the item again, with a warning naming it', async (t) => {
    const persona = buildPersona('newcomer');
    const repo = persona.dataset.repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
    assert.ok(repo);
    repo.labels = repo.labels.filter((l) => l.name !== 'triage: check');
    const fake = await startFor(t, persona.dataset);
    const refused = { message: 'Must have admin rights to Repository.', documentation_url: 'https://docs.github.com/rest' };
    fake.fault({ method: 'POST', path: '/repos/octo-org/widgets/labels', status: 403, body: refused });
    fake.fault({ method: 'PATCH', path: /^\/repos\/octo-org\/widgets\/labels\//, status: 403, body: refused });
    const run = await runOn(fake, persona.event, { 'welcome-message': welcome });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(labelsOn(fake, 42), [], 'no grey label of the action is left on the PR');
    for (const name of ['triage: check', 'first-time contributor']) {
      assert.ok(
        run.warnings.some((w) => w.includes(`create label "${name}"`) && /taken off #42/.test(w)),
        `a warning names ${name}: ${run.warnings.join(' | ')}`,
      );
    }
    assert.equal(run.outputs.verdict, 'yellow', 'the verdict stands');
    assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1, 'the other writes are done');
  });

  test('a creation that fails after the add made the label grey is mended by colouring it', async (t) => {
    const persona = buildPersona('newcomer');
    const repo = persona.dataset.repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
    assert.ok(repo);
    repo.labels = repo.labels.filter((l) => l.name !== 'triage: check');
    const fake = await startFor(t, persona.dataset);
    // Every try of the creation fails (the retries take 5 s: one label only).
    fake.fault({ method: 'POST', path: '/repos/octo-org/widgets/labels', status: 502, body: { message: 'Server Error' } });
    const run = await runOn(fake, persona.event, { 'first-time-label': '' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(fake.requests('POST', /^\/repos\/octo-org\/widgets\/labels$/).length, 3, 'the creation was tried three times');
    assert.deepEqual(labelsOn(fake, 42), ['triage: check']);
    assert.equal(repoLabel(fake, 'triage: check')?.color, 'fbca04');
    assert.deepEqual(run.warnings, []);
  });

  test('an empty label input adds no label', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'label-yellow': '', 'first-time-label': '' });
    assert.equal(run.code, 0);
    assert.deepEqual(labelsOn(fake, 42), []);
    assert.deepEqual(writeRequests(fake), []);
    assertValidGraphql(fake);
  });

  test('a re-run on the same state writes nothing and posts no second comment', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const inputs = { 'welcome-message': welcome, 'report-comment': 'always' };
    const first = await runOn(fake, persona.event, inputs);
    assert.equal(first.code, 0);
    assert.ok(writeRequests(fake).length >= 3, 'the first run writes');
    const comments = structuredClone(fake.data.comments);
    const labels = labelsOn(fake, 42);
    const before = fake.log.length;
    const second = await runOn(fake, persona.event, inputs);
    assert.equal(second.code, 0);
    assert.deepEqual(
      writeRequests(fake, before).map((e) => `${e.method} ${e.path}`),
      [],
      'the second run writes nothing',
    );
    assert.deepEqual(fake.data.comments, comments);
    assert.deepEqual(labelsOn(fake, 42), labels);
    assert.match(second.summary, /\*\*Written:\*\* nothing/);
    assertValidGraphql(fake);
  });

  test('a re-triage with another verdict swaps the verdict labels and updates the report in place', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const first = await runOn(fake, persona.event, { 'report-comment': 'always' });
    assert.equal(first.outputs.verdict, 'yellow');
    assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: check']);
    const [report] = ourCommentsOfKind(fake, 42, 'report');
    assert.ok(report, 'report posted');
    assert.match(report.body, /🟡 newcomer-triage: yellow/);

    const before = fake.log.length;
    const second = await runOn(fake, persona.event, { 'report-comment': 'always', ...redForNewcomer });
    assert.equal(second.code, 0, second.stdout);
    assert.equal(second.outputs.verdict, 'red');
    assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: careful review']);
    const reports = ourCommentsOfKind(fake, 42, 'report');
    assert.equal(reports.length, 1, 'still one report comment');
    assert.equal(reports[0]?.id, report.id, 'the same comment, edited');
    assert.match(reports[0]?.body ?? '', /🔴 newcomer-triage: red/);
    const writes = writeRequests(fake, before)
      .map((e) => `${e.method} ${decodeURIComponent(e.path)}`)
      .sort();
    assert.deepEqual(writes, [
      'DELETE /repos/octo-org/widgets/issues/42/labels/triage: check',
      `PATCH /repos/octo-org/widgets/issues/comments/${report.id}`,
      'POST /repos/octo-org/widgets/issues/42/labels',
      'POST /repos/octo-org/widgets/labels',
    ]);
    assertValidGraphql(fake);
  });
});

describe('comments', () => {
  test('the welcome is posted once, placeholders filled, to a first-time contributor', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'welcome-message': welcome });
    assert.equal(run.code, 0);
    const welcomes = ourCommentsOfKind(fake, 42, 'welcome');
    assert.equal(welcomes.length, 1);
    assert.equal(welcomes[0]?.body, '<!-- newcomer-triage:welcome -->\nWelcome @sam-okafor, thanks for your first contribution to octo-org/widgets!');
    await runOn(fake, persona.event, { 'welcome-message': welcome });
    assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1, 'not posted again');
    assertValidGraphql(fake);
  });

  test('no welcome and no first-time label for an author with an earlier merged PR here', async (t) => {
    const persona = buildPersona('returning');
    const fake = await startFor(t, persona.dataset);
    // Without the association skip, the returning contributor is triaged.
    const run = await runOn(fake, persona.event, { 'welcome-message': welcome, 'skip-associations': 'OWNER,MEMBER,COLLABORATOR' });
    assert.equal(run.code, 0, run.stdout);
    assert.notEqual(run.outputs.verdict, 'skipped');
    assert.equal(run.outputs['first-time'], 'false');
    assert.deepEqual(ourComments(fake, 42), []);
    assert.ok(!labelsOn(fake, 42).includes('first-time contributor'));
    assertValidGraphql(fake);
  });

  test('report-comment posts only at or above its level', async (t) => {
    const persona = buildPersona('newcomer'); // yellow
    const fake = await startFor(t, persona.dataset);
    await runOn(fake, persona.event, { 'report-comment': 'red' });
    assert.deepEqual(ourCommentsOfKind(fake, 42, 'report'), [], 'yellow is below red');
    await runOn(fake, persona.event, { 'report-comment': 'yellow' });
    assert.equal(ourCommentsOfKind(fake, 42, 'report').length, 1);
    assertValidGraphql(fake);
  });

  test("a user's pasted markers neither block the welcome nor get edited", async (t) => {
    const persona = buildPersona('hostile');
    const pasted = persona.dataset.comments.filter((c) => c.author === persona.login).map((c) => ({ ...c }));
    assert.equal(pasted.length, 2);
    const fake = await startFor(t, persona.dataset);
    const inputs = { 'welcome-message': welcome, 'report-comment': 'always' };
    for (let i = 0; i < 2; i++) {
      const run = await runOn(fake, persona.event, inputs);
      assert.equal(run.code, 0, run.stdout);
      assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1, `run ${i + 1}: the action's own welcome`);
      assert.equal(ourCommentsOfKind(fake, 42, 'report').length, 1, `run ${i + 1}: the action's own report`);
    }
    for (const c of pasted)
      assert.deepEqual(
        fake.data.comments.find((x) => x.id === c.id),
        c,
        'the user comment is untouched',
      );
    for (const e of fake.requests('PATCH')) assert.ok(!pasted.some((c) => e.path.endsWith(`/${c.id}`)), `edited a user comment: ${e.path}`);
    assertValidGraphql(fake);
  });
});

describe('run modes', () => {
  test('dry-run sends no write and lists the planned writes', async (t) => {
    const persona = buildPersona('sprayer');
    const state = structuredClone(persona.dataset);
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'dry-run': 'true', 'welcome-message': welcome, 'report-comment': 'always' });
    assert.equal(run.code, 0);
    assertAllOutputs(run);
    assert.equal(run.outputs.verdict, 'red');
    assert.deepEqual(
      writeRequests(fake).map((e) => `${e.method} ${e.path}`),
      [],
    );
    assert.ok(fake.log.every((e) => e.method === 'GET' || (e.method === 'POST' && e.path === '/graphql')));
    assert.deepEqual(fake.data.items, state.items);
    assert.deepEqual(fake.data.comments, state.comments);
    assert.deepEqual(fake.data.repos, state.repos);
    assert.match(run.summary, /\*\*Would write\*\* \(dry run, nothing was sent\)/);
    for (const planned of [
      'create label "triage: careful review" (#d93f0b)',
      'create label "first-time contributor" (#7057ff)',
      'add "triage: careful review", "first-time contributor" to #42',
      'post the report comment on #42',
    ]) {
      assert.ok(run.summary.includes(`- 📝 ${planned}`), `planned: ${planned}`);
    }
    assert.ok(!run.summary.includes('post the welcome comment'), 'the welcome waits while the verdict is red');
    assertValidGraphql(fake);
  });

  test('the welcome waits while the verdict is red, and a re-triage that is no longer red posts it', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const red = await runOn(fake, persona.event, { 'welcome-message': welcome, 'report-comment': 'always', ...redForNewcomer });
    assert.equal(red.outputs.verdict, 'red');
    assert.equal(red.outputs['first-time'], 'true');
    assert.deepEqual(ourCommentsOfKind(fake, 42, 'welcome'), [], 'no welcome on a red verdict');
    assert.equal(ourCommentsOfKind(fake, 42, 'report').length, 1, 'the report still goes');
    assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: careful review']);
    const maintainer = userOf(persona.dataset, MAINTAINER);
    const again = await runOn(fake, commandEvent(persona, maintainer, 'MEMBER'), { 'welcome-message': welcome, 'report-comment': 'always' });
    assert.equal(again.outputs.verdict, 'yellow');
    assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1, 'welcomed once no longer red');
    assertValidGraphql(fake);
  });

  test('fail-on=yellow with a yellow verdict exits 1 after writing outputs, summary and labels', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'fail-on': 'yellow' });
    assert.equal(run.code, 1);
    assertAllOutputs(run);
    assert.equal(run.outputs.verdict, 'yellow');
    assert.equal(run.errors.length, 1);
    assert.match(run.errors[0] ?? '', /yellow.*fail-on/);
    assert.match(run.summary, /^### 🟡 newcomer-triage: yellow/);
    assert.match(run.summary, /✅ add "triage: check", "first-time contributor" to #42/);
    assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: check']);
    assertValidGraphql(fake);
  });

  test('fail-on=red with a yellow verdict passes', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'fail-on': 'red' });
    assert.equal(run.code, 0);
    assert.deepEqual(run.errors, []);
    assertValidGraphql(fake);
  });

  test('a read-only token: one warning naming the fix, exit 0, outputs and summary written', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset, { readOnlyToken: true });
    const event = { ...persona.event, name: 'pull_request' };
    const run = await runOn(fake, event, { 'welcome-message': welcome, 'report-comment': 'always' });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assert.equal(run.outputs.verdict, 'yellow');
    assert.equal(run.warnings.length, 1, run.warnings.join('\n---\n'));
    assert.match(run.warnings[0] ?? '', /pull_request_target/);
    assert.match(run.warnings[0] ?? '', /pull-requests: write/);
    assert.ok(writeRequests(fake).length > 0 && writeRequests(fake).every((e) => e.status === 403), 'writes were tried and refused');
    assert.deepEqual(labelsOn(fake, 42), []);
    assert.match(run.summary, /^### 🟡 newcomer-triage: yellow/);
    assert.match(run.summary, /pull\\_request\\_target|pull_request_target/);
    assertValidGraphql(fake);
  });
});

describe('hostile text', () => {
  test('nothing from user text becomes a mention, HTML, link, image, table break or marker', async (t) => {
    const persona = buildPersona('hostile');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'welcome-message': welcome, 'report-comment': 'always' });
    assert.equal(run.code, 0, run.stdout);
    assert.notEqual(run.outputs.verdict, 'red', 'not red, so both the welcome and the report are posted');
    const ours = ourComments(fake, 42);
    assert.equal(ours.length, 2);
    const texts = [
      { where: 'summary', text: run.summary, marker: null as string | null },
      ...ours.map((c) => ({ where: `comment ${c.id}`, text: c.body, marker: c.body.slice(0, c.body.indexOf('\n')) })),
    ];
    for (const { where, text, marker } of texts) {
      assert.ok(!/<img/i.test(text), `${where}: raw <img`);
      assert.ok(!/<\/?details/i.test(text), `${where}: raw <details>`);
      assert.ok(!/@octo-org/i.test(text), `${where}: @octo-org/maintainers mention`);
      // The only mention allowed is the author's own login, filled into the welcome by the maintainer's template.
      const mentions = [...text.matchAll(/@([A-Za-z][\w-]*)/g)].map((m) => m[1]);
      assert.deepEqual(
        mentions.filter((m) => m !== persona.login),
        [],
        `${where}: mentions`,
      );
      // The links allowed are the action's own: the author's profile, and the evidence of each count (the
      // searches for this author, the PR's files page).
      const own = [`https://github.com/${persona.login}`, 'https://github.com/octo-org/widgets/pull/42/files'];
      const evidence = new RegExp(`^https://github\\.com/search\\?q=(author|commenter)%3A${persona.login}%20[\\w%.-]+&type=(pullrequests|issues)$`);
      const links = [...text.matchAll(/\]\((\w+:[^)]*)\)/g)].map((m) => m[1] ?? '');
      assert.deepEqual(
        links.filter((l) => !own.includes(l) && !evidence.test(l)),
        [],
        `${where}: a link from user text`,
      );
      assert.ok(!text.includes('!['), `${where}: an image`);
      assert.ok(!text.includes('evil.example)'), `${where}: an unescaped link target`);
      assertTablesIntact(text, where);
      const markers = text.match(/<!-- newcomer-triage:\w+ -->/g) ?? [];
      if (marker === null) assert.deepEqual(markers, [], `${where}: no marker in the summary`);
      else {
        assert.deepEqual(markers, [marker], `${where}: only the action's own marker`);
        assert.ok(text.startsWith(marker), `${where}: marker at the top`);
      }
      // An odd number of fences would swallow the rest of the comment into a code block.
      assert.equal((text.match(/^```/gm) ?? []).length % 2, 0, `${where}: unbalanced code fence`);
    }
    assert.ok(Buffer.byteLength(run.summary) < 1024 * 1024, 'summary under 1 MiB');
    // The title is shown, escaped, not dropped.
    assert.ok(run.summary.includes('octo-org/maintainers'));
    assert.ok(HOSTILE_STRINGS.length > 0);
    assertValidGraphql(fake);
  });

  test('a hostile title stays inside its row of the backfill table', async (t) => {
    const persona = buildPersona('hostile');
    // The table cuts titles at 80 characters: the hostile parts go first.
    const pr = persona.dataset.items.find((i) => i.repo === 'octo-org/widgets' && i.number === 42);
    assert.ok(pr);
    pr.title = '| col | break | `|` <img src=x> @octo-org/maintainers ![x](https://evil.example/x.png)';
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, { name: 'workflow_dispatch', payload: persona.event.payload }, { 'dry-run': 'true' });
    assert.equal(run.code, 0, run.stdout);
    const triaged = JSON.parse(run.outputs.triaged ?? '[]') as { number: number }[];
    assert.ok(triaged.some((r) => r.number === 42));
    assert.equal(assertTablesIntact(run.summary, 'backfill summary'), 1);
    const row = run.summary.split('\n').find((l) => l.includes('| #42 |'));
    assert.ok(row, 'the row of #42');
    assert.ok(!/<img|<\/details|@octo-org|!\[|\]\(https:\/\/evil/i.test(row), row);
    assert.ok(row.includes('col'), 'the title is shown');
    assert.deepEqual(writeRequests(fake), []);
    assertValidGraphql(fake);
  });
});
