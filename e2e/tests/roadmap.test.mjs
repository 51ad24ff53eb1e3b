// Targets and the roadmap editor in the real app: open the demo, agree a
// target, give an action an owner and a due date (through the web view's
// date input) and drop another, close the app, open it
// again and find every edit as it was left (stored in SQLite, read back by
// the core); then export the PDF report and the XLSX action register
// through the app (the save dialogs answered by the CXM_TEST_PICKS hook)
// and find the edits in both files: the new owner, the dropped action
// marked dropped and out of the phase counts, the raised target's action.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  button,
  exportStatus,
  launch,
  openTab,
  pageText,
  pendingPicks,
  press,
  queuePicks,
  quit,
  until,
  openDemo,
} from '../lib.mjs';

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

const saveStateIn = async (el) => (await el.$('[data-save-state]')).getAttribute('data-save-state');
/** Text with XML's five escapes undone, whitespace folded. */
const unxml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test('set a target, edit and drop roadmap actions, relaunch: all kept', async () => {
  await openDemo(app);
  await until(app, async () => (await pageText(app)).includes('Held back by'), 'the demo results did not open');

  // Targets: data to 5 (Optimising); "Saved" once the core has it, and the
  // gap shown grows with it.
  await openTab(app, 'Targets', DATA);
  const row = await app.$('tr[data-dimension="data"]');
  await row.waitForDisplayed({ timeout: 15_000 });
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
  await openTab(app, 'Roadmap');
  await until(
    app,
    async () => (await app.$$('.phase--now li[data-action]')).length >= 2,
    'the roadmap did not list two Now actions',
  );
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
  // The due date is the web view's own date input: a step of its month
  // with the arrow key, committed with Enter, goes to the core as ISO.
  const due = await first.$('input[type="date"]');
  const dueBefore = await due.getValue();
  await app.execute((el) => el.focus(), due);
  await press(app, 'ArrowUp');
  await until(app, async () => (await due.getValue()) !== dueBefore, 'the date input did not take the arrow key');
  const dueSet = await due.getValue();
  assert.match(dueSet, /^\d{4}-\d{2}-\d{2}$/);
  await press(app, 'Enter');
  await until(app, async () => (await first.getText()).includes('Due date saved'), 'the due date was not saved');
  await (await second.$('button=Drop')).click();
  await until(
    app,
    async () =>
      (await (await app.$('.dropped-list')).isExisting()) &&
      (await (await app.$('.dropped-list')).getText()).includes(secondTitle),
    'the dropped action is not listed apart',
  );

  // Close the app and open it again.
  await quit(app);
  app = await launch();
  await until(app, async () => (await pageText(app)).includes(ORG), 'the demo is not listed after relaunch');
  await (await app.$(`//a[normalize-space(.)="${ORG}"]`)).click();
  await openTab(app, 'Roadmap');
  const card = await app.$(`li[data-action="${firstId}"]`);
  await card.waitForDisplayed({ timeout: 15_000 });
  assert.equal(await (await card.$('input')).getValue(), OWNER);
  assert.equal(await (await card.$('input[type="date"]')).getValue(), dueSet);
  const firstTitle = (await (await card.$('h3')).getText()).replace(/\s+/g, ' ');
  const dropped = await app.$('.dropped-list');
  await dropped.waitForDisplayed({ timeout: 15_000 });
  assert.ok((await dropped.getText()).includes(secondTitle), 'the dropped action is still dropped');
  assert.equal(await (await app.$$(`.phase--now li[data-action="${secondId}"]`)).length, 0);

  await openTab(app, 'Targets', DATA);
  const rowAgain = await app.$('tr[data-dimension="data"]');
  await rowAgain.waitForDisplayed({ timeout: 15_000 });
  assert.equal(await (await rowAgain.$('select')).getValue(), '5');
  assert.equal(Number(await (await rowAgain.$('.targets__gap')).getText()), gapAfter);

  // The PDF report, exported through the app.
  const out = join(process.env.E2E_ROOT, 'exports');
  mkdirSync(out, { recursive: true });
  await openTab(app, 'Export & import', 'Self-assessment packs');
  const pdf = join(out, 'plan.pdf');
  queuePicks(pdf);
  await (await button(app, 'Export PDF…')).click();
  await until(
    app,
    async () => (await exportStatus(app, 'PDF report')).includes('Saved to plan.pdf') && existsSync(pdf),
    'the PDF was not saved',
    30_000,
  );
  assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-', 'a PDF file');
  // pdftotext parses the whole file; whitespace folded, as titles wrap.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(text.includes(ORG), 'the PDF names the organisation');
  assert.ok(text.includes(OWNER), `the PDF names the new owner "${OWNER}"`);
  const folded = secondTitle.replace(/\s+/g, ' ');
  assert.ok(text.includes(`${folded} (dropped)`), `the PDF marks "${folded}" dropped`);
  assert.ok(text.includes(firstTitle), `the PDF lists the edited action "${firstTitle}"`);

  // The XLSX action register, read back from the workbook's XML: the edited
  // action's row has the new owner, the dropped one's says so.
  const xlsx = join(out, 'plan.xlsx');
  queuePicks(xlsx);
  await (await button(app, 'Export XLSX…')).click();
  await until(
    app,
    async () => (await exportStatus(app, 'Action register (XLSX)')).includes('Saved to plan.xlsx') && existsSync(xlsx),
    'the XLSX was not saved',
  );
  const sheetXml = (name) => execFileSync('unzip', ['-p', xlsx, name], { encoding: 'utf8' });
  const strings = [...sheetXml('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    unxml(m[1].replace(/<[^>]+>/g, '')),
  );
  const workbook = sheetXml('xl/workbook.xml');
  assert.match(workbook, /name="Action register"/);
  const register = sheetXml('xl/worksheets/sheet1.xml');
  const cells = (rowXml) =>
    [...rowXml.matchAll(/<c\b([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map(([, attrs, body = '']) => {
      const value = /<v>(.*?)<\/v>/s.exec(body)?.[1];
      if (/\bt="s"/.test(attrs)) return strings[Number(value)];
      return unxml(/<t[^>]*>(.*?)<\/t>/s.exec(body)?.[1] ?? value ?? '');
    });
  const rows = [...register.matchAll(/<row\b[^>]*>(.*?)<\/row>/gs)].map((r) => cells(r[1]));
  const rowOf = (title) => rows.find((r) => r.includes(title));
  assert.ok(rowOf(firstTitle), `the register lists "${firstTitle}"`);
  assert.ok(rowOf(firstTitle).includes(OWNER), `its owner is "${OWNER}": ${rowOf(firstTitle).join(' | ')}`);
  assert.ok(rowOf(folded), `the register lists "${folded}"`);
  assert.ok(
    rowOf(folded).some((c) => /dropped/i.test(c)),
    `"${folded}" is marked dropped: ${rowOf(folded).join(' | ')}`,
  );
  assert.deepEqual(pendingPicks(), [], 'every queued pick was used');
});
