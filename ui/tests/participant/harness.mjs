// Set-up of the participant page's browser tests: a database with an
// assessment made by the real `cxm`, a real `cxm live` serving the built page
// on 127.0.0.1 (its join code and address read from its output, its
// facilitator commands sent on its stdin, stopped with SIGINT), and
// Chromium as a phone (360×740 and 390×844, touch) through the browser
// tests' launch, with axe-core injected.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { axeScript, launchChromium, uiRoot } from '../browser/harness.mjs';

export { audit, noSeriousViolations } from '../browser/harness.mjs';

/** The `cxm` binary the tests run: CXM_BIN, or the debug build in CARGO_TARGET_DIR (../target). */
export const CXM =
  process.env.CXM_BIN ?? join(process.env.CARGO_TARGET_DIR ?? resolve(uiRoot, '../target'), 'debug', 'cxm');

export const shotsDir = resolve(process.env.TMPDIR ?? '/tmp', 'cx-maturity-screenshots');

/** The phone sizes every screen must fit. */
export const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];

/** User text that must show as text, never as markup. */
export const HTML_TEXT = '<img src=x onerror=alert(1)>';

/**
 * A fresh database with one assessment of the built-in questionnaire and two
 * departments (one named with HTML); returns its file, id and a `sql` reader.
 */
export function makeAssessment() {
  const dir = mkdtempSync(join(tmpdir(), 'cxm-participant-'));
  const db = join(dir, 'live.db');
  const id = execFileSync(
    CXM,
    [
      '--db',
      db,
      'assessment',
      'create',
      '--org',
      'Northwind <b>Traders</b>',
      '--title',
      'Spring workshop',
      '--department',
      'Sales',
      '--department',
      HTML_TEXT,
    ],
    { encoding: 'utf8' },
  ).trim();
  /** Rows of a query as arrays of strings (sqlite3's list mode, tab-separated). */
  const sql = (query) =>
    execFileSync('sqlite3', ['-separator', '\t', db, query], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split('\t'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  return { db, id, sql, remove };
}

/**
 * Starts `cxm live` for the assessment on 127.0.0.1, any free port; resolves
 * once it printed its join code and address. `command` sends a facilitator
 * command (paced) and resolves with its answer line; `stop` sends SIGINT and
 * resolves with the exit code.
 */
export async function startLive(db, id, { paced = false } = {}) {
  const args = ['--db', db, 'live', id, '--listen', '127.0.0.1:0', ...(paced ? ['--paced'] : [])];
  const child = spawn(CXM, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  const found = {};
  const exited = new Promise((ok) => child.on('exit', (code, signal) => ok(code ?? signal)));
  const ready = new Promise((ok, fail) => {
    child.on('exit', () => fail(new Error(`cxm live ended before it was ready:\n${stderr.join('')}`)));
    lines.on('line', (line) => {
      const code = /^join code: (\d{6})$/.exec(line);
      const address = /^address: (http:\/\/\S+)$/.exec(line);
      if (code) found.code = code[1];
      else if (address) found.url = address[1];
      else if (found.code && found.url && waiting.length > 0 && /^(ok|error: |\{)/.test(line)) waiting.shift()(line);
      if (found.code && found.url) ok();
    });
  });
  await ready;

  /** Sends one facilitator command; resolves with the line that answers it. */
  const command = (text) =>
    new Promise((ok) => {
      waiting.push(ok);
      child.stdin.write(`${text}\n`);
    });
  /** The live status (`status` command) as an object. */
  const status = async () => JSON.parse(await command('status'));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGINT');
    return exited;
  };
  return { url: found.url, code: found.code, command, status, stop, stderr };
}

/** Chromium, and phones opened at a URL, each collecting the page's errors. */
export async function startBrowser() {
  const browser = await launchChromium();
  const axe = await axeScript();
  mkdirSync(shotsDir, { recursive: true });

  /**
   * A new phone (own storage) at `url`, sized `phone`, set to the language
   * `locale`; `init` runs in the page before its own scripts.
   */
  async function phone(url, { width = 360, height = 740, init = '', locale = 'en-GB' } = {}) {
    const context = await browser.newContext({
      viewport: { width, height },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
      locale,
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // A refusal the page shows (403 for a wrong code, the stream closing
    // at the end) is logged by Chromium as a failed resource: not a fault.
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource|net::ERR_/.test(m.text())) errors.push(m.text());
    });
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // Init scripts are not subject to the page's CSP; axe runs in the page.
    await page.addInitScript(`${init}\n${axe}`);
    await page.goto(url);
    return { page, context, errors };
  }

  return { phone, stop: () => browser.close() };
}

/**
 * Saves the screen as a phone shows it (participant-NAME.png) and the whole
 * page (participant-NAME-full.png) in `shotsDir`.
 */
export async function screenshot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shotsDir, `participant-${name}.png`) });
  await page.screenshot({ path: join(shotsDir, `participant-${name}-full.png`), fullPage: true });
}

/** The page's own API, called in the page with its kept token. */
export function inPage(page, path) {
  return page.evaluate(async (p) => {
    const token = localStorage.getItem('cxm-live-token');
    const r = await fetch(p, { headers: { Authorization: `Bearer ${token}` } });
    return { status: r.status, body: await r.json() };
  }, path);
}

/**
 * An init script keeping every EventSource the page opens in
 * `window.__eventSources`, so a test can break the newest one as a lost
 * connection would (Chromium's offline emulation leaves an open stream be).
 */
export const KEEP_EVENT_SOURCES = `window.__eventSources = [];
window.EventSource = class extends window.EventSource {
  constructor(...args) { super(...args); window.__eventSources.push(this); }
};`;

/** Breaks the page's newest event stream as a lost connection does: closed, with an error event. */
export function breakEventStream(page) {
  return page.evaluate(() => {
    const source = window.__eventSources.at(-1);
    source.close();
    source.dispatchEvent(new Event('error'));
  });
}

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
export async function overflow(page) {
  return page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
}
