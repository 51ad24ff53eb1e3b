// A workshop on a projector: every screen at 1024×768 and 1280×720 with the
// long department names real clients have, nothing scrolling sideways and
// no text cut; the questionnaire's five answers on screen; presenter mode
// (no name, the answer hidden until revealed, keys still answering, large
// chart labels); the zoom keys; Escape and Back out of Help, Branding and
// dialogs; the Home error toast closing. Screenshots at both sizes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECTOR_SIZES, layoutProblems, noSeriousViolations, start } from './harness.mjs';
import { join } from 'node:path';
import { shotsDir } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.stop();
});

const LONG = 'window.__CXM_LONG_NAMES__ = true;';
const PACKS = 'window.__CXM_PACKS__ = true;';
const PRESENTING = "localStorage.setItem('cxm.presenter', 'on');";
const DEMO = '#/a/a-demo-northwind';
const ANSWER = `${DEMO}/answer/a-demo-northwind-r8`;

const SCREENS = [
  ['home', '#/', {}],
  ['setup-new', '#/new', {}],
  ['setup', `${DEMO}/setup`, {}],
  ['respondents', `${DEMO}/respondents`, {}],
  ['questionnaire', ANSWER, {}],
  ['results', `${DEMO}/results`, {}],
  ['targets', `${DEMO}/targets`, {}],
  ['roadmap', `${DEMO}/roadmap`, {}],
  ['export-import', `${DEMO}/export-import`, {}],
  ['branding', '#/branding', {}],
  ['help', '#/help', {}],
  ['pack-session', '#/p/a-pack-nordlicht', { scenario: 'empty', before: PACKS }],
];

/** Opens `hash` at one size, waits for the screen's content. */
async function openAt(hash, [width, height], opts = {}) {
  const opened = await app.open(hash, { ...opts, width, height, before: `${LONG}${opts.before ?? ''}` });
  await opened.page.locator('h1').first().waitFor();
  await opened.page.locator('.panel--loading').waitFor({ state: 'detached' });
  await opened.page.waitForTimeout(150);
  return opened;
}

/** Bottoms and tops of the five answer cards, against the window's height. */
async function answersInView(page) {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('.anchor')];
    return {
      count: cards.length,
      inside: cards.every((c) => {
        const r = c.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.right <= document.documentElement.clientWidth;
      }),
    };
  });
}

describe('on a projector', () => {
  for (const size of PROJECTOR_SIZES) {
    test(`every screen fits ${size.join('×')}: nothing scrolls sideways, no text is cut`, async () => {
      for (const [name, hash, opts] of SCREENS) {
        const { page, context, errors } = await openAt(hash, size, opts);
        // The whole page, below the fold too, for the heat map and the charts.
        assert.deepEqual(await layoutProblems(page), [], `${name} at ${size.join('×')}`);
        await page.screenshot({ path: join(shotsDir, `projector-${name}-${size.join('x')}.png`) });
        assert.deepEqual(errors, [], name);
        await context.close();
      }
    });

    test(`the questionnaire's five answers are on screen at ${size.join('×')}, also after Next`, async () => {
      const { page, context } = await openAt(ANSWER, size);
      assert.deepEqual(await answersInView(page), { count: 5, inside: true });
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate(() => window.scrollX), 0);
      assert.deepEqual(await answersInView(page), { count: 5, inside: true });
      await context.close();
    });

    test(`presenting at ${size.join('×')}: the answers are still on screen and nothing is cut`, async () => {
      const { page, context } = await openAt(ANSWER, size, { before: PRESENTING });
      assert.deepEqual(await answersInView(page), { count: 5, inside: true });
      assert.deepEqual(await layoutProblems(page), []);
      await page.screenshot({ path: join(shotsDir, `projector-presenting-${size.join('x')}.png`) });
      await context.close();
    });
  }

  test('choosing an answer moves nothing on the screen', async () => {
    const { page, context } = await openAt(ANSWER, [1280, 720]);
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.anchor, .chip, .q-foot__nav .btn, .q-comment')].map((e) => {
          const r = e.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        }),
      );
    const before = await boxes();
    await page.keyboard.press('3');
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.deepEqual(await boxes(), before);
    await page.keyboard.press('n');
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.deepEqual(await boxes(), before);
    await context.close();
  });
});

describe('presenter mode', () => {
  test('hides the name and the chosen answer until revealed; keys still answer; the save is announced', async () => {
    const { page, context, errors } = await openAt(ANSWER, [1280, 720]);
    assert.match(await page.locator('.q-side__who').innerText(), /Sara Lind/);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    assert.equal(await page.getByRole('button', { name: 'Presenter mode' }).getAttribute('aria-pressed'), 'true');
    const who = await page.locator('.q-side__who').innerText();
    assert.doesNotMatch(who, /Sara Lind/);
    assert.match(who, /Marketing & Brand Communications/);
    assert.equal(await page.getByText('Sara Lind').count(), 0);

    await page.locator('.q-prompt').focus();
    await page.keyboard.press('4');
    await page.locator('[data-save-state="saved"]').waitFor();
    // Screen readers hear the pressed card and the save; the room sees neither.
    assert.equal(await page.locator('.anchor[aria-pressed="true"]').getAttribute('aria-keyshortcuts'), '4');
    assert.equal(await page.locator('.anchor.is-selected').count(), 0);
    assert.equal(await page.locator('.anchor__selected[data-shown="true"]').count(), 0);
    assert.equal(await page.locator('.anchor__selected').first().isVisible(), false);
    assert.match(await page.locator('[role="status"][data-save-state="saved"]').innerText(), /Saved, hidden/);
    const save = await page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'save_answer').at(-1).args);
    assert.equal(save.value, 4);

    await page.keyboard.press('r');
    assert.equal(await page.locator('.anchor.is-selected').getAttribute('aria-keyshortcuts'), '4');
    await page.locator('.anchor.is-selected .anchor__selected').waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: /Reveal the answer/ }).click();
    assert.equal(await page.locator('.anchor.is-selected').count(), 0);
    // The reveal key is in the hint line while presenting.
    assert.match(await page.locator('.shortcuts').innerText(), /R\s+show or hide the chosen answer \(presenter mode\)/);
    await noSeriousViolations(page);

    // Kept for the next start, like the zoom.
    await page.reload();
    await page.locator('.q-prompt').waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('is-presenting')));
    await page.keyboard.press('Control+Shift+P');
    assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('is-presenting'))));
    assert.match(await page.locator('.q-side__who').innerText(), /Sara Lind/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('draws the Results charts with labels of at least 16 px on a 1280 px screen', async () => {
    const { page, context } = await openAt(`${DEMO}/results`, [1280, 720], { before: PRESENTING });
    await page.locator('.chart__svg').first().waitFor();
    await page.waitForTimeout(200);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('.chart__svg')].flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
      }),
    );
    assert.ok(sizes.length > 0);
    assert.ok(Math.min(...sizes) >= 15.99, `smallest label ${Math.min(...sizes)} px`);
    assert.deepEqual(await layoutProblems(page), []);
    await page.locator('.charts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, 'projector-results-presenting-1280x720.png') });
    await context.close();
  });

  test('at a desk, chart labels are at least 12 px and the charts carry no tooltip', async () => {
    const { page, context } = await openAt(`${DEMO}/results`, [1024, 768]);
    await page.locator('.chart__svg').first().waitFor();
    await page.waitForTimeout(200);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.chart__svg')].flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
        }),
      ),
    );
    assert.ok(smallest >= 11.99, `smallest label ${smallest} px`);
    // A native tooltip (SVG <title>, a title attribute) can stay over the next screen.
    assert.equal(await page.locator('.screen svg title, .screen [title]').count(), 0);
    await context.close();
  });
});

describe('zoom', () => {
  test('Ctrl+= and Ctrl++ zoom in, Ctrl+- out, Ctrl+0 back to 100 %; the level is shown and kept', async () => {
    const { page, context } = await openAt(`${DEMO}/targets`, [1280, 720]);
    const zoom = () => page.evaluate(() => document.documentElement.dataset.zoom);
    assert.equal(await zoom(), '100');
    await page.keyboard.press('Control+Equal');
    assert.equal(await zoom(), '110');
    assert.equal(await page.locator('.zoom-level').innerText(), 'Zoom 110%');
    await page.keyboard.press('Control+Shift+Equal');
    assert.equal(await zoom(), '125');
    // At 125 % a 1280 px window lays out as a 1024 px one: still nothing sideways.
    await page.waitForTimeout(150);
    assert.deepEqual(await layoutProblems(page), []);
    await page.keyboard.press('Control+Shift+Equal');
    assert.equal(await zoom(), '150');
    await page.keyboard.press('Control+Minus');
    assert.equal(await zoom(), '125');
    await page.reload();
    await page.locator('h1').first().waitFor();
    assert.equal(await zoom(), '125');
    assert.equal(await page.evaluate(() => window.localStorage.getItem('cxm.zoom')), '125');
    await page.keyboard.press('Control+Digit0');
    assert.equal(await zoom(), '100');
    for (let i = 0; i < 12; i++) await page.keyboard.press('Control+Minus');
    assert.equal(await zoom(), '80');
    await context.close();
  });

  test('Help lists the zoom and presenter keys and says the zoom now', async () => {
    const { page, context } = await openAt('#/help', [1280, 720], {
      before: "localStorage.setItem('cxm.zoom', '150');",
    });
    const table = page.locator('table', { hasText: 'Everywhere' });
    const text = await table.innerText();
    assert.match(text, /Ctrl\+=\s+Ctrl\+\+\s+zoom in/);
    assert.match(text, /Ctrl\+-\s+zoom out/);
    assert.match(text, /Ctrl\+0\s+back to 100/);
    assert.match(text, /Ctrl\+Shift\+P\s+presenter mode/);
    assert.match(await page.locator('.help__zoom').innerText(), /150%/);
    await context.close();
  });
});

describe('Back and Escape', () => {
  for (const [name, hash] of [
    ['Help', '#/help'],
    ['Report branding', '#/branding'],
  ]) {
    test(`${name}: Escape and the Back link return to where the user came from, or Home`, async () => {
      const { page, context } = await openAt(`${DEMO}/results`, [1024, 768]);
      await page.evaluate((h) => (window.location.hash = h), hash);
      await page.getByRole('link', { name: 'Back' }).waitFor();
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.location.hash === '#/a/a-demo-northwind/results');
      await page.evaluate((h) => (window.location.hash = h), hash);
      await page.getByRole('link', { name: 'Back' }).click();
      await page.waitForFunction(() => window.location.hash === '#/a/a-demo-northwind/results');
      await context.close();

      // Opened directly: Back leads Home.
      const direct = await openAt(hash, [1024, 768]);
      assert.equal(await direct.page.getByRole('link', { name: 'Back' }).getAttribute('href'), '#/');
      await direct.page.keyboard.press('Escape');
      await direct.page.waitForFunction(() => window.location.hash === '#/');
      await direct.context.close();
    });
  }

  test('Escape in a text field of Branding leaves the field, not the screen', async () => {
    const { page, context } = await openAt('#/branding', [1280, 720]);
    const field = page.getByLabel('Consultant or firm name');
    await field.focus();
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => window.location.hash), '#/branding');
    await context.close();
  });

  test('Escape closes the delete dialog and leaves the screen where it was', async () => {
    const { page, context } = await openAt('#/', [1024, 768]);
    await page
      .getByRole('button', { name: /^Delete/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.ok(await dialog.getByRole('button', { name: 'Cancel' }).isVisible());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => window.location.hash), '#/');
    await context.close();
  });
});

describe('smaller things', () => {
  test('Home: an error toast can be closed', async () => {
    const { page, context } = await openAt('#/', [1024, 768]);
    await page.evaluate(() => window.__cxmMock.failCommands.push('delete_assessment'));
    await page
      .getByRole('button', { name: /^Delete/ })
      .first()
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Delete/ })
      .click();
    const toast = page.locator('.toast--error');
    await toast.waitFor();
    await toast.getByRole('button', { name: 'Close' }).click();
    await toast.waitFor({ state: 'detached' });
    await context.close();
  });

  test('Setup: "Choose at least one department" goes as soon as one is chosen', async () => {
    const { page, context } = await openAt('#/new', [1024, 768]);
    await page.getByLabel(/^Organisation/).fill('Acme');
    await page.getByRole('button', { name: /Create/ }).click();
    await page.getByText('Choose at least one department.').first().waitFor();
    await page.getByRole('checkbox', { name: 'Marketing', exact: true }).check();
    assert.equal(await page.getByText('Choose at least one department.').count(), 0);
    await context.close();
  });
});
