// Live: the start form (addresses with loopback last, a plain message
// without any network, pace, a second start refused), the projector view
// self-paced (progress per department, refreshed on `cxm:live-changed`)
// and paced ("3 of 5 voted" while hidden, Reveal shows the core's bars,
// Open re-vote, first beside final), next / previous by button and by key
// (not while typing in a field), the agenda's "Discuss" restarting a
// self-paced session paced, Stop after a confirmation; names as text;
// axe; screenshots at projector sizes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutProblems, noSeriousViolations, screenshots, start } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.stop();
});

const ID = 'a-demo-northwind';
const LIVE = `#/a/${ID}/live`;
const HOSTILE = '<img src=x onerror=alert(1)>';

const calls = (page, cmd) =>
  page.evaluate((c) => window.__cxmMock.calls.filter((x) => x.cmd === c).map((x) => x.args), cmd);
/** Changes what the mocked room did, then tells the page as the shell would. */
const roomDid = (page, change) =>
  page.evaluate((c) => {
    Object.assign(window.__cxmMock.live, c);
    window.dispatchEvent(new window.Event('cxm:live-changed'));
  }, change);

async function startSession(page, { paced }) {
  await page.getByRole('radio', { name: /192\.168\.1\.20/ }).check();
  await page.getByRole('radio', { name: paced ? /^Paced/ : /^Self-paced/ }).check();
  await page.getByRole('button', { name: 'Start live session' }).click();
  await page.locator('.live-join__digits').waitFor();
}

describe('live', () => {
  test('the start form offers the networks, loopback last as this computer only', async () => {
    const { page, errors } = await app.open(LIVE);
    await page.getByRole('button', { name: 'Start live session' }).waitFor();
    const options = await page.locator('input[name="live-host"]').evaluateAll((l) => l.map((i) => i.value));
    assert.deepEqual(options, ['192.168.1.20', '10.0.0.7', '127.0.0.1']);
    assert.ok(await page.getByRole('radio', { name: /192\.168\.1\.20 — wlan0/ }).isChecked(), 'first network chosen');
    await page.getByRole('radio', { name: /127\.0\.0\.1 — this computer only/ }).waitFor();
    assert.ok(await page.getByRole('radio', { name: /^Self-paced/ }).isChecked());
    assert.match(await page.locator('.live-start').innerText(), /unencrypted/);
    await noSeriousViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'live-start');
    assert.deepEqual(await layoutProblems(page), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('without a network: a plain message pointing to Help, rehearsal still possible', async () => {
    const { page, errors } = await app.open(LIVE, {
      before: `window.addEventListener('DOMContentLoaded', () => {
        window.__cxmMock.live.addresses = [{ interface: '', ip: '127.0.0.1', loopback: true }];
      });`,
    });
    await page.getByRole('button', { name: 'Start live session' }).waitFor();
    assert.match(await page.locator('.live-start__none').innerText(), /not connected to any network.*Help/s);
    assert.equal(await page.getByRole('link', { name: /How participants join/ }).getAttribute('href'), '#/help');
    assert.ok(await page.getByRole('radio', { name: /this computer only/ }).isChecked());
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('self-paced: code, address, QR; progress per department follows the room; names stay text', async () => {
    const { page, errors } = await app.open(LIVE);
    await page.getByRole('button', { name: 'Start live session' }).waitFor();
    await startSession(page, { paced: false });
    assert.deepEqual(await calls(page, 'live_start'), [{ assessmentId: ID, host: '192.168.1.20', paced: false }]);
    assert.equal(await page.locator('.live-join__digits').innerText(), '482 913');
    assert.equal(await page.locator('.live-join__url').innerText(), 'http://192.168.1.20:51234');
    const qr = await page.getByRole('img', { name: 'QR code to join the session' });
    assert.match(await qr.getAttribute('src'), /^data:image\/svg\+xml;base64,/);
    assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR image is drawn');
    assert.match(await page.locator('.live-progress').innerText(), /No one has joined yet/);

    const departments = await page.evaluate(() =>
      window.__TAURI_INTERNALS__
        .invoke('get_assessment', { args: { assessmentId: 'a-demo-northwind' } })
        .then((v) => v.departments),
    );
    const progress = departments.map((d, i) => ({
      departmentId: d.id,
      name: i === 1 ? '<img src=x onerror=alert(1)>' : d.name,
      joined: i < 3 ? 2 : 0,
      finished: i === 0 ? 1 : 0,
      answers: i === 0 ? 60 : i < 3 ? 12 : 0,
    }));
    await roomDid(page, { participants: 6, progress });
    await page.locator('.live-progress__table').waitFor();
    assert.equal(await page.locator('.live-join__count').innerText(), '6 participants joined');
    const first = page.locator('.live-progress__table tbody tr').first();
    const questions = await page.evaluate(() =>
      window.__TAURI_INTERNALS__.invoke('live_status').then((s) => s.questions),
    );
    assert.match(await first.innerText(), new RegExp(`${departments[0].name}\\s+2\\s+1\\s+60 of ${2 * questions}`));
    assert.equal(
      Number(await first.getByRole('progressbar').getAttribute('aria-valuenow')),
      60,
      'the bar shows the answers given',
    );
    // A hostile department name is text, never markup.
    assert.equal(await page.locator('.live-progress__table th', { hasText: HOSTILE }).count(), 1);
    assert.equal(await page.locator('.live img[src="x"]').count(), 0);
    await noSeriousViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'live-self-paced');
    assert.deepEqual(await layoutProblems(page), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('paced: hidden count, reveal bars, re-vote, first beside final', async () => {
    const { page, errors } = await app.open(LIVE);
    await page.getByRole('button', { name: 'Start live session' }).waitFor();
    await startSession(page, { paced: true });
    assert.match(await page.locator('.live-room').innerText(), /The room is waiting/);
    await page.getByRole('button', { name: /Next/ }).click();
    const detail = await page.evaluate(() =>
      window.__TAURI_INTERNALS__.invoke('get_assessment', { args: { assessmentId: 'a-demo-northwind' } }),
    );
    const q1 = detail.questionnaire.dimensions[0].questions[0];
    assert.deepEqual((await calls(page, 'live_show_question')).at(-1), { questionId: q1.id });
    await page.locator('.live-room__prompt', { hasText: q1.prompt }).waitFor();
    const anchors = await page.locator('.live-anchors__text').allInnerTexts();
    assert.deepEqual(anchors, q1.anchors);
    await roomDid(page, { participants: 5, voted: 3 });
    await page.locator('.live-room__count', { hasText: '3 of 5 voted' }).waitFor();
    // Votes stay hidden until the reveal.
    assert.equal(await page.locator('.live-bars').count(), 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'live-paced-voting');
    assert.deepEqual(await layoutProblems(page), []);

    const depts = detail.departments;
    await page.evaluate(
      ([a, b, hostile]) => {
        window.__cxmMock.live.tally.byDepartment = [
          { departmentId: a.id, name: a.name, levels: [0, 2, 1, 0, 0] },
          { departmentId: b.id, name: hostile, levels: [0, 0, 3, 2, 1] },
        ];
      },
      [depts[0], depts[1], HOSTILE],
    );
    await page.getByRole('button', { name: 'Reveal votes' }).click();
    await page.locator('.live-bars').waitFor();
    const counts = await page.locator('.live-bars__count').allInnerTexts();
    assert.deepEqual(counts, ['0 votes', '2 votes', '4 votes', '2 votes', '1 vote']);
    const widths = await page
      .locator('.live-bars__bar')
      .evaluateAll((bars) => bars.map((b) => Math.round(parseFloat(b.style.width))));
    assert.deepEqual(widths, [0, 50, 100, 50, 25], 'bars relative to the largest count');
    const figures = await page.locator('.live-tally__figures').innerText();
    assert.match(figures, /Spread\s+3/);
    assert.match(figures, /Median\s+3\.0/);
    assert.match(await page.locator('.live-tally__other').innerText(), /Don’t know: 1/);
    const rows = await page.locator('.live-tally__departments tbody tr').allInnerTexts();
    assert.equal(rows.length, 2);
    assert.match(rows[1], /^<img src=x onerror=alert\(1\)>\s+3\s+2\s+1$/);
    assert.equal(await page.locator('.live img[src="x"]').count(), 0);
    await noSeriousViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'live-paced-revealed');
    assert.deepEqual(await layoutProblems(page), []);

    await page.getByRole('button', { name: 'Open re-vote' }).click();
    await roomDid(page, { voted: 2 });
    await page.locator('.live-room__count', { hasText: '2 of 5 re-voted' }).waitFor();
    await page.locator('.live-bars__caption', { hasText: 'First vote' }).waitFor();
    const captions = await page.locator('.live-bars__caption').allInnerTexts();
    assert.deepEqual(captions, ['First vote', 'After the re-vote']);
    assert.match(await page.locator('.live-tally__figures').innerText(), /Spread\s+3 → 2/);
    await noSeriousViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(page, 'live-paced-revote');
    assert.deepEqual(await layoutProblems(page), []);
    await page.getByRole('button', { name: 'Close the re-vote' }).click();
    await page.locator('.live-bars__caption', { hasText: 'Votes' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Open re-vote' }).count(), 1);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('→ / Page Down and ← / Page Up move the room; not while the picker has the focus', async () => {
    const { page, errors } = await app.open(LIVE);
    await page.getByRole('button', { name: 'Start live session' }).waitFor();
    await startSession(page, { paced: true });
    const ids = await page.evaluate(() =>
      window.__TAURI_INTERNALS__
        .invoke('get_assessment', { args: { assessmentId: 'a-demo-northwind' } })
        .then((v) => v.questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.id))),
    );
    const shown = async () => (await calls(page, 'live_show_question')).at(-1)?.questionId;
    await page.locator('h1').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.querySelector('.live-room select').value === id, ids[0]);
    await page.keyboard.press('PageDown');
    await page.waitForFunction((id) => document.querySelector('.live-room select').value === id, ids[1]);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.querySelector('.live-room select').value === id, ids[2]);
    await page.keyboard.press('PageUp');
    await page.waitForFunction((id) => document.querySelector('.live-room select').value === id, ids[1]);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((id) => document.querySelector('.live-room select').value === id, ids[0]);
    assert.equal(await shown(), ids[0]);
    const before = (await calls(page, 'live_show_question')).length;
    // Typing in a text field: the keys move the cursor, not the room.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      input.setAttribute('aria-label', 'typing');
      document.querySelector('.live-room').append(input);
    });
    await page.locator('#typing').focus();
    for (const key of ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp']) await page.keyboard.press(key);
    await page.waitForTimeout(200);
    assert.equal((await calls(page, 'live_show_question')).length, before);
    await page.evaluate(() => document.getElementById('typing').remove());
    // In the picker a key is the select's own: at most its one change, never a second move.
    await page.getByLabel('Question shown').focus();
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(200);
    assert.ok((await calls(page, 'live_show_question')).length <= before + 1);
    // The picker chooses any question.
    await page.getByLabel('Question shown').selectOption(ids[5]);
    await page.waitForFunction((id) => document.querySelector('.live-room select').value === id, ids[5]);
    assert.equal(await shown(), ids[5]);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the agenda: Discuss switches a self-paced room to paced on that question', async () => {
    const { page, errors } = await app.open(LIVE);
    await page.getByRole('button', { name: 'Start live session' }).waitFor();
    await startSession(page, { paced: false });
    const agenda = await page.evaluate(() =>
      window.__TAURI_INTERNALS__.invoke('live_agenda', { args: { assessmentId: 'a-demo-northwind' } }),
    );
    const items = page.locator('.live-agenda__item');
    await items.first().waitFor();
    assert.equal(await items.first().locator('.live-agenda__prompt').innerText(), agenda[0].prompt);
    await items
      .first()
      .getByRole('button', { name: /Discuss in paced mode/ })
      .click();
    await page.locator('.live-room__prompt', { hasText: agenda[0].prompt }).waitFor();
    assert.deepEqual(await calls(page, 'live_set_paced'), [{ paced: true }]);
    assert.deepEqual(await calls(page, 'live_show_question'), [{ questionId: agenda[0].questionId }]);
    // The same session: nobody has to join again.
    assert.equal((await calls(page, 'live_start')).length, 1);
    assert.equal((await calls(page, 'live_stop')).length, 0);
    assert.equal(await page.locator('.live-join__mode').innerText(), 'Paced');
    // Paced now: the agenda shows a question to the room at once.
    await page
      .locator('.live-agenda__item')
      .nth(1)
      .getByRole('button', { name: /Show to the room/ })
      .click();
    await page.locator('.live-room__prompt', { hasText: agenda[1].prompt }).waitFor();
    assert.equal((await calls(page, 'live_set_paced')).length, 1);
    // And back to everyone at their own pace.
    await page.getByRole('button', { name: 'Switch to self-paced' }).click();
    await page.locator('.live-progress').waitFor();
    assert.deepEqual((await calls(page, 'live_set_paced')).at(-1), { paced: false });
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('Stop asks first, says phones disconnect and answers are saved, then goes back to the start form', async () => {
    const { page, errors } = await app.open(LIVE);
    await page.getByRole('button', { name: 'Start live session' }).waitFor();
    await startSession(page, { paced: false });
    await page.getByRole('button', { name: 'Stop session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop the live session?' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /phone will be disconnected.*already saved/s);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal((await calls(page, 'live_stop')).length, 0);
    await page.getByRole('button', { name: 'Stop session' }).click();
    await dialog.getByRole('button', { name: 'Stop session' }).click();
    await page.getByRole('button', { name: 'Start live session' }).waitFor();
    assert.equal((await calls(page, 'live_stop')).length, 1);
    // A second start while one runs is refused with the core's words.
    await startSession(page, { paced: false });
    const refused = await page.evaluate(() =>
      window.__TAURI_INTERNALS__
        .invoke('live_start', { args: { assessmentId: 'a-demo-northwind', host: '127.0.0.1', paced: true } })
        .then(
          () => null,
          (e) => e.message,
        ),
    );
    assert.match(refused, /already running/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the results screen follows a live vote', async () => {
    const { page, errors } = await app.open(`#/a/${ID}/results`);
    await page.locator('h1', { hasText: 'Results' }).waitFor();
    await page.locator('.screen--results .card').first().waitFor();
    const before = (await calls(page, 'get_results')).length;
    await roomDid(page, {});
    await page.waitForFunction((n) => window.__cxmMock.calls.filter((c) => c.cmd === 'get_results').length > n, before);
    // Refreshed without a loading panel in between.
    assert.equal(await page.locator('.panel--loading').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
