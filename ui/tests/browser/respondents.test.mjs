// Respondents: grouped by department with progress, consensus respondents,
// add and edit with validation, starting the questionnaire; empty, loading
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

describe('respondents', () => {
  test('full: every department with its people, roles, consensus and progress', async () => {
    const { page, errors } = await app.open('#/a/a-demo-northwind/respondents');
    await page.locator('.dept-group').first().waitFor();
    assert.equal(await page.locator('.dept-group').count(), 8);
    const marketing = page.getByRole('region', { name: /^Marketing/ });
    const m = await marketing.innerText();
    assert.match(m, /2 respondents/);
    assert.match(m, /Amira Haddad\s+Chief Marketing Officer\s+50 of 50 answered\s+Review/);
    assert.match(m, /Sara Lind\s+Brand Manager\s+17 of 50 answered\s+Continue/);
    const service = await page.getByRole('region', { name: /^Service/ }).innerText();
    assert.match(service, /Service consensus\s*Consensus/);
    assert.equal(
      await page.getByRole('progressbar', { name: '17 of 50 answered' }).getAttribute('aria-valuenow'),
      '17',
    );
    await noSeriousViolations(page);
    await screenshots(page, 'respondents');
    assert.deepEqual(errors, []);
    // Continue opens the questionnaire as that person.
    await page.getByRole('link', { name: 'Continue the questionnaire as Sara Lind' }).click();
    await page.locator('.q-prompt').waitFor();
    assert.match(await page.locator('.q-side__who').innerText(), /Sara Lind, Marketing/);
    await page.context().close();
  });

  test('empty: explains, then adding a respondent validates and lists them with a Start link', async () => {
    const { page } = await app.open('#/a/a-contoso-bank/respondents');
    await page.getByRole('heading', { name: 'No respondents yet' }).waitFor();
    await noSeriousViolations(page);
    await screenshots(page, 'respondents-empty');
    await page.getByRole('button', { name: 'Add a respondent' }).click();
    const form = page.getByRole('form', { name: 'Add a respondent' });
    await form.waitFor();
    // The name field has focus for typing straight away.
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      await form.getByLabel('Name').getAttribute('id'),
    );
    await form.getByRole('button', { name: 'Save respondent' }).click();
    await form.getByText('Enter the respondent’s name.').waitFor();
    await noSeriousViolations(page);
    await screenshots(page, 'respondents-form');
    await form.getByLabel('Name').fill('Dana Whitfield');
    await form.getByLabel('Department', { exact: true }).selectOption({ label: 'Service' });
    // A tab pasted into the role: the core refuses it and names the field, marked and focused.
    const role = form.getByLabel(/^Role/);
    await role.fill('Head of\tService');
    await form.getByRole('button', { name: 'Save respondent' }).click();
    await form
      .getByText(
        "The respondent's role must be one line of text; it holds a line break or an invisible character such as a tab — retype it or paste it as plain text.",
      )
      .waitFor();
    assert.equal(await role.getAttribute('aria-invalid'), 'true');
    assert.ok(await role.evaluate((el) => el === document.activeElement));
    assert.equal(await form.getByLabel('Name').getAttribute('aria-invalid'), null);
    await role.fill('Head of Service');
    await form.getByRole('button', { name: 'Save respondent' }).click();
    const service = page.getByRole('region', { name: /^Service/ });
    await service.getByText('Dana Whitfield').waitFor();
    assert.match(await service.innerText(), /Dana Whitfield\s+Head of Service\s+0 of 50 answered\s+Start/);
    const add = await page.evaluate(
      () => window.__cxmMock.calls.filter((c) => c.cmd === 'add_respondent').at(-1)?.args,
    );
    assert.deepEqual(add, {
      assessmentId: 'a-contoso-bank',
      departmentId: 'a-contoso-bank-d1',
      name: 'Dana Whitfield',
      role: 'Head of Service',
      consensus: false,
    });
    await page.context().close();
  });

  test('a second person of the same name in a department is saved only after a warning', async () => {
    const { page } = await app.open('#/a/a-demo-northwind/respondents');
    await page.getByRole('button', { name: 'Add a respondent' }).click();
    const form = page.getByRole('form', { name: 'Add a respondent' });
    await form.getByLabel('Name').fill('jonas  berg');
    await form.getByLabel('Department', { exact: true }).selectOption({ label: 'Sales' });
    await form.getByRole('button', { name: 'Save respondent' }).click();
    const warning = form
      .getByRole('alert')
      .filter({ hasText: 'There is already a respondent called “Jonas Berg” in Sales.' });
    await warning.waitFor();
    // The warning has focus, so a screen reader reads it and Enter is not a second save.
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'namesake');
    const adds = () => page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'add_respondent').length);
    assert.equal(await adds(), 0, 'nothing is saved before the user decides');
    await noSeriousViolations(page);
    await screenshots(page, 'respondents-namesake');
    // A change of name is a new question: the warning goes.
    await form.getByLabel('Name').fill('Jonas Berg-Lund');
    assert.equal(await warning.count(), 0);
    await form.getByLabel('Name').fill('Jonas Berg');
    await form.getByRole('button', { name: 'Save respondent' }).click();
    await form.getByRole('button', { name: 'Save anyway' }).click();
    await form.waitFor({ state: 'detached' });
    assert.equal(await adds(), 1);
    const sales = page.getByRole('region', { name: /^Sales/ });
    assert.equal((await sales.innerText()).match(/Jonas Berg/g)?.length, 2, await sales.innerText());
    await page.context().close();
  });

  test('a consensus respondent without a name is named after the department', async () => {
    const { page } = await app.open('#/a/a-contoso-bank/respondents');
    await page.getByRole('button', { name: 'Add a respondent' }).click();
    const form = page.getByRole('form', { name: 'Add a respondent' });
    await form.getByLabel('Department', { exact: true }).selectOption({ label: 'IT' });
    await form.getByRole('checkbox', { name: /Department consensus/ }).check();
    await form.getByRole('button', { name: 'Save respondent' }).click();
    await page.getByRole('region', { name: /^IT/ }).getByText('IT consensus').waitFor();
    const add = await page.evaluate(
      () => window.__cxmMock.calls.filter((c) => c.cmd === 'add_respondent').at(-1)?.args,
    );
    assert.equal(add.name, 'IT consensus');
    assert.equal(add.consensus, true);
    assert.equal(add.role, null);
    await page.context().close();
  });

  test('edit changes a respondent’s role', async () => {
    const { page } = await app.open('#/a/a-demo-northwind/respondents');
    await page.getByRole('button', { name: 'Edit Jonas Berg' }).click();
    const form = page.getByRole('form', { name: 'Edit Jonas Berg' });
    assert.equal(await form.getByLabel('Name').inputValue(), 'Jonas Berg');
    await form.getByLabel(/^Role/).fill('Chief Sales Officer');
    await form.getByRole('button', { name: 'Save respondent' }).click();
    await page
      .getByRole('region', { name: /^Sales/ })
      .getByText('Chief Sales Officer')
      .waitFor();
    const upd = await page.evaluate(() => window.__cxmMock.calls.find((c) => c.cmd === 'update_respondent')?.args);
    assert.equal(upd.respondentId, 'a-demo-northwind-r1');
    assert.equal(upd.role, 'Chief Sales Officer');
    await page.context().close();
  });

  test('remove asks first, names how many answers go, and can be undone', async () => {
    const { page } = await app.open('#/a/a-demo-northwind/respondents');
    const sales = page.getByRole('region', { name: /^Sales/ });
    await page.getByRole('button', { name: 'Edit Jonas Berg' }).click();
    await page.getByRole('button', { name: 'Remove Jonas Berg…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Jonas Berg?' });
    const answered = await dialog.innerText();
    assert.match(answered, /Jonas Berg and their \d+ answers? leave this assessment/);
    // Cancel keeps him.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await page.evaluate(() => window.__cxmMock.calls.some((c) => c.cmd === 'remove_respondent')), false);
    await page.getByRole('button', { name: 'Remove Jonas Berg…' }).click();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Jonas Berg was removed with \d+ answers?\./ })
      .waitFor();
    assert.equal(await sales.getByText('Jonas Berg').count(), 0);
    await screenshots(page, 'respondents-removed');
    await page.getByRole('button', { name: 'Undo' }).click();
    await sales.getByText('Jonas Berg').waitFor();
    const undo = await page.evaluate(
      () => window.__cxmMock.calls.find((c) => c.cmd === 'undo_remove_respondent')?.args,
    );
    assert.equal(undo.assessmentId, 'a-demo-northwind');
    assert.match(undo.undoToken, /^removed-/);
    await noSeriousViolations(page);
    await page.context().close();
  });

  test('a failed save keeps the form and says why', async () => {
    const { page } = await app.open('#/a/a-contoso-bank/respondents');
    await page.evaluate(() => window.__cxmMock.failCommands.push('add_respondent'));
    await page.getByRole('button', { name: 'Add a respondent' }).click();
    const form = page.getByRole('form', { name: 'Add a respondent' });
    await form.getByLabel('Name').fill('Kim');
    await form.getByRole('button', { name: 'Save respondent' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'The respondent could not be saved: the database is locked' })
      .waitFor();
    assert.equal(await form.getByLabel('Name').inputValue(), 'Kim');
    await page.context().close();
  });

  test('loading and error states', async () => {
    const loading = await app.open('#/a/a-demo-northwind/respondents', { scenario: 'loading' });
    await loading.page.getByRole('status').filter({ hasText: 'Loading respondents…' }).waitFor();
    await noSeriousViolations(loading.page);
    await loading.context.close();
    const failing = await app.open('#/a/a-demo-northwind/respondents', { scenario: 'error' });
    await failing.page.getByRole('alert').waitFor();
    assert.match(
      await failing.page.getByRole('alert').innerText(),
      /respondents could not be loaded[\s\S]*database is locked/,
    );
    await noSeriousViolations(failing.page);
    await screenshots(failing.page, 'respondents-error');
    await failing.context.close();
  });
});
