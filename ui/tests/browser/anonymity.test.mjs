// Anonymity with mocked IPC: made anonymous on the set-up screen (with a
// threshold the screen checks), the badge beside the assessment's name on
// every screen, Results with withheld figures reading "fewer than k
// respondents", turning it off only after a confirmation that says who will
// see names, and "Do not quote" on a comment in the questionnaire.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutProblems, noSeriousViolations, screenshots, start } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.stop();
});

const DEMO = '#/a/a-demo-northwind';
const calls = (page, cmd) =>
  page.evaluate((c) => window.__cxmMock.calls.filter((x) => x.cmd === c).map((x) => x.args), cmd);
const anonymousBox = (page) => page.getByRole('checkbox', { name: /^Anonymous assessment/ });

/** Makes the demo anonymous with threshold `k` on the set-up screen. */
async function makeAnonymous(page, k) {
  await anonymousBox(page).check();
  await page.getByLabel('Threshold', { exact: true }).fill(String(k));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByTestId('anonymous-badge').waitFor();
}

describe('anonymity', () => {
  test('set-up: anonymous with a checked threshold; the badge follows on every screen', async () => {
    const { page, errors } = await app.open(`${DEMO}/setup`);
    await anonymousBox(page).waitFor();
    assert.equal(await page.getByLabel('Threshold', { exact: true }).count(), 0, 'no threshold while named');
    await anonymousBox(page).check();
    assert.equal(await page.getByLabel('Threshold', { exact: true }).inputValue(), '3', 'the default threshold');
    // A threshold of 1 protects nobody: said beside it, nothing saved.
    await page.getByLabel('Threshold', { exact: true }).fill('1');
    await page.getByText('The threshold must be a whole number from 2 to 50.').waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    assert.deepEqual(await calls(page, 'set_anonymity'), []);
    await noSeriousViolations(page);
    await screenshots(page, 'anonymity-setup');
    assert.deepEqual(await layoutProblems(page), []);

    await page.getByLabel('Threshold', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('anonymous-badge').waitFor();
    assert.deepEqual(await calls(page, 'set_anonymity'), [
      { assessmentId: 'a-demo-northwind', anonymous: true, threshold: 2 },
    ]);
    for (const tab of ['Respondents', 'Results', 'Roadmap']) {
      await page.getByRole('link', { name: tab, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: tab }).waitFor();
      assert.equal(await page.getByTestId('anonymous-badge').count(), 1, `badge on ${tab}`);
    }
    // The export screen says what its files leave out; Home marks it too.
    await page.getByRole('link', { name: 'Export & import', exact: true }).click();
    assert.match(await page.getByTestId('exports-anonymous').innerText(), /name nobody.*at least 2 of its respondents/);
    await page.goto(page.url().replace(/#.*$/, '#/'));
    const row = page.getByRole('row', { name: /Northwind Retail/ });
    await row.waitFor();
    assert.equal(await row.locator('.badge', { hasText: 'Anonymous' }).count(), 1);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('results: a department below the threshold reads "fewer than k respondents"', async () => {
    const { page, errors } = await app.open(`${DEMO}/setup`);
    await anonymousBox(page).waitFor();
    await makeAnonymous(page, 2);
    await page.getByRole('link', { name: 'Results', exact: true }).click();
    await page.getByTestId('anonymity-note').waitFor();
    assert.match(await page.getByTestId('anonymity-note').innerText(), /at least 2 of its respondents/);
    // Marketing has two respondents in the demo, every other department one.
    const heads = await page.locator('.heatmap thead th .heatmap__dept-name').allInnerTexts();
    const row = await page.locator('.heatmap tbody tr').first().locator('td').allInnerTexts();
    const cells = Object.fromEntries(heads.map((h, i) => [h, row[i]]));
    assert.match(cells.Marketing, /^\d\.\d$/);
    for (const [dept, cell] of Object.entries(cells))
      if (dept !== 'Marketing') assert.match(cell, /^<2\s*fewer than 2 respondents$|^<2$/, `${dept}: ${cell}`);
    // Screen readers hear the words, not "<2".
    assert.equal(
      await page.locator('.heatmap tbody tr').first().locator('.heat--withheld .visually-hidden').first().innerText(),
      'fewer than 2 respondents',
    );
    assert.match(await page.locator('.heatmap caption').innerText(), /<2: fewer than 2 respondents/);
    const means = await page.locator('.dept-means').first().innerText();
    assert.match(means, /Marketing: \d\.\d/);
    assert.match(means, /Sales: fewer than 2 respondents/);
    await noSeriousViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'anonymity-results');
    assert.deepEqual(await layoutProblems(page), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('turning anonymity off asks first and says who will see names', async () => {
    const { page, errors } = await app.open(`${DEMO}/setup`);
    await anonymousBox(page).waitFor();
    await makeAnonymous(page, 3);
    await anonymousBox(page).click();
    const dialog = page.getByRole('dialog', { name: 'Show names again?' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Everyone who reads them will see the names/);
    await noSeriousViolations(page);
    await screenshots(page, 'anonymity-off-confirm');
    // Cancel: still anonymous.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await anonymousBox(page).isChecked(), true);
    await anonymousBox(page).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Show names' }).click();
    assert.equal(await anonymousBox(page).isChecked(), false);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('anonymous-badge').waitFor({ state: 'detached' });
    assert.deepEqual((await calls(page, 'set_anonymity')).at(-1), {
      assessmentId: 'a-demo-northwind',
      anonymous: false,
      threshold: null,
    });
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a comment can be kept out of every export, and back in', async () => {
    // Sara Lind's first answer has a comment; open the questionnaire there.
    const key = 'cxm.position.a-demo-northwind.a-demo-northwind-r8';
    const { page, errors } = await app.open(`${DEMO}/answer/a-demo-northwind-r8`, {
      before: `localStorage.setItem(${JSON.stringify(key)}, 'vision.statement');`,
    });
    const box = page.getByRole('checkbox', { name: 'Do not quote' });
    await box.waitFor();
    await box.check();
    await page.waitForFunction(() => window.__cxmMock.calls.some((c) => c.cmd === 'set_do_not_quote'));
    assert.deepEqual(await calls(page, 'set_do_not_quote'), [
      {
        assessmentId: 'a-demo-northwind',
        respondentId: 'a-demo-northwind-r8',
        questionId: 'vision.statement',
        doNotQuote: true,
      },
    ]);
    assert.equal(await box.isChecked(), true);
    // The comment itself is still there for the consultant.
    assert.equal(await page.getByLabel(/^Comment/).inputValue(), 'Vision deck approved by the board in January.');
    await noSeriousViolations(page);
    await screenshots(page, 'anonymity-do-not-quote');
    assert.deepEqual(await layoutProblems(page), []);
    await box.uncheck();
    await page.waitForFunction(() => window.__cxmMock.calls.filter((c) => c.cmd === 'set_do_not_quote').length === 2);
    assert.equal(await box.isChecked(), false);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
