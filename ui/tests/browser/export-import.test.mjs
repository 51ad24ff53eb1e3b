// Export & import: each export shows its progress and then where the file
// went, with an offer to open it; cancelling a dialog says nothing was saved;
// an import shows the merge report before anything is committed, each
// conflict with both answers and a choice of side, commits on request with
// the sides chosen, and a refused file blocks the commit with its reason;
// axe on every state; screenshots.
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

const SCREEN = '#/a/a-demo-northwind/export-import';
const calls = (page, cmd) =>
  page.evaluate((c) => window.__cxmMock.calls.filter((x) => x.cmd === c).map((x) => x.args), cmd);

describe('export & import', () => {
  test('the tab is there and the screen offers the four exports and the import', async () => {
    const { page, errors } = await app.open(SCREEN);
    await page.getByRole('heading', { name: 'Export & import', level: 1 }).waitFor();
    const tab = page.getByRole('link', { name: 'Export & import' });
    assert.equal(await tab.getAttribute('aria-current'), 'page');
    for (const name of [
      'Export PDF…',
      'Export DOCX…',
      'Export XLSX…',
      'Export pack…',
      'Export all departments…',
      'Import packs…',
    ]) {
      assert.ok(await page.getByRole('button', { name }).isVisible(), name);
    }
    // Departments to choose a pack for, in the assessment's order.
    const options = await page.getByLabel('Department').locator('option').allInnerTexts();
    assert.deepEqual(options, ['Marketing', 'Sales', 'Service', 'Product', 'Digital', 'Operations', 'Finance', 'IT']);
    await noSeriousViolations(page);
    await screenshots(page, 'export-import');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('PDF: progress while it renders, then the file and an offer to open it', async () => {
    const { page, errors } = await app.open(SCREEN);
    await page.getByRole('button', { name: 'Export PDF…' }).waitFor();
    await page.getByRole('radio', { name: 'US Letter' }).check();
    // Hold run_export so the rendering state can be seen.
    await page.evaluate(() => {
      window.__cxmMock.holdExports = true;
    });
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const status = page
      .locator('[role="group"]', { has: page.getByRole('heading', { name: 'PDF report' }) })
      .getByRole('status');
    await status.getByText('Rendering the report…').waitFor();
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    // No second export while one runs.
    assert.ok(await page.getByRole('button', { name: 'Export XLSX…' }).isDisabled());
    await noSeriousViolations(page);
    await page.evaluate(() => window.__cxmMock.releaseExports());
    await status.getByText('Saved to Northwind Retail - CX maturity report - 2026-05-01.pdf').waitFor();
    assert.match(await status.innerText(), /in \/home\/consultant\/Documents/);
    // The paper choice went to the desktop side with the token it handed out.
    const [choose] = await calls(page, 'choose_export');
    assert.deepEqual(choose, { assessmentId: 'a-demo-northwind', export: { kind: 'pdf' } });
    const [run] = await calls(page, 'run_export');
    assert.equal(run.paper, 'letter');
    assert.match(run.token, /^export-/);

    await page.getByRole('button', { name: /^Open Northwind Retail - CX maturity report/ }).click();
    await page.waitForFunction(() => window.__cxmMock.calls.some((c) => c.cmd === 'open_export'));
    const [open] = await calls(page, 'open_export');
    assert.equal(open.path, '/home/consultant/Documents/Northwind Retail - CX maturity report - 2026-05-01.pdf');
    await noSeriousViolations(page);
    await screenshots(page, 'export-import-pdf-saved');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('Word: the same dialog, paper and progress as the PDF, then the file and an offer to open it', async () => {
    const { page, errors } = await app.open(SCREEN);
    const group = page.locator('[role="group"]', {
      has: page.getByRole('heading', { name: 'Word document (DOCX)' }),
    });
    await group.getByRole('button', { name: 'Export DOCX…' }).waitFor();
    await page.getByRole('radio', { name: 'US Letter' }).check();
    await page.evaluate(() => {
      window.__cxmMock.holdExports = true;
    });
    await group.getByRole('button', { name: 'Export DOCX…' }).click();
    const status = group.getByRole('status');
    await status.getByText('Rendering the report…').waitFor();
    assert.ok(await page.getByRole('button', { name: 'Export PDF…' }).isDisabled());
    await page.evaluate(() => window.__cxmMock.releaseExports());
    await status.getByText('Saved to Northwind Retail - CX maturity report - 2026-05-01.docx').waitFor();
    const [choose] = await calls(page, 'choose_export');
    assert.deepEqual(choose, { assessmentId: 'a-demo-northwind', export: { kind: 'docx' } });
    const [run] = await calls(page, 'run_export');
    assert.equal(run.paper, 'letter');
    await group.getByRole('button', { name: /^Open Northwind Retail - CX maturity report/ }).click();
    await page.waitForFunction(() => window.__cxmMock.calls.some((c) => c.cmd === 'open_export'));
    const [open] = await calls(page, 'open_export');
    assert.equal(open.path, '/home/consultant/Documents/Northwind Retail - CX maturity report - 2026-05-01.docx');
    await noSeriousViolations(page);
    await screenshots(page, 'export-import-docx-saved');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a cancelled dialog saves nothing and says so; a failed export says why', async () => {
    const { page } = await app.open(SCREEN);
    await page.getByRole('button', { name: 'Export XLSX…' }).waitFor();
    await page.evaluate(() => window.__cxmMock.picks.push(null));
    await page.getByRole('button', { name: 'Export XLSX…' }).click();
    await page.getByText('Nothing was saved.').waitFor();
    assert.equal((await calls(page, 'run_export')).length, 0);

    await page.evaluate(() => window.__cxmMock.failCommands.push('run_export'));
    await page.getByRole('button', { name: 'Export XLSX…' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /The export failed: the database is locked by another program/);
    await noSeriousViolations(page);
    await page.context().close();
  });

  test('packs: one department to a file, or all departments into a folder, each file listed', async () => {
    const { page } = await app.open(SCREEN);
    await page.getByLabel('Department').selectOption({ label: 'Service' });
    await page.getByRole('button', { name: 'Export pack…' }).click();
    await page.getByText('Saved to Northwind Retail - Service - self-assessment - 2026-05-01.cxpack').waitFor();
    const [one] = await calls(page, 'choose_export');
    assert.deepEqual(one.export, { kind: 'pack', departmentId: 'a-demo-northwind-d2' });

    await page.getByRole('button', { name: 'Export all departments…' }).click();
    await page.getByText('Saved 8 packs to /home/consultant/Documents/packs:').waitFor();
    const items = await page.locator('.export-import__files li').allInnerTexts();
    assert.equal(items.length, 8);
    assert.equal(items[0], 'Northwind Retail - Marketing - self-assessment - 2026-05-01.cxpack (Marketing)');
    await noSeriousViolations(page);
    await screenshots(page, 'export-import-packs-saved');
    await page.context().close();
  });

  test('all packs into a folder that already holds some: asked first; cancel writes nothing, Replace writes them', async () => {
    const { page } = await app.open(SCREEN);
    await page.evaluate(() => {
      window.__cxmMock.existingPacks = ['Northwind Retail - Sales - self-assessment - 2026-05-01.cxpack'];
    });
    await page.getByRole('button', { name: 'Export all departments…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace packs already in this folder?' });
    await dialog.waitFor();
    assert.match(
      await dialog.innerText(),
      /already holds 1 of these packs: Northwind Retail - Sales - self-assessment - 2026-05-01\.cxpack/,
    );
    await noSeriousViolations(page);
    // The safe choice has focus; Escape cancels and nothing is written.
    await page.keyboard.press('Escape');
    await page.getByText(/nothing was saved/i).waitFor();
    assert.equal((await calls(page, 'run_export')).length, 0);

    await page.getByRole('button', { name: 'Export all departments…' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await page.getByText('Saved 8 packs to /home/consultant/Documents/packs:').waitFor();
    const [run] = await calls(page, 'run_export');
    assert.equal(run.replace, true);
    await page.context().close();
  });

  test('import preview: the checksum is described as damage detection, and a pack this app never exported is named', async () => {
    const { page } = await app.open(SCREEN);
    await page.getByRole('button', { name: 'Import packs…' }).click();
    const preview = page.getByRole('region', { name: 'Preview: nothing has been imported yet' });
    await preview.waitFor();
    const text = await preview.innerText();
    assert.match(
      text,
      /checksum matched, so none was damaged on its way\. A checksum does not show who filled in a pack/,
    );
    assert.match(text, /no record of exporting Northwind Retail - Service - self-assessment\.cxpack/);
    assert.doesNotMatch(text, /no record of exporting Northwind Retail - Sales/);
    await page.context().close();
  });

  test('import: the merge report comes first, nothing is committed until Import', async () => {
    const { page, errors } = await app.open(SCREEN);
    await page.getByRole('button', { name: 'Import packs…' }).click();
    const preview = page.getByRole('region', { name: 'Preview: nothing has been imported yet' });
    await preview.waitFor();
    // Focus moves to the preview so a screen reader hears it.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'preview-title');
    assert.equal((await calls(page, 'commit_import')).length, 0);
    const text = await preview.innerText();
    assert.match(
      text,
      /Importing would add 20 answers, update 3 answers and leave 77 answers as they are; 2 answers were changed on both sides: you choose below which one stands/,
    );
    // Per file: added / updated / unchanged / conflicts, new respondents.
    const rows = await preview.locator('table').first().locator('tbody tr').allInnerTexts();
    assert.match(rows[0], /Sales\s+12\s+3\s+35\s+2/);
    assert.match(rows[0], /New respondents: Émilie Laurent/);
    assert.match(rows[1], /Service\s+8\s+0\s+42\s+0/);
    await noSeriousViolations(page);
    await screenshots(page, 'export-import-preview');

    // With the rule's sides, untouched: both choices go as shown.
    await preview.getByRole('button', { name: 'Import 2 files' }).click();
    await page.getByText('Imported 2 files: 20 answers added, 3 answers updated, 2 conflicts resolved.').waitFor();
    const [commit] = await calls(page, 'commit_import');
    assert.deepEqual(commit, {
      assessmentId: 'a-demo-northwind',
      token: 'import-1',
      choices: [
        { respondentId: 'r-import-soren', questionId: commit.choices[0].questionId, keep: 'pack' },
        { respondentId: 'r-import-kasia', questionId: commit.choices[1].questionId, keep: 'database' },
      ],
    });
    assert.equal(await preview.count(), 0);
    await noSeriousViolations(page);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('import: each conflict shows both answers with comment and time, the newer marked, the rule’s side chosen', async () => {
    const { page, errors } = await app.open(SCREEN);
    await page.getByRole('button', { name: 'Import packs…' }).click();
    const soren = page.getByRole('group', { name: /^Søren Nielsen: / });
    await soren.waitFor();
    const ours = soren.getByRole('radio', { name: 'Keep ours (this laptop)' });
    const theirs = soren.getByRole('radio', { name: 'Keep theirs (the pack from Søren Nielsen)' });
    // Both answers, the comment as text (not markup), and when each was given.
    const text = await soren.innerText();
    assert.match(text, /Level 2/);
    assert.match(text, /after the <b>board<\/b> meeting/);
    assert.match(text, /Level 4/);
    assert.match(text, /No comment/);
    // Formatted in the page: its locale and time zone.
    const [ourTime, theirTime] = await page.evaluate(() => [
      new Intl.DateTimeFormat(window.navigator.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date('2026-04-20T10:00:00Z'),
      ),
      new Intl.DateTimeFormat(window.navigator.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date('2026-04-21T09:30:00Z'),
      ),
    ]);
    assert.ok(text.includes(`Given ${ourTime}`), `${text} has ${ourTime}`);
    assert.ok(text.includes(`Given ${theirTime}`), `${text} has ${theirTime}`);
    // The pack's answer is newer: marked, and chosen to start with.
    assert.equal(await theirs.isChecked(), true);
    assert.equal(await ours.isChecked(), false);
    const newer = await soren.locator('.conflict__option', { has: page.locator('.badge') }).innerText();
    assert.match(newer, /Keep theirs/);
    // The radio's description is its answer.
    assert.match(await ours.getAttribute('aria-describedby'), /database-answer$/);
    // Kasia's own answer here is newer: ours chosen.
    const kasia = page.getByRole('group', { name: /^Kasia Nowak: / });
    assert.equal(await kasia.getByRole('radio', { name: 'Keep ours (this laptop)' }).isChecked(), true);
    assert.match(await page.locator('.conflicts').innerText(), /Chosen now: 1 from this app, 1 from the packs\./);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('import: “keep ours” on one of two conflicts goes to the commit with the other as shown', async () => {
    const { page, errors } = await app.open(SCREEN);
    await page.getByRole('button', { name: 'Import packs…' }).click();
    const soren = page.getByRole('group', { name: /^Søren Nielsen: / });
    await soren.waitFor();
    // By keyboard: into the group, then the arrow moves the choice.
    await soren.getByRole('radio', { name: /^Keep theirs/ }).focus();
    await page.keyboard.press('ArrowUp');
    const ours = soren.getByRole('radio', { name: 'Keep ours (this laptop)' });
    assert.equal(await ours.isChecked(), true);
    assert.match(await page.locator('.conflicts').innerText(), /Chosen now: 2 from this app, 0 from the packs\./);
    await noSeriousViolations(page);

    await page.getByRole('button', { name: 'Import 2 files' }).click();
    await page.getByText(/^Imported 2 files/).waitFor();
    const [commit] = await calls(page, 'commit_import');
    assert.deepEqual(
      commit.choices.map((c) => [c.respondentId, c.keep]),
      [
        ['r-import-soren', 'database'],
        ['r-import-kasia', 'database'],
      ],
    );
    assert.equal(new Set(commit.choices.map((c) => c.questionId)).size, 2);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('import: keep all theirs, then all ours, sets every conflict', async () => {
    const { page } = await app.open(SCREEN);
    await page.getByRole('button', { name: 'Import packs…' }).click();
    await page.getByRole('button', { name: 'Keep all theirs' }).click();
    const checked = async (name) =>
      Promise.all(
        ['Søren Nielsen', 'Kasia Nowak'].map((who) =>
          page
            .getByRole('group', { name: new RegExp(`^${who}: `) })
            .getByRole('radio', { name })
            .isChecked(),
        ),
      );
    assert.deepEqual(await checked(/^Keep theirs/), [true, true]);
    await page.getByRole('button', { name: 'Keep all ours' }).click();
    assert.deepEqual(await checked('Keep ours (this laptop)'), [true, true]);
    await page.getByRole('button', { name: 'Import 2 files' }).click();
    await page.getByText(/^Imported 2 files/).waitFor();
    const [commit] = await calls(page, 'commit_import');
    assert.deepEqual(
      commit.choices.map((c) => c.keep),
      ['database', 'database'],
    );
    await page.context().close();
  });

  test('import: the conflicts fit 1024×768 without sideways scrolling', async () => {
    const { page, errors } = await app.open(SCREEN, { width: 1024, height: 768 });
    await page.getByRole('button', { name: 'Import packs…' }).click();
    await page.locator('.conflicts').waitFor();
    await page.waitForTimeout(100);
    assert.deepEqual(await layoutProblems(page), []);
    await page.locator('.conflicts').scrollIntoViewIfNeeded();
    await screenshots(page, 'export-import-conflicts');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForTimeout(50);
    assert.deepEqual(await layoutProblems(page), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('import: Cancel commits nothing', async () => {
    const { page } = await app.open(SCREEN);
    await page.getByRole('button', { name: 'Import packs…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Import cancelled; nothing changed.').waitFor();
    assert.equal((await calls(page, 'commit_import')).length, 0);
    assert.deepEqual(await calls(page, 'cancel_import'), [{ assessmentId: 'a-demo-northwind', token: 'import-1' }]);
    await page.context().close();
  });

  test('import: a refused file blocks the commit and says why, with its place', async () => {
    const { page, errors } = await app.open(SCREEN);
    await page.evaluate(() => {
      window.__cxmMock.importPick = 'refused';
    });
    await page.getByRole('button', { name: 'Import packs…' }).click();
    const preview = page.getByRole('region', { name: 'Preview: nothing has been imported yet' });
    await preview.waitFor();
    const alert = preview.getByRole('alert');
    assert.match(await alert.innerText(), /Nothing can be imported: 1 file was refused/);
    const refused = await preview.locator('.export-import__refused').innerText();
    assert.match(refused, /sales-from-mail\.cxpack/);
    assert.match(refused, /the file stops in the middle of a \{ … \} block; it may be cut short/);
    assert.match(refused, /line 212, column 9/);
    // No Import button at all: only Close.
    assert.equal(await preview.getByRole('button', { name: /^Import / }).count(), 0);
    await preview.getByRole('button', { name: 'Close' }).waitFor();
    await noSeriousViolations(page);
    await screenshots(page, 'export-import-refused');
    await preview.getByRole('button', { name: 'Close' }).click();
    assert.equal((await calls(page, 'commit_import')).length, 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('import: choosing no file changes nothing', async () => {
    const { page } = await app.open(SCREEN);
    await page.evaluate(() => {
      window.__cxmMock.importPick = 'cancel';
    });
    await page.getByRole('button', { name: 'Import packs…' }).click();
    await page.getByText('No files were chosen; nothing changed.').waitFor();
    await page.context().close();
  });
});
