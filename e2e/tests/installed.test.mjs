// The INSTALLED app (scripts/test-installer.sh installs the .deb and runs
// only this file, APP_BIN=/usr/bin/cx-maturity): it starts from the system
// path, shows the home screen on a fresh database, opens Help with F1 and
// names the database the test gave it. run.mjs runs this file only when it
// is asked for by name.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, pageText, press, quit, until } from '../lib.mjs';

let app;

/** The whole X screen as a PNG (ImageMagick's import; a WebDriver screenshot
 * of WebKitGTK under Xvfb can hang), when E2E_SHOTS names a folder. */
function shot(name) {
  if (!process.env.E2E_SHOTS) return;
  const r = spawnSync('import', ['-window', 'root', join(process.env.E2E_SHOTS, name)], { stdio: 'inherit' });
  assert.equal(r.status, 0, `import -window root ${name} failed`);
}

before(async () => {
  assert.ok(process.env.E2E_APP_BIN.startsWith('/usr/'), `not an installed binary: ${process.env.E2E_APP_BIN}`);
  app = await launch();
});

after(async () => {
  if (app) await quit(app).catch(() => {});
});

test('the installed app starts, shows the home screen and its Help', async () => {
  await until(app, async () => (await pageText(app)).includes('No assessments yet'), 'home screen did not appear');
  assert.equal(await app.getTitle(), 'CX Maturity');
  const heading = await app.$('h1');
  assert.equal(await heading.getText(), 'Assessments');
  // The bundled UI, not a dev server: the page comes from the app itself.
  const origin = await app.execute(() => window.location.origin);
  assert.doesNotMatch(origin, /localhost:5173/);
  shot('installed-home.png');

  await press(app, 'F1');
  await until(app, async () => (await pageText(app)).includes('Where your data lives'), 'F1 did not open Help');
  const db = await app.$('//input[@id=//label[normalize-space(.)="Database file"]/@for]');
  assert.equal(await db.getValue(), process.env.CXM_DB);
  const text = await pageText(app);
  assert.match(text, /CX Maturity 0\.1\.0/);
  assert.match(text, /The five levels/);
  shot('installed-help.png');
});
