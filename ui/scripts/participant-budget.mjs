// Measures the live workshop's participant page as a phone first loads it,
// against a running `cxm live` (this script serves nothing):
//
//   node scripts/participant-budget.mjs http://127.0.0.1:PORT/ [--runs 5]
//
// Each run is a fresh Chromium context (empty cache) at 360×740 with the CPU
// slowed 4× (CDP Emulation.setCPUThrottlingRate). It reports the bytes
// transferred (CDP Network.loadingFinished's encodedDataLength: compressed
// bodies plus headers, every request of the load) and the time from the
// start of navigation until the join form's code field is enabled (the
// page is usable), the median over the runs. Exits 1 when a load transfers
// more than the budget of 150 KB.
import { launchChromium } from '../tests/browser/harness.mjs';

const BUDGET_BYTES = 150 * 1024;

const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--'));
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
if (!url || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node scripts/participant-budget.mjs http://HOST:PORT/ [--runs N]');
  process.exit(2);
}

async function measure(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => {
    requests.set(e.requestId, {
      url: e.response.url,
      encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'none',
      bytes: 0,
    });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      const field = document.getElementById('join-code');
      return field !== null && !field.disabled;
    },
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  const interactiveMs = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const files = [...requests.values()];
  await context.close();
  return { interactiveMs, bytes: files.reduce((n, f) => n + f.bytes, 0), files };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launchChromium();
try {
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await measure(browser));
  const last = results.at(-1);
  const report = {
    url,
    runs,
    cpuThrottling: 4,
    viewport: '360x740',
    transferredBytes: Math.max(...results.map((r) => r.bytes)),
    budgetBytes: BUDGET_BYTES,
    interactiveMsMedian: Math.round(median(results.map((r) => r.interactiveMs))),
    interactiveMsEach: results.map((r) => Math.round(r.interactiveMs)),
    files: last.files.map((f) => ({ url: new URL(f.url).pathname, encoding: f.encoding, bytes: f.bytes })),
  };
  console.log(JSON.stringify(report, null, 2));
  if (report.transferredBytes > BUDGET_BYTES) {
    console.error(`over budget: ${report.transferredBytes} bytes > ${BUDGET_BYTES}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
