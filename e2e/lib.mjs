// Helpers shared by the real-app tests: launching the app through
// tauri-driver (started by run.mjs), finding elements the way a person
// does (by label, role, visible text), and typing with the keyboard.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { remote } from 'webdriverio';

const port = Number(process.env.E2E_PORT);
const application = process.env.E2E_APP_BIN;
if (!port || !application) {
  throw new Error('run the e2e tests through `npm test` (run.mjs), which starts tauri-driver');
}

/** Starts the app (a new WebDriver session) and waits for its first screen;
 * with `database`, as a second profile (`--database PATH`). */
export async function launch(database = null) {
  const started = performance.now();
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    connectionRetryTimeout: 90_000,
    connectionRetryCount: 1,
    capabilities: {
      'tauri:options': { application, ...(database ? { args: ['--database', database] } : {}) },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  browser.launchedIn = performance.now() - started;
  return browser;
}

/** Closes the app's window and ends the session, as a user closing it would. */
export async function quit(browser) {
  await browser.deleteSession();
}

/** XPath string literal for any text (handles both quote kinds). */
export function xpathLiteral(text) {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat('${text.split("'").join(`', "'", '`)}')`;
}

/** An element whose visible text contains `text`, optionally of a tag. */
export function byText(browser, text, tag = '*') {
  return browser.$(
    `//${tag}[contains(normalize-space(.), ${xpathLiteral(text)}) and not(.//${tag}[contains(normalize-space(.), ${xpathLiteral(text)})])]`,
  );
}

/** A button by its visible text or accessible name. */
export function button(browser, name) {
  const n = xpathLiteral(name);
  return browser.$(`//button[normalize-space(.)=${n} or @aria-label=${n} or contains(normalize-space(.), ${n})]`);
}

/** A form control by its label text (label[for], wrapping label or aria-label). */
export async function field(browser, label) {
  const l = xpathLiteral(label);
  const byFor = await browser.$(`//label[contains(normalize-space(.), ${l})]`);
  if (await byFor.isExisting()) {
    const id = await byFor.getAttribute('for');
    if (id) return browser.$(`#${id}`);
    const inner = await byFor.$('.//input|.//textarea|.//select');
    if (await inner.isExisting()) return inner;
  }
  return browser.$(`//*[@aria-label=${l}]`);
}

/** Waits until `fn` returns a truthy value; returns it. */
export async function until(browser, fn, message, timeout = 15_000) {
  let value;
  await browser.waitUntil(
    async () => {
      value = await fn();
      return value;
    },
    { timeout, interval: 100, timeoutMsg: message },
  );
  return value;
}

/** Opens one of an assessment's tabs (its link in the tab list) and waits
 * for `text` on it, when given. Clicks again while the address has not
 * followed: a click can be lost while the screen is still being put up. */
export async function openTab(browser, name, text = null, timeout = 30_000) {
  const link = `//ul[contains(@class,"tabs")]//a[normalize-space(.)=${xpathLiteral(name)}]`;
  await until(
    browser,
    async () => {
      const tab = await browser.$(link);
      if (!(await tab.isDisplayed())) return false;
      // The attribute as written (WebDriver may hand back the resolved URL).
      if (!(await browser.execute((el) => el.getAttribute('href') === location.hash, tab))) {
        await tab.click();
        return false;
      }
      return text === null || (await pageText(browser)).includes(text);
    },
    `the ${name} tab did not open`,
    timeout,
  );
}

/** Opens the questionnaire of the open assessment's first respondent (as
 * "Continue" or "Review" on Respondents) and waits for its question. */
export async function continueFirst(browser) {
  await openTab(browser, 'Respondents');
  const resume = await browser.$(
    '(//*[starts-with(@aria-label, "Review the questionnaire as") or starts-with(@aria-label, "Continue the questionnaire as")])[1]',
  );
  await resume.waitForExist({ timeout: 15_000 });
  await resume.click();
  await (await browser.$('.q-prompt')).waitForDisplayed();
}

/** Opens the demo from the home screen; resolves with its assessment id
 * once its results are on screen. */
export async function openDemo(browser) {
  await until(browser, async () => (await button(browser, 'Open the demo')).isExisting(), 'home screen did not appear');
  await (await button(browser, 'Open the demo')).click();
  await until(
    browser,
    async () => /#\/a\/[^/]+\/results/.test(await browser.execute(() => location.hash)),
    'the demo did not open',
    30_000,
  );
  return decodeURIComponent((await browser.execute(() => location.hash)).split('/')[2]);
}

/** The status line of one card on the Export & import tab ("PDF report",
 * "Action register (XLSX)", "Self-assessment packs"). */
export async function exportStatus(browser, title) {
  return (
    await browser.$(`//div[@role="group"][.//h3[normalize-space(.)=${xpathLiteral(title)}]]//div[@role="status"]`)
  ).getText();
}

/** The text of the whole page. */
export async function pageText(browser) {
  return browser.execute(() => document.body.innerText);
}

/** Presses keys on whatever has the focus. */
export async function press(browser, ...keys) {
  for (const key of keys) {
    await browser.keys(key);
  }
}

/**
 * Queues answers for the app's next file dialogs (the CXM_TEST_PICKS hook,
 * src-tauri/src/picker/test_picks.rs): each pick is a path (save as, one file, folder),
 * an array of paths (open several files) or null (the user cancelled). Picks
 * are appended to whatever is still queued; the app takes them in order.
 */
export function queuePicks(...picks) {
  const queue = process.env.CXM_TEST_PICKS;
  if (!queue) throw new Error('CXM_TEST_PICKS is not set; run the e2e tests through run.mjs');
  const pending = pendingPicks();
  writeFileSync(queue, JSON.stringify([...pending, ...picks]));
}

/** The picks the app has not taken yet. */
export function pendingPicks() {
  const queue = process.env.CXM_TEST_PICKS;
  if (!queue || !existsSync(queue)) return [];
  const text = readFileSync(queue, 'utf8').trim();
  return text ? JSON.parse(text) : [];
}

/** Files the app was asked to open with their default program (recorded, not opened, under the hook). */
export function openedFiles() {
  const record = `${process.env.CXM_TEST_PICKS}.opened`;
  if (!existsSync(record)) return [];
  return readFileSync(record, 'utf8').split('\n').filter(Boolean);
}
