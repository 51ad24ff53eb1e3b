// Progress: a later round against its previous one, as the core compared
// them (scoring.md, "Rounds and progress") — the overall score and stage
// then and now with the change in words and a sign, the charts, each
// dimension with its flags in plain words and the disagreement then and
// now, each department, the roadmap actions completed in the period, the
// outside-in check over time (with the diverging warning), the questions
// added and removed, and with three rounds or more the trend. Nothing here
// computes a figure: every delta, direction, flag and share is the core's.
import { useId } from 'react';
import { call, type Chart, type DimensionChangeView, type RoundProgress, type StageView, type TrendView } from '../api';
import { AsyncView } from '../components/AsyncView';
import { ChartSvg } from '../components/ChartSvg';
import { ScreenTitle } from '../components/Layout';
import { QuestionChanges } from '../components/QuestionList';
import { ChangeCells, ChangeHeads, ChangeText } from '../components/RoundChange';
import { EmptyState } from '../components/Status';
import { useOpenAssessment } from '../hooks/openAssessment';
import { useAsync } from '../hooks/useAsync';
import { useRules } from '../hooks/rules';
import {
  formatDate,
  formatInteger,
  formatNumber,
  formatNumberChange,
  formatPercent,
  formatScore,
  formatScoreChange,
  t,
} from '../i18n';
import { formatRoute } from '../logic/route';
import { flagTexts } from '../logic/rounds';

export function Progress({ id }: { id: string }) {
  const open = useOpenAssessment();
  const firstRound = open.state.status === 'ready' && open.state.data.assessment.round.previous === null;
  return (
    <section className="screen screen--progress">
      {firstRound ? (
        <>
          <ScreenTitle>{t('progress.title')}</ScreenTitle>
          <EmptyState title={t('progress.firstRound.title')} body={t('progress.firstRound.body')}>
            <a className="btn btn--primary" href={formatRoute({ screen: 'home' })}>
              {t('app.home')}
            </a>
          </EmptyState>
        </>
      ) : (
        <Comparison id={id} />
      )}
    </section>
  );
}

function Comparison({ id }: { id: string }) {
  const { state, reload } = useAsync(() => call('get_round_progress', { assessmentId: id }), [id]);
  if (state.status !== 'ready')
    return (
      <>
        <ScreenTitle>{t('progress.title')}</ScreenTitle>
        <AsyncView state={state} loading={t('progress.loading')} error={t('progress.error')} onRetry={reload} />
      </>
    );
  const p = state.data;
  return (
    <>
      <ScreenTitle
        sub={t('progress.lead', {
          now: formatInteger(p.current.number),
          dateNow: formatDate(p.dateNow),
          then: formatInteger(p.previous.number),
          title: p.previous.title,
          dateThen: formatDate(p.dateThen),
        })}
      >
        {t('progress.title')}
      </ScreenTitle>
      <ProgressBody id={id} p={p} />
    </>
  );
}

function stageText(s: StageView | null): string {
  return s === null
    ? t('progress.stageIncomplete')
    : t('progress.stageValue', { stage: formatInteger(s.stage), name: s.name });
}

function ProgressBody({ id, p }: { id: string; p: RoundProgress }) {
  const o = p.overall;
  const rules = useRules();
  return (
    <div className="progress-tab">
      <div className="headline card">
        <div className="headline__main">
          <p className="headline__label">{t('progress.overall')}</p>
          <p className="headline__value" data-testid="overall-then-now">
            {t('progress.thenNow', { then: formatScore(o.change.then), now: formatScore(o.change.now) })}
          </p>
          <p className="headline__change">
            <ChangeText change={o.change} />
          </p>
          <p className="headline__stage">
            {t('progress.thenNow', { then: stageText(o.stageThen), now: stageText(o.stageNow) })}
          </p>
        </div>
        <div className="headline__side">
          <p className="small">
            {p.confirmed === null || p.confirmed >= 1
              ? t('progress.confirmedAll')
              : t('progress.confirmed', { percent: formatPercent(p.confirmed) })}
          </p>
          {p.confirmed !== null && p.confirmed < 1 && (
            <p className="small">
              <a href={formatRoute({ screen: 'respondents', id })}>{t('progress.confirmedLink')}</a>
            </p>
          )}
          <p className="small muted">
            {t('progress.directionNote', { step: formatScore(rules.rounds.directionStep) })}
          </p>
        </div>
      </div>

      {p.diverging && <Diverging p={p} />}

      <ChartsSection charts={p.charts} />
      <DimensionsSection p={p} />
      <DepartmentsSection p={p} />
      <ActionsSection p={p} />
      <OutsideInSection id={id} p={p} />
      <QuestionsSection p={p} />
      {p.trend.rounds.length >= 3 && <TrendSection trend={p.trend} />}
    </div>
  );
}

function Diverging({ p }: { p: RoundProgress }) {
  const e = p.evidence;
  const fell = [
    e.npsChange !== null && e.npsChange < 0
      ? t('progress.diverging.nps', { points: formatNumber(-e.npsChange, 1) })
      : null,
    e.csatChange !== null && e.csatChange < 0
      ? t('progress.diverging.csat', { points: formatNumber(-e.csatChange, 1) })
      : null,
  ].filter((x): x is string => x !== null);
  return (
    <div className="warning" role="note" aria-labelledby="diverging-title">
      <span className="warning__icon" aria-hidden="true">
        ⚠
      </span>
      <div>
        <h2 id="diverging-title" className="warning__title">
          {t('progress.diverging.title')}
        </h2>
        <p>
          {t('progress.diverging.body', {
            delta: formatScore(p.overall.change.delta),
            evidence: fell.join(', '),
          })}
        </p>
      </div>
    </div>
  );
}

function ChartsSection({ charts }: { charts: Chart[] }) {
  if (charts.length === 0) return null;
  return (
    <section className="card" aria-labelledby="progress-charts-title">
      <h2 id="progress-charts-title">{t('progress.charts')}</h2>
      <div className="charts">
        {charts.map((c) => (
          <ChartSvg key={c.kind} chart={c} id={`chart-${c.kind}`} />
        ))}
      </div>
    </section>
  );
}

function Flags({ d }: { d: DimensionChangeView }) {
  const flags = flagTexts(d, useRules().rounds);
  if (flags.length === 0) return <span className="muted">{t('progress.flag.none')}</span>;
  return (
    <ul className="progress-flags">
      {flags.map((f) => (
        <li key={f.flag} className={`progress-flag progress-flag--${f.flag}`}>
          <span aria-hidden="true">⚠ </span>
          {f.text}
          {f.flag === 'questionsChanged' && (
            <details className="progress-flag__which">
              <summary>{t('progress.changes.which')}</summary>
              <QuestionChanges
                added={d.questionsAdded}
                removed={d.questionsRemoved}
                addedTitle={t('progress.questions.added')}
                removedTitle={t('progress.questions.removed')}
                titles="line"
              />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

function DimensionsSection({ p }: { p: RoundProgress }) {
  return (
    <section className="card" aria-labelledby="progress-dims-title">
      <h2 id="progress-dims-title">{t('progress.dimensions')}</h2>
      <div className="table-wrap">
        <table className="table progress-table">
          <caption className="caption">{t('progress.dimensions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.col.dimension')}</th>
              <ChangeHeads />
              <th scope="col">{t('progress.col.notes')}</th>
              <th scope="col" className="num">
                {t('progress.col.spread')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.dimensions.map((d) => (
              <tr key={d.id} data-dimension={d.id}>
                <th scope="row">{d.title}</th>
                <ChangeCells change={d.change} />
                <td>
                  <Flags d={d} />
                </td>
                <td className="num nowrap">
                  {t('progress.thenNow', { then: formatScore(d.spreadThen), now: formatScore(d.spreadNow) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DepartmentsSection({ p }: { p: RoundProgress }) {
  const d = p.disagreement;
  const count = (n: number | null) => (n === null ? t('progress.notInRound') : formatInteger(n));
  return (
    <section className="card" aria-labelledby="progress-depts-title">
      <h2 id="progress-depts-title">{t('progress.departments')}</h2>
      <div className="table-wrap">
        <table className="table progress-table">
          <caption className="caption">{t('progress.departments.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.col.department')}</th>
              <ChangeHeads />
              <th scope="col" className="num">
                {t('progress.col.respondents')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.departments.map((x) => (
              <tr key={x.name}>
                <th scope="row">{x.name}</th>
                <ChangeCells change={x.change} />
                <td className="num">
                  {t('progress.thenNow', { then: count(x.respondentsThen), now: count(x.respondentsNow) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="subhead">{t('progress.disagreement')}</h3>
      <p>
        {t('progress.disagreement.dimensions', {
          then: formatInteger(d.misalignedDimensionsThen),
          now: formatInteger(d.misalignedDimensionsNow),
        })}{' '}
        {t('progress.disagreement.questions', {
          then: formatInteger(d.misalignedQuestionsThen),
          now: formatInteger(d.misalignedQuestionsNow),
        })}
      </p>
    </section>
  );
}

function ActionsSection({ p }: { p: RoundProgress }) {
  return (
    <section className="card" aria-labelledby="progress-actions-title">
      <h2 id="progress-actions-title">{t('progress.actions')}</h2>
      {p.actionsCompleted.length === 0 ? (
        <p className="muted">{t('progress.actions.none')}</p>
      ) : (
        <ul className="progress-actions">
          {p.actionsCompleted.map((a) => (
            <li key={a.id} data-action={a.id}>
              <span aria-hidden="true">✓ </span>
              {a.title}
              {a.dimension && <span className="muted small"> — {a.dimension}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OutsideInSection({ id, p }: { id: string; p: RoundProgress }) {
  const e = p.evidence;
  const o = p.overall.change;
  const rows = [
    {
      key: 'self',
      label: t('progress.outside.self'),
      then: formatScore(o.then),
      now: formatScore(o.now),
      change: formatScoreChange(o.delta),
    },
    {
      key: 'nps',
      label: t('progress.outside.nps'),
      then: formatNumber(e.npsThen, 1),
      now: formatNumber(e.npsNow, 1),
      change: formatNumberChange(e.npsChange),
    },
    {
      key: 'csat',
      label: t('progress.outside.csat'),
      then: formatNumber(e.csatThen, 1),
      now: formatNumber(e.csatNow, 1),
      change: formatNumberChange(e.csatChange),
    },
  ];
  return (
    <section className="card" aria-labelledby="progress-outside-title">
      <h2 id="progress-outside-title">{t('progress.outside')}</h2>
      <div className="table-wrap">
        <table className="table progress-table progress-table--outside">
          <caption className="caption">{t('progress.outside.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.outside.measure')}</th>
              <ChangeHeads numericChange />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-measure={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.then}</td>
                <td className="num">{r.now}</td>
                <td className="num">{r.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {e.npsNow === null && e.csatNow === null && (
        <p className="small">
          {t('progress.outside.emptyNow')}{' '}
          <a href={formatRoute({ screen: 'results', id })}>{t('progress.outside.recordLink')}</a>
        </p>
      )}
    </section>
  );
}

function QuestionsSection({ p }: { p: RoundProgress }) {
  const none = p.questionsAdded.length === 0 && p.questionsRemoved.length === 0;
  return (
    <section className="card" aria-labelledby="progress-questions-title">
      <h2 id="progress-questions-title">{t('progress.questions')}</h2>
      {none ? (
        <p className="muted">{t('progress.questions.none')}</p>
      ) : (
        <QuestionChanges
          added={p.questionsAdded}
          removed={p.questionsRemoved}
          addedTitle={t('progress.questions.added')}
          removedTitle={t('progress.questions.removed')}
        />
      )}
    </section>
  );
}

function TrendSection({ trend }: { trend: TrendView }) {
  const uid = useId();
  const rounds = trend.rounds.map((r, i) => ({ ...r, number: i + 1 }));
  return (
    <section className="card" aria-labelledby={`${uid}-trend`}>
      <h2 id={`${uid}-trend`}>{t('progress.trend')}</h2>
      <div className="table-wrap">
        <table className="table progress-table">
          <caption className="caption">{t('progress.trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.trend.round')}</th>
              <th scope="col">{t('progress.trend.started')}</th>
              <th scope="col" className="num">
                {t('progress.overall')}
              </th>
              <th scope="col">{t('progress.stage')}</th>
              <th scope="col" className="num">
                {t('progress.outside.nps')}
              </th>
              <th scope="col" className="num">
                {t('progress.outside.csat')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((r) => (
              <tr key={r.assessmentId}>
                <th scope="row">
                  {t('progress.trend.roundLabel', { number: formatInteger(r.number), title: r.title })}
                </th>
                <td className="nowrap">{formatDate(r.date)}</td>
                <td className="num">{formatScore(r.score)}</td>
                <td>{stageText(r.stage)}</td>
                <td className="num">{formatNumber(r.nps, 1)}</td>
                <td className="num">{formatNumber(r.csat, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="subhead">{t('progress.trend.dimensions')}</h3>
      <div className="table-wrap">
        <table className="table progress-table">
          <thead>
            <tr>
              <th scope="col">{t('progress.col.dimension')}</th>
              {rounds.map((r) => (
                <th key={r.assessmentId} scope="col" className="num">
                  {t('round.number', { number: formatInteger(r.number) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.dimensions.map((d, k) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                {rounds.map((r) => (
                  <td key={r.assessmentId} className="num">
                    {formatScore(r.dimensions[k] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
