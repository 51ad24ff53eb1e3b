// Results: the Scorecard as the core computed it — overall level and stage in
// words, the charts (geometry from the core), the department × dimension heat
// map, misaligned dimensions and questions, coverage, the customer evidence
// form and the perception-gap warning. Nothing here computes a figure.
// A live session's votes refresh it as they arrive.
import { useId, useRef, useState } from 'react';
import {
  call,
  errorMessage,
  type AssessmentView,
  type Chart,
  type DepartmentFigure,
  type WithheldCell,
  type EvidenceMetric,
  type Results as ResultsData,
  type Scorecard,
} from '../api';
import { AsyncView } from '../components/AsyncView';
import { ChartSvg } from '../components/ChartSvg';
import { FieldError } from '../components/FieldError';
import { ScreenTitle } from '../components/Layout';
import { useLiveChanges } from '../hooks/liveChanges';
import { useWithAssessment } from '../hooks/openAssessment';
import { formatInteger, formatNumber, formatPercent, formatScore, t, tn } from '../i18n';
import { useRules } from '../hooks/rules';
import { useFieldErrors } from '../hooks/fieldErrors';
import { byKey, type FieldErrors } from '../logic/fieldErrors';
import { heatLevel, hasAnyScore, perceptionEvidence } from '../logic/results';
import { formatRoute } from '../logic/route';

function figure(list: DepartmentFigure[], department: string): number | null {
  return list.find((f) => f.department === department)?.score ?? null;
}

/** Whether an anonymous assessment withholds this department's figure in `cells` at `id`. */
function withheldIn(cells: WithheldCell[] | undefined, id: string, department: string): boolean {
  return cells?.some((c) => c.id === id && c.department === department) ?? false;
}

export function Results({ id }: { id: string }) {
  const { state, reload, refresh, set } = useWithAssessment(() => call('get_results', { assessmentId: id }), [id]);
  // A live session's votes are answers: the figures follow them.
  useLiveChanges(refresh);
  return (
    <section className="screen screen--results">
      <ScreenTitle>{t('res.title')}</ScreenTitle>
      <AsyncView
        state={state}
        loading={t('res.loading')}
        error={t('res.error')}
        onRetry={reload}
        empty={{
          when: ([, results]) => !hasAnyScore(results.scorecard),
          title: t('res.empty.title'),
          body: t('res.empty.body'),
          action: (
            <a className="btn btn--primary" href={formatRoute({ screen: 'respondents', id })}>
              {t('res.empty.action')}
            </a>
          ),
        }}
      >
        {([detail, results]) => <Dashboard id={id} detail={detail} results={results} onResults={set} />}
      </AsyncView>
    </section>
  );
}

function Dashboard({
  id,
  detail,
  results,
  onResults,
}: {
  id: string;
  detail: AssessmentView;
  results: ResultsData;
  onResults: (r: ResultsData) => void;
}) {
  const sc = results.scorecard;
  const dimTitle = (dimId: string) => sc.dimensions.find((d) => d.id === dimId)?.title ?? dimId;
  const prompt = (qid: string) => {
    for (const d of detail.questionnaire.dimensions) {
      const q = d.questions.find((x) => x.id === qid);
      if (q) return q.prompt;
    }
    return qid;
  };
  const o = sc.overall;
  const perception = sc.flags.includes('perceptionGap');
  const misalignedDims = sc.dimensions.filter((d) => d.misaligned);
  const deptNames = sc.departments.map((d) => d.name);
  const withheld = sc.anonymity;

  return (
    <div className="results">
      <div className="headline card">
        <div className="headline__main">
          <p className="headline__label">{t('res.overall')}</p>
          <p className="headline__value">
            {o.level !== null && (
              <span className={`level-dot level-dot--large level-${o.level}`} aria-hidden="true">
                {o.level}
              </span>
            )}
            <span>
              {o.levelName !== null
                ? t('res.overallValue', { name: o.levelName, score: formatScore(o.score) })
                : formatScore(o.score)}
            </span>
          </p>
          {o.stage !== null && o.stageName !== null ? (
            <p className="headline__stage">
              <strong>{t('res.stage', { stage: o.stage, name: o.stageName })}</strong>
              {o.weakestDimension && <> — {t('res.stageHeld', { dimension: dimTitle(o.weakestDimension) })}</>}
            </p>
          ) : (
            <p className="headline__stage">{t('res.stageIncomplete')}</p>
          )}
          <p className="headline__participation" data-testid="participation">
            {t('res.participation', {
              respondents: formatInteger(sc.participation.respondents),
              respondentsSetUp: formatInteger(sc.participation.respondentsSetUp),
              departments: formatInteger(sc.participation.departments),
              departmentsSetUp: formatInteger(sc.participation.departmentsSetUp),
            })}
            {sc.participation.missingDepartments.length > 0 && (
              <>
                {' '}
                <strong>
                  {t('res.participation.missing', { departments: sc.participation.missingDepartments.join(', ') })}
                </strong>
              </>
            )}
          </p>
          {withheld && (
            <p className="headline__anonymity" data-testid="anonymity-note">
              {t('privacy.note', { k: withheld.threshold })}
            </p>
          )}
        </div>
        <div className="headline__side">
          <p className="headline__label">{t('res.coverage')}</p>
          <p className="headline__coverage">{formatPercent(o.coverage)}</p>
          <p className="small muted">{t('res.coverageBody')}</p>
          {sc.knowledgeGaps.length > 0 && <p className="small">{tn('res.knowledgeGaps', sc.knowledgeGaps.length)}</p>}
        </div>
      </div>

      {perception && (
        <div className="warning" role="note" aria-labelledby="perception-title">
          <span className="warning__icon" aria-hidden="true">
            ⚠
          </span>
          <div>
            <h2 id="perception-title" className="warning__title">
              {t('res.perception.title')}
            </h2>
            <p>
              {t('res.perception.body', {
                score: formatScore(o.score),
                evidence: perceptionEvidence(sc.evidence)
                  .map((e) =>
                    t(e.metric === 'nps' ? 'res.perception.nps' : 'res.perception.csat', {
                      value: formatNumber(e.value, 1),
                    }),
                  )
                  .join(', '),
              })}
            </p>
          </div>
        </div>
      )}

      <ChartsSection charts={results.charts} />

      <section className="card" aria-labelledby="heat-title">
        <h2 id="heat-title">{t('res.heatmap')}</h2>
        <div className="table-wrap">
          <table className="table heatmap">
            <caption className="caption">
              {t('res.heatmap.caption')}
              {withheld && <> {t('privacy.fewerThan.key', { k: withheld.threshold })}</>}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('res.heatmap.dimension')}</th>
                {deptNames.map((n) => (
                  <th scope="col" key={n} className="heatmap__dept">
                    <span className="heatmap__dept-name">{n}</span>
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('res.col.spread')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sc.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    {d.title}
                    {d.misaligned && <span className="badge badge--warn">{t('res.flag.misaligned')}</span>}
                  </th>
                  {deptNames.map((n) => {
                    const v = figure(d.departments, n);
                    if (withheld && withheldIn(withheld.dimensionDepartments, d.id, n))
                      return (
                        <td key={n} className="heat heat-0 heat--withheld">
                          <span aria-hidden="true">{t('privacy.fewerThan.short', { k: withheld.threshold })}</span>
                          <span className="visually-hidden">{t('privacy.fewerThan', { k: withheld.threshold })}</span>
                        </td>
                      );
                    return (
                      <td key={n} className={`heat heat-${heatLevel(v)}`}>
                        {formatScore(v)}
                      </td>
                    );
                  })}
                  <td className="num">{formatScore(d.spread)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="dims-title">
        <h2 id="dims-title">{t('res.dimensions')}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('res.col.dimension')}</th>
                <th scope="col" className="num">
                  {t('res.col.score')}
                </th>
                <th scope="col">{t('res.col.level')}</th>
                <th scope="col" className="num">
                  {t('res.col.target')}
                </th>
                <th scope="col" className="num">
                  {t('res.col.gap')}
                </th>
                <th scope="col" className="num">
                  {t('res.col.coverage')}
                </th>
                <th scope="col">{t('res.col.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {sc.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.title}</th>
                  <td className="num">{formatScore(d.score)}</td>
                  <td>
                    {d.level !== null
                      ? `${d.level} · ${detail.questionnaire.levels[d.level - 1]?.name ?? ''}`
                      : t('common.noScore')}
                  </td>
                  <td className="num">
                    {d.target === null ? (
                      <span className="muted">{t('res.noTarget')}</span>
                    ) : (
                      <>
                        {d.target}
                        {d.targetIsDefault && <span className="muted small"> ({t('res.flag.defaultTarget')})</span>}
                      </>
                    )}
                  </td>
                  <td className="num">{formatScore(d.gap)}</td>
                  <td className="num">{formatPercent(d.coverage)}</td>
                  <td>
                    {d.misaligned && <span className="badge badge--warn">{t('res.flag.misaligned')}</span>}
                    {d.lowCoverage && <span className="badge badge--info">{t('res.flag.lowCoverage')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="mis-title">
        <h2 id="mis-title">{t('res.misaligned')}</h2>
        <h3 className="subhead">{t('res.misaligned.dims')}</h3>
        {misalignedDims.length === 0 ? (
          <p>{t('res.misaligned.none')}</p>
        ) : (
          <ul className="mis-list">
            {misalignedDims.map((d) => (
              <li key={d.id}>
                <strong>{d.title}</strong>{' '}
                <span className="muted">({t('res.misaligned.spread', { spread: formatScore(d.spread) })})</span>
              </li>
            ))}
          </ul>
        )}
        <h3 className="subhead">{t('res.misaligned.questions')}</h3>
        {sc.misalignedQuestions.length === 0 ? (
          <p>{t('res.misaligned.qnone')}</p>
        ) : (
          <ol className="mis-list mis-list--questions">
            {sc.misalignedQuestions.map((m) => (
              <li key={m.question}>
                <p>
                  <strong>{prompt(m.question)}</strong>
                  <span className="muted block small">
                    {dimTitle(m.dimension)} · {t('res.misaligned.spread', { spread: formatScore(m.spread) })}
                  </span>
                </p>
                <ul className="dept-means">
                  {m.departments.map((f) => (
                    <li key={f.department}>
                      {t('res.misaligned.deptMean', {
                        department: f.department,
                        value:
                          withheld && withheldIn(withheld.questionDepartments, m.question, f.department)
                            ? t('privacy.fewerThan', { k: withheld.threshold })
                            : formatScore(f.score),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      <EvidenceSection id={id} sc={sc} onResults={onResults} />
    </div>
  );
}

function ChartsSection({ charts }: { charts: Chart[] }) {
  // The heat map is shown as a table below (readable by screen readers and
  // with every figure printed); the charts here are the radar and the bars.
  const shown = (['radar', 'currentVsTarget'] as const)
    .map((k) => charts.find((c) => c.kind === k))
    .filter((c): c is Chart => c !== undefined);
  if (shown.length === 0) return null;
  return (
    <section className="card" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('res.charts')}</h2>
      <div className="charts">
        {shown.map((c) => (
          <ChartSvg key={c.kind} chart={c} id={`chart-${c.kind}`} />
        ))}
      </div>
    </section>
  );
}

/** The evidence form's fields in on-screen order, and the core's keys for them. */
const EVIDENCE_FIELDS = ['value', 'date', 'source'] as const;
const EVIDENCE_CORE_FIELDS = byKey<(typeof EVIDENCE_FIELDS)[number]>({
  evidenceValue: 'value',
  evidenceDate: 'date',
  evidenceSource: 'source',
});

function EvidenceSection({ id, sc, onResults }: { id: string; sc: Scorecard; onResults: (r: ResultsData) => void }) {
  const uid = useId();
  const [metric, setMetric] = useState<EvidenceMetric>('nps');
  const [value, setValue] = useState('');
  const [date, setDate] = useState('');
  const [source, setSource] = useState('');
  const fields = useFieldErrors(EVIDENCE_FIELDS);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const dateInput = useRef<HTMLInputElement>(null);
  const rules = useRules();
  const range = rules.evidence.find((r) => r.metric === metric) ?? { min: 0, max: 0 };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const n = Number(value.replace(',', '.'));
    const errors: FieldErrors<(typeof EVIDENCE_FIELDS)[number]> = {};
    if (value.trim() === '' || !Number.isFinite(n) || n < range.min || n > range.max)
      errors.value = t('res.evidence.err.value', { min: formatNumber(range.min, 0), max: formatNumber(range.max, 0) });
    // A date typed in part reads as no date at all: say so rather than save none.
    if (dateInput.current?.validity.badInput) errors.date = t('date.incomplete');
    fields.show(errors, { focus: true });
    setFailure(null);
    if (Object.keys(errors).length > 0) return;
    setStatus('saving');
    try {
      const r = await call('save_evidence', {
        assessmentId: id,
        metric,
        value: n,
        date: date === '' ? null : date,
        source: source.trim() === '' ? null : source.trim(),
      });
      setStatus('saved');
      setValue('');
      onResults(r);
    } catch (err) {
      setStatus('idle');
      if (!fields.refused(err, EVIDENCE_CORE_FIELDS, { focus: true }))
        setFailure(t('res.evidence.failed', { message: errorMessage(err) || t('common.error') }));
    }
  }

  const ev = sc.evidence;
  return (
    <section className="card" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t('res.evidence')}</h2>
      <p className="lead">{t('res.evidence.lead')}</p>
      <div className="evidence">
        <div>
          <h3 className="subhead">{t('res.evidence.current')}</h3>
          {ev.nps === null && ev.csat === null && ev.churn === null ? (
            <p className="muted">{t('res.evidence.none')}</p>
          ) : (
            <dl className="stats">
              <div>
                <dt>{t('res.evidence.npsShort')}</dt>
                <dd>{formatNumber(ev.nps, 1)}</dd>
              </div>
              <div>
                <dt>{t('res.evidence.csatShort')}</dt>
                <dd>
                  {ev.csat === null ? t('common.noScore') : t('res.percentValue', { value: formatNumber(ev.csat, 1) })}
                </dd>
              </div>
              <div>
                <dt>{t('res.evidence.churnShort')}</dt>
                <dd>
                  {ev.churn === null
                    ? t('common.noScore')
                    : t('res.percentValue', { value: formatNumber(ev.churn, 1) })}
                </dd>
              </div>
            </dl>
          )}
        </div>
        <form className="form evidence__form" onSubmit={(e) => void submit(e)} noValidate>
          <div className="form-row">
            <div className="field">
              <label htmlFor={`${uid}-metric`}>{t('res.evidence.metric')}</label>
              <select
                id={`${uid}-metric`}
                className="input"
                value={metric}
                onChange={(e) => setMetric(e.target.value as EvidenceMetric)}
              >
                <option value="nps">{t('res.evidence.nps')}</option>
                <option value="csat">{t('res.evidence.csat')}</option>
                <option value="churn">{t('res.evidence.churn')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={fields.id('value')}>{t('res.evidence.value')}</label>
              <input
                {...fields.control('value')}
                className="input"
                inputMode="decimal"
                value={value}
                onChange={(e) => {
                  setValue(e.target.value);
                  setStatus('idle');
                  fields.clear('value');
                }}
              />
              {fields.error('value')}
            </div>
            <div className="field">
              <label htmlFor={fields.id('date')}>
                {t('res.evidence.date')} <span className="muted">{t('common.optional')}</span>
              </label>
              <input
                {...fields.control('date')}
                ref={dateInput}
                className="input"
                type="date"
                min={rules.dates.min}
                max={rules.dates.max}
                value={date}
                onChange={(e) => {
                  setDate(e.target.value);
                  fields.clear('date');
                }}
              />
              {fields.error('date')}
            </div>
            <div className="field">
              <label htmlFor={fields.id('source')}>
                {t('res.evidence.source')} <span className="muted">{t('common.optional')}</span>
              </label>
              <input
                {...fields.control('source')}
                className="input"
                value={source}
                maxLength={rules.text.name}
                onChange={(e) => {
                  setSource(e.target.value);
                  fields.clear('source');
                }}
                placeholder={t('res.evidence.source.hint')}
              />
              {fields.error('source')}
            </div>
          </div>
          {failure && (
            <FieldError id={`${uid}-err`} alert>
              {failure}
            </FieldError>
          )}
          <div className="actions">
            <button type="submit" className="btn btn--primary" disabled={status === 'saving'}>
              {status === 'saving' ? t('res.evidence.saving') : t('res.evidence.save')}
            </button>
            <span role="status" aria-live="polite" className="saved-note">
              {status === 'saved' && <>✓ {t('res.evidence.saved')}</>}
            </span>
          </div>
        </form>
      </div>
    </section>
  );
}
