// Encrypted packs: the consultant ticks "Encrypt with a passphrase" (typed
// twice, checked before the save dialog opens) and the passphrase goes with
// the export; importing encrypted packs asks for the passphrase, says a
// wrong one plainly and reads them with the right one; a head opening an
// encrypted pack types the passphrase (a wrong one is said, the pack
// waits), and saving the filled pack asks for the same passphrase again.
// Screenshots at the projector's and a desktop's size; axe.
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
const PASSPHRASE = 'correct horse 7';
const calls = (page, cmd) =>
  page.evaluate((c) => window.__cxmMock.calls.filter((x) => x.cmd === c).map((x) => x.args), cmd);

describe('encrypted packs', () => {
  test('export: the passphrase is typed twice, checked before the dialog, and sent with the packs', async () => {
    const { page, errors } = await app.open(SCREEN);
    const packs = page.getByRole('group', { name: 'Self-assessment packs' });
    await packs.waitFor();
    await packs.getByLabel('Encrypt with a passphrase').check();
    await packs.getByText('never in the e-mail with the pack').waitFor();

    // Empty, then two different ones: said, and no dialog asked.
    await packs.getByRole('button', { name: 'Export all departments…' }).click();
    await packs.getByRole('alert').filter({ hasText: 'Enter the passphrase.' }).waitFor();
    await packs.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await packs.getByLabel('Passphrase again').fill('correct horse 8');
    await packs.getByRole('button', { name: 'Export all departments…' }).click();
    await packs.getByRole('alert').filter({ hasText: 'The two passphrases differ' }).waitFor();
    assert.equal((await calls(page, 'choose_export')).length, 0);
    await noSeriousViolations(page);
    for (const p of await layoutProblems(page)) assert.fail(p);

    await packs.getByLabel('Passphrase again').fill(PASSPHRASE);
    await packs.getByRole('button', { name: 'Export all departments…' }).click();
    await packs.getByText('Encrypted: give the head the passphrase by phone or in person.').waitFor();
    const [run] = await calls(page, 'run_export');
    assert.equal(run.packPassphrase, PASSPHRASE);
    await screenshots(page, 'pack-encryption-export');

    // Unticked: plain packs, and the PDF never carries a passphrase.
    await packs.getByLabel('Encrypt with a passphrase').uncheck();
    await packs.getByRole('button', { name: 'Export pack…' }).click();
    await page.waitForFunction(() => window.__cxmMock.calls.filter((c) => c.cmd === 'run_export').length === 2);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await page.waitForFunction(() => window.__cxmMock.calls.filter((c) => c.cmd === 'run_export').length === 3);
    const runs = await calls(page, 'run_export');
    assert.deepEqual(
      runs.map((r) => r.packPassphrase),
      [PASSPHRASE, null, null],
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('import: encrypted packs wait for the passphrase; a wrong one is said, the right one shows the preview', async () => {
    const { page, errors } = await app.open(SCREEN);
    await page.evaluate(() => (window.__cxmMock.importPick = 'sealed'));
    await page.getByRole('button', { name: 'Import packs…' }).click();
    const prompt = page.getByRole('form', { name: /Some of these packs are encrypted/ });
    await prompt.waitFor();
    assert.equal(await page.getByRole('button', { name: /^Import \d+ files?$/ }).count(), 0, 'nothing to commit yet');
    assert.equal(await page.getByText('Nothing can be imported').count(), 0, 'no preview before the passphrase');
    await noSeriousViolations(page);
    await screenshots(page, 'pack-encryption-import');

    await prompt.getByLabel('Passphrase', { exact: true }).fill('wrong horse');
    await prompt.getByRole('button', { name: 'Read the packs' }).click();
    await prompt.getByRole('alert').filter({ hasText: 'That passphrase does not open the pack' }).waitFor();
    await prompt.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await prompt.getByRole('button', { name: 'Read the packs' }).click();
    await prompt.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Import \d+ files?$/ }).waitFor();
    const sent = await calls(page, 'preview_sealed_import');
    assert.deepEqual(
      sent.map((a) => a.passphrase),
      ['wrong horse', PASSPHRASE],
    );
    // Each try names the files by the token the last answer gave.
    assert.notEqual(sent[0].token, sent[1].token);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a head opens an encrypted pack with its passphrase and saves the filled pack under it again', async () => {
    const { page, errors } = await app.open('#/', { scenario: 'empty' });
    await page.evaluate(() => (window.__cxmMock.packPick = 'sealed'));
    await page.getByRole('button', { name: 'Open a self-assessment pack…' }).click();
    const prompt = page.getByRole('form', { name: /Nordlicht - Customer Service\.cxpack is encrypted/ });
    await prompt.waitFor();
    await noSeriousViolations(page);
    for (const p of await layoutProblems(page)) assert.fail(p);
    await screenshots(page, 'pack-encryption-open');
    await prompt.getByRole('button', { name: 'Open the pack' }).click();
    await prompt.getByRole('alert').filter({ hasText: 'Enter the passphrase.' }).waitFor();
    assert.equal((await calls(page, 'open_sealed_pack')).length, 0);
    await prompt.getByLabel('Passphrase', { exact: true }).fill('wrong horse');
    await prompt.getByRole('button', { name: 'Open the pack' }).click();
    await prompt.getByRole('alert').filter({ hasText: 'That passphrase does not open the pack' }).waitFor();
    assert.equal(await page.evaluate(() => window.location.hash), '#/');
    await prompt.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await prompt.getByRole('button', { name: 'Open the pack' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment for Customer Service' }).waitFor();
    await page.getByText('This pack came encrypted. The filled pack goes back encrypted').waitFor();

    await page.getByRole('button', { name: 'Save filled pack…' }).click();
    const again = page.getByRole('form', { name: /Enter the pack’s passphrase: the filled pack goes back encrypted/ });
    await again.waitFor();
    await noSeriousViolations(page);
    await screenshots(page, 'pack-encryption-save');
    await again.getByLabel('Passphrase', { exact: true }).fill('wrong horse');
    await again.getByRole('button', { name: 'Save the filled pack…' }).click();
    await page.getByRole('alert').filter({ hasText: 'That passphrase does not open the pack' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Save the filled pack…' }).click();
    await page.getByText(/Saved as “Nordlicht-Haushaltswaren-GmbH-Customer-Service-filled/).waitFor();
    const saves = await calls(page, 'save_filled_pack');
    assert.deepEqual(
      saves.map((a) => a.passphrase),
      ['wrong horse', PASSPHRASE],
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
