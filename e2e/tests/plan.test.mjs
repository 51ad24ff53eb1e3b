// Targets and the roadmap editor in the real app: open the demo, agree a
// target, give an action an owner and drop another, close the app, open it
// again and find every edit as it was left (stored in SQLite, read back by
// the core). The report's use of these edits is proven at core level
// (tests/it/report.rs: stored_roadmap_edits_reach_the_pdf_and_the_xlsx).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { button, launch, pageText, press, quit, until } from '../lib.mjs';

const ORG = 'Nordlicht Haushaltswaren GmbH';
const DATA = 'Customer data and a single customer view';
const OWNER = 'Jürgen Weiß (COO)';

let app;

before(async () => {
  app = await launch();
});

after(async () => {
  if (app) await quit(app).catch(() => {});
});

const tab = (browser, name) => browser.$(`//ul[contains(@class,"tabs")]//a[normalize-space(.)="${name}"]`);
const saveStateIn = async (el) => (await el.$('[data-save-state]')).getAttribute('data-save-state');

test('set a target, edit and drop roadmap actions, relaunch: all kept', async () => {
  await until(app, async () => (await button(app, 'Open the demo')).isExisting(), 'home screen did not appear');
  await (await button(app, 'Open the demo')).click();
  await until(app, async () => (await pageText(app)).includes('Held back by'), 'the demo results did not open');

  // Targets: data to 5 (Optimising); "Saved" once the core has it, and the
  // gap shown grows with it.
  await (await tab(app, 'Targets')).click();
  const row = await app.$('tr[data-dimension="data"]');
  await row.waitForDisplayed();
  const gapBefore = Number(await (await row.$('.targets__gap')).getText());
  const target = await row.$(`select[aria-label="Target level for ${DATA}"]`);
  await target.selectByAttribute('value', '5');
  await until(app, async () => (await saveStateIn(row)) === 'saved', 'the target was not saved');
  const gapAfter = await until(
    app,
    async () => {
      const g = Number(await (await row.$('.targets__gap')).getText());
      return g > gapBefore ? g : null;
    },
    'the gap did not grow with the target',
  );
  assert.ok(gapAfter <= 4, `a gap to level 5 is at most 4, got ${gapAfter}`);
  assert.match(await row.getText(), /agreed/);

  // Roadmap: an owner for the first Now action, the second one dropped.
  await (await tab(app, 'Roadmap')).click();
  await until(app, async () => (await app.$$('.phase--now li[data-action]')).length >= 2, 'the roadmap did not list two Now actions');
  const [first, second] = await app.$$('.phase--now li[data-action]');
  const firstId = await first.getAttribute('data-action');
  const secondId = await second.getAttribute('data-action');
  const secondTitle = await (await second.$('h3')).getText();
  const owner = await first.$('input');
  await owner.click();
  // Select the suggested owner and type over it, as a person would.
  await app.keys(['Control', 'a']);
  await press(app, 'Backspace');
  await owner.addValue(OWNER);
  await press(app, 'Enter');
  await until(app, async () => (await first.getText()).includes('Owner saved'), 'the owner was not saved');
  await (await second.$('button=Drop')).click();
  await until(
    app,
    async () => (await (await app.$('.dropped-list')).isExisting()) && (await (await app.$('.dropped-list')).getText()).includes(secondTitle),
    'the dropped action is not listed apart',
  );

  // Close the app and open it again.
  await quit(app);
  app = await launch();
  await until(app, async () => (await pageText(app)).includes(ORG), 'the demo is not listed after relaunch');
  await (await app.$(`//a[normalize-space(.)="${ORG}"]`)).click();
  const roadmapTab = await tab(app, 'Roadmap');
  await roadmapTab.waitForDisplayed();
  await roadmapTab.click();
  const card = await app.$(`li[data-action="${firstId}"]`);
  await card.waitForDisplayed();
  assert.equal(await (await card.$('input')).getValue(), OWNER);
  const dropped = await app.$('.dropped-list');
  await dropped.waitForDisplayed();
  assert.ok((await dropped.getText()).includes(secondTitle), 'the dropped action is still dropped');
  assert.equal(await (await app.$$(`.phase--now li[data-action="${secondId}"]`)).length, 0);

  await (await tab(app, 'Targets')).click();
  const rowAgain = await app.$('tr[data-dimension="data"]');
  await rowAgain.waitForDisplayed();
  assert.equal(await (await rowAgain.$('select')).getValue(), '5');
  assert.equal(Number(await (await rowAgain.$('.targets__gap')).getText()), gapAfter);
});
