// The participant page in a paced room against a real `cxm live --paced`,
// the facilitator driven through its stdin commands: two phones wait, follow
// `show`, vote blind, see the reveal with their own vote only, re-vote with
// their answer preselected; the first vote and the final answer as stored;
// a lost connection said and recovered without losing the screen; the end
// of the session. axe-clean, nothing scrolling sideways, at 360 and 390 px.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  breakEventStream,
  HTML_TEXT,
  KEEP_EVENT_SOURCES,
  inPage,
  makeAssessment,
  noSeriousViolations,
  overflow,
  PHONES,
  screenshot,
  startBrowser,
  startLive,
} from './harness.mjs';

let assessment;
let live;
let browser;
before(async () => {
  assessment = makeAssessment();
  live = await startLive(assessment.db, assessment.id, { paced: true });
  browser = await startBrowser();
});
after(async () => {
  await browser?.stop();
  await live?.stop();
  assessment?.remove();
});

async function join(page, name, department) {
  await page.getByRole('heading', { name: 'Spring workshop' }).waitFor();
  assert.match(await page.locator('.join').innerText(), /The facilitator leads the room question by question\./);
  await page.getByRole('radio', { name: department, exact: true }).check();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).tap();
}

/** Checks a screen on every phone: nothing sideways, and (first phone) axe and a screenshot. */
async function check(phones, name, { audit = true } = {}) {
  for (const { page } of phones) assert.ok((await overflow(page)) <= 0, `${name} scrolls sideways`);
  if (audit) await noSeriousViolations(phones[0].page);
  await screenshot(phones[0].page, name);
}

const heading = (page) => page.locator('h1').innerText();
const command = async (text) => assert.equal(await live.command(text), 'ok', text);

describe('paced participant', () => {
  test('wait, blind vote, reveal, re-vote, a lost connection, the end', async () => {
    const ann = await browser.phone(`${live.url}/#code=${live.code}`, { ...PHONES[0], init: KEEP_EVENT_SOURCES });
    const bo = await browser.phone(`${live.url}/#code=${live.code}`, PHONES[1]);
    const phones = [ann, bo];
    await join(ann.page, 'Ann Akers', 'Sales');
    await join(bo.page, 'Bo Berg', HTML_TEXT);
    for (const { page } of phones) await page.getByRole('heading', { name: 'Waiting for the facilitator' }).waitFor();
    await check(phones, 'waiting');

    const { body: questionnaire } = await inPage(ann.page, '/api/questionnaire');
    const [first, second] = questionnaire.dimensions[0].questions;

    // The facilitator shows a question: both phones have it, marked as the blind vote.
    await command(`show ${first.id}`);
    for (const { page } of phones) {
      await page.getByRole('heading', { name: first.prompt }).waitFor();
      assert.equal(await page.locator('.tag').innerText(), 'VOTE');
      assert.match(await page.locator('.question').innerText(), /Your vote is secret until the facilitator reveals/);
    }
    await check(phones, 'vote');
    await ann.page.getByRole('radio', { name: /^Level 2: Developing/ }).tap();
    await bo.page.getByRole('radio', { name: /^Level 4: Managed/ }).tap();
    for (const { page } of phones) await page.locator('[data-save-state="saved"]').waitFor();
    await screenshot(ann.page, 'vote-saved');
    const voting = await live.status();
    assert.equal(voting.participants, 2);
    assert.equal(voting.current.voted, 2);

    // The reveal: each phone shows its own vote, never another's.
    await command('reveal');
    for (const { page } of phones)
      await page.getByRole('heading', { name: 'Votes are on the screen — discuss' }).waitFor();
    assert.match(await ann.page.locator('.room').innerText(), /The facilitator will open a re-vote\./);
    assert.equal(await ann.page.locator('.own-vote__value').innerText(), 'Level 2: Developing');
    assert.equal(await bo.page.locator('.own-vote__value').innerText(), 'Level 4: Managed');
    assert.doesNotMatch(await ann.page.locator('main').innerText(), /Managed/);
    assert.equal(await ann.page.getByRole('radio').count(), 0);
    await check(phones, 'revealed');

    // The re-vote: the current answer preselected, clearly a re-vote; Ann changes hers, Bo keeps his.
    await command('revote');
    for (const { page } of phones) await page.locator('.tag--revote').waitFor();
    assert.equal(await ann.page.locator('.tag').innerText(), 'RE-VOTE');
    assert.equal(await ann.page.locator('.question__current').innerText(), 'Your answer now: Level 2: Developing');
    assert.ok(await ann.page.getByRole('radio', { name: /^Level 2: Developing/ }).isChecked());
    assert.ok(await bo.page.getByRole('radio', { name: /^Level 4: Managed/ }).isChecked());
    assert.equal(await ann.page.locator('[data-save-state]').getAttribute('data-save-state'), 'idle');
    await check(phones, 'revote');
    await ann.page.getByRole('radio', { name: /^Level 3: Defined/ }).tap();
    await ann.page.locator('[data-save-state="saved"]').waitFor();

    // Stored: Ann's first vote 2 and final 3 (re-voted); Bo's 4 and 4, not re-voted.
    const stored = assessment.sql(
      `select r.name, v.first_value, a.value, v.revoted_at is not null from respondents r ` +
        `join workshop_votes v on v.respondent_id = r.id join answers a on a.respondent_id = r.id ` +
        `and a.question_id = v.question_id where v.question_id = '${first.id}' order by r.name`,
    );
    assert.deepEqual(stored, [
      ['Ann Akers', '2', '3', '1'],
      ['Bo Berg', '4', '4', '0'],
    ]);

    // A lost connection: the page says it is reconnecting, keeps its screen, and catches up.
    await ann.context.setOffline(true);
    await breakEventStream(ann.page);
    await ann.page.locator('.reconnecting').waitFor();
    assert.match(await ann.page.locator('.reconnecting').innerText(), /reconnecting/);
    assert.equal(await heading(ann.page), first.prompt);
    await screenshot(ann.page, 'reconnecting');
    await command(`show ${second.id}`);
    await ann.context.setOffline(false);
    await ann.page.getByRole('heading', { name: second.prompt }).waitFor();
    await ann.page.locator('.reconnecting').waitFor({ state: 'detached' });
    assert.equal(await ann.page.getByRole('radio', { name: /^Level/, checked: true }).count(), 0);

    // Back to waiting, then the session stops.
    await command('wait');
    for (const { page } of phones) await page.getByRole('heading', { name: 'Waiting for the facilitator' }).waitFor();
    await live.stop();
    for (const { page } of phones)
      await page.getByRole('heading', { name: 'The session has ended, thank you' }).waitFor();
    assert.match(await ann.page.locator('.ended').innerText(), /You answered 1 question\./);
    await check(phones, 'ended');
    for (const { page, errors } of phones) {
      assert.equal(await page.evaluate(() => localStorage.getItem('cxm-live-token')), null);
      assert.deepEqual(errors, []);
    }
    for (const { context } of phones) await context.close();
  });
});
