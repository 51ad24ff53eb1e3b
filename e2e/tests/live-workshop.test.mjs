// A live workshop in the real app with three phones: the facilitator opens
// the demo, starts a paced session on "this computer only", and reads the
// address and join code the app shows; three headless Chromium phones
// (390×844) open the address with the code, join in two departments and
// vote on the question the facilitator shows; the projector counts "3 of 3
// voted" (within half a second of the last vote), Reveal shows their
// distribution, Open re-vote lets one phone change its answer while the
// projector shows first beside final, and Close ends the re-vote with both
// still shown. The three are respondents with their final answers, Stop
// ends the phones' session, and the PDF report lists the re-voted question.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { after, before, test } from 'node:test';
import { button, exportStatus, launch, openDemo, openTab, pageText, queuePicks, quit, until } from '../lib.mjs';

// The phones are the system Chromium driven by the UI's playwright-core
// (ui/tests/browser/harness.mjs drives it the same way): one copy for both.
const { chromium } = createRequire(new URL('../../ui/package.json', import.meta.url))('playwright-core');

let app;
let phones;

before(async () => {
  app = await launch();
  phones = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

after(async () => {
  await phones?.close().catch(() => {});
  if (app) await quit(app).catch(() => {});
});

/** A phone of its own (own storage) at `url`. */
async function phone(url) {
  const context = await phones.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

async function joinAs({ page }, name, department) {
  await page.getByRole('radio', { name: department, exact: true }).check();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByRole('heading', { name: 'Waiting for the facilitator' }).waitFor();
}

async function vote({ page }, level) {
  await page.getByRole('radio', { name: new RegExp(`^Level ${level}:`) }).click();
  await page.locator('[data-save-state="saved"]').waitFor();
}

/** Clicks a button of the app by its text, once it is there. */
async function click(name) {
  const b = await button(app, name);
  await b.waitForClickable({ timeout: 15_000 });
  await b.click();
}

const texts = (selector) => app.execute((s) => [...document.querySelectorAll(s)].map((e) => e.textContent), selector);

test('three phones join, vote, see a reveal and a re-vote; the app and the report have them', async () => {
  const id = await openDemo(app);
  await openTab(app, 'Run live', 'Start live session');

  // Loopback is offered, last, as this computer only.
  const hosts = await app.execute(() => [...document.querySelectorAll('input[name="live-host"]')].map((i) => i.value));
  assert.equal(hosts.at(-1), '127.0.0.1');
  await app.execute(() => {
    const radio = (name) =>
      [...document.querySelectorAll('label.choice')].find((l) => l.textContent.includes(name)).querySelector('input');
    radio('this computer only').click();
    radio('Paced').click();
  });
  await click('Start live session');
  await until(app, async () => (await texts('.live-join__digits')).length === 1, 'the session did not start');

  const address = (await texts('.live-join__url'))[0].trim();
  const code = (await texts('.live-join__digits'))[0].replace(/\s/g, '');
  assert.match(address, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.match(code, /^\d{6}$/);
  const qr = await app.execute(() => document.querySelector('.live-join__qr').getAttribute('src'));
  assert.match(qr, /^data:image\/svg\+xml;base64,/);

  const url = `${address}/#code=${code}`;
  const [ann, bo, cy] = await Promise.all([phone(url), phone(url), phone(url)]);
  await joinAs(ann, 'Ann Akers', 'Marketing');
  await joinAs(bo, 'Bo Berg', 'Sales');
  await joinAs(cy, 'Cy Cole', 'Sales');
  await until(app, async () => (await pageText(app)).includes('3 participants joined'), 'the projector missed a join');

  // The facilitator shows the first question; every phone has it.
  await click('Next →');
  await until(app, async () => (await texts('.live-room__prompt')).length === 1, 'no question on the projector');
  const prompt = (await texts('.live-room__prompt'))[0];
  for (const p of [ann, bo, cy]) await p.page.getByRole('heading', { name: prompt }).waitFor();

  await vote(ann, 2);
  await vote(bo, 4);
  // When the projector shows the third vote, by the window's own clock (the
  // same machine's as the test's), so WebDriver's round trips do not count.
  await app.execute(() => {
    window.__countedAt = null;
    const seen = () => {
      if (window.__countedAt === null && document.querySelector('.live-room__count')?.textContent === '3 of 3 voted')
        window.__countedAt = Date.now();
    };
    new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const saved = cy.page.waitForResponse((r) => r.url().endsWith('/api/votes') && r.status() === 200);
  await vote(cy, 4);
  await saved;
  const voted = Date.now();
  const counted = await until(app, () => app.execute(() => window.__countedAt), 'the projector did not count 3 of 3');
  const seenAfter = counted - voted;
  assert.ok(seenAfter < 500, `the projector followed the vote after ${seenAfter} ms`);
  // Hidden until the reveal.
  assert.deepEqual(await texts('.live-bars'), []);

  await click('Reveal votes');
  await until(app, async () => (await texts('.live-bars__count')).length === 5, 'no bars after the reveal');
  assert.deepEqual(await texts('.live-bars__count'), ['0 votes', '1 vote', '0 votes', '2 votes', '0 votes']);
  const figures = (await texts('.live-tally__figures'))[0];
  assert.match(figures, /Spread\s*2/);
  assert.match(figures, /Median\s*4\.0/);
  const byDepartment = await texts('.live-tally__departments tbody th');
  assert.deepEqual(byDepartment, ['Marketing', 'Sales']);

  // The re-vote: Ann moves from 2 to 3.
  await click('Open re-vote');
  await ann.page.locator('.tag--revote').waitFor();
  await vote(ann, 3);
  await until(app, async () => (await pageText(app)).includes('1 of 3 re-voted'), 'the projector missed the re-vote');
  // The re-vote is counted in the open, beside the first votes.
  await until(
    app,
    async () => (await texts('.live-bars__caption')).join('|') === 'First vote|After the re-vote',
    'first and final not shown side by side',
  );
  assert.deepEqual(await texts('.live-bars__count'), [
    '0 votes',
    '1 vote',
    '0 votes',
    '2 votes',
    '0 votes',
    '0 votes',
    '0 votes',
    '1 vote',
    '2 votes',
    '0 votes',
  ]);
  assert.match((await texts('.live-tally__figures'))[0], /Spread\s*2 → 1/);
  await click('Close the re-vote');
  // Closed: voting stops, and the first votes stay beside the final ones.
  await until(app, async () => (await pageText(app)).includes('Open re-vote'), 'the re-vote did not close');
  assert.equal((await texts('.live-bars__caption')).join('|'), 'First vote|After the re-vote');
  assert.deepEqual((await texts('.live-bars__count')).slice(5), ['0 votes', '0 votes', '1 vote', '2 votes', '0 votes']);

  // Stored as answers: each phone reads back its final answer from the database.
  const question = await app.execute(() => document.querySelector('.live-room select').value);
  const finalOf = ({ page }) =>
    page.evaluate(async (q) => {
      const token = localStorage.getItem('cxm-live-token');
      const r = await fetch('/api/questionnaire', { headers: { Authorization: `Bearer ${token}` } });
      return (await r.json()).answers.find((a) => a.question === q)?.value;
    }, question);
  assert.deepEqual(await Promise.all([ann, bo, cy].map(finalOf)), [3, 4, 4]);

  // Stop: the phones are told the session ended.
  await click('Stop session');
  await until(app, async () => (await texts('dialog[open]')).length === 1, 'no confirmation');
  assert.match((await texts('dialog[open]'))[0], /disconnected.*already saved/s);
  await app.execute(() =>
    [...document.querySelectorAll('dialog[open] button')].find((b) => b.textContent === 'Stop session').click(),
  );
  await until(app, async () => (await pageText(app)).includes('Start live session'), 'the session did not stop');
  for (const p of [ann, bo, cy]) {
    await p.page.waitForFunction(() => /ended/i.test(document.body.innerText), null, { timeout: 15_000 });
    assert.deepEqual(p.errors, []);
  }

  // The three are respondents of their departments.
  await openTab(app, 'Respondents', 'Cy Cole');
  const respondents = await pageText(app);
  for (const name of ['Ann Akers', 'Bo Berg', 'Cy Cole']) assert.ok(respondents.includes(name), name);

  // The results take them in: the demo's 24 and these 3.
  await openTab(app, 'Results');
  await until(
    app,
    async () => /27 of 27 respondents in 8 of 8 departments took part/.test(await pageText(app)),
    'the results do not count the three participants',
  );

  // The report lists the re-voted question.
  await openTab(app, 'Export & import', 'PDF report');
  const pdf = join(process.env.TMPDIR ?? tmpdir(), 'live-workshop.pdf');
  queuePicks(pdf);
  await (await button(app, 'Export PDF…')).click();
  await until(
    app,
    async () => (await exportStatus(app, 'PDF report')).includes('Saved to live-workshop.pdf') && existsSync(pdf),
    'the PDF was not saved',
    30_000,
  );
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(text.includes('Questions the workshop re-voted'), 'the report has the re-vote section');
  assert.ok(text.includes(prompt.replace(/\s+/g, ' ').slice(0, 40)), 'the re-voted question is listed');
  assert.ok(id);
});
