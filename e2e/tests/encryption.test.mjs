// Encryption at rest in the real app: a passphrase set on Help encrypts the
// database (no demo name left readable in the file); the next start shows
// only the unlock screen; a wrong passphrase is said and leaves the file
// byte for byte as it was; the right one opens the app, an answer given
// then is saved, and after another restart (a wrong try first) it is there.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { button, continueFirst, field, launch, openDemo, pageText, press, quit, until } from '../lib.mjs';

const PASSPHRASE = 'lighthouse keeper 1907';
const DB = process.env.CXM_DB;

let app;

after(async () => {
  if (app) await quit(app).catch(() => {});
});

/** The database's files as they are on disk, for "nothing changed". */
function fingerprint() {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) {
    if (existsSync(DB + suffix)) hash.update(readFileSync(DB + suffix));
  }
  return hash.digest('hex');
}

/** Whether `text` can be read anywhere in the database's files. */
function readable(text) {
  return ['', '-wal'].some((s) => existsSync(DB + s) && readFileSync(DB + s).includes(Buffer.from(text)));
}

async function unlockScreen(browser) {
  await until(
    browser,
    async () => (await pageText(browser)).includes('This database is encrypted'),
    'the unlock screen did not appear',
    30_000,
  );
}

async function unlock(browser, passphrase) {
  const input = await field(browser, 'Passphrase');
  await input.setValue(passphrase);
  await (await button(browser, 'Unlock')).click();
}

/** The level chosen for the first question of the first respondent. */
async function firstAnswer(browser) {
  await continueFirst(browser);
  return browser.execute(
    () => document.querySelector('.q-main button[aria-pressed="true"]')?.getAttribute('aria-keyshortcuts') ?? null,
  );
}

test('a passphrase set on Help encrypts the database; the next start asks for it', async () => {
  app = await launch();
  await openDemo(app);
  assert.ok(readable('Nordlicht'), 'the demo is readable before encryption (so the check below can fail)');
  await app.execute(() => (location.hash = '#/help'));
  await (await button(app, 'Encrypt with a passphrase')).waitForExist({ timeout: 15_000 });
  await (await button(app, 'Encrypt with a passphrase')).click();
  await (await field(app, 'New passphrase again')).waitForExist();
  await (await app.$('//label[normalize-space(.)="New passphrase"]/following-sibling::input')).setValue(PASSPHRASE);
  await (await field(app, 'New passphrase again')).setValue(PASSPHRASE);
  await (await button(app, 'Encrypt')).click();
  await until(
    app,
    async () => (await pageText(app)).includes('The database is now encrypted.'),
    'the passphrase was not set',
    30_000,
  );
  assert.ok(!readable('Nordlicht'), 'a name of the demo is still readable in the database files');
  await quit(app);
  app = null;

  app = await launch();
  await unlockScreen(app);
  assert.ok(!(await pageText(app)).includes('Nordlicht'), 'nothing of the data shows before unlocking');
  const before = fingerprint();
  await unlock(app, 'lighthouse keeper 1908');
  await until(
    app,
    async () => (await pageText(app)).includes('That passphrase does not open this database'),
    'a wrong passphrase was not said',
  );
  assert.equal(fingerprint(), before, 'a wrong passphrase changed the database files');
  await unlock(app, PASSPHRASE);
  await until(app, async () => (await pageText(app)).includes('Nordlicht'), 'the demo is not listed after unlocking');
});

test('an answer given after unlocking survives a restart', async () => {
  await (await app.$('//a[contains(normalize-space(.), "Nordlicht")]')).click();
  const chosen = await firstAnswer(app);
  const level = chosen === '2' ? '4' : '2';
  await (await app.$('.q-prompt')).click();
  await press(app, level);
  await until(
    app,
    async () => (await (await app.$('[data-save-state]')).getAttribute('data-save-state')) === 'saved',
    'the answer was not saved',
  );
  await quit(app);
  app = null;

  app = await launch();
  await unlockScreen(app);
  await unlock(app, 'not it');
  await until(
    app,
    async () => (await pageText(app)).includes('That passphrase does not open this database'),
    'a wrong passphrase was not said',
  );
  await unlock(app, PASSPHRASE);
  await until(app, async () => (await pageText(app)).includes('Nordlicht'), 'the demo is not listed after unlocking');
  await (await app.$('//a[contains(normalize-space(.), "Nordlicht")]')).click();
  assert.equal(await firstAnswer(app), level, 'the answer given before the restart');
});
