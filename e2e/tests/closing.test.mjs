// Closing the window as a person does (the window manager's close request,
// not a killed process): a comment typed a moment before is saved first,
// and the database is left as one file. Reopened, the comment is there.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { continueFirst, launch, openDemo, pageText, press, quit, until } from '../lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const COMMENT = 'Closed the lid straight after typing this';

let app;

after(async () => {
  if (app) await quit(app).catch(() => {});
});

/** Sends the close request, then waits until the app no longer answers. */
async function closeWindow(browser) {
  execFileSync('python3', [join(here, '..', 'close-window.py'), 'CX Maturity']);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      await browser.getTitle();
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the window did not close');
}

test('a comment typed just before the window closes is saved; the database is one file after', async () => {
  app = await launch();
  await openDemo(app);
  await continueFirst(app);
  const question = await (await app.$('.q-count')).getText();
  await (await app.$('.q-prompt')).click();
  // A level other than the one chosen (choosing the chosen one clears it).
  const chosen = await app.execute(
    () => document.querySelector('.q-main button[aria-pressed="true"]')?.getAttribute('aria-keyshortcuts') ?? null,
  );
  await press(app, chosen === '3' ? '2' : '3');
  await until(
    app,
    async () => (await (await app.$('[data-save-state]')).getAttribute('data-save-state')) === 'saved',
    'the answer was not saved',
  );
  const comment = await app.$('//textarea[@id=//label[contains(normalize-space(.), "Comment")]/@for]');
  await comment.click();
  await comment.setValue(COMMENT);
  await closeWindow(app);
  await quit(app).catch(() => {});
  app = null;

  // Closed normally: the changes are in the database file, not in a WAL beside it.
  const wal = `${process.env.CXM_DB}-wal`;
  assert.ok(!existsSync(wal) || statSync(wal).size === 0, 'the WAL still holds changes after closing');

  app = await launch();
  await until(app, async () => (await pageText(app)).includes('Nordlicht'), 'the demo is not listed after a restart');
  await (await app.$('//a[contains(normalize-space(.), "Nordlicht")]')).click();
  await continueFirst(app);
  // Back on the question that was open, with the comment as typed.
  assert.equal(await (await app.$('.q-count')).getText(), question);
  const again = await app.$('//textarea[@id=//label[contains(normalize-space(.), "Comment")]/@for]');
  assert.equal(await again.getValue(), COMMENT);
});
