// Targets: each dimension's today, target (default marked) and importance;
// a change is saved at once ("Saved" only once the core answered) and the
// gap, priority and roadmap counts shown are the core's new ones; back to
// the defaults; a refused save says why; the header's tabs on one line
// each; axe; screenshots.
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

const ID = 'a-demo-northwind';
const TARGETS = `#/a/${ID}/targets`;
const DATA = 'Customer data and a single customer view';

const served = (page, cmd) =>
  page.evaluate((c) => window.__TAURI_INTERNALS__.invoke(c, { args: { assessmentId: 'a-demo-northwind' } }), cmd);
const cut = (x) => (Math.floor(x * 10 + 1e-9) / 10).toFixed(1);
const row = (page, dim) => page.locator(`tr[data-dimension="${dim}"]`);

describe('targets', () => {
  test('the header with an assessment open: every tab on one line, nothing cut, at 1280 and 1920 px', async () => {
    const { page } = await app.open(TARGETS);
    await page.locator('.targets__table').waitFor();
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 720 });
      const header = await page.evaluate(() => {
        const links = [...document.querySelectorAll('.topbar a, .topbar button')];
        return {
          overflow:
            document.querySelector('.topbar__inner').scrollWidth - document.querySelector('.topbar__inner').clientWidth,
          // A link whose words wrapped is taller than its line.
          wrapped: links
            .filter(
              (l) => l.getClientRects().length > 1 || l.offsetHeight > 2 * parseFloat(getComputedStyle(l).lineHeight),
            )
            .map((l) => l.textContent),
          tabs: [...document.querySelectorAll('.tabs__link')].map((l) => l.textContent),
        };
      });
      assert.equal(header.overflow, 0, `the header overflows at ${width} px`);
      assert.deepEqual(header.wrapped, [], `wrapped at ${width} px`);
      assert.deepEqual(header.tabs, [
        'Set-up',
        'Respondents',
        'Results',
        'Targets',
        'Roadmap',
        'Export & import',
        'Run live',
      ]);
    }
    await page.context().close();
  });

  test('every dimension with today, the default target marked as such, importance, gap and priority as served', async () => {
    const { page, errors } = await app.open(TARGETS);
    await page.locator('.targets__table').waitFor();
    const { scorecard } = await served(page, 'get_results');
    assert.equal(await page.locator('.targets__table tbody tr').count(), scorecard.dimensions.length);
    const data = scorecard.dimensions.find((d) => d.id === 'data');
    const r = row(page, 'data');
    const target = r.getByLabel(`Target level for ${DATA}`);
    // The default is chosen and says which level it is.
    assert.equal(await target.inputValue(), '');
    assert.equal(
      await target.locator('option:checked').innerText(),
      `Default: ${data.defaultTarget} · ${['Initial', 'Developing', 'Defined', 'Managed', 'Optimising'][data.defaultTarget - 1]}`,
    );
    assert.match(await r.innerText(), /default/);
    assert.equal(await r.getByLabel(`Importance of ${DATA}`).inputValue(), '');
    assert.equal(await r.locator('.targets__gap').innerText(), cut(data.gap));
    assert.equal(await r.locator('.targets__priority').innerText(), cut(data.priority));
    assert.match(await r.innerText(), new RegExp(`${cut(data.score)} · ${data.level === 2 ? 'Developing' : '\\w+'}`));
    await noSeriousViolations(page);
    await screenshots(page, 'targets');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a new target is saved at once; the gap, priority and roadmap update from the core', async () => {
    const { page, errors } = await app.open(TARGETS);
    await page.locator('.targets__table').waitFor();
    const before = (await served(page, 'get_results')).scorecard.dimensions.find((d) => d.id === 'data');
    const r = row(page, 'data');
    const summaryBefore = await page.getByTestId('roadmap-summary').innerText();
    await page.evaluate(() => (window.__cxmMock.holdCommands = ['set_target']));
    await r.getByLabel(`Target level for ${DATA}`).selectOption('5');
    await r.locator('[data-save-state="saving"]').waitFor();
    // Not claimed saved while the core has not answered; the old gap still shows.
    assert.doesNotMatch(await r.locator('.save').innerText(), /Saved/);
    assert.equal(await r.locator('.targets__gap').innerText(), cut(before.gap));
    await page.evaluate(() => {
      window.__cxmMock.holdCommands = [];
      window.__cxmMock.releaseSaves();
    });
    await r.locator('[data-save-state="saved"]').waitFor();
    const sent = await page.evaluate(() =>
      window.__cxmMock.calls.filter((c) => c.cmd === 'set_target').map((c) => c.args),
    );
    assert.deepEqual(sent, [{ assessmentId: ID, dimensionId: 'data', target: 5, importance: null }]);
    const after = (await served(page, 'get_results')).scorecard.dimensions.find((d) => d.id === 'data');
    // Gap = 5 − score, as the core (here the mock) computed it.
    assert.ok(after.gap > before.gap);
    await page.waitForFunction(
      (g) => document.querySelector('tr[data-dimension="data"] .targets__gap')?.textContent === g,
      cut(after.gap),
    );
    assert.match(await r.innerText(), /agreed/);
    assert.match(await r.innerText(), new RegExp(`Default would be ${before.defaultTarget}`));
    // Importance next: the target stays as agreed.
    await r.getByLabel(`Importance of ${DATA}`).selectOption('5');
    await page.waitForFunction(() => window.__cxmMock.calls.filter((c) => c.cmd === 'set_target').length === 2);
    await r.locator('[data-save-state="saved"]').waitFor();
    const second = await page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'set_target')[1].args);
    assert.deepEqual(second, { assessmentId: ID, dimensionId: 'data', target: 5, importance: 5 });
    const last = (await served(page, 'get_results')).scorecard.dimensions.find((d) => d.id === 'data');
    await page.waitForFunction(
      (p) => document.querySelector('tr[data-dimension="data"] .targets__priority')?.textContent === p,
      cut(last.priority),
    );
    // The roadmap now holds the extra steps for data.
    const roadmap = await served(page, 'get_roadmap');
    const count = (phase) =>
      roadmap.phases.find((p) => p.phase === phase).actions.filter((a) => a.dimensionId === 'data' && !a.dropped)
        .length;
    assert.equal(
      await r.locator('.targets__actions').getAttribute('data-counts'),
      `${count('now')}/${count('next')}/${count('later')}`,
    );
    assert.match(
      await r.locator('.targets__actions').innerText(),
      new RegExp(`${count('now')} now\\s+${count('next')} next`),
    );
    assert.ok(count('next') > 0);
    assert.notEqual(await page.getByTestId('roadmap-summary').innerText(), summaryBefore);
    await noSeriousViolations(page);
    await screenshots(page, 'targets-agreed');

    // Back to the defaults in one step.
    await r.getByRole('button', { name: `Use defaults for ${DATA}: the method’s target and importance` }).click();
    await page.waitForFunction(() => window.__cxmMock.calls.filter((c) => c.cmd === 'set_target').length === 3);
    await r.locator('[data-save-state="saved"]').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'set_target')[2].args), {
      assessmentId: ID,
      dimensionId: 'data',
      target: null,
      importance: null,
    });
    assert.equal(await r.getByLabel(`Target level for ${DATA}`).inputValue(), '');
    await page.waitForFunction(
      (g) => document.querySelector('tr[data-dimension="data"] .targets__gap')?.textContent === g,
      cut(before.gap),
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('keyboard: tab to a target and change it with the arrow keys', async () => {
    const { page } = await app.open(TARGETS);
    await page.locator('.targets__table').waitFor();
    const select = row(page, 'vision').getByRole('combobox').first();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await row(page, 'vision').locator('[data-save-state="saved"]').waitFor();
    const sent = await page.evaluate(() => window.__cxmMock.calls.find((c) => c.cmd === 'set_target').args);
    assert.equal(sent.dimensionId, 'vision');
    assert.equal(sent.target, 1);
    await page.context().close();
  });

  test('a refused save says why and offers to try again', async () => {
    const { page } = await app.open(TARGETS);
    await page.locator('.targets__table').waitFor();
    await page.evaluate(() => (window.__cxmMock.failCommands = ['set_target']));
    const r = row(page, 'trust');
    await r.getByRole('combobox').first().selectOption('5');
    await r.locator('[data-save-state="failed"]').waitFor();
    assert.match(await r.locator('.save').innerText(), /Not saved: the database is locked by another program/);
    await page.evaluate(() => (window.__cxmMock.failCommands = []));
    await r.getByRole('button', { name: 'Try again' }).click();
    await r.locator('[data-save-state="saved"]').waitFor();
    await page.context().close();
  });

  test('empty: nothing scored yet', async () => {
    const { page } = await app.open('#/a/a-contoso-bank/targets');
    await page.getByRole('heading', { name: 'No scores yet' }).waitFor();
    await noSeriousViolations(page);
    await page.context().close();
  });
});
