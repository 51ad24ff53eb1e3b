// Results: the Scorecard's figures shown as given (overall, stage, coverage),
// the core's chart geometry drawn as SVG, the heat map, disagreements, the
// perception-gap warning and the evidence form; user text escaped; empty,
// loading and error states; axe; screenshots.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { noSeriousViolations, screenshots, start } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.stop();
});

const DEMO = '#/a/a-demo-northwind/results';

/** The results the mock backend sends, read through the same IPC the app uses. */
/** scoring.md's display rule, written out here: one decimal, cut (floor(s × 10 + 1e-9) / 10). */
const cut1 = (s) => (Math.floor(s * 10 + 1e-9) / 10).toFixed(1);

const served = (page) =>
  page.evaluate(() => window.__TAURI_INTERNALS__.invoke('get_results', { args: { assessmentId: 'a-demo-northwind' } }));

describe('results', () => {
  test('headline: overall level and stage in words, coverage, as the core computed them', async () => {
    const { page, errors } = await app.open(DEMO);
    await page.locator('.headline').waitFor();
    const { scorecard } = await served(page);
    const o = scorecard.overall;
    const headline = await page.locator('.headline').innerText();
    // One decimal, cut, as scoring.md shows scores.
    assert.ok(headline.includes(`${o.levelName}, ${cut1(o.score)}`), headline);
    assert.ok(headline.includes(`Stage ${o.stage}: ${o.stageName}`), headline);
    assert.match(headline, /Held back by Customer data and a single customer view/);
    assert.ok(headline.includes(`${Math.floor(o.coverage * 100 + 1e-9)}%`), headline);
    assert.match(headline, /2 “don’t know” answers/);
    // The fixture's nine people in eight departments all answered.
    assert.match(headline, /9 of 9 respondents in 8 of 8 departments took part\./);
    assert.doesNotMatch(headline, /Did not take part/);
    await noSeriousViolations(page);
    await screenshots(page, 'results');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the perception-gap warning names the customer evidence', async () => {
    const { page } = await app.open(DEMO);
    const warning = page.getByRole('note', { name: 'Perception gap' });
    await warning.waitFor();
    const text = await warning.innerText();
    assert.match(text, /NPS −12, CSAT 64/);
    // Not by colour alone: an icon and a heading say it.
    assert.match(text, /⚠/);
    await page.context().close();
  });

  test('charts: the core’s geometry drawn as SVG elements, titled for screen readers', async () => {
    const { page } = await app.open(DEMO);
    const charts = page.locator('.chart__svg');
    await charts.first().waitFor();
    assert.equal(await charts.count(), 2);
    const { charts: geometry } = await served(page);
    const radar = geometry.find((c) => c.kind === 'radar');
    const svg = page.getByRole('img', { name: /Organisation and departments by dimension/ });
    assert.equal(await svg.getAttribute('viewBox'), `0 0 ${radar.width} ${radar.height}`);
    // One SVG element per shape, points exactly as sent.
    const drawn = await svg.evaluate((el) => el.querySelectorAll('line, polygon, polyline, rect, circle, text').length);
    assert.equal(drawn, radar.shapes.length);
    const org = radar.shapes.filter((s) => s.shape === 'path').at(-1);
    const pts = org.points.map((p) => `${p.x},${p.y}`).join(' ');
    assert.equal(await svg.locator(`polygon[points="${pts}"]`).count(), 1);
    await page.locator('.charts').scrollIntoViewIfNeeded();
    await screenshots(page, 'results-charts');
    await page.context().close();
  });

  test('heat map: one row per dimension, one column per department, every figure printed', async () => {
    const { page } = await app.open(DEMO);
    const table = page.locator('table.heatmap');
    await table.waitFor();
    const { scorecard } = await served(page);
    const headers = await table.locator('thead th').allTextContents();
    assert.deepEqual(
      headers.slice(1, -1),
      scorecard.departments.map((d) => d.name),
    );
    assert.equal(await table.locator('tbody tr').count(), scorecard.dimensions.length);
    const data = scorecard.dimensions.find((d) => d.id === 'data');
    const row = table.locator('tbody tr', { hasText: data.title });
    const cells = await row.locator('td').allInnerTexts();
    assert.deepEqual(
      cells.slice(0, -1),
      data.departments.map((f) => cut1(f.score)),
    );
    // Misaligned dimensions say so in words, not only by shade.
    const misaligned = scorecard.dimensions.filter((d) => d.misaligned).length;
    assert.ok(misaligned > 0);
    assert.equal(await table.locator('tbody th .badge', { hasText: 'Misaligned' }).count(), misaligned);
    await table.scrollIntoViewIfNeeded();
    await screenshots(page, 'results-heatmap');
    await page.context().close();
  });

  test('misaligned questions with each department’s mean, largest spread first', async () => {
    const { page } = await app.open(DEMO);
    const section = page.getByRole('region', { name: 'Where departments disagree' });
    await section.waitFor();
    const items = section.locator('.mis-list--questions > li');
    assert.equal(await items.count(), 2);
    const first = await items.first().innerText();
    assert.match(first, /single source|customer data/i);
    assert.match(first, /spread 3\.0/);
    assert.match(first, /Marketing: 4\.0\s+Sales: 2\.5\s+Service: 1\.0\s+IT: 3\.0/);
    await page.context().close();
  });

  test('customer evidence: out-of-range values are refused in place; a good one updates the results', async () => {
    const { page } = await app.open(DEMO);
    const form = page.locator('.evidence__form');
    await form.waitFor();
    await form.getByLabel('Value').fill('150');
    await form.getByRole('button', { name: 'Record evidence' }).click();
    await form.getByText('Enter a number between −100 and 100.').waitFor();
    const value = form.getByLabel('Value');
    assert.equal(await value.getAttribute('aria-invalid'), 'true');
    assert.ok(await value.evaluate((el) => el === document.activeElement));
    let sent = await page.evaluate(() => window.__cxmMock.calls.some((c) => c.cmd === 'save_evidence'));
    assert.equal(sent, false);

    // The date is a date picker within the core's range; a date the core refuses is marked there.
    const date = form.getByLabel(/Date measured/);
    assert.equal(await date.getAttribute('type'), 'date');
    assert.deepEqual([await date.getAttribute('min'), await date.getAttribute('max')], ['2000-01-01', '2099-12-31']);
    await value.fill('20');
    await date.fill('1999-12-31');
    await form.getByRole('button', { name: 'Record evidence' }).click();
    await form.getByText('The evidence date 1999-12-31 is before the year 2000; check the year.').waitFor();
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    assert.equal(await value.getAttribute('aria-invalid'), null);
    assert.ok(await date.evaluate((el) => el === document.activeElement));
    await form.getByLabel('Metric').selectOption('csat');
    await form.getByLabel('Value').fill('82');
    await form.getByLabel(/Date measured/).fill('2026-04-30');
    await form.getByLabel(/Source/).fill('Q1 relationship survey');
    await form.getByRole('button', { name: 'Record evidence' }).click();
    await page.getByText('Evidence recorded.').waitFor();
    sent = await page.evaluate(() => window.__cxmMock.calls.filter((c) => c.cmd === 'save_evidence').at(-1).args);
    assert.deepEqual(sent, {
      assessmentId: 'a-demo-northwind',
      metric: 'csat',
      value: 82,
      date: '2026-04-30',
      source: 'Q1 relationship survey',
    });
    assert.match(await page.locator('.stats').innerText(), /CSAT\s+82 %/);
    // The NPS is still below 0, so the core still flags the gap.
    await page.getByRole('note', { name: 'Perception gap' }).waitFor();
    await form.getByLabel('Metric').selectOption('nps');
    await form.getByLabel('Value').fill('35');
    await form.getByRole('button', { name: 'Record evidence' }).click();
    await page.getByRole('note', { name: 'Perception gap' }).waitFor({ state: 'detached' });
    await noSeriousViolations(page);
    await page.locator('.evidence').scrollIntoViewIfNeeded();
    await screenshots(page, 'results-evidence');
    await page.context().close();
  });

  test('empty: no answers yet, with the way to respondents', async () => {
    const { page } = await app.open('#/a/a-contoso-bank/results');
    await page.getByRole('heading', { name: 'No answers yet' }).waitFor();
    assert.equal(
      await page.getByRole('link', { name: 'Go to respondents' }).getAttribute('href'),
      '#/a/a-contoso-bank/respondents',
    );
    await noSeriousViolations(page);
    await screenshots(page, 'results-empty');
    await page.context().close();
  });

  test('loading and error states', async () => {
    const loading = await app.open(DEMO, { scenario: 'loading' });
    await loading.page.getByRole('status').filter({ hasText: 'Scoring…' }).waitFor();
    await noSeriousViolations(loading.page);
    await loading.context.close();
    const failing = await app.open(DEMO, { scenario: 'error' });
    await failing.page.getByRole('alert').waitFor();
    assert.match(
      await failing.page.getByRole('alert').innerText(),
      /results could not be computed[\s\S]*database is locked/,
    );
    await noSeriousViolations(failing.page);
    await screenshots(failing.page, 'results-error');
    await failing.context.close();
  });

  test('text from users is shown as text, never as markup', async () => {
    const { page } = await app.open('#/new', { scenario: 'empty' });
    const evil = '<img src=x onerror="window.__pwned=1">Acme & Co';
    await page.getByLabel(/^Organisation/).fill(evil);
    await page.getByLabel('Another department').fill('<b>Sales</b>');
    await page.getByLabel('Another department').press('Enter');
    assert.deepEqual(await page.locator('.order-list__name').allTextContents(), ['<b>Sales</b>']);
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Respondents' }).waitFor();
    assert.equal(await page.locator('.topbar__context').innerText(), evil);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.locator('main b').count(), 0);
    assert.deepEqual(
      await page
        .locator('main select option')
        .allTextContents()
        .catch(() => []),
      [],
    );
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    await page.context().close();
  });
});
