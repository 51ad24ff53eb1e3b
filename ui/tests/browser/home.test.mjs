// Home screen: full, empty, loading and error states; delete with
// confirmation and undo; the demo; keyboard focus; axe; screenshots.
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

describe('home', () => {
  test('full: lists each assessment with organisation, date, respondents, completion and level', async () => {
    const { page, errors } = await app.open('#/');
    const table = page.getByRole('table', { name: 'Your assessments' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    assert.equal(await rows.count(), 2);
    const demo = rows.filter({ hasText: 'Northwind Retail' });
    const text = await demo.innerText();
    // The demo's 9 respondents; created 2 March 2026, formatted for en-GB.
    assert.match(text, /2 Mar 2026/);
    assert.match(text, /\b9\b/);
    // 8 respondents × 50 + 17 of 9 × 50 = 417 / 450 = 92.67 %, cut (not rounded) → "92%".
    assert.match(text, /92%/);
    // The level the core returned, with its name: the fixture's overall is 3.1 (Defined).
    assert.match(text, /Defined, 3\.1/);
    const contoso = await rows.filter({ hasText: 'Contoso Bank' }).innerText();
    assert.match(contoso, /Not scored yet/);
    assert.match(contoso, /No respondents yet/);
    await noSeriousViolations(page);
    await screenshots(page, 'home');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('empty: explains what to do and offers create and the demo', async () => {
    const { page } = await app.open('#/', { scenario: 'empty' });
    await page.getByRole('heading', { name: 'No assessments yet' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'New assessment' }).count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Open the demo' }).count(), 1);
    await noSeriousViolations(page);
    await screenshots(page, 'home-empty');
    await page.context().close();
  });

  test('loading: a status says the list is loading', async () => {
    const { page } = await app.open('#/', { scenario: 'loading' });
    await page.getByRole('status').filter({ hasText: 'Loading assessments…' }).waitFor();
    // The context asks for reduced motion: the spinner does not spin.
    const seconds = await page.locator('.spinner').evaluate((el) => parseFloat(getComputedStyle(el).animationDuration));
    assert.ok(seconds < 0.001, `spinner animation ${seconds}s under prefers-reduced-motion`);
    await noSeriousViolations(page);
    await page.context().close();
  });

  test('error: the message in plain words and a way to try again', async () => {
    const { page } = await app.open('#/', { scenario: 'error' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /could not be loaded/);
    assert.match(text, /the database is locked by another program/);
    assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1);
    await noSeriousViolations(page);
    await screenshots(page, 'home-error');
    await page.context().close();
  });

  test('delete asks first, then Undo brings the assessment back', async () => {
    const { page } = await app.open('#/');
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    await page.getByRole('button', { name: /^Delete Contoso Bank/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Contoso Bank — Baseline before the CRM programme/);
    // The safe choice has focus; Escape cancels and nothing is sent.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel');
    await noSeriousViolations(page);
    await screenshots(page, 'home-delete-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await rows.count(), 2);
    let cmds = await page.evaluate(() => window.__cxmMock.calls.map((c) => c.cmd));
    assert.ok(!cmds.includes('delete_assessment'));

    await page.getByRole('button', { name: /^Delete Contoso Bank/ }).click();
    await dialog.getByRole('button', { name: 'Delete assessment' }).click();
    await page.getByText('“Contoso Bank — Baseline before the CRM programme” deleted.').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await screenshots(page, 'home-deleted-undo');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Contoso Bank', exact: true }).waitFor();
    assert.equal(await rows.count(), 2);
    cmds = await page.evaluate(() =>
      window.__cxmMock.calls.filter((c) => c.cmd.endsWith('_assessment')).map((c) => [c.cmd, c.args]),
    );
    assert.deepEqual(cmds, [
      ['delete_assessment', { assessmentId: 'a-contoso-bank' }],
      ['restore_assessment', { assessmentId: 'a-contoso-bank' }],
    ]);
    await page.context().close();
  });

  test('the Undo offer goes away after its window', async () => {
    const { page } = await app.open('#/');
    await page.clock.install();
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: /^Delete Contoso Bank/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete assessment' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    const purges = () =>
      page.evaluate(() =>
        window.__cxmMock.calls.filter((c) => c.cmd === 'purge_assessment').map((c) => c.args.assessmentId),
      );
    await page.clock.runFor(9_000);
    assert.deepEqual(await purges(), [], 'still undoable');
    await page.clock.runFor(2_000);
    await page.getByRole('button', { name: 'Undo' }).waitFor({ state: 'detached' });
    assert.equal(await page.locator('tbody tr').count(), 1);
    // The offer is gone, so the deletion is made final.
    await page.waitForFunction(() => window.__cxmMock.calls.some((c) => c.cmd === 'purge_assessment'));
    assert.deepEqual(await purges(), ['a-contoso-bank']);
    await page.context().close();
  });

  test('closing the Undo offer, a second deletion, or leaving Home purges; Undo does not', async () => {
    const { page } = await app.open('#/');
    await page.clock.install();
    await page.locator('tbody tr').first().waitFor();
    const calls = () =>
      page.evaluate(() =>
        window.__cxmMock.calls
          .filter((c) => /_assessment$/.test(c.cmd) && c.cmd !== 'get_assessment')
          .map((c) => [c.cmd, c.args.assessmentId]),
      );
    const remove = async (name) => {
      await page.getByRole('button', { name: new RegExp(`^Delete ${name}`) }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete assessment' }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
    };
    // Undo: restored, never purged, even after the offer's time.
    await remove('Contoso Bank');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Contoso Bank', exact: true }).waitFor();
    await page.clock.runFor(20_000);
    assert.deepEqual(await calls(), [
      ['delete_assessment', 'a-contoso-bank'],
      ['restore_assessment', 'a-contoso-bank'],
    ]);
    // Closed: purged at once.
    await remove('Contoso Bank');
    await page.getByRole('status').getByRole('button', { name: 'Close' }).click();
    await page.waitForFunction(() => window.__cxmMock.calls.some((c) => c.cmd === 'purge_assessment'));
    // A second deletion replaces the offer: the first is purged.
    await remove('Northwind Retail');
    assert.deepEqual((await calls()).slice(2), [
      ['delete_assessment', 'a-contoso-bank'],
      ['purge_assessment', 'a-contoso-bank'],
      ['delete_assessment', 'a-demo-northwind'],
    ]);
    // Leaving Home while Undo is offered: purged.
    await page.getByRole('link', { name: 'New assessment' }).click();
    await page.waitForFunction(() => window.__cxmMock.calls.filter((c) => c.cmd === 'purge_assessment').length === 2);
    assert.deepEqual((await calls()).at(-1), ['purge_assessment', 'a-demo-northwind']);
    await page.context().close();
  });

  test('the demo opens its results', async () => {
    const { page } = await app.open('#/', { scenario: 'empty' });
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    assert.match(page.url(), /#\/a\/a-demo-northwind\/results$/);
    await page.context().close();
  });

  test('keyboard: the skip link comes first and focus is visible', async () => {
    const { page } = await app.open('#/');
    await page.locator('tbody tr').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    assert.equal(outline.style, 'solid');
    assert.ok(outline.width >= 2, `focus outline ${outline.width}px`);
    await page.context().close();
  });
});
