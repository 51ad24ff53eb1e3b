// The participant page against a real `cxm live` (self-paced): joining from
// the link's code, answering with "Saved" only after the server's 200, a
// refused save and its retry, a reload that comes back as the same
// participant with the answers in place and exactly one respondent in the
// database, the thank-you, the end of the session; at 360 and 390 px wide,
// axe-clean, nothing scrolling sideways.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HTML_TEXT,
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
  live = await startLive(assessment.db, assessment.id);
  browser = await startBrowser();
});
after(async () => {
  await browser?.stop();
  await live?.stop();
  assessment?.remove();
});

const saveState = (page) => page.locator('[data-save-state]').getAttribute('data-save-state');
const position = (page) => page.locator('.question__label').innerText();
const checked = (page) => page.locator('.choices input:checked').evaluateAll((inputs) => inputs.map((i) => i.value));

/** Joins from the join link as `name` of `department`; resolves on the first question. */
async function join(page, name, department = 'Sales') {
  await page.getByRole('heading', { name: 'Spring workshop' }).waitFor();
  await page.getByRole('radio', { name: department, exact: true }).check();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.locator('.question__prompt').waitFor();
}

async function noOverflow(page, what) {
  assert.ok((await overflow(page)) <= 0, `${what} scrolls sideways`);
}

describe('self-paced participant', () => {
  test('joins from the link, answers three with "Saved" after the 200, and a reload is the same participant', async () => {
    const { page, errors } = await browser.phone(`${live.url}/#code=${live.code}`);
    await page.getByRole('heading', { name: 'Spring workshop' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await noOverflow(page, 'the join form');
    await noSeriousViolations(page);
    await screenshot(page, 'join-details');
    await join(page, 'Ada Lovelace');

    assert.equal(await position(page), 'Question 1 of 50');
    assert.match(await page.locator('.top__who').innerText(), /Ada Lovelace · Sales/);
    assert.equal(await page.locator('.choice--level').count(), 5);
    assert.equal(await page.getByRole('radio', { name: /^Level 1: Initial There is/ }).count(), 1);
    assert.equal(await page.getByRole('radio', { name: 'Not applicable' }).count(), 1);
    assert.equal(await page.getByRole('radio', { name: 'Don’t know' }).count(), 1);
    assert.equal(await saveState(page), 'idle');
    await noOverflow(page, 'a question');
    await noSeriousViolations(page);
    await screenshot(page, 'question');

    const { body: questionnaire } = await inPage(page, '/api/questionnaire');
    const ids = questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.id)).slice(0, 3);

    // The first vote is held on its way: "Saving…", never "Saved", until the server answered.
    let release;
    const held = new Promise((ok) => (release = ok));
    await page.route('**/api/votes', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('radio', { name: /^Level 3: Defined/ }).tap();
    await page.locator('[data-save-state="saving"]').waitFor();
    await page.waitForTimeout(200);
    assert.equal(await saveState(page), 'saving');
    assert.equal(await page.getByText('Saved', { exact: false }).count(), 0);
    release();
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.match(await page.locator('.choice--checked .choice__badge').innerText(), /Saved/);
    await page.unroute('**/api/votes');
    await screenshot(page, 'question-saved');

    // A refused save shows the answer as not saved, the server's words and a retry.
    await page.getByRole('button', { name: 'Next' }).tap();
    assert.equal(await position(page), 'Question 2 of 50');
    await page.route('**/api/votes', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ kind: 'unavailable', message: 'the server could not save the vote; try again' }),
      }),
    );
    await page.getByRole('radio', { name: 'Not applicable' }).tap();
    await page.locator('[data-save-state="failed"]').waitFor();
    assert.match(
      await page.locator('.save-line').innerText(),
      /Not saved: the server could not save the vote; try again/,
    );
    assert.match(await page.locator('.choice--checked .choice__badge').innerText(), /Not saved/);
    await noOverflow(page, 'a refused save');
    await screenshot(page, 'question-not-saved');
    await page.unroute('**/api/votes');
    await page.getByRole('button', { name: 'Save again' }).tap();
    await page.locator('[data-save-state="saved"]').waitFor();

    await page.getByRole('button', { name: 'Next' }).tap();
    await page.getByRole('radio', { name: /^Level 5: Optimising/ }).tap();
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.match(await page.locator('.progress__text').innerText(), /3 of 50 answered/);

    // A reload (a locked phone, a lost tab) comes back as the same participant at the first open question.
    await page.reload();
    await page.locator('.question__prompt').waitFor();
    assert.equal(await position(page), 'Question 4 of 50');
    const me = await inPage(page, '/api/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.name, 'Ada Lovelace');
    assert.equal(me.body.answered, 3);
    for (const [label, value] of [
      ['Question 3 of 50', '5'],
      ['Question 2 of 50', 'na'],
      ['Question 1 of 50', '3'],
    ]) {
      await page.getByRole('button', { name: 'Previous' }).tap();
      assert.equal(await position(page), label);
      assert.deepEqual(await checked(page), [value]);
    }

    // Exactly one respondent for that person, with those answers.
    const people = assessment.sql("select id, department_id from respondents where name = 'Ada Lovelace'");
    assert.equal(people.length, 1);
    const answers = assessment.sql(`select question_id, value from answers where respondent_id = '${people[0][0]}'`);
    assert.deepEqual(
      Object.fromEntries(answers),
      Object.fromEntries([
        [ids[0], '3'],
        [ids[1], 'na'],
        [ids[2], '5'],
      ]),
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the jump to the first open question, the finish and the thank-you', async () => {
    const { page, errors } = await browser.phone(`${live.url}/#code=${live.code}`, PHONES[1]);
    await join(page, 'Grace Hopper');
    await page.getByRole('radio', { name: /^Level 2: Developing/ }).tap();
    await page.locator('[data-save-state="saved"]').waitFor();
    // To the last question: Next 49 times.
    for (let i = 1; i < 50; i += 1) await page.getByRole('button', { name: 'Next' }).click();
    assert.equal(await position(page), 'Question 50 of 50');
    await noOverflow(page, 'the last question at 390 px');
    await page.getByRole('button', { name: 'Go to the first unanswered question' }).tap();
    assert.equal(await position(page), 'Question 2 of 50');
    for (let i = 2; i < 50; i += 1) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Finish' }).tap();
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    const text = await page.locator('.done').innerText();
    assert.match(text, /You answered 1 of 50 questions\./);
    assert.match(text, /49 questions are still open\./);
    await noOverflow(page, 'the thank-you');
    await noSeriousViolations(page);
    await page.setViewportSize(PHONES[0]);
    await noOverflow(page, 'the thank-you at 360 px');
    await screenshot(page, 'thank-you');
    await page.getByRole('button', { name: 'Answer the open questions' }).tap();
    assert.equal(await position(page), 'Question 2 of 50');
    await page.getByRole('button', { name: 'Previous' }).tap();
    assert.deepEqual(await checked(page), ['2']);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a wrong code gets the plain message and what to do; user text shows as text', async () => {
    const { page, errors } = await browser.phone(`${live.url}/`);
    const code = page.getByLabel('Join code');
    await code.waitFor();
    assert.equal(await code.getAttribute('inputmode'), 'numeric');
    assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
    await noSeriousViolations(page);
    await noOverflow(page, 'the code form');
    await screenshot(page, 'join-code');

    await code.fill('12345');
    await page.getByRole('button', { name: 'Continue' }).tap();
    assert.match(await page.locator('.field__error').innerText(), /The join code is six digits\./);

    const wrong = live.code === '000000' ? '111111' : '000000';
    await code.fill(wrong);
    await page.getByRole('button', { name: 'Continue' }).tap();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const said = await alert.innerText();
    assert.match(said, /join code is wrong/);
    assert.match(said, /Check the six digits on the projector and type them again\./);
    assert.equal(await code.getAttribute('aria-invalid'), 'true');
    await noSeriousViolations(page);
    await noOverflow(page, 'a wrong code');
    await screenshot(page, 'join-wrong-code');

    await code.fill(live.code);
    await page.getByRole('button', { name: 'Continue' }).tap();
    await page.getByRole('heading', { name: 'Spring workshop' }).waitFor();
    assert.match(await page.locator('.join__org').innerText(), /^Northwind <b>Traders<\/b>$/);
    assert.equal(await page.getByRole('radio', { name: HTML_TEXT, exact: true }).count(), 1);
    await page.getByRole('radio', { name: HTML_TEXT, exact: true }).check();
    await page.getByLabel('Your name').fill(HTML_TEXT);
    await page.getByRole('button', { name: 'Join', exact: true }).tap();
    await page.locator('.question__prompt').waitFor();
    assert.equal(await page.locator('.top__who').innerText(), `${HTML_TEXT} · ${HTML_TEXT}`);
    assert.equal(await page.locator('img').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a kept token the server does not know: the join form says why', async () => {
    const { page, context } = await browser.phone(`${live.url}/`);
    await page.evaluate(() => localStorage.setItem('cxm-live-token', 'not-a-token-of-this-session'));
    // A new load of the join link (a fragment change alone would not reload).
    await page.goto(`${live.url}/#code=${live.code}`);
    await page.reload();
    await page.getByText('This session has ended or you were removed from it; join again.').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('cxm-live-token')), null);
    assert.equal(await page.getByLabel('Join code').inputValue(), live.code);
    await noSeriousViolations(page);
    await context.close();
  });

  test('the session stops: the page says it has ended', async () => {
    const { page, errors } = await browser.phone(`${live.url}/#code=${live.code}`);
    await join(page, 'Katherine Johnson');
    assert.equal(await page.locator('#session-language').count(), 1);
    await page.getByRole('radio', { name: /^Level 4: Managed/ }).tap();
    await page.locator('[data-save-state="saved"]').waitFor();
    await live.stop();
    await page.getByRole('heading', { name: 'The session has ended, thank you' }).waitFor();
    assert.match(await page.locator('.ended').innerText(), /You answered 1 question\./);
    assert.equal(await page.evaluate(() => localStorage.getItem('cxm-live-token')), null);
    assert.equal(await page.locator('#session-language').count(), 0, 'no language to switch once ended');
    await noOverflow(page, 'the end');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
