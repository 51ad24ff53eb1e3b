// Help: reachable from the header and with F1 from any screen (but `?` keeps
// meaning "don't know" in the questionnaire); the methodology's sections as
// headings, paragraphs and a list; a markup-looking text stays text; the
// shortcuts are the questionnaire's own list; paths with "copy path"; packs
// coming back, with the choice per conflict; what is kept where and when
// deleted data is gone; axe.
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

const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <b>not bold</b>';

describe('help', () => {
  test('says how packs come back and that each conflict is the consultant’s choice', async () => {
    const { page, errors } = await app.open('#/help');
    const packs = page.getByRole('region', { name: 'Packs from department heads' });
    await packs.waitFor();
    const text = await packs.innerText();
    assert.match(text, /all the files go in together or none/);
    assert.match(text, /keep ours \(this laptop\) or theirs \(the pack\); the newer answer is chosen to start with/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('says what is kept where, what Undo keeps and when deleted data is gone', async () => {
    const { page, errors } = await app.open('#/help');
    const section = page.getByRole('region', { name: 'What is kept where, and when deleted data is gone' });
    await section.waitFor();
    const text = await section.innerText();
    assert.match(text, /~\/Library\/Application Support\/io\.cxmaturity\.desktop/);
    assert.match(text, /%APPDATA%\\io\.cxmaturity\.desktop/);
    assert.match(text, /ending in -wal/);
    // The core's number of backups kept and Home's Undo time.
    assert.match(text, /the newest 5 are kept/);
    assert.match(text, /offers Undo for 10 seconds/);
    assert.match(text, /the app never deletes them/);
    await noSeriousViolations(page);
    await section.scrollIntoViewIfNeeded();
    await screenshots(page, 'help-privacy');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('shows the methodology as sections, with a markup-looking text kept as text', async () => {
    const { page, errors } = await app.open('#/help');
    await page.getByRole('heading', { level: 1, name: 'Help' }).waitFor();
    const method = page.locator('.help__method');
    await method.getByRole('heading', { level: 3, name: 'The five levels' }).waitFor();
    assert.equal(await method.getByRole('heading', { level: 3, name: 'Stage: the weakest link' }).count(), 1);
    // The levels arrive as a list of five, in order.
    const items = method.locator('ol > li');
    assert.equal(await items.count(), 5);
    assert.match(await items.nth(0).innerText(), /^Initial: /);
    assert.match(await items.nth(4).innerText(), /^Optimising: /);
    // The hostile paragraph is there verbatim as text: no element was made
    // from it and nothing ran.
    const texts = await method.locator('p').allTextContents();
    assert.ok(texts.includes(HOSTILE), JSON.stringify(texts));
    assert.equal(await method.locator('script, img, b').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(errors, []);
    await noSeriousViolations(page);
    await screenshots(page, 'help');
    await page.context().close();
  });

  test('lists the shortcuts the questionnaire uses, and F1 for help', async () => {
    const { page } = await app.open('#/help');
    const q = page.getByRole('table', { name: 'In the questionnaire' });
    await q.waitFor();
    const rows = await q.locator('tbody tr').allInnerTexts();
    const flat = rows.map((r) => r.replace(/\s+/g, ' ').trim());
    assert.deepEqual(flat, [
      '1–5 choose',
      'N not applicable',
      '? don’t know',
      'C confirm the answer carried from the last round',
      '← → previous / next',
      'Enter next',
      'Del ⌫ clear the answer (or choose the chosen one again)',
      'R show or hide the chosen answer (presenter mode)',
    ]);
    const everywhere = await page.getByRole('table', { name: 'Everywhere' }).innerText();
    assert.match(everywhere, /F1\s+open this help/);
    await page.context().close();
  });

  test('names the database, its backups and the app folder, and copies a path', async () => {
    const { page, context } = await app.open('#/help');
    const db = page.getByRole('textbox', { name: 'Database file', exact: true });
    await db.waitFor();
    assert.equal(await db.inputValue(), '/home/consultant/.local/share/io.cxmaturity.desktop/cx-maturity.db');
    assert.equal(
      await page.getByRole('textbox', { name: 'Automatic backups (before each upgrade of the database)' }).inputValue(),
      '/home/consultant/.local/share/io.cxmaturity.desktop/cx-maturity.db.backups',
    );
    assert.match(await page.locator('.help__paths').innerText(), /CX Maturity 0\.1\.0/);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.getByRole('button', { name: 'Copy path: Database file' }).click();
    await page.getByRole('status').filter({ hasText: 'Path copied: Database file.' }).waitFor();
    const copied = await page.evaluate(() => window.navigator.clipboard.readText());
    assert.equal(copied, '/home/consultant/.local/share/io.cxmaturity.desktop/cx-maturity.db');
    await page.context().close();
  });

  test('saves a copy of all data and says where it went; a cancelled dialog says nothing', async () => {
    const { page } = await app.open('#/help');
    const button = page.getByRole('button', { name: 'Save a copy of all data…' });
    await button.click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved as “CX Maturity data - 2026-11-23.db” in /home/consultant. It holds every assessment' })
      .waitFor();
    assert.match(await page.locator('.help').innerText(), /safe only while the app is closed/);
    await page.evaluate(() => window.__cxmMock.picks.push(null));
    await button.click();
    await page.locator('.data-copy__status:empty').waitFor({ state: 'attached' });
    assert.equal(await page.getByRole('alert').count(), 0);
    await screenshots(page, 'help-data-copy');
    await page.context().close();
  });

  test('the header links to Help on every screen; F1 opens it, ? in the questionnaire does not', async () => {
    const { page } = await app.open('#/');
    await page.getByRole('table', { name: 'Your assessments' }).waitFor();
    const link = page.getByRole('link', { name: 'Help' });
    assert.equal(await link.count(), 1);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Help' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Help' }).getAttribute('aria-current'), 'page');

    // F1 from the results of an assessment.
    await page.goto(page.url().replace(/#.*$/, '#/a/a-demo-northwind/results'));
    await page.getByRole('link', { name: 'Help' }).waitFor();
    await page.keyboard.press('F1');
    await page.getByRole('heading', { level: 1, name: 'Help' }).waitFor();
    assert.match(page.url(), /#\/help$/);

    // In the questionnaire `?` answers "don't know" and stays there.
    await page.goto(page.url().replace(/#.*$/, '#/a/a-demo-northwind/answer/a-demo-northwind-r8'));
    await page.locator('.anchors').waitFor();
    await page.locator('.q-prompt').focus();
    await page.keyboard.press('?');
    await page.waitForFunction(() =>
      window.__cxmMock.calls.some((c) => c.cmd === 'save_answer' && c.args.value === 'unknown'),
    );
    assert.match(page.url(), /\/answer\//);
    assert.equal(await page.locator('.screen--help').count(), 0);
    await page.keyboard.press('F1');
    await page.getByRole('heading', { level: 1, name: 'Help' }).waitFor();
    await page.context().close();
  });

  test('error: the reason and a way to try again', async () => {
    const { page } = await app.open('#/help', { scenario: 'error' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Help could not be loaded/);
    assert.equal(await alert.getByRole('button', { name: 'Try again' }).count(), 1);
    await noSeriousViolations(page);
    await page.context().close();
  });
});
