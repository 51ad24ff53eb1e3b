// The round trip with a department head, across two app profiles, every
// step through the app (native dialogs answered by the CXM_TEST_PICKS
// hook): the consultant (the run's CXM_DB) opens the demo and exports the
// pack of one department; the head's own profile (`--database` another
// file) opens it, adds themself, answers part of it, quits, relaunches and
// resumes where it stopped, answers the rest and saves the filled pack;
// back in the consultant's profile the pack is previewed, imported, and the
// head's answers are found in the assessment and its results.
//
// `cxm` (target/debug/cxm, the same core and database) only reads scores
// to compare before and after.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { button, field, launch, openTab, pageText, press, queuePicks, quit, until, openDemo } from '../lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cxmBin = resolve(here, process.env.CXM_BIN ?? '../../target/debug/cxm');
const root = process.env.E2E_ROOT;
const consultantDb = process.env.CXM_DB;
const headDb = join(root, 'head', 'head-profile.db');
const HEAD = 'Ines Brandt';
const DEPARTMENT = 'Customer Service';
const ORG = 'Nordlicht Haushaltswaren GmbH';

let app = null;
after(async () => {
  if (app) await quit(app).catch(() => {});
});

function cxm(...args) {
  const r = spawnSync(cxmBin, ['--db', consultantDb, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, `cxm ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

async function saveState(browser) {
  return (await browser.$('[data-save-state]')).getAttribute('data-save-state');
}

/** Answers `count` questions from where the questionnaire stands, by keyboard. */
async function answer(browser, count, keys) {
  for (let i = 0; i < count; i += 1) {
    const key = keys[i % keys.length];
    // A key pressed while a busy machine is still attaching the screen's
    // key handler is lost; pressing the same answer again is harmless.
    for (let attempt = 1; ; attempt += 1) {
      await press(browser, key);
      try {
        await until(browser, async () => (await saveState(browser)) === 'saved', `answer ${i + 1} not saved`, 5_000);
        break;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    await press(browser, 'ArrowRight');
  }
}

test('a pack goes out, is answered in a second profile across a restart, and comes back', async () => {
  assert.ok(existsSync(cxmBin), `no cxm at ${cxmBin}; build it with: cargo build --bin cxm`);

  // The consultant: the demo, and the Service department's pack.
  app = await launch();
  const id = await openDemo(app);
  await openTab(app, 'Export & import', 'Self-assessment packs');
  await (await app.$('//select[@id=//label[normalize-space(.)="Department"]/@for]')).selectByVisibleText(DEPARTMENT);
  const sent = join(root, 'nordlicht-customer-service.cxpack');
  queuePicks(sent);
  await (await button(app, 'Export pack…')).click();
  await until(
    app,
    async () => (await pageText(app)).includes('Saved to nordlicht-customer-service.cxpack') && existsSync(sent),
    'the pack was not saved',
  );
  await quit(app);
  app = null;
  const before = JSON.parse(cxm('score', id, '--json'));
  const serviceBefore = before.departments.find((d) => d.name === DEPARTMENT);

  // The head's own profile: open the pack from Home.
  app = await launch(headDb);
  await until(
    app,
    async () => (await button(app, 'Open a self-assessment pack…')).isExisting(),
    'home did not offer to open a pack',
  );
  queuePicks(sent);
  await (await button(app, 'Open a self-assessment pack…')).click();
  await until(
    app,
    async () => (await pageText(app)).includes(`Self-assessment for ${DEPARTMENT}`),
    'the pack did not open',
  );
  let text = await pageText(app);
  assert.ok(text.includes('The pack is open.'), 'no note that the pack opened');
  assert.ok(text.includes('nordlicht-customer-service.cxpack'), 'the source file is not named');
  assert.ok(!text.includes('Set-up'), 'a pack session must not offer set-up');

  // Add yourself, answer 12 questions, quit.
  await (
    await button(app, 'Add another person')
  )
    .click()
    .catch(async () => (await button(app, 'Add yourself')).click());
  const name = await field(app, 'Your name');
  await name.waitForDisplayed();
  await name.setValue(HEAD);
  await (await field(app, 'Your role')).setValue('Head of Customer Service');
  await (await app.$('//form//button[normalize-space(.)="Add"]')).click();
  const start = await app.$(`//*[@aria-label="Start the questionnaire as ${HEAD}"]`);
  await start.waitForDisplayed();
  await start.click();
  await until(app, async () => (await app.$('h1.q-prompt')).isDisplayed(), 'the questionnaire did not open');
  await answer(app, 12, ['4']);
  await until(
    app,
    async () => (await pageText(app)).includes('12 of 50 questions answered'),
    'progress did not reach 12 of 50',
  );
  await quit(app);
  app = null;

  // Relaunch the head's profile: the session is on Home and resumes at 13.
  app = await launch(headDb);
  await until(
    app,
    async () => (await pageText(app)).includes(`Self-assessment for ${DEPARTMENT} of ${ORG}`),
    'the session is not on Home after relaunch',
  );
  text = await pageText(app);
  assert.ok(!text.includes('No assessments yet'), 'a head with a pack is not told there is nothing');
  await (await app.$(`//*[@aria-label="Continue the self-assessment for ${DEPARTMENT} of ${ORG}"]`)).click();
  const resume = await app.$(`//*[@aria-label="Continue the questionnaire as ${HEAD}"]`);
  await resume.waitForDisplayed();
  await resume.click();
  await until(app, async () => (await pageText(app)).includes('Question 13 of 50'), 'did not resume at question 13');
  await answer(app, 38, ['3']);
  await until(app, async () => (await pageText(app)).includes('All questions answered'), 'not all answered');

  // Save the filled pack.
  await (await app.$('//a[normalize-space(.)="Back to your self-assessment"]')).click();
  const filled = join(root, 'out', 'Nordlicht-Customer-Service-filled.cxpack.json');
  spawnSync('mkdir', ['-p', dirname(filled)]);
  queuePicks(filled);
  await (await button(app, 'Save filled pack…')).click();
  await until(
    app,
    async () => (await pageText(app)).includes('Send this file back to the consultant.'),
    'no confirmation of the save',
  );
  text = await pageText(app);
  assert.ok(
    text.includes(`Saved as “Nordlicht-Customer-Service-filled.cxpack.json” in ${dirname(filled)}`),
    'the place of the file is not shown',
  );
  const back = JSON.parse(readFileSync(filled, 'utf8'));
  const out = JSON.parse(readFileSync(sent, 'utf8'));
  assert.equal(back.exported_at, out.exported_at, 'the filled pack keeps the original export time');
  await quit(app);
  app = null;

  // Back at the consultant's: preview, import, and the head's answers are
  // there.
  app = await launch();
  await until(app, async () => (await pageText(app)).includes(ORG), 'the consultant’s home did not list the demo');
  assert.ok(!(await pageText(app)).includes('Your self-assessments'), 'the consultant has no pack sessions');
  await (await app.$(`//a[normalize-space(.)="${ORG}"]`)).click();
  await openTab(app, 'Export & import', 'Self-assessment packs');
  queuePicks(filled);
  await (await button(app, 'Import packs…')).click();
  await until(
    app,
    async () => (await pageText(app)).includes('Preview: nothing has been imported yet'),
    'no preview of the import',
  );
  text = await pageText(app);
  // Ines's 50 answers are new; the answers of the department's demo
  // respondents travel out and back untouched (unchanged, whatever their
  // number); nothing conflicts.
  assert.match(
    text,
    /Importing would add 50 answers, update 0 answers and leave \d+ answers as they are; no answer was changed on both sides\./,
  );
  assert.ok(text.includes(`New respondents: ${HEAD}`), 'the preview names the new respondent');
  assert.deepEqual(JSON.parse(cxm('score', id, '--json')), before, 'the preview changed nothing');
  await (await button(app, 'Import 1 file')).click();
  await until(
    app,
    async () =>
      (await pageText(app)).includes('Imported 1 file: 50 answers added, 0 answers updated, 0 conflicts resolved.'),
    'the import was not done',
  );
  await app.execute((a) => {
    window.location.hash = `#/a/${a}/respondents`;
  }, id);
  await until(app, async () => (await pageText(app)).includes(HEAD), 'the head is not among the respondents');
  text = await pageText(app);
  assert.match(text, new RegExp(`${HEAD}\\s+Head of Customer Service\\s+50 of 50 answered`));
  const after = JSON.parse(cxm('score', id, '--json'));
  const serviceAfter = after.departments.find((d) => d.name === DEPARTMENT);
  assert.equal(serviceAfter.respondents, serviceBefore.respondents + 1);
  await app.execute((a) => {
    window.location.hash = `#/a/${a}/results`;
  }, id);
  await until(app, async () => (await pageText(app)).includes(DEPARTMENT), 'results did not show');
});
