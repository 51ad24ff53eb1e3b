// A conflict decided by the consultant, in the real app: the demo's Sales
// pack is exported; the consultant then changes one answer in the app; the
// pack comes back with the same answer changed later still by the head (so
// the rule would keep the pack's); on the preview the consultant keeps
// ours, commits, and the questionnaire still shows our answer.
//
// The head's side is written here as the file a head's app would send: the
// exported pack with one answer changed and its checksum recomputed the way
// src/pack.rs does (`checksum_of`), checked first against the exported
// file's own checksum. Numbers keep the text the app wrote (`1.0` stays
// `1.0`), since the checksum covers that text.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { button, launch, openTab, pageText, press, queuePicks, quit, until, xpathLiteral, openDemo } from '../lib.mjs';

const root = process.env.E2E_ROOT;
const DEPARTMENT = 'Sales';
const THEIR_COMMENT = 'from the pack: after the team meeting';

let app = null;
after(async () => {
  if (app) await quit(app).catch(() => {});
});

/** A number as the file spells it: the app writes a whole-valued decimal
 * as `1.0` and hashes it so, where JavaScript's numbers would say `1`. */
class RawNumber {
  constructor(text) {
    this.text = text;
  }
}

const TOKEN = /\s*(?:(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"\\]|\\.)*")|(true|false|null)|([{}[\]:,]))/y;

/** JSON text → values, numbers kept as `RawNumber`s. */
function parseKeepingNumbers(text) {
  let at = 0;
  const next = () => {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`not JSON at ${at}`);
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) return { value: new RawNumber(m[1]) };
    if (m[2] !== undefined) return { value: JSON.parse(m[2]) };
    if (m[3] !== undefined) return { value: JSON.parse(m[3]) };
    return { punct: m[4] };
  };
  const value = (token = next()) => {
    if (token.punct === '[') {
      const items = [];
      for (let t = next(); t.punct !== ']'; t = next()) {
        if (t.punct === ',') continue;
        items.push(value(t));
      }
      return items;
    }
    if (token.punct === '{') {
      const object = {};
      for (let t = next(); t.punct !== '}'; t = next()) {
        if (t.punct === ',') continue;
        assert.equal(next().punct, ':');
        object[t.value] = value();
      }
      return object;
    }
    if (token.punct !== undefined) throw new Error(`unexpected ${token.punct} at ${at}`);
    return token.value;
  };
  return value();
}

/** JSON with object keys sorted and no spaces (src/pack.rs `canonical`). */
function canonical(value) {
  if (value instanceof RawNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `sha256:` and the hex SHA-256 of the pack without its checksum. */
function checksumOf(pack) {
  const { checksum: _ignored, ...payload } = pack;
  return `sha256:${createHash('sha256').update(canonical(payload), 'utf8').digest('hex')}`;
}

/** The level buttons' chosen one on the questionnaire screen, or null. */
async function chosenLevel(browser) {
  return browser.execute(
    () => document.querySelector('.anchors button[aria-pressed="true"]')?.getAttribute('aria-keyshortcuts') ?? null,
  );
}

/** Opens the questionnaire of one respondent and waits for its question. */
async function openQuestionnaire(browser, id, respondentId) {
  await browser.execute(
    (a, r) => {
      window.location.hash = `#/a/${encodeURIComponent(a)}/answer/${encodeURIComponent(r)}`;
    },
    id,
    respondentId,
  );
  await (await browser.$('.q-prompt')).waitForDisplayed({ timeout: 15_000 });
  return (await (await browser.$('.q-prompt')).getText()).trim();
}

test('a conflict the pack would win by time is kept as ours when the consultant chooses so', async () => {
  app = await launch();
  const id = await openDemo(app);

  // The Sales pack goes out.
  await openTab(app, 'Export & import', 'Self-assessment packs');
  await (await app.$('//select[@id=//label[normalize-space(.)="Department"]/@for]')).selectByVisibleText(DEPARTMENT);
  const sent = join(root, 'sales.cxpack');
  queuePicks(sent);
  await (await button(app, 'Export pack…')).click();
  await until(
    app,
    async () => (await pageText(app)).includes('Saved to sales.cxpack') && existsSync(sent),
    'the pack was not saved',
  );
  const pack = parseKeepingNumbers(readFileSync(sent, 'utf8'));
  assert.equal(checksumOf(pack), pack.checksum, 'the checksum is computed as the app computes it');
  const respondent = pack.respondents[0];
  assert.ok(respondent, 'the Sales pack has a respondent');

  // After the export, the consultant changes the answer on screen.
  const prompt = await openQuestionnaire(app, id, respondent.id);
  const question = pack.questionnaire.snapshot.dimensions
    .flatMap((d) => d.questions)
    .find((q) => q.prompt.trim() === prompt);
  assert.ok(question, `the question on screen is in the pack: ${prompt}`);
  const exported = respondent.answers.find((a) => a.question === question.id)?.value ?? null;
  const before = await chosenLevel(app);
  // Levels other than the exported one (choosing the chosen level clears it).
  const [ours, theirs] = [1, 2, 3, 4, 5].filter(
    (l) => String(l) !== before && !(exported instanceof RawNumber && exported.text === String(l)),
  );
  await (await app.$('.q-prompt')).click();
  await press(app, String(ours));
  await until(
    app,
    async () => (await (await app.$('[data-save-state]')).getAttribute('data-save-state')) === 'saved',
    'our answer was not saved',
  );
  assert.equal(await chosenLevel(app), String(ours));

  // The head's pack: the same answer changed later still, checksum resealed.
  await new Promise((r) => setTimeout(r, 50));
  const theirAnswer = {
    question: question.id,
    value: new RawNumber(String(theirs)),
    comment: THEIR_COMMENT,
    updated_at: new Date().toISOString(),
  };
  respondent.answers = [...respondent.answers.filter((a) => a.question !== question.id), theirAnswer];
  pack.checksum = checksumOf(pack);
  const filled = join(root, 'sales-filled.cxpack.json');
  // Compact and sorted: JSON as good as the app's pretty print, numbers as they were.
  writeFileSync(filled, canonical(pack));

  // The preview: one conflict, the pack's newer answer chosen to start with.
  await openTab(app, 'Export & import', 'Self-assessment packs');
  queuePicks(filled);
  await (await button(app, 'Import packs…')).click();
  await until(app, async () => (await pageText(app)).includes('Preview: nothing has been imported yet'), 'no preview');
  const text = await pageText(app);
  assert.match(text, /1 answer was changed on both sides: you choose below which one stands/);
  assert.ok(text.includes(THEIR_COMMENT), 'the pack’s comment is shown');
  const group = await app.$(
    `//fieldset[legend[starts-with(normalize-space(.), ${xpathLiteral(`${respondent.name}: `)})]]`,
  );
  assert.ok(await group.isExisting(), `a choice for ${respondent.name}`);
  const keepOurs = await group.$('input[type="radio"][id$="-database"]');
  const keepTheirs = await group.$('input[type="radio"][id$="-pack"]');
  assert.equal(await keepTheirs.isSelected(), true, 'the newer (the pack’s) is chosen to start with');
  assert.match(await group.getText(), new RegExp(`Keep theirs \\(the pack from ${respondent.name}\\)`));
  assert.match(await group.getText(), /Keep ours \(this laptop\)/);

  // Keep ours, and import.
  await keepOurs.click();
  await until(app, async () => keepOurs.isSelected(), '“Keep ours” was not chosen');
  assert.equal(await keepTheirs.isSelected(), false);
  await (await button(app, 'Import 1 file')).click();
  await until(
    app,
    async () =>
      (await pageText(app)).includes('Imported 1 file: 0 answers added, 0 answers updated, 1 conflict resolved.'),
    'the import was not done',
  );

  // Our answer stands on the questionnaire, not the head's.
  assert.equal(await openQuestionnaire(app, id, respondent.id), prompt, 'back on the same question');
  assert.equal(await chosenLevel(app), String(ours), 'our level stands');
  assert.ok(!(await pageText(app)).includes(THEIR_COMMENT), 'the pack’s comment did not come in');
});
