// The questionnaire as a respondent uses it: keyboard first, "Saved" only
// after the save resolved, failure and retry, progress, resume; its loading
// and error states; axe; screenshots.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { noSeriousViolations, screenshots, start } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.stop();
});

// Sara Lind (Marketing) has answered the first 17 of 50 questions.
const PART_WAY = '#/a/a-demo-northwind/answer/a-demo-northwind-r8';
// Amira Haddad has answered all 50.
const COMPLETE = '#/a/a-demo-northwind/answer/a-demo-northwind-r0';

const counter = (page) => page.locator('.q-count').innerText();
const saveState = (page) => page.locator('[data-save-state]').getAttribute('data-save-state');
const pressed = (page) =>
  page
    .locator('.q-main button[aria-pressed="true"]')
    .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-keyshortcuts')));

describe('questionnaire', () => {
  test('resumes after the last answer, with its dimension, five anchors and progress', async () => {
    const { page, errors } = await app.open(PART_WAY);
    await page.locator('.q-prompt').waitFor();
    // 17 answered in order → question 18, the third of dimension 4 (5 questions per dimension).
    assert.equal(await counter(page), 'Question 18 of 50');
    assert.match(
      await page.locator('.q-dimension').innerText(),
      /Dimension 4 of 10\s*Customer data and a single customer view/i,
    );
    assert.equal(await page.locator('.anchor').count(), 5);
    // Each card's accessible name starts with its level and name, then its anchor text.
    assert.equal(await page.getByRole('button', { name: /^Level 1: Initial Front-line staff see only/ }).count(), 1);
    assert.equal(await page.getByRole('button', { name: /^Level 5: Optimising / }).count(), 1);
    assert.equal(await saveState(page), 'idle');
    assert.match(await page.locator('.q-side').innerText(), /17 of 50 questions answered/);
    assert.match(
      await page.getByRole('progressbar', { name: '17 of 50 questions answered' }).getAttribute('aria-valuenow'),
      /^17$/,
    );
    // The shortcut hint is visible.
    assert.ok(await page.locator('.shortcuts').isVisible());
    await noSeriousViolations(page);
    await screenshots(page, 'questionnaire');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('keys 1–5, N and ? choose; "Saved" appears only once the save has resolved', async () => {
    const { page } = await app.open(PART_WAY);
    await page.locator('.q-prompt').waitFor();
    await page.evaluate(() => (window.__cxmMock.holdSaves = true));
    await page.keyboard.press('3');
    await page.locator('[data-save-state="saving"]').waitFor();
    assert.match(await page.locator('.save').innerText(), /Saving…/);
    // Still pending: nothing claims it is saved.
    await page.waitForTimeout(150);
    assert.equal(await saveState(page), 'saving');
    assert.equal(await page.getByText('Saved', { exact: true }).count(), 0);
    await page.evaluate(() => window.__cxmMock.releaseSaves());
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.deepEqual(await pressed(page), ['3']);
    await page.evaluate(() => (window.__cxmMock.holdSaves = false));
    const save = await page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'save_answer').at(-1).args);
    assert.deepEqual(save, {
      assessmentId: 'a-demo-northwind',
      respondentId: 'a-demo-northwind-r8',
      questionId: 'data.frontline-view',
      value: 3,
      comment: null,
    });
    assert.match(await page.locator('.q-side').innerText(), /18 of 50 questions answered/);

    await page.keyboard.press('n');
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.equal(await page.getByRole('button', { name: /Not applicable/ }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await pressed(page), ['N']);
    await page.keyboard.press('?');
    await page.waitForFunction(
      () => window.__cxmMock.calls.filter((c) => c.cmd === 'save_answer').at(-1).args.value === 'unknown',
    );
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.deepEqual(await pressed(page), ['?']);
    await page.keyboard.press('5');
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.deepEqual(await pressed(page), ['5']);
    await screenshots(page, 'questionnaire-answered');
    await page.context().close();
  });

  test('arrows and Enter move; typing in the comment does not answer; the comment is saved with the answer', async () => {
    const { page } = await app.open(PART_WAY);
    await page.locator('.q-prompt').waitFor();
    await page.keyboard.press('ArrowRight');
    assert.equal(await counter(page), 'Question 19 of 50');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await counter(page), 'Question 17 of 50');
    await page.keyboard.press('Enter');
    assert.equal(await counter(page), 'Question 18 of 50');
    // Focus follows the question so the next key acts on it.
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'q-prompt');

    await page.keyboard.press('2');
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.getByLabel(/Comment or evidence/).click();
    await page.keyboard.type('Only 3 of 12 stores see purchase history <b>today</b>');
    // "3" typed into the comment changed nothing.
    assert.deepEqual(await pressed(page), ['2']);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() =>
      window.__cxmMock.calls.some((c) => c.cmd === 'save_answer' && c.args.comment !== null),
    );
    const last = await page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'save_answer').at(-1).args);
    assert.equal(last.value, 2);
    assert.equal(last.comment, 'Only 3 of 12 stores see purchase history <b>today</b>');
    await page.locator('[data-save-state="saved"]').waitFor();
    // Keys work again after Escape.
    await page.keyboard.press('ArrowRight');
    assert.equal(await counter(page), 'Question 19 of 50');
    await page.context().close();
  });

  test('a comment is saved when typing pauses; "Saved" waits for it; closing the window saves it first', async () => {
    const { page } = await app.open(PART_WAY);
    await page.locator('.q-prompt').waitFor();
    await page.keyboard.press('2');
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.evaluate(() => window.__cxmMock.holdCommands.push('save_answer'));
    await page.getByLabel(/Comment or evidence/).click();
    await page.keyboard.type('Stores differ');
    // Typed, not yet committed: never "Saved".
    assert.equal(await saveState(page), 'saving');
    // The pause sends it without leaving the field; held, it still is not "Saved".
    await page.waitForFunction(() =>
      window.__cxmMock.calls.some((c) => c.cmd === 'save_answer' && c.args.comment === 'Stores differ'),
    );
    assert.equal(await saveState(page), 'saving');
    await page.evaluate(() => window.__cxmMock.releaseSaves());
    await page.locator('[data-save-state="saved"]').waitFor();

    // More text, and the window is closed at once: the text is saved, and
    // only once that save is answered does the page let the window close.
    await page.keyboard.type(' by region');
    await page.evaluate(() => window.dispatchEvent(new window.Event('cxm:closing')));
    await page.waitForFunction(() =>
      window.__cxmMock.calls.some((c) => c.cmd === 'save_answer' && c.args.comment === 'Stores differ by region'),
    );
    const closedEarly = await page.evaluate(() => window.__cxmMock.calls.some((c) => c.cmd === 'finish_closing'));
    assert.equal(closedEarly, false);
    await page.evaluate(() => window.__cxmMock.releaseSaves());
    await page.waitForFunction(() => window.__cxmMock.calls.some((c) => c.cmd === 'finish_closing'));
    const order = await page.evaluate(() => window.__cxmMock.calls.map((c) => c.cmd));
    assert.ok(order.lastIndexOf('save_answer') < order.indexOf('finish_closing'));
    await page.context().close();
  });

  test('an answer is cleared by Delete, by Backspace, or by choosing it again', async () => {
    const { page } = await app.open(PART_WAY);
    await page.locator('.q-prompt').waitFor();
    const clears = () => page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'clear_answer').length);
    for (const clearing of [['Delete'], ['Backspace'], ['4']]) {
      await page.keyboard.press('4');
      await page.locator('[data-save-state="saved"]').waitFor();
      assert.deepEqual(await pressed(page), ['4']);
      const before = await clears();
      for (const k of clearing) await page.keyboard.press(k);
      await page.locator('[data-save-state="saved"]', { hasText: 'Answer cleared' }).waitFor();
      assert.deepEqual(await pressed(page), []);
      assert.equal(await clears(), before + 1);
    }
    const last = await page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'clear_answer').at(-1).args);
    assert.equal(last.respondentId, 'a-demo-northwind-r8');
    await page.context().close();
  });

  test('Tab reaches every control, and Space on an anchor card chooses it', async () => {
    const { page } = await app.open(PART_WAY);
    await page.locator('.q-prompt').waitFor();
    await page.locator('.q-prompt').focus();
    const seen = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(
          () => document.activeElement?.getAttribute('aria-keyshortcuts') ?? document.activeElement?.tagName,
        ),
      );
    }
    assert.deepEqual(seen.slice(0, 10), [
      '1',
      '2',
      '3',
      '4',
      '5',
      'N',
      '?',
      'ArrowLeft',
      'ArrowRight Enter',
      'TEXTAREA',
    ]);
    await page.locator('.anchor').nth(3).focus();
    await page.keyboard.press('Space');
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.deepEqual(await pressed(page), ['4']);
    await page.context().close();
  });

  test('a failed save says so in plain words and can be retried', async () => {
    const { page } = await app.open(PART_WAY);
    await page.locator('.q-prompt').waitFor();
    await page.evaluate(() => (window.__cxmMock.failSaves = 1));
    await page.keyboard.press('4');
    await page.locator('[data-save-state="failed"]').waitFor();
    assert.match(await page.locator('.save').innerText(), /Not saved: the disk is full/);
    assert.deepEqual(await pressed(page), []);
    await noSeriousViolations(page);
    await page.getByRole('button', { name: 'Save again' }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.deepEqual(await pressed(page), ['4']);
    await page.context().close();
  });

  test('a restart resumes exactly on the question the respondent was on', async () => {
    const { page } = await app.open(PART_WAY);
    await page.locator('.q-prompt').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await counter(page), 'Question 15 of 50');
    await page.reload();
    await page.locator('.q-prompt').waitFor();
    assert.equal(await counter(page), 'Question 15 of 50');
    await page.context().close();
  });

  test('the side list jumps to a dimension and marks completed ones', async () => {
    const { page } = await app.open(PART_WAY);
    await page.locator('.q-prompt').waitFor();
    const side = page.getByRole('complementary', { name: 'Progress' });
    await side.getByRole('button', { name: /Trust and transparency/ }).click();
    assert.equal(await counter(page), 'Question 46 of 50');
    assert.equal(
      await side.getByRole('button', { name: /Trust and transparency/ }).getAttribute('aria-current'),
      'step',
    );
    // The first three dimensions (15 questions) are complete: a tick, not only a colour.
    assert.equal(await side.locator('.dim-progress__mark', { hasText: '✓' }).count(), 3);
    await page.context().close();
  });

  test('after the last question the respondent is told they are done', async () => {
    const { page } = await app.open(COMPLETE);
    await page.locator('.q-prompt').waitFor();
    assert.equal(await counter(page), 'Question 50 of 50');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'All questions answered' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'See the results' }).count(), 1);
    await noSeriousViolations(page);
    await screenshots(page, 'questionnaire-done');
    await page.context().close();
  });

  test('loading and error states', async () => {
    const loading = await app.open(PART_WAY, { scenario: 'loading' });
    await loading.page.getByRole('status').filter({ hasText: 'Loading the questionnaire…' }).waitFor();
    await noSeriousViolations(loading.page);
    await loading.context.close();
    const failing = await app.open(PART_WAY, { scenario: 'error' });
    await failing.page.getByRole('alert').waitFor();
    assert.match(await failing.page.getByRole('alert').innerText(), /the database is locked by another program/);
    await noSeriousViolations(failing.page);
    await failing.context.close();
  });
});
