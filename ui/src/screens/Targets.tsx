// Targets: per dimension, today's score and level, the target level (the
// method's default shown as such, or the agreed one) and the importance,
// each a select that saves at once through `set_target`; the gap, priority
// and the roadmap's actions for the dimension come back from the core and
// update in place, with the current-vs-target chart.
import { useMemo, useRef, useState } from 'react';
import {
  call,
  errorMessage,
  type AssessmentView,
  type DimensionScore,
  type Results as ResultsData,
  type RoadmapView,
} from '../api';
import { AsyncView } from '../components/AsyncView';
import { ChartSvg } from '../components/ChartSvg';
import { ScreenTitle } from '../components/Layout';
import { SaveStatus, type SaveState } from '../components/SaveStatus';
import { useWithAssessment } from '../hooks/openAssessment';
import { formatScore, t, type MessageKey } from '../i18n';
import { countsByDimension, phaseCounts } from '../logic/roadmap';
import { SerialQueue } from '../logic/saveQueue';
import { storedSetting, type Setting } from '../logic/targets';
import { hasAnyScore } from '../logic/results';
import { formatRoute } from '../logic/route';

interface Loaded {
  detail: AssessmentView;
  results: ResultsData;
  roadmap: RoadmapView;
}

const LEVELS = [1, 2, 3, 4, 5] as const;

function importanceName(level: number): string {
  return t(`tgt.importance.${level}` as MessageKey);
}

export function Targets({ id }: { id: string }) {
  const { state, reload, set } = useWithAssessment(async () => {
    const [results, roadmap] = await Promise.all([
      call('get_results', { assessmentId: id }),
      call('get_roadmap', { assessmentId: id }),
    ]);
    return { results, roadmap };
  }, [id]);
  return (
    <section className="screen screen--targets">
      <ScreenTitle sub={t('tgt.lead')}>{t('tgt.title')}</ScreenTitle>
      <AsyncView
        state={state}
        loading={t('tgt.loading')}
        error={t('tgt.error')}
        onRetry={reload}
        empty={{
          when: ([, own]) => !hasAnyScore(own.results.scorecard),
          title: t('tgt.empty.title'),
          body: t('tgt.empty.body'),
          action: (
            <a className="btn btn--primary" href={formatRoute({ screen: 'respondents', id })}>
              {t('res.empty.action')}
            </a>
          ),
        }}
      >
        {([detail, own]) => (
          <Editor id={id} data={{ detail, ...own }} onData={({ results, roadmap }) => set({ results, roadmap })} />
        )}
      </AsyncView>
    </section>
  );
}

function Editor({ id, data, onData }: { id: string; data: Loaded; onData: (d: Loaded) => void }) {
  const queue = useRef(new SerialQueue()).current;
  // What the user asked for, per dimension, until the core has it.
  const [wanted, setWanted] = useState<Map<string, Setting>>(new Map());
  const [saves, setSaves] = useState<Map<string, SaveState>>(new Map());
  // The latest data, for saves that finish after other saves.
  const latest = useRef(data);
  latest.current = data;

  const sc = data.results.scorecard;
  const levels = data.detail.questionnaire.levels;
  const levelName = (l: number) => levels.find((x) => x.level === l)?.name ?? '';
  const byDim = useMemo(() => countsByDimension(data.roadmap), [data.roadmap]);
  const totals = phaseCounts(data.roadmap);
  const chart = data.results.charts.find((c) => c.kind === 'currentVsTarget');

  function save(dimensionId: string, setting: Setting) {
    setWanted((m) => new Map(m).set(dimensionId, setting));
    setSaves((m) => new Map(m).set(dimensionId, { status: 'saving' }));
    void queue
      .run(async () => {
        const results = await call('set_target', { assessmentId: id, dimensionId, ...setting });
        // Saved once set_target returned: the core committed it.
        setSaves((m) => new Map(m).set(dimensionId, { status: 'saved' }));
        const roadmap = await call('get_roadmap', { assessmentId: id });
        onData({ ...latest.current, results, roadmap });
        setWanted((m) => {
          const n = new Map(m);
          if (n.get(dimensionId) === setting) n.delete(dimensionId);
          return n;
        });
      })
      .catch((e: unknown) => {
        setSaves((m) =>
          new Map(m).set(dimensionId, { status: 'failed', message: errorMessage(e) || t('common.error') }),
        );
      });
  }

  function change(d: DimensionScore, field: keyof Setting, value: string) {
    const current = wanted.get(d.id) ?? storedSetting(d);
    save(d.id, { ...current, [field]: value === '' ? null : Number(value) });
  }

  return (
    <div className="targets">
      <div className="card targets__summary" aria-labelledby="tgt-summary">
        <div>
          <h2 id="tgt-summary" className="subhead">
            {t('tgt.summary')}
          </h2>
          <p data-testid="roadmap-summary">
            {t('tgt.summaryBody', { now: totals.now, next: totals.next, later: totals.later })}
          </p>
        </div>
        <a className="btn btn--secondary" href={formatRoute({ screen: 'roadmap', id })}>
          {t('tgt.openRoadmap')}
        </a>
      </div>

      <div className="table-wrap card card--flush">
        <table className="table targets__table">
          <thead>
            <tr>
              <th scope="col">{t('tgt.col.dimension')}</th>
              <th scope="col">{t('tgt.col.current')}</th>
              <th scope="col">{t('tgt.col.target')}</th>
              <th scope="col">{t('tgt.col.importance')}</th>
              <th scope="col" className="num">
                {t('tgt.col.gap')}
              </th>
              <th scope="col" className="num">
                {t('tgt.col.priority')}
              </th>
              <th scope="col">{t('tgt.col.roadmap')}</th>
            </tr>
          </thead>
          <tbody>
            {sc.dimensions.map((d) => {
              const shown = wanted.get(d.id) ?? storedSetting(d);
              const counts = byDim.get(d.id);
              const agreed = shown.target !== null || shown.importance !== null;
              const saveState = saves.get(d.id) ?? { status: 'idle' as const };
              return (
                <tr key={d.id} data-dimension={d.id}>
                  <th scope="row">{d.title}</th>
                  <td>
                    {d.level !== null ? (
                      <span className="level-pill">
                        <span className={`level-dot level-${d.level}`} aria-hidden="true">
                          {d.level}
                        </span>
                        {t('tgt.current', { score: formatScore(d.score), name: levelName(d.level) })}
                      </span>
                    ) : (
                      t('common.noScore')
                    )}
                  </td>
                  <td>
                    <select
                      className="input input--compact"
                      aria-label={t('tgt.target.label', { dimension: d.title })}
                      value={shown.target === null ? '' : String(shown.target)}
                      onChange={(e) => change(d, 'target', e.target.value)}
                    >
                      <option value="">
                        {d.defaultTarget === null
                          ? t('tgt.target.noDefault')
                          : t('tgt.target.default', { level: d.defaultTarget, name: levelName(d.defaultTarget) })}
                      </option>
                      {LEVELS.map((l) => (
                        <option key={l} value={String(l)}>
                          {t('tgt.target.option', { level: l, name: levelName(l) })}
                        </option>
                      ))}
                    </select>
                    <span className="targets__note small">
                      {shown.target === null ? (
                        <span className="badge badge--info">{t('tgt.isDefault')}</span>
                      ) : (
                        <>
                          <span className="badge badge--agreed">{t('tgt.isAgreed')}</span>{' '}
                          <span className="muted">
                            {d.defaultTarget === null
                              ? t('tgt.defaultWasNone')
                              : t('tgt.defaultWas', { level: d.defaultTarget })}
                          </span>
                        </>
                      )}
                    </span>
                  </td>
                  <td>
                    <select
                      className="input input--compact"
                      aria-label={t('tgt.importance.label', { dimension: d.title })}
                      value={shown.importance === null ? '' : String(shown.importance)}
                      onChange={(e) => change(d, 'importance', e.target.value)}
                    >
                      <option value="">{t('tgt.importance.default', { level: 3, name: importanceName(3) })}</option>
                      {LEVELS.map((l) => (
                        <option key={l} value={String(l)}>
                          {t('tgt.target.option', { level: l, name: importanceName(l) })}
                        </option>
                      ))}
                    </select>
                    {/* The row's save status under its last choice: a column of its
                        own did not fit beside the others on a projector. */}
                    <div className="targets__save">
                      <SaveStatus state={saveState} onRetry={() => save(d.id, shown)} />
                      {agreed && (
                        <button
                          type="button"
                          className="btn btn--secondary btn--small"
                          aria-label={t('tgt.resetLabel', { dimension: d.title })}
                          onClick={() => save(d.id, { target: null, importance: null })}
                        >
                          {t('tgt.reset')}
                        </button>
                      )}
                    </div>
                  </td>
                  <td className="num targets__gap">{formatScore(d.gap)}</td>
                  <td className="num targets__priority">{formatScore(d.priority)}</td>
                  <td
                    className="targets__actions"
                    data-counts={counts ? `${counts.now}/${counts.next}/${counts.later}` : '0/0/0'}
                  >
                    {counts ? (
                      <ul className="targets__counts">
                        {(['now', 'next', 'later'] as const)
                          .filter((p) => counts[p] > 0)
                          .map((p) => (
                            <li key={p}>{t(`tgt.count.${p}` as MessageKey, { count: counts[p] })}</li>
                          ))}
                      </ul>
                    ) : (
                      <span className="muted">{t('tgt.noActions')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">{t('tgt.method')}</p>

      {chart && (
        <section className="card" aria-labelledby="tgt-chart">
          <h2 id="tgt-chart">{t('tgt.chart')}</h2>
          <div className="charts charts--single">
            <ChartSvg chart={chart} id="chart-targets" />
          </div>
        </section>
      )}
    </div>
  );
}
