// Self-assessment by pack, the department head's side: "Open a self-assessment
// pack…" on Home (opened, cancelled, a bad file), the session listed apart
// on Home (and deletable there, with Undo), its own screen with no set-up tab, adding yourself, answering in
// the same questionnaire screen, "Save filled pack…" with where it went;
// axe; screenshots.
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

const PACKS = 'window.__CXM_PACKS__ = true;';

describe('self-assessment by pack', () => {
  test('Home: a head with only packs sees them first, with file and progress, and no empty-assessments message', async () => {
    const { page, errors } = await app.open('#/', { scenario: 'empty', before: PACKS });
    const list = page.getByRole('region', { name: 'Your self-assessments' });
    await list.waitFor();
    const text = await list.innerText();
    assert.match(text, /Self-assessment for Customer Service of Nordlicht Haushaltswaren GmbH/);
    assert.match(text, /from nordlicht-customer-service\.cxpack\.json · Not sent back yet/);
    assert.match(text, /0 of 50 answered/);
    assert.equal(await page.getByText('No assessments yet').count(), 0);
    // The pack action is the primary one for a head.
    assert.match(
      await page.getByRole('button', { name: 'Open a self-assessment pack…' }).getAttribute('class'),
      /btn--primary/,
    );
    await noSeriousViolations(page);
    await screenshots(page, 'pack-home');
    await page
      .getByRole('link', { name: 'Continue the self-assessment for Customer Service of Nordlicht Haushaltswaren GmbH' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment for Customer Service' }).waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('Home: pack sessions stay out of the consultant’s assessment table', async () => {
    const { page } = await app.open('#/', { before: PACKS });
    await page.getByRole('region', { name: 'Your self-assessments' }).waitFor();
    const table = await page.locator('table.table--assessments').innerText();
    assert.doesNotMatch(table, /Nordlicht Haushaltswaren/);
    assert.match(table, /Contoso Bank/);
    await page.context().close();
  });

  test('Home: a self-assessment can be deleted, asked first, and brought back with Undo', async () => {
    const { page, errors } = await app.open('#/', { before: PACKS });
    const list = page.getByRole('region', { name: 'Your self-assessments' });
    await list.waitFor();
    const name = 'Self-assessment for Customer Service of Nordlicht Haushaltswaren GmbH';
    await list
      .getByRole('button', { name: `Delete the self-assessment for Customer Service of Nordlicht Haushaltswaren GmbH` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Delete this self-assessment?' });
    await dialog.waitFor();
    const asked = await dialog.innerText();
    assert.ok(asked.includes(`“${name}”`), asked);
    assert.match(asked, /Answers you saved into a filled pack stay in that file/);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel', 'the safe choice has focus');
    await noSeriousViolations(page);
    await dialog.getByRole('button', { name: 'Delete self-assessment' }).click();
    await page.getByText(`“${name}” deleted.`).waitFor();
    await list.waitFor({ state: 'detached' });
    // The consultant's own assessments are untouched.
    assert.match(await page.locator('table.table--assessments').innerText(), /Contoso Bank/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await list.waitFor();
    assert.match(await list.innerText(), /Customer Service of Nordlicht/);
    const cmds = await page.evaluate(() =>
      window.__cxmMock.calls.filter((c) => c.cmd.endsWith('_assessment')).map((c) => [c.cmd, c.args.assessmentId]),
    );
    assert.equal(cmds.length, 2);
    assert.deepEqual(
      cmds.map((c) => c[0]),
      ['delete_assessment', 'restore_assessment'],
    );
    assert.equal(cmds[0][1], cmds[1][1]);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('opening a pack: cancelled changes nothing, a bad file says why, a good one opens its screen with a note', async () => {
    const { page, errors } = await app.open('#/', { scenario: 'empty' });
    await page.getByRole('heading', { name: 'No assessments yet' }).waitFor();
    const button = page.getByRole('button', { name: 'Open a self-assessment pack…' });
    await page.evaluate(() => (window.__cxmMock.packPick = 'cancel'));
    await button.click();
    await page.waitForFunction(() => window.__cxmMock.calls.some((c) => c.cmd === 'open_pack'));
    assert.equal(await page.evaluate(() => window.location.hash), '#/');
    await page.evaluate(() => (window.__cxmMock.packPick = 'bad'));
    await button.click();
    await page.getByText(/The pack could not be opened: “tampered\.cxpack\.json” is not a valid pack/).waitFor();
    await page.evaluate(() => (window.__cxmMock.packPick = 'open'));
    await button.click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment for Customer Service' }).waitFor();
    assert.equal(await page.evaluate(() => window.location.hash), '#/p/a-pack-nordlicht');
    await page.getByText('The pack is open. Your answers are saved on this computer as you go.').waitFor();
    // The head's screen offers nothing of the consultant's: no branding, no presenter mode.
    assert.equal(await page.getByRole('link', { name: 'Report branding' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Presenter mode' }).count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the session screen: no set-up, explained, add yourself, answer, save the filled pack', async () => {
    const { page, errors } = await app.open('#/p/a-pack-nordlicht', { scenario: 'empty', before: PACKS });
    await page.getByRole('heading', { level: 1, name: 'Self-assessment for Customer Service' }).waitFor();
    // The one tab is the pack; no Set-up, Respondents or Results.
    const tabs = await page.getByRole('list', { name: 'Self-assessment' }).innerText();
    assert.equal(tabs.trim(), 'Self-assessment');
    assert.equal(await page.getByRole('link', { name: 'Set-up' }).count(), 0);
    assert.match(
      await page.locator('.lead').first().innerText(),
      /Nordlicht Haushaltswaren GmbH — CX baseline 2026\. From the pack “nordlicht-customer-service\.cxpack\.json”/,
    );
    assert.match(
      await page.getByRole('complementary', { name: 'How this works' }).innerText(),
      /save the filled pack and send that file back/,
    );
    assert.match(
      await page.getByRole('region', { name: 'Who answers' }).innerText(),
      /Ines Brandt\s+Head of Customer Service\s+0 of 50 answered\s+Start/,
    );
    await noSeriousViolations(page);
    await screenshots(page, 'pack-session');

    // Add a colleague: a name is required.
    await page.getByRole('button', { name: 'Add another person' }).click();
    const form = page.getByRole('form', { name: 'Who is answering?' });
    await form.getByRole('button', { name: 'Add' }).click();
    await form.getByText('Enter a name.').waitFor();
    await noSeriousViolations(page);
    await form.getByLabel('Your name').fill('Jonas Weber');
    await form.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('row', { name: /Jonas Weber/ }).waitFor();
    const added = page.evaluate(() => window.__cxmMock.calls.find((c) => c.cmd === 'add_respondent')?.args);
    assert.deepEqual(await added, {
      assessmentId: 'a-pack-nordlicht',
      departmentId: 'a-pack-nordlicht-d0',
      name: 'Jonas Weber',
      role: null,
      consensus: false,
    });

    // Answer as Ines in the same questionnaire screen, then back.
    await page.getByRole('link', { name: 'Start the questionnaire as Ines Brandt' }).click();
    await page.locator('.q-prompt').waitFor();
    assert.equal(await page.evaluate(() => window.location.hash), '#/p/a-pack-nordlicht/answer/a-pack-nordlicht-ines');
    await page.keyboard.press('3');
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.getByRole('link', { name: 'Self-assessment' }).click();
    await page.getByRole('region', { name: 'Who answers' }).waitFor();
    assert.match(await page.getByRole('region', { name: 'Who answers' }).innerText(), /1 of 100 answered/);

    // Save the filled pack: cancelled, then saved with where it went.
    await page.evaluate(() => (window.__cxmMock.savePick = 'cancel'));
    await page.getByRole('button', { name: 'Save filled pack…' }).click();
    await page.getByText('Not saved: no file was chosen.').waitFor();
    await page.evaluate(() => (window.__cxmMock.savePick = 'save'));
    await page.getByRole('button', { name: 'Save filled pack…' }).click();
    await page
      .getByText(
        'Saved as “Nordlicht-Haushaltswaren-GmbH-Customer-Service-filled.cxpack.json” in /home/ines/Documents. Send this file back to the consultant.',
      )
      .waitFor();
    assert.match(
      await page.getByRole('region', { name: 'Send your answers back' }).innerText(),
      /Last saved .* as “Nordlicht-Haushaltswaren-GmbH-Customer-Service-filled\.cxpack\.json”\./,
    );
    await noSeriousViolations(page);
    await screenshots(page, 'pack-saved');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a pack with nobody in it asks the head to add themself first', async () => {
    const { page } = await app.open('#/', { scenario: 'empty' });
    await page.getByRole('button', { name: 'Open a self-assessment pack…' }).click();
    await page.getByRole('heading', { name: 'Nobody answers yet' }).waitFor();
    assert.match(await page.getByRole('button', { name: 'Add yourself' }).getAttribute('class'), /btn--primary/);
    await page
      .getByText('There are no answers yet; you can still save, but the consultant will receive an empty pack.')
      .waitFor();
    await noSeriousViolations(page);
    await screenshots(page, 'pack-empty');
    await page.context().close();
  });
});
