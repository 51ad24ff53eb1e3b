// Measures (and prints) what a person waits for: app start to the first
// screen, and the save-answer round trip through the real IPC and store.
// Asserts only that the work was done; the figures go to
// docs/performance.md by hand, never into an assertion.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, pageText, quit, until } from '../lib.mjs';

let app;

before(async () => {
  app = await launch();
});

after(async () => {
  if (app) await quit(app).catch(() => {});
});

test('start to first screen, and save-answer round trips', async () => {
  const started = performance.now() - app.launchedIn;
  await until(app, async () => (await pageText(app)).includes('Assessments'), 'home screen did not appear');
  const firstScreen = performance.now() - started;

  // Drive the commands directly (the same IPC the screens use) to time 100 saves.
  const timings = await app.executeAsync((done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    (async () => {
      const builtins = await invoke('list_questionnaires', {});
      const view = await invoke('create_assessment', {
        args: {
          organisation: 'Timing Ltd',
          title: 'Round trips',
          questionnaire: { kind: 'builtin', id: builtins[0].id },
          departments: ['Sales'],
        },
      });
      const assessmentId = view.assessment.id;
      const after = await invoke('add_respondent', {
        args: { assessmentId, departmentId: view.departments[0].id, name: 'Tim', role: null, consensus: false },
      });
      const respondentId = after.respondents[0].id;
      const questions = view.questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.id));
      const ms = [];
      for (let i = 0; i < 100; i += 1) {
        const t0 = performance.now();
        await invoke('save_answer', {
          args: {
            assessmentId,
            respondentId,
            questionId: questions[i % questions.length],
            value: (i % 5) + 1,
            comment: null,
          },
        });
        ms.push(performance.now() - t0);
      }
      const answers = await invoke('get_answers', { args: { assessmentId, respondentId } });
      return { ms, answered: answers.progress.answered, total: answers.progress.total };
    })().then(done, (e) => done({ error: String(e?.message ?? e) }));
  });
  assert.equal(timings.error, undefined, timings.error);
  // 100 saves over 50 questions: every question answered (twice).
  assert.equal(timings.answered, 50);
  assert.equal(timings.total, 50);
  const sorted = [...timings.ms].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
  console.log(
    `timing: session + app start to first screen ${firstScreen.toFixed(0)} ms; ` +
      `save_answer round trip over IPC (n=100): median ${pct(50)} ms, p95 ${pct(95)} ms, max ${sorted.at(-1).toFixed(1)} ms`,
  );
});
