// Report branding: name, logo and accent each saved on their own, with the
// cover preview following; logos checked by the core (a cut-off JPEG, a
// non-image named .png refused with the reason, nothing changed); a 3 MB
// file refused before it is sent; colour as picker and text; axe;
// screenshots. Reached from the header on every screen.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { noSeriousViolations, screenshots, start, uiRoot } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.stop();
});

const BRANDING = '#/branding';
const JPEG = readFileSync(resolve(uiRoot, '../tests/fixtures/branding/logo-rgb.jpg'));
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const calls = (page, cmd) =>
  page.evaluate((c) => window.__cxmMock.calls.filter((x) => x.cmd === c).map((x) => x.args), cmd);
const preview = (page) => page.getByTestId('cover-preview');

describe('branding', () => {
  test('reached from the header; the name is saved on Enter and shown on the cover preview', async () => {
    const { page, errors } = await app.open('#/');
    await page.getByRole('link', { name: 'Report branding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report branding' }).waitFor();
    assert.match(await preview(page).innerText(), /Add your name to show it here/);
    const name = page.getByLabel('Consultant or firm name');
    await name.fill('Hartmann & Nowak Advisory');
    // The preview follows the typing before anything is saved.
    assert.match(await preview(page).innerText(), /Prepared by Hartmann & Nowak Advisory/);
    await name.press('Enter');
    await page.locator('.field').first().getByText('Saved').waitFor();
    assert.deepEqual(await calls(page, 'set_consultant_name'), [{ name: 'Hartmann & Nowak Advisory' }]);
    await noSeriousViolations(page);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a JPEG logo is stored and previewed; a cut-off JPEG and a non-image are refused and change nothing; a 3 MB file is not even sent', async () => {
    const { page, errors } = await app.open(BRANDING);
    const input = page.locator('input[type="file"]');
    await input.waitFor({ state: 'attached' });
    assert.equal(await input.getAttribute('accept'), 'image/png,image/jpeg');
    await input.setInputFiles({ name: 'nowak.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await page.getByText('Logo saved.').waitFor();
    assert.match(await page.getByTestId('logo-info').innerText(), /JPEG, 24 × 12 pixels/);
    const src = await preview(page).getByRole('img', { name: 'Your logo' }).getAttribute('src');
    assert.equal(src, `data:image/jpeg;base64,${JPEG.toString('base64')}`);
    assert.equal((await calls(page, 'set_logo'))[0].base64, JPEG.toString('base64'));

    await input.setInputFiles({ name: 'cut.jpg', mimeType: 'image/jpeg', buffer: JPEG.subarray(0, JPEG.length - 40) });
    // Refused by the core: said at the field, which is marked; not as a failed save to retry.
    await page
      .locator('.branding__logo .field__error')
      .getByText('“cut.jpg”: the logo JPEG is cut off (its image data has no end); save the logo again or use a PNG.')
      .waitFor();
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.match(await input.getAttribute('aria-describedby'), /-logo-err$/);
    assert.equal(await page.locator('.branding__logo [data-save-state="failed"]').count(), 0);
    assert.match(await page.getByTestId('logo-info').innerText(), /JPEG, 24 × 12 pixels/);

    await input.setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html>not a picture</html>'),
    });
    await page
      .getByText(/“notes\.png”: the logo is neither a PNG nor a JPEG image; choose a PNG or JPEG file\./)
      .waitFor();
    assert.equal(await preview(page).getByRole('img').getAttribute('src'), src);

    const sent = (await calls(page, 'set_logo')).length;
    await input.setInputFiles({
      name: 'huge.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]),
    });
    await page.getByText(/huge\.png is 3\.0 MB; at most 2\.0 MB are accepted\. Nothing was changed\./).waitFor();
    assert.equal((await calls(page, 'set_logo')).length, sent);

    await input.setInputFiles({ name: 'mark.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Logo saved.').waitFor();
    assert.match(await page.getByTestId('logo-info').innerText(), /PNG, 1 × 1 pixels/);
    // A logo that saved takes the mark away.
    assert.equal(await input.getAttribute('aria-invalid'), null);
    await page.getByRole('button', { name: 'Remove logo' }).click();
    await page.getByText('Logo removed.').waitFor();
    assert.match(await page.getByTestId('logo-info').innerText(), /No logo/);
    assert.equal(await preview(page).getByRole('img').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('accent colour: text and picker, checked in place, previewed, back to the default', async () => {
    const { page, errors } = await app.open(BRANDING);
    const hex = page.getByLabel('Accent colour as #rrggbb');
    await hex.waitFor();
    assert.match(await page.locator('.branding__accent').innerText(), /The report’s default colour \(#1f3a5f\)/);
    await hex.fill('teal');
    await hex.press('Enter');
    await page.getByText('Enter the colour as # and six hexadecimal digits').waitFor();
    assert.equal((await calls(page, 'set_accent_colour')).length, 0);
    await hex.fill('#0B6E4F');
    await hex.press('Enter');
    await page.locator('.branding__accent [data-save-state="saved"]').waitFor();
    assert.deepEqual(await calls(page, 'set_accent_colour'), [{ colour: '#0b6e4f' }]);
    assert.equal(
      await page.locator('.cover__band').evaluate((el) => getComputedStyle(el).backgroundColor),
      'rgb(11, 110, 79)',
    );
    assert.match(await page.locator('.branding__accent').innerText(), /Contrast against white: \d+\.\d:1/);
    // The picker commits when it is closed (its change event).
    await page.getByLabel('Pick the accent colour').fill('#f2c14e');
    await page.waitForFunction(() => window.__cxmMock.calls.filter((c) => c.cmd === 'set_accent_colour').length === 2);
    assert.equal((await calls(page, 'set_accent_colour'))[1].colour, '#f2c14e');
    // A light accent is allowed, with a warning in words.
    await page.getByText(/has a contrast of 1\.\d:1 against white/).waitFor();
    await page.getByRole('button', { name: 'Use the default colour' }).click();
    await page.waitForFunction(() => window.__cxmMock.calls.filter((c) => c.cmd === 'set_accent_colour').length === 3);
    assert.equal((await calls(page, 'set_accent_colour'))[2].colour, null);
    await page.getByText(/The report’s default colour/).waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the preview colours its band text as the core says the PDF cover will', async () => {
    const { page, errors } = await app.open(BRANDING);
    const hex = page.getByLabel('Accent colour as #rrggbb');
    await hex.waitFor();
    // The mocked core answers colours no rule in the window would pick:
    // the preview can only show them if it renders what it is told.
    await page.evaluate(() => {
      window.__cxmMock.accentAnswers['#2a9d8f'] = {
        accent: '#2a9d8f',
        text: '#ff00ff',
        muted: '#00ff00',
        contrast: 3.1,
        readable: false,
        contrastOnWhite: 3.3,
        readableOnWhite: false,
      };
    });
    await hex.fill('#2a9d8f');
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.cover__band')).color === 'rgb(255, 0, 255)',
    );
    assert.equal(await page.locator('.cover__kicker').evaluate((el) => getComputedStyle(el).color), 'rgb(0, 255, 0)');
    await page.getByText(/has a contrast of 3\.3:1 against white/).waitFor();
    // Typing is a preview only: nothing is saved until Enter or leaving the field.
    assert.equal((await calls(page, 'set_accent_colour')).length, 0);
    assert.ok((await calls(page, 'accent_colours')).some((a) => a.colour === '#2a9d8f'));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a filled-in branding: axe and screenshots', async () => {
    const { page, errors } = await app.open(BRANDING);
    await page.getByLabel('Consultant or firm name').fill('Hartmann & Nowak Advisory');
    await page.getByLabel('Consultant or firm name').press('Enter');
    await page.getByLabel('Accent colour as #rrggbb').fill('#0b6e4f');
    await page.getByLabel('Accent colour as #rrggbb').press('Enter');
    await page.locator('input[type="file"]').setInputFiles({ name: 'nowak.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await page.getByText('Logo saved.').waitFor();
    await noSeriousViolations(page);
    await screenshots(page, 'branding');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
