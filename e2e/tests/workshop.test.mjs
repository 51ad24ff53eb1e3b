// A workshop from start to finish, as a consultant does it in the real app:
// create an assessment with three departments, add two respondents, answer
// a whole dimension with the keyboard only, see the results change, close
// the app, open it again and find everything as it was left. A respondent
// name and a comment full of markup are shown as text and run nothing.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { button, field, launch, pageText, press, quit, until } from '../lib.mjs';

const XSS_NAME = '<img src=x onerror=alert(1)>';
const XSS_COMMENT = '<script>window.__pwned = 1</script><img src=x onerror=alert(2)>';
const ORG = 'Acme Rail';

let app;

before(async () => {
  app = await launch();
});

after(async () => {
  if (app) await quit(app).catch(() => {});
});

/** Nothing injected ran: no alert, no marker, no element made from the text. */
async function assertNothingExecuted(browser) {
  const injected = await browser.execute(() => ({
    pwned: window.__pwned ?? null,
    imgs: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
  }));
  assert.deepEqual(injected, { pwned: null, imgs: 0, scripts: 0 });
  let alertOpen = true;
  try {
    await browser.getAlertText();
  } catch {
    alertOpen = false;
  }
  assert.equal(alertOpen, false, 'an alert was opened by injected markup');
}

async function saveState(browser) {
  const el = await browser.$('[data-save-state]');
  return el.getAttribute('data-save-state');
}

test('create, answer by keyboard, see results, relaunch and find everything', async () => {
  // Home: the list is empty on a fresh database.
  await until(app, async () => (await pageText(app)).includes('No assessments yet'), 'home screen did not appear');

  // Set-up: organisation, built-in questionnaire, three departments.
  await (await app.$('a*=New assessment')).click();
  const org = await field(app, 'Organisation');
  await org.waitForDisplayed();
  await org.setValue(ORG);
  for (const dept of ['Marketing', 'Sales', 'Customer service']) {
    const box = await app.$(
      `//label[contains(@class,'check')][.//*[normalize-space(.)='${dept}'] or normalize-space(.)='${dept}']//input`,
    );
    await box.click();
  }
  await (await button(app, 'Create assessment')).click();

  // Respondents: two people, one named with markup.
  const addRespondent = async (name, department) => {
    await (await button(app, 'Add a respondent')).click();
    const nameField = await field(app, 'Name');
    await nameField.waitForDisplayed();
    await nameField.setValue(name);
    await (await field(app, 'Department')).selectByVisibleText(department);
    await (await button(app, 'Save respondent')).click();
    await until(app, async () => (await pageText(app)).includes(name), `respondent ${name} not listed`);
  };
  await until(
    app,
    async () => (await button(app, 'Add a respondent')).isExisting(),
    'respondents screen did not appear',
  );
  await addRespondent('Dana Smith', 'Sales');
  await addRespondent(XSS_NAME, 'Marketing');
  await assertNothingExecuted(app);

  // Results before answering: nothing scored yet.
  await (await app.$('//ul[contains(@class,"tabs")]//a[normalize-space(.)="Results"]')).click();
  await until(
    app,
    async () => (await pageText(app)).includes('No answers yet'),
    'results did not say "No answers yet"',
  );
  await (await app.$('//ul[contains(@class,"tabs")]//a[normalize-space(.)="Respondents"]')).click();

  // Answer the first dimension (five questions) as Dana, keyboard only.
  const start = await app.$('//*[@aria-label="Start the questionnaire as Dana Smith"]');
  await start.waitForDisplayed();
  await start.click();
  await until(app, async () => (await app.$('h1.q-prompt')).isDisplayed(), 'questionnaire did not open');
  // Levels 4, 4, 3, 4, 5 with equal weights: (4 + 4 + 3 + 4 + 5) / 5 = 4.0.
  const levels = ['4', '4', '3', '4', '5'];
  for (const [i, key] of levels.entries()) {
    await press(app, key);
    await until(app, async () => (await saveState(app)) === 'saved', `answer ${i + 1} not saved`);
    if (i === 1) {
      // A comment full of markup, typed and saved with the answer.
      // Tab past the five answer cards and the two chips to the comment.
      const comment = await field(app, 'Comment or evidence');
      for (let tabs = 0; tabs < 20 && !(await comment.isFocused()); tabs += 1) await press(app, 'Tab');
      assert.ok(await comment.isFocused(), 'comment not reachable by Tab');
      // Element Send Keys types into the focused field (WebKitWebDriver's
      // key actions drop repeated characters).
      await comment.addValue(XSS_COMMENT);
      await press(app, 'Escape');
      await press(app, 'ArrowRight');
      await press(app, 'ArrowLeft');
      await until(app, async () => (await saveState(app)) === 'saved', 'comment not saved');
    }
    await press(app, 'ArrowRight');
  }
  await until(
    app,
    async () => (await pageText(app)).includes('5 of 50 questions answered'),
    'progress did not reach 5 of 50',
  );
  await assertNothingExecuted(app);

  // Results now: one dimension scored, so the overall level is that dimension's 4.0.
  await (await app.$('//ul[contains(@class,"tabs")]//a[normalize-space(.)="Results"]')).click();
  await until(app, async () => (await pageText(app)).includes('Managed, 4.0'), 'results did not show "Managed, 4.0"');
  await assertNothingExecuted(app);

  // Close the app mid-way and open it again: everything is as it was left.
  await quit(app);
  app = await launch();
  await until(app, async () => (await pageText(app)).includes(ORG), 'the assessment is not listed after relaunch');
  const home = await pageText(app);
  assert.match(home, /Managed, 4\.0/);
  await (await app.$(`//a[normalize-space(.)="${ORG}"]`)).click();
  const tab = await app.$('//ul[contains(@class,"tabs")]//a[normalize-space(.)="Respondents"]');
  await tab.waitForDisplayed();
  await tab.click();
  await until(app, async () => (await pageText(app)).includes('Dana Smith'), 'respondents not shown after relaunch');
  const respondents = await pageText(app);
  assert.ok(respondents.includes(XSS_NAME), 'the markup name is shown as text');
  assert.ok(respondents.includes('5 of 50 answered'), 'Dana has 5 of 50 answered');
  for (const dept of ['Marketing', 'Sales', 'Customer service']) assert.ok(respondents.includes(dept), `${dept} kept`);
  await assertNothingExecuted(app);

  // Dana resumes at question 6, and question 2 still has its comment, as text.
  await (await app.$('//*[@aria-label="Continue the questionnaire as Dana Smith"]')).click();
  await until(app, async () => (await pageText(app)).includes('Question 6 of 50'), 'did not resume at question 6');
  for (const n of [5, 4, 3, 2]) {
    await press(app, 'ArrowLeft');
    await until(
      app,
      async () => (await pageText(app)).includes(`Question ${n} of 50`),
      `could not go back to question ${n}`,
    );
  }
  const comment = await field(app, 'Comment or evidence');
  assert.equal(await comment.getValue(), XSS_COMMENT);
  await assertNothingExecuted(app);
});
