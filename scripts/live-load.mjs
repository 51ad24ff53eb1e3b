#!/usr/bin/env node
// Load test of the live-workshop server, as a room of phones would load it:
// against a real `cxm live` on loopback, N participants join, then all of
// them answer every question at the same time, each phone one vote after
// another with a pause between votes drawn evenly from 0 to twice
// --think-ms (default 1000 ms: far quicker than a person reading a question
// and its five answers; --think-ms 0 is the stress case, every phone
// voting again the moment its last vote was saved).
// Reports lost votes (acknowledged but not in the database afterwards),
// the vote round trip (p50, p99), the server's memory growth, and how fast
// a reveal reaches every phone's event stream (p99).
//
//   cargo build --release --bin cxm
//   node scripts/live-load.mjs [--cxm target/release/cxm] [--participants 200] [--think-ms 1000]
//
// Needs `sqlite3` on the PATH to count the answers afterwards. The numbers
// and the machine they were measured on are in docs/performance.md.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const CXM = option('cxm', 'target/release/cxm');
const PARTICIPANTS = Number(option('participants', '200'));
const THINK_MS = Number(option('think-ms', '1000'));
const pause = () =>
  THINK_MS > 0 ? new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * THINK_MS)) : null;
const DEPARTMENTS = ['Marketing', 'Sales', 'Customer Service', 'Product', 'IT'];

const dir = mkdtempSync(join(tmpdir(), 'cxm-live-load-'));
const db = join(dir, 'cx.db');
const cxm = (...a) => execFileSync(CXM, ['--db', db, ...a], { encoding: 'utf8' });

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Resident memory of a process, in MB (VmRSS), and its peak (VmHWM). */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))[1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Starts `cxm live`, resolves once it printed its address and code. */
function startServer(assessment) {
  const child = spawn(CXM, ['--db', db, 'live', assessment, '--listen', '127.0.0.1:0'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const replies = [];
  let waiting = null;
  return new Promise((resolve, reject) => {
    let code;
    let address;
    child.on('exit', (status) => reject(new Error(`cxm live ended early (${status})`)));
    lines.on('line', (line) => {
      if (line.startsWith('join code: ')) code = line.slice('join code: '.length);
      else if (line.startsWith('address: ')) address = line.slice('address: '.length);
      else if (line.includes('Ctrl-C')) {
        resolve({
          child,
          code,
          address,
          /** Sends a facilitator command; resolves with its reply line. */
          command(text) {
            return new Promise((done) => {
              waiting = done;
              child.stdin.write(`${text}\n`);
            });
          },
        });
      } else if (waiting) {
        const done = waiting;
        waiting = null;
        done(line);
      } else replies.push(line);
    });
  });
}

async function post(url, body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

async function main() {
  const created = cxm(
    'assessment',
    'create',
    '--org',
    'Load test',
    ...DEPARTMENTS.flatMap((d) => ['--department', d]),
  );
  const assessment = created.trim().split(/\s+/).pop();
  const server = await startServer(assessment);
  const { address, code } = server;
  const sessionView = (await post(`${address}/api/session`, { code })).body;
  const departments = sessionView.departments;

  // Join everyone first, as a room does in the first minutes.
  const tokens = [];
  for (let i = 0; i < PARTICIPANTS; i += 1) {
    const joined = await post(`${address}/api/join`, {
      code,
      department: departments[i % departments.length].id,
      name: `Participant ${i + 1}`,
    });
    if (joined.status !== 201) throw new Error(`join ${i}: ${JSON.stringify(joined.body)}`);
    tokens.push(joined.body.token);
  }
  const questionnaire = await (
    await fetch(`${address}/api/questionnaire`, {
      headers: { authorization: `Bearer ${tokens[0]}` },
    })
  ).json();
  const questions = questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  const before = memory(server.child.pid);

  // Everyone answers every question at once.
  const latencies = [];
  const acknowledged = new Map();
  let refused = 0;
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, p) => {
      for (const [q, question] of questions.entries()) {
        await pause();
        const value = 1 + ((p + q) % 5);
        const t0 = performance.now();
        const saved = await post(`${address}/api/votes`, { question, value }, token);
        latencies.push(performance.now() - t0);
        if (saved.status === 200) acknowledged.set(`${p}/${question}`, value);
        else refused += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const after = memory(server.child.pid);
  latencies.sort((a, b) => a - b);

  // A reveal reaching every phone: all follow the room, the facilitator
  // shows a question, then reveals it.
  await server.command('paced on');
  await server.command(`show ${questions[0]}`);
  const arrivals = await new Promise((resolve, reject) => {
    let listening = 0;
    let revealedAt = 0;
    const times = [];
    const streams = tokens.map(async (token) => {
      const response = await fetch(`${address}/api/events?token=${token}`);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let text = '';
      let counted = false;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
        if (!counted && text.includes('"phase":"voting"')) {
          counted = true;
          listening += 1;
          if (listening === tokens.length) {
            revealedAt = performance.now();
            server.command('reveal');
          }
        }
        if (revealedAt && text.includes('"phase":"revealed"')) {
          times.push(performance.now() - revealedAt);
          await reader.cancel();
          if (times.length === tokens.length) resolve(times.sort((a, b) => a - b));
          return;
        }
      }
    });
    Promise.all(streams).catch(reject);
  });

  server.child.kill('SIGINT');
  await new Promise((resolve) => server.child.on('exit', resolve));

  // Every acknowledged vote is in the database.
  const stored = execFileSync(
    'sqlite3',
    [
      db,
      `SELECT r.name, a.question_id, a.value FROM answers a JOIN respondents r ON r.id = a.respondent_id WHERE r.assessment_id = '${assessment}'`,
    ],
    { encoding: 'utf8' },
  );
  const inDatabase = new Map(
    stored
      .trim()
      .split('\n')
      .map((line) => {
        const [name, question, value] = line.split('|');
        return [`${Number(name.replace('Participant ', '')) - 1}/${question}`, Number(value)];
      }),
  );
  let lost = 0;
  for (const [key, value] of acknowledged) if (inDatabase.get(key) !== value) lost += 1;

  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(
    `participants: ${PARTICIPANTS}, questions: ${questions.length}, pause between votes: 0–${2 * THINK_MS} ms`,
  );
  console.log(
    `votes: ${latencies.length} sent, ${acknowledged.size} acknowledged, ${refused} refused, ${lost} lost, in ${elapsed.toFixed(1)} s (${Math.round(latencies.length / elapsed)} votes/s)`,
  );
  console.log(
    `vote round trip: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1))}`,
  );
  console.log(
    `server memory: ${before.rss.toFixed(1)} MB after the joins, ${after.rss.toFixed(1)} MB after the votes (peak ${after.peak.toFixed(1)} MB): growth ${(after.peak - before.rss).toFixed(1)} MB`,
  );
  console.log(
    `reveal to ${arrivals.length} phones: p50 ${ms(percentile(arrivals, 50))}, p99 ${ms(percentile(arrivals, 99))}, max ${ms(arrivals.at(-1))}`,
  );
  rmSync(dir, { recursive: true, force: true });
  if (lost > 0 || refused > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
});
