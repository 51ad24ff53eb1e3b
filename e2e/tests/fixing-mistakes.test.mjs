// Fixing mistakes in the real app: a respondent removed by mistake comes
// back with every answer through Undo, and a department that already has
// respondents is renamed in place, keeping them (after a restart too).

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { button, field, launch, openDemo, openTab, pageText, quit, until } from '../lib.mjs';

let app;

after(async () => {
  if (app) await quit(app).catch(() => {});
});

/** The accessible names of the elements matching `selector`. */
function labels(browser, selector) {
  return browser.execute((s) => [...document.querySelectorAll(s)].map((e) => e.getAttribute('aria-label')), selector);
}

/** "12 of 50 answered" on the respondent's row. */
async function progressOf(browser, name) {
  return browser.execute((who) => {
    const edit = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === `Edit ${who}`);
    const row = edit?.closest('tr, li');
    return row?.innerText.match(/\d+ of \d+ answered/)?.[0] ?? null;
  }, name);
}

test('a removed respondent comes back with their answers through Undo', async () => {
  app = await launch();
  await openDemo(app);
  await openTab(app, 'Respondents');
  const edits = await until(
    app,
    async () => {
      const found = await labels(app, 'button[aria-label^="Edit "]');
      return found.length > 0 && found;
    },
    'no respondents listed',
  );
  const name = edits[0].slice('Edit '.length);
  const before = await progressOf(app, name);
  assert.match(before ?? '', /^[1-9]\d* of \d+ answered$/, `the demo's ${name} has answers`);
  const count = Number(before.split(' ')[0]);

  await (await button(app, `Edit ${name}`)).click();
  await (await button(app, `Remove ${name}…`)).click();
  const dialog = await app.$('//dialog[@open]');
  await dialog.waitForDisplayed();
  assert.match(await dialog.getText(), new RegExp(`${count} answers?`), 'the confirmation names how many answers go');
  await (await dialog.$('.//button[normalize-space(.)="Remove"]')).click();

  const removed = `${name} was removed with ${count} answer`;
  await until(app, async () => (await pageText(app)).includes(removed), 'no removal notice');
  assert.equal(await progressOf(app, name), null, `${name} is no longer listed`);

  await (await button(app, 'Undo')).click();
  await until(app, async () => (await progressOf(app, name)) !== null, `${name} did not come back`);
  assert.equal(await progressOf(app, name), before, 'every answer came back with them');
});

test('a department with respondents is renamed in place and keeps them, after a restart too', async () => {
  await openTab(app, 'Set-up');
  const renames = await until(
    app,
    async () => {
      const found = await labels(app, 'button[aria-label^="Rename "]');
      return found.length > 0 && found;
    },
    'no departments listed',
  );
  const old = renames[0].slice('Rename '.length);
  const renamed = `${old} & Partners`;
  await openTab(app, 'Respondents');
  // The Edit buttons of the department's group (its heading names it).
  const people = async (n) =>
    app.execute((dept) => {
      const group = [...document.querySelectorAll('section.dept-group')].find((e) =>
        document.getElementById(e.getAttribute('aria-labelledby'))?.innerText.startsWith(dept),
      );
      return group
        ? [...group.querySelectorAll('button[aria-label^="Edit "]')].map((b) => b.getAttribute('aria-label'))
        : null;
    }, n);
  const members = await until(
    app,
    async () => {
      const p = await people(old);
      return p && p.length > 0 && p;
    },
    `${old} lists no respondents`,
  );

  await openTab(app, 'Set-up');
  await (await button(app, `Rename ${old}`)).click();
  const input = await field(app, `New name for ${old}`);
  await input.waitForDisplayed();
  // Typed over the selected old name, as a person does (clearing the field
  // by script would leave it and end the renaming).
  await input.click();
  await app.keys(['Control', 'a']);
  await input.addValue(renamed);
  await app.keys('Enter');
  await (await button(app, 'Save changes')).click();
  await until(app, async () => (await pageText(app)).includes('Changes saved.'), 'the set-up was not saved');

  await quit(app);
  app = await launch();
  await until(app, async () => (await pageText(app)).includes('Nordlicht'), 'the demo is not listed after a restart');
  await (await app.$('//a[contains(normalize-space(.), "Nordlicht")]')).click();
  await openTab(app, 'Respondents');
  const after = await until(
    app,
    async () => {
      const p = await people(renamed);
      return p && p.length > 0 && p;
    },
    `${renamed} lists no respondents after a restart`,
  );
  assert.deepEqual(after, members, 'the same people, in the renamed department');
  const headings = await app.execute(() =>
    [...document.querySelectorAll('section.dept-group h2')].map((h) => h.innerText),
  );
  assert.deepEqual(
    headings.filter((h) => h.startsWith(old) && !h.startsWith(renamed)),
    [],
    `no department is called ${old} any more`,
  );
});
