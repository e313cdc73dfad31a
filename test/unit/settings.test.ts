import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSettings, inputNames, inputNotices, inputSpecs, type InputName } from '../../src/settings/get-settings.js';
import { InputError } from '../../src/settings/input-error.js';

const read = (values: Record<string, string>) => (name: string) => values[name];

describe('getSettings', () => {
  // The defaults themselves are the settings table's (the runner test holds them equal to action.yml's and the
  // contract's); here, that an unset input parses as its default set by hand would, into the parsed shape.
  it('gives the table defaults, fully parsed, when nothing is set', () => {
    const s = getSettings(read({ 'github-token': 'a-token' }));
    const explicit = getSettings((name) => (name === 'github-token' ? 'a-token' : inputSpecs[name as InputName].default));
    for (const name of inputNames.filter((n) => n !== 'github-token')) assert.deepEqual(s[name], explicit[name], name);
    assert.equal(typeof s['dry-run'], 'boolean');
    assert.ok(Array.isArray(s['skip-associations']));
    assert.equal(typeof s['account-age-days'].yellow, 'number');
    assert.equal(typeof s['max-items'], 'number');
  });

  it('parses booleans in any case, lists by comma or newline, and users by login or id', () => {
    const s = getSettings(read({ 'dry-run': 'TRUE', 'skip-associations': 'owner\n member ,', 'trusted-users': 'Mona, 123\nhubot' }));
    assert.equal(s['dry-run'], true);
    assert.deepEqual(s['skip-associations'], ['OWNER', 'MEMBER']);
    assert.deepEqual(s['trusted-users'], { logins: ['mona', 'hubot'], ids: [123] });
  });

  const bad: [string, string, RegExp][] = [
    ['dry-run', 'yes', /allowed values are true, false/],
    ['skip-bots', '1', /allowed values are true, false/],
    ['skip-associations', 'OWNER,ADMIN', /"ADMIN" is not allowed; allowed values are OWNER, MEMBER/],
    ['trusted-users', 'not a login!', /neither a GitHub login nor a numeric user id/],
    ['activity-window-days', '0', /whole number from 1 to 365/],
    ['activity-window-days', '366', /whole number from 1 to 365/],
    ['activity-window-days', '9.5', /whole number from 1 to 365/],
    ['account-age-days', '90,1095', /the first at least the second/],
    ['account-age-days', '90', /two whole numbers "yellow,red"/],
    ['profile-fields', '8,1', /from 0 to 7/],
    ['closed-unmerged-ratio', '0.5,0.2', /the first at most the second/],
    ['closed-unmerged-ratio', '0.2,1.5', /from 0 to 1/],
    ['not-planned-issues', 'a,b', /two whole numbers/],
    ['repeated-titles', '6,4', /the first at most the second/],
    ['external-prs-per-week', '10,25,40', /two whole numbers/],
    ['ignore-signals', 'account-age,karma', /"karma" is not allowed; allowed values are account-age, profile-fields/],
    ['report-comment', 'sometimes', /allowed values are never, yellow, red, always/],
    ['fail-on', 'always', /allowed values are never, yellow, red/],
    ['max-items', '1001', /whole number from 1 to 1000/],
    ['label-red', 'x'.repeat(51), /at most 50 characters/],
  ];
  for (const [input, value, rule] of bad) {
    it(`rejects ${input}="${value.slice(0, 20)}" naming the input, the value and the rule`, () => {
      assert.throws(
        () => getSettings(read({ [input]: value })),
        (error: unknown) => {
          assert.ok(error instanceof InputError);
          assert.equal(error.input, input);
          assert.match(error.message, new RegExp(`^Input '${input}'`));
          assert.ok(error.message.includes(`"${value}"`), error.message);
          assert.match(error.message, rule);
          return true;
        },
      );
    });
  }

  it('refuses invitations without an org token, without echoing any token', () => {
    assert.throws(
      () => getSettings(read({ 'invite-to-org': 'true', 'github-token': 'ghs_secret' })),
      (error: Error) => {
        assert.match(error.message, /^Input 'invite-to-org'.*'org-token' must be set/);
        assert.ok(!error.message.includes('ghs_secret'));
        return true;
      },
    );
    assert.equal(getSettings(read({ 'invite-to-org': 'true', 'org-token': 'x' }))['invite-to-org'], true);
  });

  it('reads an input set empty as none where that means something, else as its default', () => {
    const s = getSettings(read({ 'label-yellow': '', 'welcome-message': '', 'fail-on': '', 'max-items': ' ' }));
    assert.equal(s['label-yellow'], '');
    assert.equal(s['fail-on'], 'never');
    assert.equal(s['max-items'], 50);
    assert.equal(getSettings(read({}))['label-yellow'], 'triage: check');
  });

  it('accepts bands at their limits and equal yellow and red', () => {
    const s = getSettings(read({ 'closed-unmerged-ratio': '0,1', 'profile-fields': '7,7', 'account-age-days': '0,0' }));
    assert.deepEqual(s['closed-unmerged-ratio'], { yellow: 0, red: 1 });
    assert.deepEqual(s['profile-fields'], { yellow: 7, red: 7 });
  });
});

describe('renamed signal ids', () => {
  it('reads workflow-files as sensitive-files, with a notice that says so', () => {
    const read = (name: string) => (name === 'ignore-signals' ? 'workflow-files, account-age' : undefined);
    assert.deepEqual(getSettings(read)['ignore-signals'], ['sensitive-files', 'account-age']);
    const notices = inputNotices(read);
    assert.equal(notices.length, 1);
    assert.match(notices[0] ?? '', /"workflow-files" is now called "sensitive-files"/);
    assert.deepEqual(
      inputNotices(() => 'account-age'),
      [],
    );
  });
});
