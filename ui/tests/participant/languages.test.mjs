// The participant page in the questionnaire's languages against a real
// `cxm live`: the join form offers each language in its own name, starts in
// the phone's when the questionnaire has it, and a participant who picks
// Français gets the built-in questions in French, answers them (saved as
// the same ids, stored with language `fr`) and switches to Deutsch from the
// header without losing an answer; long French anchors wrap at 360 px.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { uiRoot } from '../browser/harness.mjs';
import {
  makeAssessment,
  noSeriousViolations,
  overflow,
  screenshot,
  shotsDir,
  startBrowser,
  startLive,
} from './harness.mjs';

const builtIn = JSON.parse(readFileSync(resolve(uiRoot, '../questionnaires/cx-maturity/cx-maturity.json'), 'utf8'));
const [FIRST, SECOND] = builtIn.dimensions[0].questions.map((q) => q.id);
const french = builtIn.translations.fr.questions[FIRST];
const german = builtIn.translations.de.questions[FIRST];

let assessment;
let live;
let browser;
before(async () => {
  assessment = makeAssessment();
  live = await startLive(assessment.db, assessment.id);
  browser = await startBrowser();
});
after(async () => {
  await browser?.stop();
  await live?.stop();
  assessment?.remove();
});

const picker = (page, id) => page.locator(`#${id}`);
const options = (page, id) =>
  picker(page, id)
    .locator('option')
    .evaluateAll((os) => os.map((o) => [o.value, o.textContent]));

/** Elements of the question whose content is wider than their box (cut text). */
const cutText = (page) =>
  page
    .locator('.question__prompt, .choice__title, .choice__anchor, .question__dimension')
    .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));

describe('participant languages', () => {
  test('Français at join: the questions in French, answered and saved; Deutsch from the header keeps the answer', async () => {
    const { page, errors } = await browser.phone(`${live.url}/#code=${live.code}`);
    await page.getByRole('heading', { name: 'Spring workshop' }).waitFor();
    assert.deepEqual(await options(page, 'join-language'), [
      ['en', 'English'],
      ['de', 'Deutsch'],
      ['fr', 'Français'],
    ]);
    assert.equal(await picker(page, 'join-language').inputValue(), 'en', "the phone's language (en-GB)");
    await picker(page, 'join-language').selectOption('fr');
    assert.equal(await overflow(page), 0, 'the join form scrolls sideways');
    await noSeriousViolations(page);
    await screenshot(page, 'join-language');

    await page.getByRole('radio', { name: 'Sales', exact: true }).check();
    await page.locator('#join-name').fill('Amélie Dupont');
    await page.locator('button[type="submit"]').tap();
    const prompt = page.locator('.question__prompt');
    await prompt.waitFor();
    assert.equal(await prompt.innerText(), french.prompt);
    assert.match(await page.locator('.choices').innerText(), /Il n’existe aucune vision CX écrite/);
    assert.equal(await picker(page, 'session-language').inputValue(), 'fr');
    const [person] = assessment.sql("select id, locale from respondents where name = 'Amélie Dupont'");
    assert.equal(person[1], 'fr');

    await page.locator('.choice__input[value="4"]').tap();
    await page.locator('[data-save-state="saved"]').waitFor();
    // The page's own words come from its catalog: English until a French one is there.
    const words = await page.locator('html').getAttribute('lang');
    const badge = await page.locator('.choice--checked .choice__badge').innerText();
    if (words === 'en') assert.match(badge, /Saved/);
    else assert.equal(words, 'fr');
    assert.deepEqual(assessment.sql(`select question_id, value from answers where respondent_id = '${person[0]}'`), [
      [FIRST, '4'],
    ]);
    assert.equal(await overflow(page), 0, 'the French question scrolls sideways');
    assert.deepEqual(await cutText(page), []);
    await noSeriousViolations(page);
    await screenshot(page, 'question-fr');
    await page.locator('.choices').screenshot({ path: join(shotsDir, 'participant-question-fr-choices.png') });

    // Another language from the header: the same question, its answer kept.
    await picker(page, 'session-language').selectOption('de');
    await page.getByRole('heading', { name: german.prompt }).waitFor();
    assert.deepEqual(await page.locator('.choices input:checked').evaluateAll((inputs) => inputs.map((i) => i.value)), [
      '4',
    ]);
    assert.deepEqual(assessment.sql(`select locale from respondents where id = '${person[0]}'`), [['de']]);
    assert.equal(await overflow(page), 0, 'the German question scrolls sideways');
    assert.deepEqual(await cutText(page), []);
    await screenshot(page, 'question-de');

    // A reload comes back in the participant's language, not the phone's,
    // at the first open question.
    await page.reload();
    await page.getByRole('heading', { name: builtIn.translations.de.questions[SECOND].prompt }).waitFor();
    assert.equal(await picker(page, 'session-language').inputValue(), 'de');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test("a French phone starts in French; a language the questionnaire lacks starts in the questionnaire's own", async () => {
    for (const [locale, expected] of [
      ['fr-FR', 'fr'],
      ['es-ES', 'en'],
    ]) {
      const { page, errors } = await browser.phone(`${live.url}/#code=${live.code}`, { locale });
      await page.getByRole('heading', { name: 'Spring workshop' }).waitFor();
      assert.equal(await picker(page, 'join-language').inputValue(), expected, locale);
      assert.deepEqual(errors, []);
      await page.context().close();
    }
  });
});
