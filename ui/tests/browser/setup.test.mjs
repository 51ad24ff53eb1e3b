// Set-up: create an assessment (validation in place, common and custom
// departments, reordering), a questionnaire file with its problems shown in
// place, editing an existing assessment; loading and error states; axe.
import { readFileSync } from 'node:fs';
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

/** Whether `locator`'s element has the focus. */
const focused = (locator) => locator.evaluate((el) => el === document.activeElement);
/** The texts an element's aria-describedby points at. */
const description = (locator) =>
  locator.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
  );

const lastCall = (page, cmd) =>
  page.evaluate((c) => window.__cxmMock.calls.filter((x) => x.cmd === c).at(-1)?.args, cmd);

describe('set-up', () => {
  test('new: missing fields are named in place and in a summary', async () => {
    const { page } = await app.open('#/new', { scenario: 'empty' });
    await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
    await page.getByRole('button', { name: 'Create assessment' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    const text = await summary.innerText();
    assert.match(text, /Please correct 2 fields/);
    assert.match(text, /Enter the organisation’s name/);
    assert.match(text, /Choose at least one department/);
    const organisation = page.getByLabel(/^Organisation/);
    assert.equal(await organisation.getAttribute('aria-invalid'), 'true');
    assert.match(await description(organisation), /Enter the organisation’s name\./);
    // Focus goes to the first field at fault.
    assert.ok(await focused(organisation));
    const calls = await page.evaluate(() => window.__cxmMock.calls.map((c) => c.cmd));
    assert.ok(!calls.includes('create_assessment'));
    await noSeriousViolations(page);
    await screenshots(page, 'setup-errors');
    await page.context().close();
  });

  test('new: common and custom departments, reordered, create the assessment', async () => {
    const { page } = await app.open('#/new', { scenario: 'empty' });
    await page.getByLabel(/^Organisation/).fill('Fabrikam Insurance');
    await page.getByLabel(/^Title/).fill('Workshop, May 2026');
    await page.getByRole('checkbox', { name: 'Marketing', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Customer service' }).check();
    await page.getByRole('checkbox', { name: 'IT', exact: true }).check();
    await page.getByLabel('Another department').fill('  Claims   handling ');
    await page.getByLabel('Another department').press('Enter');
    // A duplicate in another case is refused with a reason.
    await page.getByLabel('Another department').fill('marketing');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('“marketing” is already taking part (as “Marketing”).').waitFor();
    // Claims handling up twice: Marketing, Claims handling, Customer service, IT.
    await page.getByRole('button', { name: 'Move Claims handling up' }).click();
    await page.getByRole('button', { name: 'Move Claims handling up' }).click();
    await page.getByRole('button', { name: 'Remove IT' }).click();
    const order = await page.locator('.order-list__name').allInnerTexts();
    assert.deepEqual(order, ['Marketing', 'Claims handling', 'Customer service']);
    assert.equal(await page.getByRole('button', { name: 'Move Marketing up' }).isDisabled(), true);
    await noSeriousViolations(page);
    await screenshots(page, 'setup');
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Respondents' }).waitFor();
    assert.deepEqual(await lastCall(page, 'create_assessment'), {
      organisation: 'Fabrikam Insurance',
      title: 'Workshop, May 2026',
      questionnaire: { kind: 'builtin', id: 'cx-maturity' },
      departments: ['Marketing', 'Claims handling', 'Customer service'],
    });
    await page.context().close();
  });

  test('a save the core refuses marks the field it names and moves the focus there', async () => {
    const { page } = await app.open('#/new', { scenario: 'empty' });
    const organisation = page.getByLabel(/^Organisation/);
    // A tab pasted into the name: the screen lets it through, the core refuses it.
    await organisation.fill('Fabrikam\tInsurance');
    await page.getByRole('checkbox', { name: 'Sales', exact: true }).check();
    await page.getByRole('button', { name: 'Create assessment' }).click();
    const said =
      'The organisation name must be one line of text; it holds a line break or an invisible character such as a tab — retype it or paste it as plain text.';
    await page.locator('.field__error').getByText(said).waitFor();
    assert.equal(await organisation.getAttribute('aria-invalid'), 'true');
    assert.match(await description(organisation), new RegExp(said.replace(/[.()]/g, '\\$&')));
    assert.ok(await focused(organisation));
    assert.equal(await page.getByLabel(/^Title/).getAttribute('aria-invalid'), null);
    assert.equal(await page.getByRole('heading', { level: 1, name: 'New assessment' }).count(), 1);
    await noSeriousViolations(page);
    await screenshots(page, 'setup-refused');
    // Put right, it saves.
    await organisation.fill('Fabrikam Insurance');
    assert.equal(await organisation.getAttribute('aria-invalid'), null);
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Respondents' }).waitFor();
    await page.context().close();
  });

  test('a questionnaire file cut short says so in plain words, at the line where it stops', async () => {
    const { page } = await app.open('#/new', { scenario: 'empty' });
    await page.getByRole('radio', { name: /A questionnaire file/ }).check();
    // The core's own fixture; tests/it/questionnaire.rs `truncated_file` checks the core says exactly this.
    const cut = readFileSync(new URL('../../../tests/fixtures/questionnaires/truncated.json', import.meta.url));
    const input = page.getByLabel('Questionnaire file (.json)');
    await input.setInputFiles({ name: 'truncated.json', mimeType: 'application/json', buffer: cut });
    const status = page.locator('.issues');
    await status.waitFor();
    const text = await status.innerText();
    assert.match(text, /“truncated\.json” has a problem\. Fix it in the file and choose it again\./);
    assert.match(
      text,
      /Line 68, column 26\s+the file stops in the middle of a text; it may be cut short — copy or download it again/,
    );
    assert.doesNotMatch(text, /EOF|parsing/);
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.match(await description(input), /the file stops in the middle of a text/);
    await noSeriousViolations(page);
    await screenshots(page, 'setup-questionnaire-cut-short');
    await page.context().close();
  });

  test('a questionnaire file with problems shows each one with its path and line, and blocks creation', async () => {
    const { page } = await app.open('#/new', { scenario: 'empty' });
    await page.getByRole('radio', { name: /A questionnaire file/ }).check();
    await page.getByLabel('Questionnaire file (.json)').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "id": "x",\n  "dimensions": []\n}\n'),
    });
    const status = page.locator('.issues');
    await status.waitFor();
    const text = await status.innerText();
    assert.match(text, /“bad.json” has 2 problems/);
    assert.match(text, /dimensions\s+Line 3, column 3\s+no dimensions; a questionnaire needs at least one/);
    assert.match(text, /Whole file\s+"levels" is missing; add it/);
    assert.deepEqual(await lastCall(page, 'check_questionnaire'), {
      source: { kind: 'file', fileName: 'bad.json', text: '{\n  "id": "x",\n  "dimensions": []\n}\n' },
    });
    await noSeriousViolations(page);
    await screenshots(page, 'setup-questionnaire-errors');
    await page.getByLabel(/^Organisation/).fill('Fabrikam');
    await page.getByRole('checkbox', { name: 'Sales', exact: true }).check();
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choose a valid questionnaire file' }).waitFor();
    // The file field is the first at fault (the organisation was filled in).
    assert.ok(await focused(page.getByLabel('Questionnaire file (.json)')));

    // A good file is accepted and named.
    await page.getByLabel('Questionnaire file (.json)').setInputFiles({
      name: 'retail.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ title: 'Retail CX', dimensions: [{ questions: [1, 2] }, { questions: [3] }] }),
      ),
    });
    await page.getByText('“retail.json” is valid: Retail CX, 2 dimensions, 3 questions.').waitFor();
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Respondents' }).waitFor();
    const created = await lastCall(page, 'create_assessment');
    assert.equal(created.questionnaire.kind, 'file');
    assert.equal(created.questionnaire.fileName, 'retail.json');
    await page.context().close();
  });

  test('edit: organisation, renames, removals, additions and order go to the core in one save', async () => {
    const { page } = await app.open('#/a/a-contoso-bank/setup');
    await page.getByRole('heading', { level: 1, name: 'Set-up' }).waitFor();
    assert.equal(await page.getByLabel(/^Organisation/).inputValue(), 'Contoso Bank');
    assert.match(
      await page.locator('fieldset', { hasText: 'Questionnaire' }).innerText(),
      /keeps the questionnaire it was created with/,
    );
    assert.deepEqual(await page.locator('.order-list__name').allInnerTexts(), ['Retail banking', 'Service', 'IT']);
    await page.getByLabel(/^Organisation/).fill('Contoso Bank plc');
    await page.getByRole('button', { name: 'Rename IT' }).click();
    await page.getByLabel('New name for IT').fill('  IT   & Data ');
    await page.getByLabel('New name for IT').press('Enter');
    await page.getByRole('button', { name: 'Remove Service' }).click();
    await page.getByRole('checkbox', { name: 'Marketing', exact: true }).check();
    await page.getByRole('button', { name: 'Move IT & Data up' }).click();
    assert.deepEqual(await page.locator('.order-list__name').allInnerTexts(), [
      'IT & Data',
      'Retail banking',
      'Marketing',
    ]);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    const saves = await page.evaluate(() =>
      window.__cxmMock.calls.filter((c) => c.cmd === 'save_setup').map((c) => c.args),
    );
    assert.deepEqual(saves, [
      {
        assessmentId: 'a-contoso-bank',
        organisation: 'Contoso Bank plc',
        title: 'Baseline before the CRM programme',
        departments: [
          { id: 'a-contoso-bank-d2', name: 'IT & Data' },
          { id: 'a-contoso-bank-d0', name: 'Retail banking' },
          { id: null, name: 'Marketing' },
        ],
      },
    ]);
    // The header names the organisation as saved.
    await page.locator('.topbar__context', { hasText: 'Contoso Bank plc' }).waitFor();
    await screenshots(page, 'setup-edit');
    await page.context().close();
  });

  test('a department with respondents cannot be removed; a duplicate name is refused as the core says', async () => {
    const { page } = await app.open('#/a/a-demo-northwind/setup');
    await page.getByRole('heading', { level: 1, name: 'Set-up' }).waitFor();
    const locked = page.getByRole('button', { name: /has respondents: remove them on the Respondents tab first/ });
    assert.ok((await locked.count()) > 0);
    assert.equal(await locked.first().isDisabled(), true);
    const first = (await page.locator('.order-list__name').first().innerText()).split('\n')[0];
    await page.getByLabel('Another department').fill(` ${first.toUpperCase()} `);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText(`is already taking part (as “${first}”)`).waitFor();
    assert.equal(await page.getByLabel('Another department').getAttribute('aria-invalid'), 'true');
    await page.context().close();
  });

  test('the name limit comes from the core: a smaller limit in the core, and the screen follows', async () => {
    const { page } = await app.open('#/new', { before: 'window.__CXM_NAME_LIMIT__ = 10;' });
    await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
    assert.equal(await page.getByLabel(/^Organisation/).getAttribute('maxlength'), '10');
    assert.equal(await page.getByLabel('Another department').getAttribute('maxlength'), '10');
    // A name pasted past the field's limit (the field keeps 10) is the core's to refuse: forced here.
    await page.getByLabel('Another department').evaluate((el) => el.removeAttribute('maxlength'));
    await page.getByLabel('Another department').fill('Customer Operations');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('This name is 19 characters long; at most 10 fit.').waitFor();
    await page.context().close();
  });

  test('loading and error states', async () => {
    const loading = await app.open('#/new', { scenario: 'loading' });
    await loading.page.getByRole('status').filter({ hasText: 'Loading the set-up…' }).waitFor();
    await noSeriousViolations(loading.page);
    await loading.context.close();
    const failing = await app.open('#/a/a-contoso-bank/setup', { scenario: 'error' });
    await failing.page.getByRole('alert').waitFor();
    assert.match(
      await failing.page.getByRole('alert').innerText(),
      /set-up could not be loaded[\s\S]*database is locked/,
    );
    await noSeriousViolations(failing.page);
    await failing.context.close();
  });
});
