// Languages in the real app: the header switches the app to German and back
// without a restart (the questionnaire's German dimension titles appear on
// Results, then the English ones, on the same screen); a respondent whose
// language is French sees a built-in question in French, and the answer
// given there is stored under the question's id (read back with sqlite3).
// The German texts come from the built-in questionnaire's translations, so
// the test holds with or without a German UI catalog.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { button, field, launch, openDemo, openTab, pageText, press, until } from '../lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const builtin = JSON.parse(readFileSync(join(here, '../../questionnaires/cx-maturity/cx-maturity.json'), 'utf8'));
const VISION = {
  en: builtin.dimensions.find((d) => d.id === 'vision').title,
  de: builtin.translations.de.dimensions.vision.title,
};
const FIRST = builtin.dimensions[0].questions[0].id;
const FIRST_FR = builtin.translations.fr.questions[FIRST].prompt;

let app;

after(async () => {
  if (app) await app.deleteSession().catch(() => {});
});

/** Chooses `tag` in the header's language picker, whose own label is in the app's language. */
async function chooseLanguage(browser, tag) {
  const picker = await browser.$("//label[contains(@class, 'topbar__language')]//select");
  await picker.waitForExist({ timeout: 10000 });
  await picker.selectByAttribute('value', tag);
}

test('the app switches to German and back without a restart', async () => {
  app = await launch();
  const id = await openDemo(app);
  await until(app, async () => (await pageText(app)).includes(VISION.en), 'no English dimension title on Results');
  const hash = await app.execute(() => location.hash);

  await chooseLanguage(app, 'de');
  await until(app, async () => (await pageText(app)).includes(VISION.de), 'no German dimension title after the switch');
  assert.ok(!(await pageText(app)).includes(VISION.en), 'the English title is gone');
  assert.equal(await app.execute(() => location.hash), hash, 'the same screen, no restart');

  await chooseLanguage(app, 'en');
  await until(
    app,
    async () => (await pageText(app)).includes(VISION.en),
    'no English dimension title after switching back',
  );
  assert.ok(id.length > 0);
});

test('a respondent answering in French sees the French prompt, and the answer is saved', async () => {
  await openTab(app, 'Respondents');
  await (await button(app, 'Add a respondent')).click();
  await (await field(app, 'Name')).setValue('Élodie Martin');
  const language = await field(app, 'Answers in');
  await language.selectByAttribute('value', 'fr');
  await (await button(app, 'Save respondent')).click();
  await until(app, async () => (await pageText(app)).includes('Answers in Français'), 'the language is not listed');

  const start = await app.$('//a[@aria-label="Start the questionnaire as Élodie Martin"]');
  await start.click();
  await until(app, async () => (await pageText(app)).includes(FIRST_FR), 'the French prompt did not appear');
  await press(app, '4');
  await until(
    app,
    async () => (await app.execute(() => document.querySelector('[data-save-state]')?.dataset.saveState)) === 'saved',
    'the answer was not saved',
  );

  const stored = execFileSync(
    'sqlite3',
    [
      process.env.CXM_DB,
      "SELECT a.question_id || '=' || a.value || ' ' || IFNULL(r.locale, '') FROM answers a " +
        "JOIN respondents r ON r.id = a.respondent_id WHERE r.name LIKE '%lodie Martin'",
    ],
    { encoding: 'utf8' },
  ).trim();
  assert.equal(stored, `${FIRST}=4 fr`);
});
