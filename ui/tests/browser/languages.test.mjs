// Languages with mocked IPC: the app's language from the system, switched in
// the header without a restart (catalog swapped, every screen rendered and
// loaded again, the questionnaire texts in the new language, no figure
// changed) and how long a switch takes; the report language on the set-up
// screen; a respondent's language in the respondent form, the table and the
// questionnaire's "Answer in" switch (same question, same answers); a pack's
// respondent answering in one of the pack's languages.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { noSeriousViolations, screenshots, shotsDir, start } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.stop();
});

const DEMO = '#/a/a-demo-northwind';
// Sara Lind (Marketing) has answered the first 17 of 50 questions: question
// 18 is `data.frontline-view`, in dimension 4.
const SARA = `${DEMO}/answer/a-demo-northwind-r8`;
const PROMPT = {
  en: 'How complete is the view of a customer that a front-line employee sees during an interaction?',
  fr: 'Quelle est la complétude de la vision d’un client dont dispose un collaborateur de première ligne au cours d’une interaction ?',
};
const DIMENSION = { en: 'Customer data and a single customer view', de: 'Kundendaten und einheitliche Kundensicht' };
// The stand-in German catalog (tests/browser/pseudo-locale.ts) marks every message with "DE ".
const GERMAN = 'window.__CXM_PSEUDO_DE__ = true;';
const SYSTEM = (tags) => `Object.defineProperty(navigator, 'languages', { get: () => ${JSON.stringify(tags)} });`;

const calls = (page, cmd) =>
  page.evaluate((c) => window.__cxmMock.calls.filter((x) => x.cmd === c).map((x) => x.args), cmd);
// The picker's own label is in the app's language.
const picker = (page) => page.getByRole('combobox', { name: /^(Language|Sprache|Langue)$/ });

/**
 * Chooses `tag` in the header's picker and measures, in the page, the time
 * from the change to the frame after the screen shows `text` (the catalog
 * swapped, the screen rendered and its data loaded again).
 */
function switchTo(page, tag, text) {
  return page.evaluate(
    ([tag, text]) =>
      new Promise((done) => {
        const select = document.querySelector('.topbar__language-select');
        const t0 = performance.now();
        select.value = tag;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => {
          if (document.body.innerText.includes(text)) window.requestAnimationFrame(() => done(performance.now() - t0));
          else window.requestAnimationFrame(check);
        };
        check();
      }),
    [tag, text],
  );
}

describe('languages', () => {
  test('the app starts in the first system language it has, and tells the shell first', async () => {
    const { page, errors } = await app.open(SARA, { before: SYSTEM(['nl-NL', 'fr-CH', 'en']) });
    await page.locator('.q-prompt').waitFor();
    assert.equal(await page.locator('.q-prompt').innerText(), PROMPT.fr);
    assert.equal(await picker(page).inputValue(), 'fr');
    const order = await page.evaluate(() => window.__cxmMock.calls.map((c) => c.cmd));
    assert.equal(order[0], 'set_app_locale');
    assert.deepEqual(await calls(page, 'set_app_locale'), [{ locale: 'fr' }]);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a stored choice beats the system language', async () => {
    const { page } = await app.open(SARA, {
      before: `${SYSTEM(['fr-FR'])} localStorage.setItem('cxm.locale', 'en');`,
    });
    await page.locator('.q-prompt').waitFor();
    assert.equal(await page.locator('.q-prompt').innerText(), PROMPT.en);
    assert.deepEqual(await calls(page, 'set_app_locale'), [{ locale: 'en' }]);
    await page.context().close();
  });

  test('the header switches the language without a restart: texts change, figures and place do not', async (t) => {
    const { page, errors } = await app.open(SARA, { before: GERMAN });
    await page.locator('.q-prompt').waitFor();
    // Each language is offered in its own name.
    assert.deepEqual(await picker(page).locator('option').allInnerTexts(), ['English', 'Deutsch', 'Français']);
    const before = await page.locator('.q-side').innerText();
    assert.match(before, /17 of 50 questions answered/);
    const loadsBefore = (await calls(page, 'get_assessment')).length;

    const times = [];
    for (let round = 0; round < 5; round++) {
      times.push(await switchTo(page, 'de', DIMENSION.de));
      // The chrome is in the (stand-in) German catalog, the question where it was.
      assert.match(await page.locator('.q-count').innerText(), /^DE ⟦/);
      assert.match(await page.locator('.q-side').innerText(), /17/);
      times.push(await switchTo(page, 'en', DIMENSION.en));
      assert.equal(await page.locator('.q-count').innerText(), 'Question 18 of 50');
    }
    assert.equal(await page.locator('.q-side').innerText(), before);
    assert.equal(await page.locator('.q-prompt').innerText(), PROMPT.en);
    // Each switch told the shell and loaded the screen's data again.
    const told = (await calls(page, 'set_app_locale')).map((a) => a.locale);
    assert.deepEqual(told.slice(-2), ['de', 'en']);
    assert.equal(told.length, 11);
    assert.ok((await calls(page, 'get_assessment')).length >= loadsBefore + 10);
    assert.equal(await page.evaluate(() => localStorage.getItem('cxm.locale')), 'en');

    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const worst = sorted.at(-1);
    const line = `language switch on the questionnaire screen (mocked IPC, 10 switches): median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`;
    t.diagnostic(line);
    await writeFile(join(shotsDir, 'language-switch.txt'), `${line}\n`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the report language is chosen at set-up and changed later, apart from the app language', async () => {
    const { page, errors } = await app.open(`${DEMO}/setup`);
    const field = page.getByLabel('Report language');
    await field.waitFor();
    assert.equal(await field.inputValue(), 'en');
    assert.deepEqual(await field.locator('option').allInnerTexts(), ['English', 'Deutsch', 'Français']);
    assert.match(await page.locator('.field--report-locale').innerText(), /whatever language the app is shown in/);
    await field.selectOption('de');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved').waitFor();
    assert.deepEqual(await calls(page, 'set_report_locale'), [{ assessmentId: 'a-demo-northwind', locale: 'de' }]);
    assert.equal(await picker(page).inputValue(), 'en');
    await noSeriousViolations(page);
    await screenshots(page, 'setup-report-language');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a new assessment reports in the app language when nothing else is chosen', async () => {
    const { page } = await app.open('#/new', { scenario: 'empty', before: SYSTEM(['fr-FR']) });
    // The app is in French now: the French catalog's labels.
    const field = page.getByLabel('Langue du rapport');
    await field.waitFor();
    assert.equal(await field.inputValue(), 'fr');
    await page.getByLabel(/^Organisation/).fill('Fabrikam');
    await page.getByRole('checkbox', { name: 'Marketing', exact: true }).check();
    await page.getByRole('button', { name: 'Créer l’évaluation' }).click();
    await page.waitForFunction(() => window.location.hash.endsWith('/respondents'));
    // The shell already chose French: no second call.
    assert.deepEqual(await calls(page, 'set_report_locale'), []);
    await page.context().close();
  });

  test('a respondent answers in their own language: same question, same answers', async () => {
    const { page, errors } = await app.open(`${DEMO}/respondents`);
    await page.getByRole('button', { name: 'Edit Sara Lind' }).click();
    const form = page.getByRole('form', { name: 'Edit Sara Lind' });
    const language = form.getByLabel('Answers in');
    assert.deepEqual(await language.locator('option').allInnerTexts(), [
      'App language',
      'English',
      'Deutsch',
      'Français',
    ]);
    await language.selectOption('fr');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    assert.deepEqual(await calls(page, 'set_respondent_locale'), [
      { assessmentId: 'a-demo-northwind', respondentId: 'a-demo-northwind-r8', locale: 'fr' },
    ]);
    assert.match(await page.getByRole('row', { name: /Sara Lind/ }).innerText(), /Answers in Français/);
    await noSeriousViolations(page);

    await page.getByRole('link', { name: 'Continue the questionnaire as Sara Lind' }).click();
    await page.getByText(PROMPT.fr).waitFor();
    // The screen's own words stay in the app's language.
    assert.equal(await page.locator('.q-count').innerText(), 'Question 18 of 50');
    const choices = page.getByRole('group', { name: 'Answer in:' });
    assert.equal(await choices.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed'), 'true');
    await noSeriousViolations(page);
    await screenshots(page, 'questionnaire-in-french');

    await page.keyboard.press('3');
    await page.locator('[data-save-state="saved"]').waitFor();
    const saved = (await calls(page, 'save_answer')).at(-1);
    assert.equal(saved.questionId, 'data.frontline-view');

    await choices.getByRole('button', { name: 'English' }).click();
    await page.getByText(PROMPT.en).waitFor();
    assert.equal(await page.locator('.q-count').innerText(), 'Question 18 of 50');
    assert.equal(await choices.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    // The answer given in French is the answer shown in English.
    assert.equal(await page.getByRole('button', { name: /^Level 3/ }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual((await calls(page, 'set_respondent_locale')).at(-1), {
      assessmentId: 'a-demo-northwind',
      respondentId: 'a-demo-northwind-r8',
      locale: 'en',
    });
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('a pack’s respondent adds themself with a language and answers in it', async () => {
    const { page, errors } = await app.open('#/', { scenario: 'empty' });
    await page.getByRole('button', { name: 'Open a self-assessment pack…' }).click();
    await page.getByRole('button', { name: 'Add yourself' }).click();
    await page.getByLabel(/Your name/).fill('Ines Brandt');
    await page.getByLabel('Answers in').selectOption('de');
    await page.getByRole('button', { name: /^Add/ }).last().click();
    await page.getByText('Answers in Deutsch').waitFor();
    const set = (await calls(page, 'set_respondent_locale')).at(-1);
    assert.equal(set.locale, 'de');
    await page.getByRole('link', { name: /as Ines Brandt/ }).click();
    await page.getByText('CX-Vision und -Strategie').first().waitFor();
    const choices = page.getByRole('group', { name: 'Answer in:' });
    assert.equal(await choices.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
