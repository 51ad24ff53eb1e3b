// Rounds a year later: Home tells rounds apart and starts the next round
// of the latest one (people, carried answers, a newer questionnaire
// version; a refusal shows the core's words and changes nothing); the new
// round says what starting it did; carried answers in the questionnaire
// (marked in words and a sign, C confirms, another answer changes, the
// count left) — also in a department head's pack session; the Progress
// tab with its flags in words, the diverging warning, the actions
// completed and the trend. axe on every new screen, screenshots, and the
// fit at 1024×768.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PROJECTOR_SIZES, layoutProblems, noSeriousViolations, screenshots, start } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.stop();
});

const ROUNDS = (n) => `window.__CXM_ROUNDS__ = ${n};`;
const DEMO = 'a-demo-northwind';
const calls = (page, cmd) =>
  page.evaluate((c) => window.__cxmMock.calls.filter((x) => x.cmd === c).map((x) => x.args), cmd);

describe('starting the next round', () => {
  test('Home tells the rounds of a chain apart; only the latest offers a next round', async () => {
    const { page, errors } = await app.open('#/', { before: ROUNDS(3) });
    const table = page.getByRole('table', { name: 'Your assessments' });
    await table.waitFor();
    const row = (title) => table.locator('tbody tr').filter({ has: page.getByText(title, { exact: true }) });
    assert.match(await row('CX maturity 2026').innerText(), /Round 3 · after “CX maturity 2025”, 3 Mar 2025/);
    assert.match(
      await row('CX maturity 2025').innerText(),
      /Round 2 · after “CX maturity 2024”, 26 Feb 2024 · Round 3 follows: “CX maturity 2026”/,
    );
    assert.match(await row('CX maturity 2024').innerText(), /Round 1 · Round 2 follows: “CX maturity 2025”/);
    // A first round without a next one is not marked at all.
    assert.doesNotMatch(await row('Contoso Bank').innerText(), /Round/);
    const start = (name) => page.getByRole('button', { name: `Start the next round of ${name}` });
    assert.equal(await start('Northwind Retail — CX maturity 2026').count(), 1);
    assert.equal(await start('Northwind Retail — CX maturity 2025').count(), 0);
    assert.equal(await start('Northwind Retail — CX maturity 2024').count(), 0);
    assert.equal(await start('Contoso Bank — Baseline before the CRM programme').count(), 1);
    await noSeriousViolations(page);
    await screenshots(page, 'home-rounds');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the dialog: suggested title, everyone kept, answers carried, a newer version; the new round says what it took', async () => {
    const { page, errors } = await app.open('#/');
    await page.evaluate(() => (window.__cxmMock.rounds.newer = true));
    await page.getByRole('button', { name: 'Start the next round of Northwind Retail — CX maturity 2026' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start round 2 of Northwind Retail' });
    await dialog.waitFor();
    const title = dialog.getByLabel('Title of the new round');
    assert.equal(await title.inputValue(), 'CX maturity 2026 (round 2)');
    // Focus starts in the title.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'INPUT');
    const people = dialog.getByRole('group', { name: 'Who answers again' }).getByRole('checkbox');
    assert.equal(await people.count(), 9);
    for (const box of await people.all()) assert.equal(await box.isChecked(), true);
    assert.match(await dialog.innerText(), /9 of 9 kept/);
    assert.match(await dialog.innerText(), /Sara Lind, Marketing · Brand Manager · 17 answers/);
    const carry = dialog.getByRole('checkbox', { name: /Carry the answers forward — each stays marked/ });
    assert.equal(await carry.isChecked(), true);
    // What is carried and what starts empty, in words.
    assert.match(
      await dialog.innerText(),
      /owners, due dates, statuses, notes and dropped actions\. A done action stays done\./,
    );
    assert.match(await dialog.innerText(), /Customer evidence \(NPS, CSAT, churn\): it belongs to a period/);

    // Keep none: answers cannot be carried without people.
    await dialog.getByRole('button', { name: 'Keep none' }).click();
    assert.match(await dialog.innerText(), /0 of 9 kept/);
    assert.equal(await carry.isDisabled(), true);
    assert.equal(await carry.isChecked(), false);
    assert.match(await dialog.innerText(), /Keep at least one respondent to carry answers forward/);
    await dialog.getByRole('button', { name: 'Keep all' }).click();
    assert.equal(await carry.isDisabled(), false);
    await dialog.getByRole('checkbox', { name: /Chen Wei, Finance/ }).uncheck();

    await screenshots(page, 'next-round-dialog');
    // The newer version, with the questions it changes.
    const keepVersion = dialog.getByRole('radio', {
      name: /Keep version 1\.0\.0 \(50 questions\), as in the last round/,
    });
    const useVersion = dialog.getByRole('radio', {
      name: /Use the current version 1\.1\.0 \(1 question added, 1 removed\)/,
    });
    assert.equal(await keepVersion.isChecked(), true);
    await useVersion.check();
    await dialog.getByText('Which questions change').click();
    assert.match(await dialog.innerText(), /Which customer outcomes does the vision name\?/);
    await noSeriousViolations(page);
    await screenshots(page, 'next-round-dialog-version');

    await title.fill('CX maturity 2027');
    await dialog.getByRole('button', { name: 'Start round 2' }).click();
    await page.waitForFunction(() => window.location.hash.includes('/respondents'));
    const [sent] = await calls(page, 'start_next_round');
    assert.equal(sent.assessmentId, DEMO);
    assert.equal(sent.title, 'CX maturity 2027');
    assert.equal(sent.respondentIds.length, 8);
    assert.ok(!sent.respondentIds.includes(`${DEMO}-r6`));
    assert.equal(sent.carryAnswers, true);
    assert.equal(sent.questionnaireVersion, '1.1.0');

    // The new round says what happened, once.
    const note = page.getByRole('region', { name: 'Round 2 started: “CX maturity 2027”' });
    await note.waitFor();
    const said = await note.innerText();
    assert.match(said, /8 respondents kept from the last round\./);
    // 7 × 50 + 17 answers, less the 8 answers to the question the new version removes.
    assert.match(said, /359 answers carried forward: each stays marked until its respondent confirms or changes it\./);
    assert.match(said, /Customer evidence starts empty for the new period\./);
    assert.match(
      said,
      /Questions added in this round’s questionnaire:\s*Which customer outcomes does the vision name\?/,
    );
    assert.match(said, /Questions no longer asked/);
    // Each person shows the carried answers left to confirm.
    assert.match(await page.locator('main').innerText(), /49 carried answers to confirm/);
    await noSeriousViolations(page);
    await screenshots(page, 'round-started');
    // Home now lists the new round after the demo, and the demo has no Start any more.
    await page.goto(page.url().replace(/#.*/, '#/'));
    const table = page.getByRole('table', { name: 'Your assessments' });
    await table.waitFor();
    assert.match(
      await table
        .locator('tbody tr')
        .filter({ has: page.getByText('CX maturity 2027', { exact: true }) })
        .innerText(),
      /Round 2 · after “CX maturity 2026”/,
    );
    assert.equal(
      await page.getByRole('button', { name: 'Start the next round of Northwind Retail — CX maturity 2026' }).count(),
      0,
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a refusal shows the core’s words in the dialog and starts nothing', async () => {
    const { page, errors } = await app.open('#/');
    await page.getByRole('button', { name: 'Start the next round of Northwind Retail — CX maturity 2026' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start round 2 of Northwind Retail' });
    await dialog.waitFor();
    // An empty title: the title field says why, focus goes there.
    await dialog.getByLabel('Title of the new round').fill('   ');
    await dialog.getByRole('button', { name: 'Start round 2' }).click();
    await dialog.getByText('The title is empty; enter a title for the assessment.').waitFor();
    assert.equal(await dialog.getByLabel('Title of the new round').getAttribute('aria-invalid'), 'true');
    await dialog.getByLabel('Title of the new round').fill('CX maturity 2027');
    // Meanwhile another window started the demo's next round.
    await page.evaluate(() =>
      window.__TAURI_INTERNALS__.invoke('start_next_round', {
        args: {
          assessmentId: 'a-demo-northwind',
          title: null,
          respondentIds: [],
          carryAnswers: false,
          questionnaireVersion: null,
        },
      }),
    );
    const listed = async () =>
      (await page.evaluate(() => window.__TAURI_INTERNALS__.invoke('list_assessments', {}))).length;
    const before = await listed();
    await dialog.getByRole('button', { name: 'Start round 2' }).click();
    await dialog
      .getByRole('alert')
      .filter({
        hasText:
          'The next round was not started: “CX maturity 2026” already has a next round, “CX maturity 2026 (round 2)”; a round can only be started from the latest round of its chain.',
      })
      .waitFor();
    assert.equal(await listed(), before);
    assert.match(await page.evaluate(() => window.location.hash), /^#\/?$/);
    // Escape closes the dialog.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

// Sara Lind (Marketing) in the demo's round 2: her first 12 answers are carried.
const SARA = `#/a/${DEMO}/answer/${DEMO}-r8`;

describe('carried answers in the questionnaire', () => {
  test('a carried answer is marked in words; C confirms it, another answer changes it; the count goes down', async () => {
    const { page, errors } = await app.open(SARA, { before: ROUNDS(2) });
    await page.locator('.q-prompt').waitFor();
    // She resumes at the first answer still to confirm: question 1.
    assert.equal(await page.locator('.q-count').innerText(), 'Question 1 of 50');
    const note = page.getByRole('note', { name: 'Carried from the last round — confirm or change' });
    await note.waitFor();
    assert.match(
      await page.locator('.q-side').innerText(),
      /12 answers carried from the last round to confirm or change/,
    );
    // The carried card says "Carried", not only in colour.
    assert.match(await page.locator('.anchor.is-carried').innerText(), /Carried/);
    assert.match(await page.locator('.shortcuts').innerText(), /confirm the answer carried from the last round/);
    await noSeriousViolations(page);
    await screenshots(page, 'questionnaire-carried');

    await page.keyboard.press('c');
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.match(await page.locator('.save').innerText(), /Confirmed/);
    assert.deepEqual((await calls(page, 'confirm_answer')).at(-1), {
      assessmentId: DEMO,
      respondentId: `${DEMO}-r8`,
      questionId: 'vision.statement',
    });
    await note.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.anchor.is-carried').count(), 0);
    assert.match(await page.locator('.q-side').innerText(), /11 answers carried from the last round/);

    // The next carried answer, then another answer: changed, no longer carried.
    await page.getByRole('button', { name: 'Next carried answer' }).click();
    assert.equal(await page.locator('.q-count').innerText(), 'Question 2 of 50');
    const carriedValue = await page.locator('.anchor.is-carried').getAttribute('aria-keyshortcuts');
    const other = carriedValue === '1' ? '2' : '1';
    await page.keyboard.press(other);
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.equal((await calls(page, 'save_answer')).at(-1).value, Number(other));
    assert.equal(await page.locator('.anchor.is-carried').count(), 0);
    assert.match(await page.locator('.q-side').innerText(), /10 answers carried from the last round/);

    // Choosing the carried answer itself keeps it (it is not taken back).
    await page.keyboard.press('ArrowRight');
    const same = await page.locator('.anchor.is-carried').getAttribute('aria-keyshortcuts');
    await page.keyboard.press(same);
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.equal((await calls(page, 'confirm_answer')).at(-1).questionId, 'vision.awareness');
    assert.equal(await page.locator(`.anchor[aria-keyshortcuts="${same}"]`).getAttribute('aria-pressed'), 'true');
    assert.match(await page.locator('.q-side').innerText(), /9 answers carried from the last round/);
    // The Confirm button does what C does.
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: /^Confirm/ }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.match(await page.locator('.q-side').innerText(), /8 answers carried from the last round/);
    await screenshots(page, 'questionnaire-carried-confirmed');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('presenting: a hidden carried answer is not confirmed blind', async () => {
    const { page } = await app.open(SARA, {
      before: `${ROUNDS(2)} localStorage.setItem('cxm.presenter', 'on');`,
    });
    await page.locator('.q-prompt').waitFor();
    assert.match(await page.locator('.q-carried').innerText(), /reveal it to confirm it/);
    assert.equal(await page.getByRole('button', { name: /^Confirm/ }).isDisabled(), true);
    await page.keyboard.press('c');
    await page.waitForTimeout(150);
    assert.equal((await calls(page, 'confirm_answer')).length, 0);
    await page.keyboard.press('r');
    await page.keyboard.press('c');
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.equal((await calls(page, 'confirm_answer')).length, 1);
    await page.context().close();
  });

  test('a department head’s pack session shows and confirms carried answers the same way', async () => {
    const { page, errors } = await app.open('#/p/a-pack-nordlicht/answer/a-pack-nordlicht-ines', {
      scenario: 'empty',
      before: `window.__CXM_PACKS__ = true; ${ROUNDS(2)}`,
    });
    await page.locator('.q-prompt').waitFor();
    await page.getByRole('note', { name: 'Carried from the last round — confirm or change' }).waitFor();
    assert.match(await page.locator('.q-side').innerText(), /5 answers carried from the last round/);
    await page.keyboard.press('C');
    await page.locator('[data-save-state="saved"]').waitFor();
    assert.deepEqual((await calls(page, 'confirm_answer')).at(-1), {
      assessmentId: 'a-pack-nordlicht',
      respondentId: 'a-pack-nordlicht-ines',
      questionId: 'vision.statement',
    });
    assert.match(await page.locator('.q-side').innerText(), /4 answers carried from the last round/);
    await noSeriousViolations(page);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

describe('the Progress tab', () => {
  test('only a later round has one; a first round opened directly says why there is nothing to compare', async () => {
    const { page } = await app.open(`#/a/a-contoso-bank/progress`, { before: ROUNDS(2) });
    await page.getByRole('heading', { name: 'This is the first round' }).waitFor();
    assert.equal(await page.locator('.tabs__link', { hasText: 'Progress' }).count(), 1);
    await page.locator('.tabs__link', { hasText: 'Results' }).click();
    await page.locator('h1', { hasText: 'Results' }).waitFor();
    assert.equal(await page.locator('.tabs__link', { hasText: 'Progress' }).count(), 0);
    await page.goto(page.url().replace(/#.*/, `#/a/${DEMO}/results`));
    await page.locator('.tabs__link', { hasText: 'Progress' }).waitFor();
    await page.context().close();
  });

  test('headline, dimensions with their flags in words, departments, actions, the outside-in check, questions, trend', async () => {
    const { page, errors } = await app.open(`#/a/${DEMO}/progress`, { before: ROUNDS(3) });
    await page.locator('h1', { hasText: 'Progress since the last round' }).waitFor();
    const main = page.locator('main');
    await main.locator('.progress-tab').waitFor();
    assert.match(
      await main.innerText(),
      /Round 3 \(started 2 Mar 2026\) against round 2, “CX maturity 2025” \(started 3 Mar 2025\)\./,
    );
    // Overall 2.7 → 3.1 (the fixture's 3.12 less 0.4): a sign, the signed change and the word.
    assert.equal(await page.getByTestId('overall-then-now').innerText(), '2.7 → 3.1');
    assert.equal(await main.locator('.headline__change').innerText(), '▲ +0.4 improved');
    assert.match(await main.locator('.headline').innerText(), /71% of this round’s answers were given or confirmed/);

    const row = (id) => main.locator(`tr[data-dimension="${id}"]`);
    assert.match(await row('vision').innerText(), /▲ \+0\.6 improved/);
    assert.match(await row('vision').innerText(), /Questions changed: 1 added, 1 removed/);
    assert.match(await row('voc').innerText(), /▼ −0\.4 declined/);
    assert.match(await row('data').innerText(), /Low coverage: 45% then, 55% now/);
    assert.match(await row('personalisation').innerText(), /Mostly carried: only 35% given or confirmed this round/);
    assert.match(await row('journeys').innerText(), /▶ 0\.0 stable/);
    assert.match(await row('journeys').innerText(), /None/);
    await screenshots(page, 'progress');
    // Which questions changed, on request.
    await row('vision').getByText('Which', { exact: true }).click();
    assert.match(await row('vision').innerText(), /Which customer outcomes does the vision name\?/);

    const dept = main.getByRole('table', { name: /Each department’s overall score then and now/ });
    assert.match(await dept.locator('tr', { hasText: 'Logistics' }).innerText(), /not scored in both rounds/);
    assert.match(await dept.locator('tr', { hasText: 'Logistics' }).innerText(), /1 → not in that round/);
    assert.match(
      await main.innerText(),
      /Misaligned dimensions: 4 then, 2 now\. Misaligned questions: 9 then, 5 now\./,
    );

    const actions = main.getByRole('region', { name: 'Roadmap actions completed in the period' });
    assert.match(await actions.innerText(), /Appoint an executive sponsor for the CX vision — CX vision and strategy/);
    assert.equal(await actions.locator('li').count(), 3);

    // The outside-in check: NPS fell while the self-score rose: the warning in plain words.
    const warning = page.getByRole('note', { name: 'The customers see it differently' });
    assert.match(
      await warning.innerText(),
      /The organisation says it got better; its customers say it got worse\. The overall score rose by 0\.4 while NPS fell by 7 points, CSAT fell by 2 points\./,
    );
    const nps = main.locator('tr[data-measure="nps"]');
    assert.match(await nps.innerText(), /−5\s+−12\s+−7/);

    const questions = main.getByRole('region', { name: 'Questions added and removed' });
    assert.match(await questions.innerText(), /Added in this round\s+Which customer outcomes does the vision name\?/);
    assert.match(await questions.innerText(), /no longer asked\s+How is the organisation/);

    // The core's charts: each dimension then and now, and with three rounds the trend.
    const charts = main.getByRole('region', { name: 'Charts' });
    assert.equal(await charts.getByRole('img', { name: /Each dimension, then and now/ }).count(), 1);
    assert.equal(await charts.getByRole('img', { name: /Every round, overall and by dimension/ }).count(), 1);
    // Three rounds: the trend, oldest first.
    const trend = main.getByRole('region', { name: 'Trend over every round' });
    const rounds = await trend
      .getByRole('table', { name: /oldest first/ })
      .locator('tbody th')
      .allInnerTexts();
    assert.deepEqual(rounds, ['Round 1: CX maturity 2024', 'Round 2: CX maturity 2025', 'Round 3: CX maturity 2026']);
    await noSeriousViolations(page);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('two rounds: no trend yet; a round just started says evidence is to be recorded', async () => {
    const { page } = await app.open(`#/a/${DEMO}/progress`, { before: ROUNDS(2) });
    await page.locator('.progress-tab').waitFor();
    assert.equal(await page.getByRole('region', { name: 'Trend over every round' }).count(), 0);
    assert.equal(await page.getByRole('img', { name: /Every round, overall and by dimension/ }).count(), 0);
    assert.equal(await page.getByRole('img', { name: /Each dimension, then and now/ }).count(), 1);
    await page.context().close();
  });

  for (const [width, height] of PROJECTOR_SIZES) {
    test(`fits ${width}×${height}: the Progress tab, the dialog and a carried answer`, async () => {
      const opts = { width, height, before: `window.__CXM_LONG_NAMES__ = true; ${ROUNDS(3)}` };
      const progress = await app.open(`#/a/${DEMO}/progress`, opts);
      await progress.page.locator('.progress-tab').waitFor();
      assert.deepEqual(await layoutProblems(progress.page), [], `progress at ${width}×${height}`);
      await progress.page.goto(progress.page.url().replace(/#.*/, '#/'));
      await progress.page.getByRole('button', { name: /^Start the next round of Northwind Retail/ }).click();
      await progress.page.getByRole('dialog').getByLabel('Title of the new round').waitFor();
      assert.deepEqual(await layoutProblems(progress.page), [], `dialog at ${width}×${height}`);
      await progress.context.close();
      const carried = await app.open(SARA, opts);
      await carried.page.locator('.q-carried').waitFor();
      assert.deepEqual(await layoutProblems(carried.page), [], `carried answer at ${width}×${height}`);
      // The five answers and the carried note are on screen together.
      const inView = await carried.page.evaluate(() =>
        [...document.querySelectorAll('.anchor, .q-carried')].every((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      );
      assert.equal(inView, true, `the carried note and the answers fit ${width}×${height}`);
      await carried.context.close();
    });
  }
});

describe('Help on rounds', () => {
  test('says what a next round takes over, what starts empty, how to confirm, and the flags with the core’s thresholds', async () => {
    const { page, errors } = await app.open('#/help');
    const section = page.getByRole('region', { name: 'Rounds: the same organisation a year later' });
    await section.waitFor();
    const text = await section.innerText();
    assert.match(
      text,
      /every roadmap edit: owners, due dates, statuses, notes and dropped actions\. A done action stays done\./,
    );
    assert.match(text, /Customer evidence \(NPS, CSAT, churn\) starts empty/);
    assert.match(text, /press C \(or Confirm, or choose the same answer again\)/);
    assert.match(text, /▲ improved or ▼ declined from 0\.3 either way/);
    assert.match(text, /fewer than 60% of the possible answers/);
    assert.match(text, /fewer than 50% of this round’s answers/);
    assert.match(text, /NPS fell by 5 points or more, or CSAT by 3 points or more/);
    // The confirm key is in the questionnaire's shortcut table.
    const keys = page.getByRole('table', { name: 'In the questionnaire' });
    assert.match(await keys.innerText(), /C\s+confirm the answer carried from the last round/);
    await noSeriousViolations(page);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
