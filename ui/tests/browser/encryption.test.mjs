// Encryption at rest: an encrypted database shows the unlock screen first
// and nothing else (no command gets through before it); a wrong
// passphrase is said plainly and the screen stays; the right one opens
// the app. On Help, the passphrase is set (typed twice, with the warning
// that a lost passphrase means lost data), changed and removed with the
// current one. Screenshots of both; axe.
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

const LOCKED = "window.__CXM_LOCKED__ = 'correct horse';";
const calls = (page) => page.evaluate(() => window.__cxmMock.calls.map((x) => x.cmd));

describe('encryption', () => {
  test('an encrypted database shows only the unlock screen until the right passphrase', async () => {
    const { page, errors } = await app.open('#/', { before: LOCKED });
    await page.getByRole('heading', { level: 1, name: 'This database is encrypted' }).waitFor();
    // Nothing of the app behind it: no header links, no assessment list.
    assert.equal(await page.getByRole('link', { name: 'Help', exact: true }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'Assessments' }).count(), 0);
    const sent = await calls(page);
    assert.ok(!sent.includes('list_assessments'), JSON.stringify(sent));
    await noSeriousViolations(page);
    for (const p of await layoutProblems(page)) assert.fail(p);
    await screenshots(page, 'unlock');

    const field = page.getByLabel('Passphrase', { exact: true });
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter the passphrase.' }).waitFor();
    await field.fill('correct hose');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'That passphrase does not open this database. Nothing was changed' })
      .waitFor();
    assert.equal(await field.inputValue(), '', 'the wrong passphrase stayed in the field');
    await screenshots(page, 'unlock-wrong');
    assert.equal(await page.getByRole('heading', { name: 'This database is encrypted' }).count(), 1);

    await field.fill('correct horse');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('link', { name: 'Help', exact: true }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'This database is encrypted' }).count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('Help sets the passphrase typed twice, then changes and removes it with the current one', async () => {
    const { page, errors } = await app.open('#/help');
    const section = page.getByRole('region', { name: 'Encryption' });
    await section.waitFor();
    await section.getByText('This database is not encrypted.').waitFor();
    await section.getByRole('button', { name: 'Encrypt with a passphrase…' }).click();
    await section.getByText('If it is lost, the data is lost').waitFor();
    await section.getByLabel('New passphrase', { exact: true }).fill('first one');
    await section.getByLabel('New passphrase again').fill('first on');
    await section.getByRole('button', { name: 'Encrypt' }).click();
    await section.getByRole('alert').filter({ hasText: 'The two new passphrases differ' }).waitFor();
    assert.ok(!(await calls(page)).includes('set_database_passphrase'));
    await section.getByLabel('New passphrase again').fill('first one');
    await section.scrollIntoViewIfNeeded();
    await screenshots(page, 'passphrase-set');
    await section.getByRole('button', { name: 'Encrypt' }).click();
    await section.getByText('The database is now encrypted.').waitFor();
    await section.getByText('This database is encrypted.').waitFor();

    await section.getByRole('button', { name: 'Change the passphrase…' }).click();
    await section.getByLabel('Current passphrase').fill('not it');
    await section.getByLabel('New passphrase', { exact: true }).fill('second one');
    await section.getByLabel('New passphrase again').fill('second one');
    await section.getByRole('button', { name: 'Change passphrase' }).click();
    await section
      .getByRole('alert')
      .filter({ hasText: 'Nothing was changed: The current passphrase is not right.' })
      .waitFor();
    await section.getByLabel('Current passphrase').fill('first one');
    await section.getByRole('button', { name: 'Change passphrase' }).click();
    await section.getByText('The passphrase was changed.').waitFor();

    await section.getByRole('button', { name: 'Remove the passphrase…' }).click();
    await section.getByLabel('Current passphrase').fill('second one');
    await section.getByRole('button', { name: 'Remove passphrase' }).click();
    await section.getByText('The database is no longer encrypted.').waitFor();
    await section.getByText('This database is not encrypted.').waitFor();
    await noSeriousViolations(page);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
