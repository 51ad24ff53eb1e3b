// Roadmap: Now / Next / Later as served, each action with its dimension,
// step, effort and requirements; owner, due date, status and notes saved
// field by field ("Saved" only once the core answered); the due date a date
// picker, a date the core refuses said and marked at the field; clearing an
// action's edits after a confirmation; drop and restore with the focus
// kept; the phase capacities saved one at a time ("Saved" only once the
// core answered), refused with the core's reason, and back to their
// defaults; the table view with each filter, at 1024×768 without sideways
// scrolling; axe; screenshots.
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

const ID = 'a-demo-northwind';
const ROADMAP = `#/a/${ID}/roadmap`;

const served = (page) =>
  page.evaluate(() => window.__TAURI_INTERNALS__.invoke('get_roadmap', { args: { assessmentId: 'a-demo-northwind' } }));
const sentFields = (page) =>
  page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'set_action_field').map((c) => c.args));
const card = (page, id) => page.locator(`li[data-action="${id}"]`);

describe('roadmap', () => {
  test('three phases with every action as served: dimension, step, effort, owner', async () => {
    const { page, errors } = await app.open(ROADMAP);
    await page.locator('.rm-list').first().waitFor();
    const roadmap = await served(page);
    const headings = await page.locator('.phase__title').allInnerTexts();
    assert.match(headings[0], /^Now\s+0–3 months\s+\d+ actions?$/);
    assert.match(headings[1], /^Next\s+3–9 months/);
    assert.match(headings[2], /^Later\s+9–18 months/);
    assert.match(headings[3], /^Dropped actions/);
    for (const p of roadmap.phases) {
      const ids = await page
        .locator(`.phase--${p.phase} li[data-action]`)
        .evaluateAll((ls) => ls.map((l) => l.dataset.action));
      assert.deepEqual(
        ids,
        p.actions.map((a) => a.id),
        `order of ${p.phase} as the core planned it`,
      );
    }
    const first = roadmap.phases[0].actions[0];
    const c = card(page, first.id);
    const text = await c.innerText();
    assert.ok(text.includes(first.title));
    assert.ok(
      text.includes(`${first.dimensionTitle}: ${first.fromLevel} ${first.fromName} → ${first.toLevel} ${first.toName}`),
      text,
    );
    assert.ok(text.includes(`Effort ${first.effort}`));
    assert.equal(await c.getByLabel('Owner').inputValue(), first.defaultOwner);
    assert.match(text, /Suggested by the questionnaire/);
    await noSeriousViolations(page);
    await screenshots(page, 'roadmap');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('owner, due date, status and notes are each saved on their own, "Saved" only once answered', async () => {
    const { page, errors } = await app.open(ROADMAP);
    await page.locator('.rm-list').first().waitFor();
    const first = (await served(page)).phases[0].actions[0];
    const c = card(page, first.id);
    await page.evaluate(() => (window.__cxmMock.holdCommands = ['set_action_field']));
    const owner = c.getByLabel('Owner');
    await owner.fill('Jürgen Weiß (COO)');
    await owner.press('Enter');
    await c.locator('[data-save-state="saving"]').waitFor();
    assert.doesNotMatch(await c.locator('.save').innerText(), /saved/i);
    await page.evaluate(() => {
      window.__cxmMock.holdCommands = [];
      window.__cxmMock.releaseSaves();
    });
    await c.getByText('Owner saved').waitFor();
    assert.match(await c.innerText(), new RegExp(`Suggested: ${first.defaultOwner}`));

    await c.getByLabel('Due date').fill('2026-09-30');
    await c.getByLabel('Status').focus(); // leaving the field commits it
    await c.getByText('Due date saved').waitFor();
    await c.getByLabel('Status').selectOption('in_progress');
    await c.getByText('Status saved').waitFor();
    await c.getByLabel('Notes').fill('Budget agreed with finance.\nKick-off in June.');
    await c.getByLabel('Notes').press('Control+Enter');
    await c.getByText('Notes saved').waitFor();
    assert.deepEqual(
      (await sentFields(page)).map((a) => [a.actionId, a.change]),
      [
        [first.id, { field: 'owner', value: 'Jürgen Weiß (COO)' }],
        [first.id, { field: 'due', value: '2026-09-30' }],
        [first.id, { field: 'status', value: 'in_progress' }],
        [first.id, { field: 'notes', value: 'Budget agreed with finance.\nKick-off in June.' }],
      ],
    );
    // What the core holds now is what the fields show.
    const stored = (await served(page)).phases[0].actions.find((a) => a.id === first.id);
    assert.deepEqual(
      [stored.owner, stored.due, stored.status, stored.notes],
      ['Jürgen Weiß (COO)', '2026-09-30', 'in_progress', 'Budget agreed with finance.\nKick-off in June.'],
    );
    // Clearing the owner goes back to the questionnaire's.
    await c.getByLabel('Owner').fill('');
    await c.getByLabel('Owner').press('Enter');
    await c.getByText('Owner saved').waitFor();
    assert.deepEqual((await sentFields(page)).at(-1).change, { field: 'owner', value: null });
    await page.waitForFunction(
      ([id, o]) => document.querySelector(`li[data-action="${id}"] input`)?.value === o,
      [first.id, first.defaultOwner],
    );
    await noSeriousViolations(page);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the due date is a date picker; a date the core refuses is said and marked at the field', async () => {
    const { page, errors } = await app.open(ROADMAP);
    await page.locator('.rm-list').first().waitFor();
    const first = (await served(page)).phases[0].actions[0];
    const c = card(page, first.id);
    const due = c.getByLabel('Due date');
    // A date input that offers the core's range, its value ISO whatever the display.
    assert.equal(await due.getAttribute('type'), 'date');
    assert.equal(await due.getAttribute('min'), '2000-01-01');
    assert.equal(await due.getAttribute('max'), '2099-12-31');

    // A year typed as 1999: the core says why, at the field, which is marked.
    await due.fill('1999-09-30');
    await due.press('Enter');
    const said = 'The due date 1999-09-30 is before the year 2000; check the year.';
    await c.locator('.field__error').getByText(said).waitFor();
    assert.equal(await due.getAttribute('aria-invalid'), 'true');
    const described = (await due.getAttribute('aria-describedby')).split(' ');
    const texts = await Promise.all(
      described.map((id) => page.evaluate((i) => document.getElementById(i)?.textContent ?? '', id)),
    );
    assert.ok(
      texts.some((x) => x.includes(said)),
      texts.join(' | '),
    );
    // Bad input is corrected in place: no failed save to retry.
    assert.equal(await c.locator('[data-save-state="failed"]').count(), 0);
    assert.equal(await c.getByRole('button', { name: 'Try again' }).count(), 0);
    assert.equal(await due.inputValue(), '1999-09-30');
    await noSeriousViolations(page);
    await screenshots(page, 'roadmap-due-refused');

    // A date typed only in part is not sent as "no date".
    const sent = (await sentFields(page)).length;
    await due.fill('');
    await due.focus();
    await page.keyboard.type('09');
    await due.press('Enter');
    await c
      .locator('.field__error')
      .getByText('Enter a whole date (day, month and year), or clear the field.')
      .waitFor();
    assert.equal((await sentFields(page)).length, sent);

    // A whole date through the picker's input: sent as YYYY-MM-DD, the mark gone.
    await due.fill('2026-09-30');
    await c.getByLabel('Status').focus();
    await c.getByText('Due date saved').waitFor();
    assert.deepEqual((await sentFields(page)).at(-1).change, { field: 'due', value: '2026-09-30' });
    assert.equal((await served(page)).phases[0].actions[0].due, '2026-09-30');
    assert.equal(await due.getAttribute('aria-invalid'), null);
    assert.equal(await c.locator('.field__error').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('clear edits: asked first, then owner, due date, status and notes back to the roadmap as computed', async () => {
    const { page, errors } = await app.open(ROADMAP);
    await page.locator('.rm-list').first().waitFor();
    const first = (await served(page)).phases[0].actions[0];
    const c = card(page, first.id);
    const clear = c.getByRole('button', { name: `Clear edits of “${first.title}”` });
    assert.equal(await clear.count(), 0, 'nothing to clear on an unedited action');
    await c.getByLabel('Owner').fill('Jürgen Weiß (COO)');
    await c.getByLabel('Owner').press('Enter');
    await c.getByLabel('Status').selectOption('in_progress');
    await c.getByText('Status saved').waitFor();

    // Keep them: nothing sent, nothing changed.
    await clear.click();
    const ask = c.getByRole('group', { name: /Clear the owner, due date, status and notes/ });
    await ask.waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Yes, clear them',
      'focus on the confirming button',
    );
    await noSeriousViolations(page);
    await screenshots(page, 'roadmap-clear');
    await ask.getByRole('button', { name: 'Keep them' }).click();
    assert.equal(await ask.count(), 0);
    const resets = () =>
      page.evaluate(() =>
        window.__cxmMock.calls.filter((call) => call.cmd === 'reset_action').map((call) => call.args),
      );
    assert.deepEqual(await resets(), []);
    assert.equal(await c.getByLabel('Owner').inputValue(), 'Jürgen Weiß (COO)');

    // Clear them.
    await clear.click();
    await ask.getByRole('button', { name: 'Yes, clear them' }).click();
    await c.getByText('Edits cleared and saved').waitFor();
    assert.deepEqual(await resets(), [{ assessmentId: ID, actionId: first.id }]);
    assert.equal(await c.getByLabel('Owner').inputValue(), first.defaultOwner);
    assert.equal(await c.getByLabel('Status').inputValue(), '');
    assert.match(await c.innerText(), /Suggested by the questionnaire/);
    assert.equal(await clear.count(), 0, 'nothing left to clear');
    const now = (await served(page)).phases[0].actions.find((x) => x.id === first.id);
    assert.equal(now.ownerEdited, false);
    assert.equal(now.status, null);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a capacity is saved when committed, "Saved" only once the core answered; moved actions say why', async () => {
    const { page, errors } = await app.open(ROADMAP);
    await page.locator('.rm-list').first().waitFor();
    const panel = page.locator('.rm-capacity');
    const nowField = panel.getByLabel('Now: at most');
    const nextField = panel.getByLabel('Next: at most');
    assert.equal(await nowField.inputValue(), '8');
    assert.equal(await nextField.inputValue(), '12');
    assert.match(await panel.innerText(), /Default 8/);
    assert.match(await panel.innerText(), /Default 12/);
    assert.equal(await panel.getByRole('button', { name: 'Use defaults' }).isDisabled(), true);
    // The demo plans more than 8 actions for Now: the ninth moved to Next.
    assert.match(await page.locator('.phase--now .phase__title').innerText(), /8 actions$/);
    assert.ok((await page.locator('.phase--next .rm-moved', { hasText: 'Moved to Next: Now is full' }).count()) > 0);

    await page.evaluate(() => (window.__cxmMock.holdCommands = ['set_roadmap_capacity']));
    await nowField.fill('3');
    await nowField.press('Enter');
    await panel.locator('[data-save-state="saving"]').waitFor();
    assert.doesNotMatch(await panel.locator('.save').innerText(), /saved/i);
    await page.evaluate(() => {
      window.__cxmMock.holdCommands = [];
      window.__cxmMock.releaseSaves();
    });
    await panel.getByText('Capacity of Now saved').waitFor();
    const calls = await page.evaluate(() =>
      window.__cxmMock.calls.filter((c) => c.cmd === 'set_roadmap_capacity').map((c) => c.args),
    );
    assert.deepEqual(calls, [{ assessmentId: ID, phase: 'now', capacity: 3 }]);
    assert.equal((await served(page)).capacity.now, 3);
    assert.match(await page.locator('.phase--now .phase__title').innerText(), /3 actions$/);
    assert.equal(await panel.getByRole('button', { name: 'Use defaults' }).isDisabled(), false);
    await noSeriousViolations(page);
    await screenshots(page, 'roadmap-capacity');

    // Out of range: the core's reason, the value kept for correction.
    await nextField.fill('0');
    await nextField.press('Enter');
    await panel.locator('[data-save-state="failed"]').waitFor();
    assert.match(
      await panel.locator('.save').innerText(),
      /the capacity of Next must be between 1 and 100 actions; 0 was given/,
    );
    assert.equal(await nextField.inputValue(), '0');
    // Not a number: said here, nothing sent.
    const before = await page.evaluate(() => window.__cxmMock.calls.length);
    await nextField.fill('ten');
    await nextField.press('Enter');
    await panel.getByText('Enter a whole number from 1 to 100').waitFor();
    assert.equal(await page.evaluate(() => window.__cxmMock.calls.length), before);
    assert.equal(await nextField.getAttribute('aria-invalid'), 'true');
    await nextField.fill('15');
    await nextField.press('Enter');
    await panel.getByText('Capacity of Next saved').waitFor();
    assert.equal((await served(page)).capacity.next, 15);

    // Use defaults: both back, in one command.
    await panel.getByRole('button', { name: 'Use defaults' }).click();
    await panel.getByText('Defaults restored and saved').waitFor();
    assert.deepEqual(
      await page.evaluate(() =>
        window.__cxmMock.calls.filter((c) => c.cmd === 'reset_roadmap_capacity').map((c) => c.args),
      ),
      [{ assessmentId: ID }],
    );
    await page.waitForFunction(() => document.querySelector('.rm-capacity input')?.value === '8');
    assert.equal(await nextField.inputValue(), '12');
    assert.equal((await served(page)).capacity.isDefault, true);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the table lists every action in the plan’s order and filters by phase, dimension, owner and status', async () => {
    const { page, errors } = await app.open(ROADMAP);
    await page.locator('.rm-list').first().waitFor();
    await page.getByRole('button', { name: 'Table' }).click();
    await page.locator('.rm-table').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed'), 'true');
    const roadmap = await served(page);
    const all = roadmap.phases.flatMap((p) => p.actions.map((a) => ({ phase: p.phase, a })));
    const rowIds = () => page.locator('.rm-table tbody tr[data-row]').evaluateAll((rs) => rs.map((r) => r.dataset.row));
    const numbers = () => page.locator('.rm-table tbody td.rm-table__n').allInnerTexts();
    assert.deepEqual(
      await rowIds(),
      all.map((x) => x.a.id),
    );
    assert.deepEqual(
      await numbers(),
      all.map((_, i) => String(i + 1)),
    );
    const headers = await page.locator('.rm-table thead th').allInnerTexts();
    assert.deepEqual(
      headers.map((h) => h.toLowerCase()),
      ['#', 'action', 'dimension', 'step', 'phase', 'effort', 'owner', 'due', 'status'],
    );
    const first = all[0].a;
    const cells = await page.locator(`.rm-table tr[data-row="${first.id}"] td`).allInnerTexts();
    assert.deepEqual(cells.slice(0, 4), [
      '1',
      first.title,
      first.dimensionTitle,
      `${first.fromLevel} → ${first.toLevel}`,
    ]);
    assert.equal(cells[5], first.effort);
    assert.equal(cells[6], first.owner);
    assert.equal(cells[8], 'Not set');
    // A moved action says why beside its phase.
    const moved = all.find((x) => x.a.moved);
    assert.ok(moved, 'the demo has an action moved by a full phase');
    assert.match(
      await page.locator(`.rm-table tr[data-row="${moved.a.id}"] td`).nth(4).innerText(),
      /^Next\s+Now was full$/,
    );

    const filters = page.locator('.rm-filters');
    const expectRows = async (want, what) => {
      await page.waitForFunction(
        (n) => document.querySelectorAll('.rm-table tbody tr[data-row]').length === n,
        want.length,
      );
      assert.deepEqual(await rowIds(), want, what);
      assert.match(
        await page.locator('.rm-table caption').innerText(),
        new RegExp(`${want.length} of ${all.length} shown`),
      );
    };
    // Phase: the numbers stay those of the whole plan.
    await filters.getByLabel('Phase').selectOption('next');
    const next = all.filter((x) => x.phase === 'next');
    await expectRows(
      next.map((x) => x.a.id),
      'phase next',
    );
    assert.deepEqual(
      await numbers(),
      next.map((x) => String(all.indexOf(x) + 1)),
    );
    await filters.getByLabel('Phase').selectOption('');
    // Dimension.
    const dim = all.at(-1).a.dimensionId;
    await filters.getByLabel('Dimension').selectOption(dim);
    await expectRows(
      all.filter((x) => x.a.dimensionId === dim).map((x) => x.a.id),
      'dimension',
    );
    await filters.getByLabel('Dimension').selectOption('');
    // Owner.
    const owner = first.owner;
    await filters.getByLabel('Owner').selectOption(owner);
    await expectRows(
      all.filter((x) => x.a.owner === owner).map((x) => x.a.id),
      'owner',
    );
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expectRows(
      all.map((x) => x.a.id),
      'cleared',
    );
    // Status: set one on the first action from the cards, then filter.
    await page.getByRole('button', { name: 'Cards' }).click();
    await card(page, first.id).getByLabel('Status').selectOption('blocked');
    await card(page, first.id).getByText('Status saved').waitFor();
    await page.getByRole('button', { name: 'Table' }).click();
    await filters.getByLabel('Status').selectOption('blocked');
    await expectRows([first.id], 'status blocked');
    assert.equal(await page.locator(`.rm-table tr[data-row="${first.id}"] td`).nth(8).innerText(), 'Blocked');
    await filters.getByLabel('Status').selectOption('none');
    await expectRows(
      all.filter((x) => x.a.id !== first.id && !x.a.dropped && x.a.status === null).map((x) => x.a.id),
      'status not set',
    );
    // No match: said so.
    await filters.getByLabel('Phase').selectOption('now');
    await filters.getByLabel('Status').selectOption('done');
    await page.getByText('No action matches these filters.').waitFor();
    await noSeriousViolations(page);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the table fits 1024×768: nothing sideways, text wrapped not cut, two- and three-digit numbers on one line', async () => {
    const { page, errors } = await app.open(ROADMAP, {
      width: 1024,
      height: 768,
      before: 'window.__CXM_LONG_NAMES__ = true;',
    });
    await page.locator('.rm-list').first().waitFor();
    await page.getByRole('button', { name: 'Table' }).click();
    await page.locator('.rm-table').waitFor();
    await page.waitForTimeout(100);
    assert.deepEqual(await layoutProblems(page), []);
    // Every number cell on one line, and so would be 100 or 999.
    const lines = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('.rm-table tbody td.rm-table__n')];
      const count = (td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      };
      const out = cells.map((td) => [td.textContent, count(td), td.scrollWidth <= td.clientWidth]);
      const td = cells[0];
      const kept = td.textContent;
      for (const n of ['100', '999']) {
        td.textContent = n;
        out.push([n, count(td), td.scrollWidth <= td.clientWidth]);
      }
      td.textContent = kept;
      return out;
    });
    assert.ok(
      lines.some(([n]) => n.length === 2),
      'the demo has two-digit numbers',
    );
    for (const [n, count, fits] of lines) assert.deepEqual([n, count, fits], [n, 1, true]);
    await screenshots(page, 'roadmap-table');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('error and loading states', async () => {
    const { page } = await app.open(ROADMAP, { scenario: 'error' });
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /The roadmap could not be loaded/);
    await noSeriousViolations(page);
    await page.context().close();
  });
});
