// Runs the real-app end-to-end tests: for each test file, a fresh set of
// throwaway folders (XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME, TMPDIR
// and the database CXM_DB), the file-dialog test hook CXM_TEST_PICKS (a
// queue file in that folder, see src-tauri/src/picker/test_picks.rs and
// `queuePicks` in lib.mjs), one tauri-driver on free ports, then
// `node --test FILE`. The caller provides the display (`xvfb-run -a npm test`).
//
// Env: APP_BIN (default ../target/debug/cx-maturity, built with
// `cargo build -p cx-maturity-desktop --features tauri/custom-protocol`),
// TAURI_DRIVER (default: on PATH or ~/.cargo/bin; installed when missing),
// E2E_KEEP=1 keeps the temporary folders for inspection. Arguments select
// test files by part of their name (`node run.mjs installed`).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const appBin = resolve(here, process.env.APP_BIN ?? '../target/debug/cx-maturity');

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

if (!existsSync(appBin)) {
  fail(
    `no app binary at ${appBin}; build it with: cargo build -p cx-maturity-desktop --features tauri/custom-protocol`,
  );
}
if (!existsSync('/usr/bin/WebKitWebDriver')) {
  fail('WebKitWebDriver is missing; install the Debian package webkit2gtk-driver');
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('no display; run under Xvfb: xvfb-run -a npm test');
}

function findDriver() {
  if (process.env.TAURI_DRIVER) return process.env.TAURI_DRIVER;
  const onPath = spawnSync('sh', ['-c', 'command -v tauri-driver'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim()) return onPath.stdout.trim();
  const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin', 'tauri-driver');
  if (existsSync(cargoBin)) return cargoBin;
  console.log('e2e: installing tauri-driver (cargo install tauri-driver --locked, about a minute)');
  const install = spawnSync('cargo', ['install', 'tauri-driver', '--locked'], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(cargoBin)) fail('could not install tauri-driver');
  return cargoBin;
}

function freePort() {
  return new Promise((ok, ko) => {
    const server = createServer();
    server.unref();
    server.on('error', ko);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitForPort(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const open = await new Promise((ok) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        ok(true);
      });
      socket.once('error', () => ok(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port} within ${ms} ms`);
}

function stop(child) {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once('exit', () => ok());
    child.kill('SIGTERM');
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }, 3000).unref();
  });
}

const driver = findDriver();
const only = process.argv.slice(2);
const files = readdirSync(join(here, 'tests'))
  .filter((f) => f.endsWith('.test.mjs'))
  // installed.test.mjs drives the installed .deb (scripts/test-installer.sh
  // asks for it by name); a plain run leaves it out.
  .filter((f) => (only.length === 0 ? !f.startsWith('installed') : only.some((o) => f.includes(o))))
  .sort();
if (files.length === 0) fail('no test files matched');

let failed = 0;
for (const file of files) {
  const root = mkdtempSync(join(tmpdir(), 'cxm-e2e-'));
  const dirs = {};
  for (const d of ['data', 'config', 'cache', 'tmp', 'db']) {
    dirs[d] = join(root, d);
    mkdirSync(dirs[d]);
  }
  const port = await freePort();
  const nativePort = await freePort();
  const env = {
    ...process.env,
    XDG_DATA_HOME: dirs.data,
    XDG_CONFIG_HOME: dirs.config,
    XDG_CACHE_HOME: dirs.cache,
    TMPDIR: dirs.tmp,
    CXM_DB: join(dirs.db, 'cx-maturity.db'),
    // File dialogs answer from this queue instead of opening (WebDriver
    // cannot drive a native dialog); tests fill it with `queuePicks`.
    CXM_TEST_PICKS: join(root, 'picks.json'),
    // Keep WebKit quiet and software-rendered under Xvfb.
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
    LIBGL_ALWAYS_SOFTWARE: '1',
  };
  const child = spawn(driver, ['--port', String(port), '--native-port', String(nativePort)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitForPort(port, 15000);
    const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', join(here, 'tests', file)], {
      stdio: 'inherit',
      env: { ...env, E2E_APP_BIN: appBin, E2E_PORT: String(port), E2E_ROOT: root },
    });
    if (result.status !== 0) failed += 1;
  } catch (e) {
    console.error(`e2e: ${file}: ${e.message}`);
    failed += 1;
  } finally {
    await stop(child);
    if (!process.env.E2E_KEEP) rmSync(root, { recursive: true, force: true });
  }
}

if (failed > 0) fail(`${failed} of ${files.length} test files failed`);
console.log(`e2e: ${files.length} test files passed`);
