// A year later in the real app: the demo's roadmap action marked done, the
// next round started from Home with everyone kept and their answers
// carried; in the new round a carried answer confirmed with the C key and
// another one changed with a number key (both the respondent's own from
// then on); the Progress tab shows both (each dimension's share of own
// answers) and the action completed in the period by its title; the demo
// offers no next round any more.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { button, launch, openDemo, openTab, pageText, press, quit, until } from '../lib.mjs';

const ORG = 'Nordlicht Haushaltswaren GmbH';
const ACTION = 'data.1-2.inventory';
const ACTION_TITLE = 'Map every system that holds customer data';

let app;

before(async () => {
  app = await launch();
});

after(async () => {
  if (app) await quit(app).catch(() => {});
});

/** The save state of the questionnaire's current question. */
const saveState = () => app.execute(() => document.querySelector('[data-save-state]')?.getAttribute('data-save-state'));
/** The side's count of carried answers left ("50 answers carried…"). */
const carriedLeft = () =>
  app.execute(() => {
    const m = document.querySelector('.q-side__carried')?.innerText.match(/(\d+) answers? carried/);
    return m ? Number(m[1]) : null;
  });

test('start the next round of the demo, confirm and change carried answers, see the progress', async () => {
  const demoId = await openDemo(app);
  await until(app, async () => (await pageText(app)).includes('Held back by'), 'the demo results did not open');

  // Round 1: an action of the roadmap done.
  await openTab(app, 'Roadmap');
  const card = await app.$(`li[data-action="${ACTION}"]`);
  await card.waitForDisplayed({ timeout: 15_000 });
  await (await card.$('select')).selectByAttribute('value', 'done');
  await until(app, async () => (await card.getText()).includes('Status saved'), 'the status was not saved');

  // Home: the demo is the latest (and only) round: start the next one.
  await (await app.$('a.brand')).click();
  const start = await until(
    app,
    async () => {
      const b = await app.$(`//button[starts-with(@aria-label, "Start the next round of ${ORG}")]`);
      return (await b.isExisting()) && b;
    },
    'Home offers no next round for the demo',
  );
  await start.click();
  const dialog = await app.$('//dialog[@open]');
  await dialog.waitForDisplayed({ timeout: 15_000 });
  await until(app, async () => (await dialog.getText()).includes('24 of 24 kept'), 'the dialog did not keep everyone');
  const text = await dialog.getText();
  assert.match(text, /Start round 2 of Nordlicht Haushaltswaren GmbH/);
  assert.match(text, /Carry the answers forward — each stays marked until its respondent confirms or changes it/);
  assert.match(text, /Customer evidence \(NPS, CSAT, churn\)/);
  // The suggested title: the demo's with "(round 2)".
  assert.match(await (await dialog.$('input.input')).getValue(), / \(round 2\)$/);
  await (await dialog.$('.//button[normalize-space(.)="Start round 2"]')).click();

  // The new round's Respondents screen says what happened.
  await until(
    app,
    async () => (await pageText(app)).includes('24 respondents kept from the last round.'),
    'the new round did not say what it took over',
    30_000,
  );
  const said = await pageText(app);
  assert.match(said, /Round 2 started: “.+ \(round 2\)”/);
  assert.match(said, /\d+ answers carried forward: each stays marked until its respondent confirms or changes it\./);
  assert.match(said, /Customer evidence starts empty for the new period\./);
  const roundId = decodeURIComponent((await app.execute(() => location.hash)).split('/')[2]);
  assert.notEqual(roundId, demoId);

  // A respondent's questionnaire: the first question is carried.
  const answer = await app.$('.table--respondents .row-actions a');
  await answer.click();
  await until(app, async () => (await app.$('.q-carried')).isDisplayed(), 'no carried answer is marked', 30_000);
  const before = await carriedLeft();
  assert.ok(before > 1, `the respondent has carried answers (${before})`);
  assert.match(await (await app.$('.q-carried')).getText(), /Carried from the last round — confirm or change/);

  // C confirms it.
  await press(app, 'c');
  await until(
    app,
    async () => (await saveState()) === 'saved' && !(await (await app.$('.q-carried')).isExisting()),
    'C did not confirm the carried answer',
  );
  assert.match(await (await app.$('.save')).getText(), /Confirmed/);
  assert.equal(await carriedLeft(), before - 1);

  // The next question: another answer changes it.
  await press(app, 'ArrowRight');
  await until(app, async () => (await app.$('.q-carried')).isDisplayed(), 'the second question is not carried');
  const carriedValue = await app.execute(
    () => document.querySelector('.anchor.is-carried, .chip.is-carried')?.getAttribute('aria-keyshortcuts') ?? null,
  );
  const other = carriedValue === '2' ? '4' : '2';
  await press(app, other);
  await until(
    app,
    async () => (await saveState()) === 'saved' && !(await (await app.$('.q-carried')).isExisting()),
    'another answer did not replace the carried one',
  );
  assert.equal(
    await app.execute(
      (k) => document.querySelector(`.anchor[aria-keyshortcuts="${k}"]`)?.getAttribute('aria-pressed'),
      other,
    ),
    'true',
  );
  assert.equal(await carriedLeft(), before - 2);

  // Progress: both answers are the respondent's own now, the action is completed.
  await openTab(app, 'Progress', 'Progress since the last round');
  await until(
    app,
    async () => (await pageText(app)).includes('Roadmap actions completed in the period'),
    'no progress',
  );
  const progress = await pageText(app);
  assert.match(progress, /Round 2 \(started .+\) against round 1/);
  assert.match(progress, /\d\.\d → \d\.\d/);
  assert.match(progress, new RegExp(`${ACTION_TITLE} — Customer data and a single customer view`));
  // The first dimension holds the confirmed and the changed answer: a share of
  // own answers above 0 %; a dimension nobody touched has none.
  const share = (id) =>
    app.execute((d) => {
      const m = document.querySelector(`tr[data-dimension="${d}"]`)?.innerText.match(/only (\d+)% given or confirmed/);
      return m ? Number(m[1]) : null;
    }, id);
  assert.ok((await share('vision')) > 0, `vision has own answers (${await share('vision')} %)`);
  assert.equal(await share('trust'), 0);
  assert.match(progress, /still carried from the last round/);
  assert.match(progress, /No customer evidence recorded for this round yet/);

  // Home: the demo is followed by round 2 and offers no next round any more.
  await (await app.$('a.brand')).click();
  await until(app, async () => (await pageText(app)).includes('Round 2 follows'), 'Home does not link the rounds');
  const starts = await app.execute(
    (org) =>
      [...document.querySelectorAll('button[aria-label^="Start the next round of "]')]
        .map((b) => b.getAttribute('aria-label'))
        .filter((l) => l.includes(org)),
    ORG,
  );
  assert.equal(starts.length, 1, `only the new round offers a next round: ${starts}`);
  assert.match(starts[0], /\(round 2\)$/);
});
