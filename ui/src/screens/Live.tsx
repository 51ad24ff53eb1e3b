// Live: the assessment run as a live workshop. Before a session runs, the
// facilitator picks the network the phones are on (loopback last, "this
// computer only") and the pace, then starts. While it runs, the projector
// view: the QR code, the address and the six-digit code in large type, who
// joined; self-paced, each department's progress (never who answered what);
// paced, the room's question with its five anchors, "7 of 9 voted" while the
// vote is blind, the core's tally once revealed (by level, by department,
// spread and median; first vote beside the final after a re-vote), Next /
// Previous (buttons, → / ←, Page Down / Page Up) and a question picker.
// Below: the discussion agenda (the core's ranking by disagreement; its
// Discuss switches the room to paced on that question) and Stop. The shell tells the page of every change (`cxm:live-changed`); the
// page then asks for the status again. Every figure is the core's.
import { useCallback, useEffect, useId, useState } from 'react';
import {
  call,
  errorMessage,
  type AgendaItemView,
  type AssessmentView,
  type LiveSessionView,
  type LiveStatusView,
  type NetworkAddressView,
  type QuestionVotesView,
  type VoteTallyView,
} from '../api';
import { AsyncView } from '../components/AsyncView';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ScreenTitle } from '../components/Layout';
import { ProgressBar } from '../components/Status';
import { useLiveChanges } from '../hooks/liveChanges';
import { useOpenAssessment } from '../hooks/openAssessment';
import { both, useAsync, type AsyncState } from '../hooks/useAsync';
import { formatInteger, formatScore, t, tn } from '../i18n';
import {
  barPercent,
  groupedCode,
  isField,
  liveKeyAction,
  neighbour,
  questionsInOrder,
  svgDataUrl,
} from '../logic/live';
import { formatRoute } from '../logic/route';

/** Agenda items shown before "Show all". */
const AGENDA_FIRST = 8;

export function Live({ id }: { id: string }) {
  const assessment = useOpenAssessment();
  const session = useAsync(() => call('live_session'), [id]);
  const state = both(assessment.state, session.state);
  return (
    <section className="screen screen--live">
      <ScreenTitle>{t('live.title')}</ScreenTitle>
      <AsyncView
        state={state}
        loading={t('live.loading')}
        error={t('live.error')}
        onRetry={() => {
          assessment.reload();
          session.reload();
        }}
      >
        {([detail, running]) =>
          running === null ? (
            <StartForm id={id} onStarted={session.set} />
          ) : running.assessmentId !== id ? (
            <OtherSession running={running} onStopped={() => session.set(null)} />
          ) : (
            <Running detail={detail} session={running} onEnded={() => session.set(null)} />
          )
        }
      </AsyncView>
    </section>
  );
}

function StartForm({ id, onStarted }: { id: string; onStarted: (s: LiveSessionView) => void }) {
  const addresses = useAsync(() => call('live_network_addresses'), []);
  return (
    <AsyncView state={addresses.state} loading={t('live.loading')} error={t('live.error')} onRetry={addresses.reload}>
      {(list) => <StartChoices id={id} addresses={list} onStarted={onStarted} />}
    </AsyncView>
  );
}

function addressLabel(a: NetworkAddressView): string {
  return a.loopback ? `${a.ip} — ${t('live.start.loopback')}` : a.interface ? `${a.ip} — ${a.interface}` : a.ip;
}

function StartChoices({
  id,
  addresses,
  onStarted,
}: {
  id: string;
  addresses: NetworkAddressView[];
  onStarted: (s: LiveSessionView) => void;
}) {
  const uid = useId();
  const networks = addresses.filter((a) => !a.loopback);
  const [host, setHost] = useState(() => (networks[0] ?? addresses[0])?.ip ?? '');
  const [paced, setPaced] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setProblem(null);
    try {
      onStarted(await call('live_start', { assessmentId: id, host, paced }));
    } catch (e) {
      setProblem(t('live.start.failed', { message: errorMessage(e) }));
      setBusy(false);
    }
  }

  return (
    <form
      className="form live-start"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <p className="lead">{t('live.lead')}</p>
      <fieldset className="card">
        <legend>{t('live.start.address')}</legend>
        <p className="field__hint" id={`${uid}-address-hint`}>
          {t('live.start.addressHint')}
        </p>
        {networks.length === 0 && (
          <p className="live-start__none" role="note">
            {t('live.start.noNetwork')}
          </p>
        )}
        <div className="choice-list" role="radiogroup" aria-label={t('live.start.address')}>
          {addresses.map((a) => (
            <label key={a.ip} className="choice">
              <input
                type="radio"
                name="live-host"
                value={a.ip}
                checked={host === a.ip}
                onChange={() => setHost(a.ip)}
                aria-describedby={`${uid}-address-hint`}
              />
              <span>{addressLabel(a)}</span>
            </label>
          ))}
        </div>
        <p>
          <a href={`${formatRoute({ screen: 'help' })}`}>{t('live.start.helpLink')}</a>
        </p>
      </fieldset>
      <fieldset className="card">
        <legend>{t('live.start.pace')}</legend>
        <div className="choice-list" role="radiogroup" aria-label={t('live.start.pace')}>
          <label className="choice">
            <input type="radio" name="live-pace" checked={!paced} onChange={() => setPaced(false)} />
            <span>
              <strong>{t('live.start.selfPaced')}</strong>
              <span className="block muted">{t('live.start.selfPacedHint')}</span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="live-pace" checked={paced} onChange={() => setPaced(true)} />
            <span>
              <strong>{t('live.start.paced')}</strong>
              <span className="block muted">{t('live.start.pacedHint')}</span>
            </span>
          </label>
        </div>
      </fieldset>
      <p className="muted">{t('live.start.unencrypted')}</p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="btn btn--primary btn--large" disabled={busy || host === ''}>
          {busy ? t('live.start.starting') : t('live.start.submit')}
        </button>
      </div>
    </form>
  );
}

function OtherSession({ running, onStopped }: { running: LiveSessionView; onStopped: () => void }) {
  const [confirm, setConfirm] = useState(false);
  return (
    <div className="panel panel--empty">
      <h2 className="panel__title">{t('live.other.title')}</h2>
      <p>{t('live.other.body')}</p>
      <div className="actions">
        <a className="btn btn--primary" href={formatRoute({ screen: 'live', id: running.assessmentId })}>
          {t('live.other.open')}
        </a>
        <button type="button" className="btn btn--secondary" onClick={() => setConfirm(true)}>
          {t('live.stop')}
        </button>
      </div>
      <ConfirmDialog
        open={confirm}
        title={t('live.stop.title')}
        body={t('live.stop.body')}
        confirmLabel={t('live.stop.confirm')}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          void call('live_stop').then(onStopped);
        }}
      />
    </div>
  );
}

function Running({
  detail,
  session,
  onEnded,
}: {
  detail: AssessmentView;
  session: LiveSessionView;
  onEnded: () => void;
}) {
  const status = useAsync(() => call('live_status'), [session]);
  const agenda = useAsync(() => call('live_agenda', { assessmentId: session.assessmentId }), [session]);
  const { refresh: refreshStatus, set: setStatus } = status;
  const { refresh: refreshAgenda } = agenda;
  useLiveChanges(
    useCallback(() => {
      refreshStatus();
      refreshAgenda();
    }, [refreshStatus, refreshAgenda]),
  );
  const [stopping, setStopping] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const current = status.state.status === 'ready' ? status.state.data : null;
  // The session ended elsewhere (another window of the app cannot exist, but
  // the shell may have stopped it): back to the start form.
  const ended = status.state.status === 'ready' && status.state.data === null;
  useEffect(() => {
    if (ended) onEnded();
  }, [ended, onEnded]);

  const act = useCallback(
    async (move: () => Promise<LiveStatusView>) => {
      setProblem(null);
      try {
        setStatus(await move());
      } catch (e) {
        setProblem(t('live.actionFailed', { message: errorMessage(e) }));
      }
    },
    [setStatus],
  );

  async function stop() {
    setStopping(false);
    try {
      await call('live_stop');
      onEnded();
    } catch (e) {
      setProblem(t('live.actionFailed', { message: errorMessage(e) }));
    }
  }

  // The room's pace can change while the session runs: the status says which it is now.
  const paced = current?.paced ?? session.paced;

  async function setPaced(on: boolean) {
    await act(() => call('live_set_paced', { paced: on }));
  }

  async function discuss(questionId: string) {
    await act(async () => {
      if (!paced) await call('live_set_paced', { paced: true });
      return call('live_show_question', { questionId });
    });
    document.getElementById('live-room')?.scrollIntoView({ block: 'start' });
  }

  return (
    <div className="live">
      <div className="live__top">
        <JoinPanel
          session={session}
          paced={paced}
          participants={current?.participants ?? 0}
          onPaced={(on) => void setPaced(on)}
        />
        <div className="live__main">
          <AsyncView state={status.state} loading={t('live.loading')} error={t('live.error')} onRetry={status.reload}>
            {(s) =>
              s === null ? null : s.paced ? <Room detail={detail} status={s} act={act} /> : <Progress status={s} />
            }
          </AsyncView>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
        </div>
      </div>
      <Agenda state={agenda.state} onRetry={agenda.reload} paced={paced} onDiscuss={(q) => void discuss(q)} />
      <div className="actions live__stop">
        <button type="button" className="btn btn--danger" onClick={() => setStopping(true)}>
          {t('live.stop')}
        </button>
      </div>
      {/* Mounted only while asked, so its title id is the page's only one. */}
      {stopping && (
        <ConfirmDialog
          open
          title={t('live.stop.title')}
          body={t('live.stop.body')}
          confirmLabel={t('live.stop.confirm')}
          onCancel={() => setStopping(false)}
          onConfirm={() => void stop()}
        />
      )}
    </div>
  );
}

function JoinPanel({
  session,
  paced,
  participants,
  onPaced,
}: {
  session: LiveSessionView;
  paced: boolean;
  participants: number;
  onPaced: (on: boolean) => void;
}) {
  return (
    <section className="live-join card" aria-labelledby="live-join-title">
      <h2 id="live-join-title" className="visually-hidden">
        {t('live.join.title')}
      </h2>
      <img className="live-join__qr" src={svgDataUrl(session.qrSvg)} alt={t('live.join.qr')} />
      <p className="live-join__address">
        <span className="live-join__label">{t('live.join.address')}</span>
        <AddressText address={session.address} />
      </p>
      <p className="live-join__code">
        <span className="visually-hidden">
          {t('live.join.codeLabel', { code: session.joinCode.split('').join(' ') })}
        </span>
        <span className="live-join__label" aria-hidden="true">
          {t('live.join.code')}
        </span>
        <span className="live-join__digits" aria-hidden="true">
          {groupedCode(session.joinCode)}
        </span>
      </p>
      <p className="live-join__count" role="status">
        {tn('live.participants', participants, { count: formatInteger(participants) })}
      </p>
      <p className="live-join__mode">{paced ? t('live.mode.paced') : t('live.mode.selfPaced')}</p>
      <button type="button" className="btn btn--secondary btn--small" onClick={() => onPaced(!paced)}>
        {paced ? t('live.mode.toSelfPaced') : t('live.mode.toPaced')}
      </button>
    </section>
  );
}

/** `http://` and the host on lines of their own when the column is narrow, never a break inside the host. */
function AddressText({ address }: { address: string }) {
  const cut = address.indexOf('//') + 2;
  return (
    <span className="live-join__url">
      {address.slice(0, cut)}
      <wbr />
      <span className="live-join__host">{address.slice(cut)}</span>
    </span>
  );
}

function Progress({ status }: { status: LiveStatusView }) {
  return (
    <section className="live-progress card" aria-labelledby="live-progress-title">
      <h2 id="live-progress-title">{t('live.progress.title')}</h2>
      {status.participants === 0 ? (
        <p className="live-progress__none">{t('live.progress.none')}</p>
      ) : (
        <table className="table live-progress__table">
          <thead>
            <tr>
              <th scope="col">{t('live.progress.department')}</th>
              <th scope="col" className="num">
                {t('live.progress.joined')}
              </th>
              <th scope="col" className="num">
                {t('live.progress.finished')}
              </th>
              <th scope="col">{t('live.progress.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {status.departments.map((d) => {
              const total = d.joined * status.questions;
              const label = t('live.progress.answersOf', {
                answers: formatInteger(d.answers),
                total: formatInteger(total),
              });
              return (
                <tr key={d.departmentId}>
                  <th scope="row">{d.name}</th>
                  <td className="num">{formatInteger(d.joined)}</td>
                  <td className="num">{formatInteger(d.finished)}</td>
                  <td>
                    {d.joined === 0 ? (
                      <span className="muted">{t('live.progress.nobody')}</span>
                    ) : (
                      <div className="live-progress__answers">
                        <ProgressBar value={d.answers} max={total} label={`${d.name}: ${label}`} />
                        <span>{label}</span>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Room({
  detail,
  status,
  act,
}: {
  detail: AssessmentView;
  status: LiveStatusView;
  act: (move: () => Promise<LiveStatusView>) => Promise<void>;
}) {
  const uid = useId();
  const questions = questionsInOrder(detail.questionnaire);
  const ids = questions.map((q) => q.question.id);
  const shown = questions.find((q) => q.question.id === status.question) ?? null;
  const position = shown ? ids.indexOf(shown.question.id) + 1 : 0;
  const prev = neighbour(ids, status.question, -1);
  const next = neighbour(ids, status.question, 1);
  const show = useCallback((questionId: string | null) => act(() => call('live_show_question', { questionId })), [act]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const move = liveKeyAction(
        e.key,
        { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey, shift: e.shiftKey },
        isField(document.activeElement),
      );
      const to = move === 'next' ? next : move === 'prev' ? prev : null;
      if (to === null) return;
      e.preventDefault();
      void show(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, prev, show]);

  const dimensions = detail.questionnaire.dimensions;
  const levels = detail.questionnaire.levels;
  const votes = status.current;
  return (
    <section id="live-room" className="live-room card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} className="visually-hidden">
        {t('live.question.title')}
      </h2>
      <div className="live-room__nav">
        <button type="button" className="btn btn--secondary" disabled={prev === null} onClick={() => void show(prev)}>
          ← {t('live.question.prev')}
        </button>
        <div className="field live-room__picker">
          <label htmlFor={`${uid}-picker`}>{t('live.question.picker')}</label>
          <select
            id={`${uid}-picker`}
            className="input"
            value={status.question ?? ''}
            onChange={(e) => void show(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">{t('live.question.none')}</option>
            {dimensions.map((d) => (
              <optgroup key={d.id} label={d.title}>
                {d.questions.map((q) => (
                  <option key={q.id} value={q.id}>
                    {`${ids.indexOf(q.id) + 1}. ${q.prompt}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="button" className="btn btn--primary" disabled={next === null} onClick={() => void show(next)}>
          {t('live.question.next')} →
        </button>
      </div>
      {shown === null ? (
        <p className="live-room__waiting">{t('live.question.waiting')}</p>
      ) : (
        <>
          <p className="live-room__where">
            {t('live.question.position', { n: formatInteger(position), total: formatInteger(ids.length) })} ·{' '}
            {shown.dimension}
          </p>
          <p className="live-room__prompt">{shown.question.prompt}</p>
          <RoomActions status={status} votes={votes} act={act} />
          {votes && votes.tally ? (
            <Tally votes={votes} tally={votes.tally} levelNames={levels.map((l) => l.name)} />
          ) : (
            <ol className="live-anchors">
              {shown.question.anchors.map((a, i) => (
                <li key={i} className="live-anchors__item">
                  <span className="live-anchors__level">
                    {i + 1} {levels[i]?.name}
                  </span>
                  <span className="live-anchors__text">{a}</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <p className="muted live-room__keys">{t('live.question.keys')}</p>
    </section>
  );
}

function RoomActions({
  status,
  votes,
  act,
}: {
  status: LiveStatusView;
  votes: QuestionVotesView | null;
  act: (move: () => Promise<LiveStatusView>) => Promise<void>;
}) {
  const counted = votes
    ? t(status.phase === 'revote' ? 'live.revoted' : 'live.voted', {
        voted: formatInteger(votes.voted),
        of: formatInteger(votes.of),
      })
    : null;
  return (
    <div className="live-room__actions">
      {(status.phase === 'voting' || status.phase === 'revote') && (
        <>
          <p className="live-room__count" role="status">
            {counted}
          </p>
          <button
            type="button"
            className="btn btn--primary btn--large"
            onClick={() => void act(() => call('live_reveal'))}
          >
            {status.phase === 'revote' ? t('live.revealRevote') : t('live.reveal')}
          </button>
        </>
      )}
      {status.phase === 'revealed' && (
        <button
          type="button"
          className="btn btn--primary btn--large"
          onClick={() => void act(() => call('live_open_revote'))}
        >
          {t('live.openRevote')}
        </button>
      )}
    </div>
  );
}

function LevelBars({ caption, levels, names }: { caption: string; levels: number[]; names: string[] }) {
  const largest = Math.max(0, ...levels);
  return (
    <figure className="live-bars">
      <figcaption className="live-bars__caption">{caption}</figcaption>
      <ol className="live-bars__list">
        {levels.map((n, i) => (
          <li key={i} className="live-bars__row">
            <span className="live-bars__level">
              {i + 1} {names[i]}
            </span>
            <span className="live-bars__track" aria-hidden="true">
              <span className="live-bars__bar" style={{ width: `${barPercent(n, largest)}%` }} />
            </span>
            <span className="live-bars__count">{tn('live.tally.votes', n, { count: formatInteger(n) })}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

function Tally({ votes, tally, levelNames }: { votes: QuestionVotesView; tally: VoteTallyView; levelNames: string[] }) {
  const first = votes.first;
  const spread = (v: number | null) => (v === null ? t('common.noScore') : formatInteger(v));
  const median = (v: number | null) => (v === null ? t('common.noScore') : formatScore(v));
  return (
    <div className="live-tally" data-question={votes.questionId}>
      <div className={first ? 'live-tally__pair' : 'live-tally__one'}>
        {first && <LevelBars caption={t('live.tally.first')} levels={first.levels} names={levelNames} />}
        <LevelBars
          caption={first ? t('live.tally.final') : t('live.tally.title')}
          levels={tally.levels}
          names={levelNames}
        />
      </div>
      <dl className="live-tally__figures">
        <div>
          <dt>{t('live.tally.spread')}</dt>
          <dd>
            {first
              ? t('live.tally.change', { first: spread(first.spread), final: spread(tally.spread) })
              : spread(tally.spread)}
          </dd>
        </div>
        <div>
          <dt>{t('live.tally.median')}</dt>
          <dd>
            {first
              ? t('live.tally.change', { first: median(first.median), final: median(tally.median) })
              : median(tally.median)}
          </dd>
        </div>
      </dl>
      {(tally.notApplicable > 0 || tally.unknown > 0) && (
        <p className="live-tally__other">
          {[
            tally.notApplicable > 0 ? t('live.tally.na', { count: formatInteger(tally.notApplicable) }) : null,
            tally.unknown > 0 ? t('live.tally.unknown', { count: formatInteger(tally.unknown) }) : null,
          ]
            .filter((x) => x !== null)
            .join(' · ')}
        </p>
      )}
      {tally.byDepartment.length > 0 && (
        <table className="table live-tally__departments">
          <caption>{t('live.tally.byDepartment')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('live.tally.department')}</th>
              {levelNames.map((n, i) => (
                <th key={i} scope="col" className="num">
                  <abbr title={n}>{i + 1}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tally.byDepartment.map((d) => (
              <tr key={d.departmentId}>
                <th scope="row">{d.name}</th>
                {d.levels.map((n, i) => (
                  <td key={i} className="num">
                    {n === 0 ? '' : formatInteger(n)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Agenda({
  state,
  onRetry,
  paced,
  onDiscuss,
}: {
  state: AsyncState<AgendaItemView[]>;
  onRetry: () => void;
  paced: boolean;
  onDiscuss: (questionId: string) => void;
}) {
  const [all, setAll] = useState(false);
  return (
    <section className="live-agenda card" aria-labelledby="live-agenda-title">
      <h2 id="live-agenda-title">{t('live.agenda.title')}</h2>
      <p className="muted">{t('live.agenda.lead')}</p>
      <AsyncView state={state} loading={t('live.loading')} error={t('live.error')} onRetry={onRetry}>
        {(items) => {
          const withSpread = items.filter((i) => i.spread !== null);
          if (withSpread.length === 0) return <p>{t('live.agenda.empty')}</p>;
          const shown = all ? items : withSpread.slice(0, AGENDA_FIRST);
          return (
            <>
              <ol className="live-agenda__list">
                {shown.map((item) => (
                  <li key={item.questionId} className="live-agenda__item">
                    <div className="live-agenda__row">
                      <span className="live-agenda__text">
                        <span className="live-agenda__prompt">{item.prompt}</span>
                        <span className="muted">
                          {item.dimensionTitle} ·{' '}
                          {item.spread === null
                            ? t('live.agenda.noSpread')
                            : t('live.agenda.spread', { spread: formatScore(item.spread) })}
                        </span>
                      </span>
                      <button
                        type="button"
                        className="btn btn--secondary btn--small"
                        aria-label={t(paced ? 'live.agenda.showLabel' : 'live.agenda.discussLabel', {
                          prompt: item.prompt,
                        })}
                        onClick={() => onDiscuss(item.questionId)}
                      >
                        {paced ? t('live.agenda.show') : t('live.agenda.discuss')}
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
              {items.length > AGENDA_FIRST && (
                <button type="button" className="btn btn--secondary btn--small" onClick={() => setAll(!all)}>
                  {all
                    ? t('live.agenda.less', { count: formatInteger(AGENDA_FIRST) })
                    : t('live.agenda.more', { count: formatInteger(items.length) })}
                </button>
              )}
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
