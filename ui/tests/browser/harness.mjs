// Shared set-up of the mocked-IPC browser tests: serves the built ui/dist on
// 127.0.0.1, bundles the mock backend, drives Debian's chromium through
// playwright-core (never a downloaded browser) and runs axe-core in the page.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
export const uiRoot = resolve(here, '../..');
const dist = join(uiRoot, 'dist');
// Every run renders every screen at both projector sizes; the committed
// copies in docs/screenshots are refreshed only on request
// (UPDATE_SCREENSHOTS=1 npm run test:browser), so a test run leaves the tree clean.
export const shotsDir = process.env.UPDATE_SCREENSHOTS
  ? resolve(uiRoot, '../docs/screenshots')
  : resolve(process.env.TMPDIR ?? '/tmp', 'cx-maturity-screenshots');
const require = createRequire(import.meta.url);

const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  'connect-src ipc: http://ipc.localhost',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Debian's Chromium through playwright-core, headless, never a downloaded browser. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** axe-core's source, to inject into a page before its own scripts. */
export async function axeScript() {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

let mockBundle = null;
let axeSource = null;

async function mockScript() {
  if (mockBundle === null) {
    const out = await build({
      entryPoints: [join(here, 'mock-backend.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    mockBundle = out.outputFiles[0].text;
  }
  return mockBundle;
}

/** Starts the static server and the browser; returns what a test needs. */
export async function start() {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('ui/dist is missing: run `npm run build` before `npm run test:browser`');
  }
  await axeScript();
  const mock = await mockScript();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = normalize(join(dist, path === '/' ? 'index.html' : path));
      if (!file.startsWith(dist)) throw new Error('outside');
      const body = await readFile(file);
      // The desktop app's own CSP (src-tauri/tauri.conf.json), so a style or
      // script the real window would refuse fails here too.
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
      });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const port = server.address().port;
  let browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    // Leave nothing listening, or the test process would never end.
    await new Promise((ok) => server.close(ok));
    throw e;
  }
  await mkdir(shotsDir, { recursive: true });

  /** Opens the app at `hash` with the mock backend in `scenario`. */
  async function open(hash = '#/', { scenario = 'full', width = 1280, height = 720, before = '' } = {}) {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', locale: 'en-GB' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Init scripts run before the page's own and are not subject to its CSP
    // (as Tauri's own injected scripts are not): the mock backend and axe.
    await page.addInitScript(
      `window.__CXM_SCENARIO__ = ${JSON.stringify(scenario)};\n${before}\n${mock}\n${axeSource}`,
    );
    await page.goto(`http://127.0.0.1:${port}/index.html${hash}`);
    return { page, context, errors };
  }

  async function stop() {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }

  return { open, stop };
}

/** Fails the test when axe-core finds a serious or critical violation, listing them. */
export async function noSeriousViolations(page) {
  const v = await audit(page);
  assert.deepEqual(v, [], JSON.stringify(v, null, 2));
}

/** axe-core's serious and critical violations on the page (WCAG 2.x A/AA rules). */
export async function audit(page) {
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The projector sizes every screen must fit, and a large screen. */
export const PROJECTOR_SIZES = [
  [1024, 768],
  [1280, 720],
];

/** Saves the page as NAME-WxH.png in `shotsDir` at both projector sizes and on a large screen. */
export async function screenshots(page, name) {
  for (const [w, h] of [...PROJECTOR_SIZES, [1920, 1080]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(50);
    await page.screenshot({ path: join(shotsDir, `${name}-${w}x${h}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * What a person at a projector would miss on the page as it is now: the page
 * or a box in it scrolling sideways, a box whose text is clipped, text that
 * spills out of its box, anything beyond the window's right edge. Each is a
 * line naming the element. Text kept for screen readers only is left out.
 */
export async function layoutProblems(page) {
  return page.evaluate(() => {
    const out = [];
    const root = document.scrollingElement;
    const vw = root.clientWidth;
    if (root.scrollWidth > root.clientWidth)
      out.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    const describe = (el) => {
      const cls =
        typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
      return `${el.tagName.toLowerCase()}${cls} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}”`;
    };
    const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.visually-hidden, svg, dialog:not([open]), .skip-link')) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.display === 'contents') continue;
      // Hidden the way .visually-hidden hides (clipped to nothing), for screen readers only.
      if (cs.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const wide = el.scrollWidth > el.clientWidth + 1 && cs.display !== 'inline';
      if (wide && (cs.overflowX === 'auto' || cs.overflowX === 'scroll')) out.push(`scrolls sideways: ${describe(el)}`);
      else if (wide && (cs.overflowX === 'hidden' || cs.overflowX === 'clip') && el.textContent.trim() !== '')
        out.push(`text cut: ${describe(el)}`);
      else if (wide && ownText(el)) out.push(`text spills out: ${describe(el)}`);
      if (r.right > vw + 0.5 || r.left < -0.5)
        out.push(`beyond the window (${Math.round(r.left)}–${Math.round(r.right)}): ${describe(el)}`);
    }
    return out;
  });
}
