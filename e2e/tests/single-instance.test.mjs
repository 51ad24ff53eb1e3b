// One app per database: launched a second time on the database it already
// has open, the app hands over to the first one (which comes to the front)
// and exits instead of opening a second window on the same answers. A
// launch on another database (a department head's profile) runs beside it.
//
// The apps are started directly, not through WebDriver: the test is about
// processes. A private session bus stands in for the desktop's, which is
// where the apps find each other on Linux.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';

const appBin = process.env.E2E_APP_BIN;
const root = process.env.E2E_ROOT;
const FOCUSED = 'another launch asked for this database; showing this window';

const running = [];

after(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts a private session bus; resolves with its address. */
function sessionBus() {
  return new Promise((ok, ko) => {
    const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    running.push(bus);
    let out = '';
    bus.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) ok(out.trim());
    });
    bus.once('error', ko);
    bus.once('exit', (code) => ko(new Error(`dbus-daemon ended (${code}) before giving its address`)));
  });
}

/** Starts the app on `database`; its stderr is collected in `.log`. */
function launchOn(database, busAddress) {
  const child = spawn(appBin, ['--database', database], {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: busAddress, NO_AT_BRIDGE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.log = '';
  child.stderr.on('data', (chunk) => (child.log += chunk));
  running.push(child);
  return child;
}

async function until(check, ms, what) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} within ${ms} ms`);
}

function exited(child, ms) {
  return new Promise((ok) => {
    if (child.exitCode !== null) return ok(child.exitCode);
    const timer = setTimeout(() => ok(null), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      ok(code);
    });
  });
}

test('a second launch on the same database brings the first window forward and exits; another database runs beside it', async () => {
  const bus = await sessionBus();
  const database = join(root, 'db', 'shared.db');
  const first = launchOn(database, bus);
  // The app opens its database only after it holds its name on the bus.
  await until(() => existsSync(database), 30_000, 'the first app did not open its database');

  const second = launchOn(database, bus);
  const code = await exited(second, 30_000);
  assert.equal(code, 0, `the second launch should hand over and end; it said: ${second.log}`);
  await until(() => first.log.includes(FOCUSED), 10_000, 'the first app was not asked to come forward');
  assert.equal(first.exitCode, null, 'the first app is still running');

  const other = join(root, 'db', 'head.db');
  const beside = launchOn(other, bus);
  await until(() => existsSync(other), 30_000, 'an app on another database did not start');
  assert.equal(await exited(beside, 2_000), null, 'an app on another database keeps running');
  assert.equal(first.log.split(FOCUSED).length - 1, 1, 'exactly the one hand-over reached the first app');
});
