// Exports and imports in the real app, the native dialogs answered through
// the CXM_TEST_PICKS hook (lib.mjs `queuePicks`): the demo's PDF report
// before and after a target is raised (the new roadmap action appears), its
// timing from the click to the file on disk, the XLSX action register read
// back, packs for every department into a folder, and packs coming back: a
// good pack imported after its preview, and a corrupted pack beside a good
// one refused with the reason while nothing changes.
//
// The target is raised on the Targets tab; `cxm` (the same core and
// database) only reads scores and the roadmap to compare before and after.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import {
  button,
  exportStatus,
  launch,
  openTab,
  openedFiles,
  pageText,
  pendingPicks,
  queuePicks,
  quit,
  until,
  openDemo,
} from '../lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CXM = resolve(here, '../../target/debug/cxm');
const DB = process.env.CXM_DB;
const OUT = join(process.env.E2E_ROOT, 'exports');
const ORG = 'Nordlicht Haushaltswaren GmbH';

let app;
let id;

before(async () => {
  assert.ok(existsSync(CXM), `cxm is needed to set a target and read scores: cargo build --bin cxm (${CXM})`);
  mkdirSync(OUT, { recursive: true });
  app = await launch();
});

after(async () => {
  if (app) await quit(app).catch(() => {});
});

function cxm(...args) {
  return execFileSync(CXM, ['--db', DB, ...args], { encoding: 'utf8' });
}

/** The text of a PDF, whitespace folded (titles wrap across lines). */
function pdfText(file) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Exports the PDF to `path`; returns the milliseconds from the click to
 * the file's last write (its modification time: the export writes a
 * temporary file, flushes it and renames it into place) and to the "Saved"
 * line seen by the test, which adds the test's polling (every 100 ms). */
async function exportPdf(path) {
  queuePicks(path);
  const started = Date.now();
  await (await button(app, 'Export PDF…')).click();
  const name = path.split('/').pop();
  await until(
    app,
    async () => (await exportStatus(app, 'PDF report')).includes(`Saved to ${name}`) && existsSync(path),
    `PDF ${name} not saved`,
    20_000,
  );
  return { onDisk: statSync(path).mtimeMs - started, seen: Date.now() - started };
}

test('demo → exports (PDF with a raised target, XLSX, all packs) → imports with preview', async () => {
  id = await openDemo(app);

  await openTab(app, 'Export & import', 'Self-assessment packs');

  // The action a raised target brings: pick a dimension below Managed; its
  // 4 → 5 action is not on the roadmap until the target is 5.
  const score = JSON.parse(cxm('score', id, '--json'));
  const dim = score.dimensions.find((d) => d.level !== null && d.level <= 3 && d.target < 5);
  assert.ok(dim, 'the demo has a dimension below level 4');
  const titlesOf = (rm) =>
    rm.phases.flatMap((p) => p.actions).filter((a) => a.dimension === dim.id && a.transition[1] === 5);
  assert.deepEqual(
    titlesOf(JSON.parse(cxm('roadmap', id, '--json'))),
    [],
    'no 4 → 5 action before the target is raised',
  );

  const before = join(OUT, 'before.pdf');
  await exportPdf(before);
  await openTab(app, 'Targets', dim.title);
  const row = await app.$(`tr[data-dimension="${dim.id}"]`);
  await (await row.$('select')).selectByAttribute('value', '5');
  await until(
    app,
    async () => (await (await row.$('[data-save-state]')).getAttribute('data-save-state')) === 'saved',
    'the target was not saved',
  );
  await openTab(app, 'Export & import', 'Self-assessment packs');
  const [action] = titlesOf(JSON.parse(cxm('roadmap', id, '--json')));
  assert.ok(action, 'raising the target to 5 brings a 4 → 5 action');
  const title = action.title.replace(/\s+/g, ' ');

  const report = join(OUT, 'report.pdf');
  await exportPdf(report);
  assert.ok(readFileSync(report).subarray(0, 5).toString() === '%PDF-', 'a PDF file');
  const withTarget = pdfText(report);
  assert.ok(withTarget.includes(ORG), 'the PDF names the organisation');
  assert.ok(withTarget.includes(title), `the PDF lists the new action "${title}"`);
  assert.ok(!pdfText(before).includes(title), 'the earlier PDF did not have it');
  assert.deepEqual(pendingPicks(), [], 'every queued pick was used');

  // Open the report: only recorded under the test hook.
  await (await button(app, 'Open report.pdf')).click();
  await until(app, async () => openedFiles().includes(report), 'open_export was not recorded');

  // Timing: click → file on disk (and → "Saved" seen), several runs.
  const runs = [];
  for (let i = 0; i < 7; i += 1) runs.push(await exportPdf(join(OUT, `timing-${i}.pdf`)));
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const list = (key) => runs.map((r) => r[key].toFixed(0)).join(', ');
  console.log(
    `PDF export of the demo, click → file on disk: median ${median('onDisk').toFixed(0)} ms (runs ${list('onDisk')}); click → "Saved" seen: median ${median('seen').toFixed(0)} ms (runs ${list('seen')})`,
  );
  if (process.env.E2E_TIMINGS) {
    writeFileSync(
      process.env.E2E_TIMINGS,
      JSON.stringify({ runs, medianOnDiskMs: median('onDisk'), medianSeenMs: median('seen') }),
    );
  }

  // XLSX: the action register, read back from the workbook's XML.
  const xlsx = join(OUT, 'actions.xlsx');
  queuePicks(xlsx);
  await (await button(app, 'Export XLSX…')).click();
  await until(
    app,
    async () =>
      (await exportStatus(app, 'Action register (XLSX)')).includes('Saved to actions.xlsx') && existsSync(xlsx),
    'XLSX not saved',
  );
  const workbook = execFileSync('unzip', ['-p', xlsx, 'xl/workbook.xml'], { encoding: 'utf8' });
  assert.match(workbook, /name="Action register"/);
  const strings = execFileSync('unzip', ['-p', xlsx, 'xl/sharedStrings.xml'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  const xmlTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  assert.ok(strings.includes(xmlTitle), `the register lists "${title}"`);

  // Packs for every department, into a folder.
  const folder = join(OUT, 'packs');
  mkdirSync(folder);
  queuePicks(folder);
  await (await button(app, 'Export all departments…')).click();
  await until(
    app,
    async () => (await exportStatus(app, 'Self-assessment packs')).includes('Saved 8 packs to'),
    'packs not saved',
  );
  const packs = readdirSync(folder).sort();
  assert.equal(packs.length, 8, packs.join(', '));
  for (const dept of ['Marketing', 'Sales', 'IT']) {
    assert.ok(
      packs.some((p) => p.includes(` - ${dept} - `) && p.endsWith('.cxpack')),
      `a pack for ${dept}`,
    );
  }
  const status = await exportStatus(app, 'Self-assessment packs');
  for (const p of packs) assert.ok(status.includes(p), `${p} reported`);

  // Import: a corrupted pack beside a good one → both refused, nothing changed.
  const sales = join(
    folder,
    packs.find((p) => p.includes(' - Sales - ')),
  );
  const it = join(
    folder,
    packs.find((p) => p.includes(' - IT - ')),
  );
  const corrupt = join(OUT, 'it-from-mail.cxpack');
  const text = readFileSync(it, 'utf8');
  writeFileSync(corrupt, text.slice(0, Math.floor(text.length / 2)));
  const scoresBefore = cxm('score', id, '--json');
  const dbBefore = statSync(DB).mtimeMs;

  queuePicks([sales, corrupt]);
  await (await button(app, 'Import packs…')).click();
  await until(app, async () => (await pageText(app)).includes('Preview: nothing has been imported yet'), 'no preview');
  const refusedText = await pageText(app);
  assert.match(refusedText, /Nothing can be imported: 1 file was refused/);
  assert.ok(refusedText.includes('it-from-mail.cxpack'), 'the corrupted file is named');
  assert.match(
    refusedText,
    /the file stops in the middle of .*; it may be cut short/,
    'the reason is given in plain words',
  );
  assert.equal(await (await button(app, 'Import 2 files')).isExisting(), false, 'no way to commit');
  await (await button(app, 'Close')).click();
  assert.equal(cxm('score', id, '--json'), scoresBefore, 'results unchanged');

  // A good pack alone: the preview, then the commit.
  queuePicks([sales]);
  await (await button(app, 'Import packs…')).click();
  await until(app, async () => (await pageText(app)).includes('Preview: nothing has been imported yet'), 'no preview');
  const good = await pageText(app);
  // The pack was exported from this very database: every answer is as stored.
  assert.match(good, /Importing would add 0 answers, update 0 answers and leave \d+ answers as they are/);
  assert.ok(
    statSync(DB).mtimeMs === dbBefore || cxm('score', id, '--json') === scoresBefore,
    'the preview changed nothing',
  );
  await (await button(app, 'Import 1 file')).click();
  await until(
    app,
    async () =>
      (await pageText(app)).includes('Imported 1 file: 0 answers added, 0 answers updated, 0 conflicts resolved.'),
    'import not done',
  );
  assert.equal(cxm('score', id, '--json'), scoresBefore, 'the same answers: the same results');
});
