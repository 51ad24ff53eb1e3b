// Every screen in the pseudo-locale `xx` (tests/browser/pseudo-locale.ts:
// each English string 40 % longer, as German and French run) at 1280×720:
// no text cut or spilling out of its box, nothing beyond the window, no two
// buttons on top of each other; then the real German and French catalogs
// on every screen at a projector's 1024×768. Screenshots in
// /tmp/cx-maturity-screenshots.
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutProblems, shotsDir, start } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.stop();
});

const PSEUDO = 'window.__CXM_PSEUDO__ = true;';
const PACKS = 'window.__CXM_PACKS__ = true;';
const ROUNDS = 'window.__CXM_ROUNDS__ = 2;';
const DEMO = '#/a/a-demo-northwind';

const SCREENS = [
  ['home', '#/', {}],
  ['setup-new', '#/new', {}],
  ['setup', `${DEMO}/setup`, {}],
  ['respondents', `${DEMO}/respondents`, {}],
  ['questionnaire', `${DEMO}/answer/a-demo-northwind-r8`, {}],
  ['results', `${DEMO}/results`, {}],
  ['targets', `${DEMO}/targets`, {}],
  ['roadmap', `${DEMO}/roadmap`, {}],
  ['branding', '#/branding', {}],
  ['help', '#/help', {}],
  ['export-import', `${DEMO}/export-import`, {}],
  ['live', `${DEMO}/live`, {}],
  ['progress', `${DEMO}/progress`, { before: ROUNDS }],
  ['pack-session', '#/p/a-pack-nordlicht', { scenario: 'empty', before: PACKS }],
  ['pack-answer', '#/p/a-pack-nordlicht/answer/a-pack-nordlicht-ines', { before: `${PACKS} ${ROUNDS}` }],
];

/** Buttons (and links styled as buttons) whose boxes overlap another's. */
function overlappingButtons(page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('button, a.btn, .tabs__link, select')]
      .filter((el) => !el.closest('.visually-hidden, dialog:not([open])'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const name = (el) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const out = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) out.push(`“${name(a.el)}” overlaps “${name(b.el)}”`);
      }
    return out;
  });
}

describe('pseudo-locale (40 % longer texts) at 1280×720', () => {
  for (const [name, hash, opts] of SCREENS) {
    test(`${name}: no text cut or overlapping`, async () => {
      const { page, context, errors } = await app.open(hash, {
        ...opts,
        width: 1280,
        height: 720,
        before: `${PSEUDO} ${opts.before ?? ''}`,
      });
      await page.locator('h1').first().waitFor();
      await page.locator('.panel--loading').waitFor({ state: 'detached' });
      await page.waitForTimeout(150);
      // The pseudo-locale is on: the heading is a lengthened one.
      assert.match(await page.locator('h1').first().innerText(), /⟦|Northwind|Nordlicht|How|Wie/);
      assert.match(await page.locator('.topbar').innerText(), /⟦/);
      await page.screenshot({ path: join(shotsDir, `pseudo-${name}-1280x720.png`), fullPage: true });
      assert.deepEqual(await layoutProblems(page), [], name);
      assert.deepEqual(await overlappingButtons(page), [], name);
      assert.deepEqual(errors, [], name);
      await context.close();
    });
  }
});

// The real German and French catalogs on a projector: the system says
// German or French, the app follows, and every screen still fits 1024×768.
const SYSTEM = (tag) => `Object.defineProperty(navigator, 'languages', { get: () => ['${tag}'] });`;

describe('German and French on the projector (1024×768)', () => {
  for (const code of ['de', 'fr']) {
    for (const [name, hash, opts] of SCREENS) {
      test(`${code} ${name}: no text cut or overlapping`, async () => {
        const { page, context, errors } = await app.open(hash, {
          ...opts,
          width: 1024,
          height: 768,
          before: `${SYSTEM(code)} ${opts.before ?? ''}`,
        });
        await page.locator('h1').first().waitFor();
        await page.locator('.panel--loading').waitFor({ state: 'detached' });
        await page.waitForTimeout(150);
        assert.equal(await page.evaluate(() => document.documentElement.lang), code);
        await page.screenshot({ path: join(shotsDir, `${code}-${name}-1024x768.png`), fullPage: true });
        assert.deepEqual(await layoutProblems(page), [], `${code} ${name}`);
        assert.deepEqual(await overlappingButtons(page), [], `${code} ${name}`);
        assert.deepEqual(errors, [], `${code} ${name}`);
        await context.close();
      });
    }
  }
});
