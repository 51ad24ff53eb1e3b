// Home: every assessment with its organisation, date, respondents,
// completion and overall level, and its round (what it follows, or the
// round that follows it); create, open, delete (confirmed, then an
// undo window in which the core restores it), the demo, and "Start the next
// round…" on the latest round of a chain. Self-assessments
// opened from packs (a department head's) are listed apart, above, with
// "Open a self-assessment pack…"; they are deleted (and undone) the same way.
// Once the Undo offer is gone (logic/undoOffer.ts) the deletion is made
// final: `purge_assessment` leaves nothing of it on this computer.
import { useEffect, useRef, useState } from 'react';
import { call, errorMessage, type AssessmentSummary, type PackOpened, type PackSessionSummary } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { isWrongPassphrase, PackPassphrasePrompt } from '../components/PackPassphrase';
import { ScreenTitle } from '../components/Layout';
import { AsyncView } from '../components/AsyncView';
import { DataCopy } from '../components/DataCopy';
import { NextRoundDialog } from '../components/NextRoundDialog';
import { ProgressBar } from '../components/Status';
import { useAsync } from '../hooks/useAsync';
import { formatDate, formatInteger, formatPercent, formatScore, t } from '../i18n';
import { Toast, ToastRegion } from '../components/Toast';
import { openRoute } from '../logic/home';
import { needsSaving, rememberOpened } from '../logic/packSession';
import { formatRoute, type Route } from '../logic/route';
import { rememberStarted, roundLine } from '../logic/rounds';
import { UNDO_MS, UndoOffer } from '../logic/undoOffer';

function displayName(a: AssessmentSummary): string {
  return a.title ? `${a.organisation} — ${a.title}` : a.organisation;
}

export function Home({ navigate }: { navigate: (r: Route) => void }) {
  const { state, reload } = useAsync(() => call('list_assessments'), []);
  const packs = useAsync(() => call('list_pack_sessions'), []);
  const [packBusy, setPackBusy] = useState(false);
  // An encrypted pack picked to open, waiting for its passphrase.
  const [sealed, setSealed] = useState<{ token: string; file: string; problem: string | null } | null>(null);
  // What is being deleted: an assessment, or a self-assessment opened from a
  // pack (an assessment too, listed apart), with the name it is shown by.
  const [confirming, setConfirming] = useState<Deletable | null>(null);
  const [deleted, setDeleted] = useState<Deletable | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [demoBusy, setDemoBusy] = useState(false);
  // The round whose next round is being started.
  const [nextOf, setNextOf] = useState<string | null>(null);

  const undoOffer = useRef<UndoOffer<Deletable> | null>(null);
  undoOffer.current ??= new UndoOffer<Deletable>({ ms: UNDO_MS, purge: (id) => void purge(id), onChange: setDeleted });
  // Leaving Home ends the offer: the deletion becomes final.
  useEffect(() => () => undoOffer.current?.end(), []);

  function reloadBoth() {
    reload();
    packs.reload();
  }

  async function purge(id: string) {
    try {
      await call('purge_assessment', { assessmentId: id });
    } catch (e) {
      setNotice(t('home.purgeFailed', { message: errorMessage(e) || t('common.error') }));
    }
  }

  async function confirmDelete(item: Deletable) {
    setConfirming(null);
    setNotice(null);
    // Another deletion replaces the offer: the earlier one becomes final.
    undoOffer.current?.end();
    try {
      await call('delete_assessment', { assessmentId: item.id });
      undoOffer.current?.offer(item);
    } catch (e) {
      setNotice(t('home.deleteFailed', { message: errorMessage(e) || t('common.error') }));
    }
    reloadBoth();
  }

  async function undo() {
    const item = undoOffer.current?.undo();
    if (!item) return;
    try {
      await call('restore_assessment', { assessmentId: item.id });
    } catch (e) {
      setNotice(t('home.restoreFailed', { message: errorMessage(e) || t('common.error') }));
    }
    reloadBoth();
  }

  async function openDemo() {
    setDemoBusy(true);
    try {
      const demo = await call('create_demo');
      navigate({ screen: 'results', id: demo.id });
    } catch (e) {
      setNotice(errorMessage(e) || t('common.error'));
      setDemoBusy(false);
    }
  }

  async function openPack() {
    setPackBusy(true);
    setNotice(null);
    try {
      const opening = await call('open_pack');
      if (opening === null) {
        setPackBusy(false);
      } else if (opening.status === 'needsPassphrase') {
        setSealed({ token: opening.token, file: opening.file, problem: null });
        setPackBusy(false);
      } else {
        showOpened(opening.opened);
      }
    } catch (e) {
      setNotice(t('pack.openFailed', { message: errorMessage(e) || t('common.error') }));
      setPackBusy(false);
    }
  }

  async function openSealed(token: string, file: string, passphrase: string) {
    setPackBusy(true);
    setSealed({ token, file, problem: null });
    try {
      showOpened(await call('open_sealed_pack', { token, passphrase }));
    } catch (e) {
      setPackBusy(false);
      if (isWrongPassphrase(e)) {
        setSealed({ token, file, problem: t('packEnc.wrong') });
      } else {
        setSealed(null);
        setNotice(t('pack.openFailed', { message: errorMessage(e) || t('common.error') }));
      }
    }
  }

  function showOpened(opened: PackOpened) {
    rememberOpened(opened);
    navigate({ screen: 'pack', id: opened.session.assessmentId });
  }

  const sessions = packs.state.status === 'ready' ? packs.state.data : [];
  const onlyPacks = sessions.length > 0 && state.status === 'ready' && state.data.length === 0;

  const actions = (
    <div className="actions">
      <button
        type="button"
        className={`btn ${onlyPacks ? 'btn--primary' : 'btn--secondary'}`}
        onClick={() => void openPack()}
        disabled={packBusy || sealed !== null}
      >
        {packBusy ? t('pack.opening') : t('pack.open')}
      </button>
      <a className={`btn ${onlyPacks ? 'btn--secondary' : 'btn--primary'}`} href={formatRoute({ screen: 'new' })}>
        <span aria-hidden="true">+</span> {t('home.new')}
      </a>
      <button type="button" className="btn btn--secondary" onClick={() => void openDemo()} disabled={demoBusy}>
        {demoBusy ? t('home.demoBusy') : t('home.demo')}
      </button>
    </div>
  );

  const body = (
    <AsyncView
      state={state}
      loading={t('home.loading')}
      error={t('home.error')}
      onRetry={reload}
      empty={{
        when: (items) => items.length === 0 && sessions.length === 0,
        title: t('home.empty.title'),
        body: t('home.empty.body'),
      }}
    >
      {(items) =>
        // A head with only packs sees them alone, without an empty table.
        items.length > 0 && (
          <AssessmentTable
            items={items}
            onDelete={(a) => setConfirming({ id: a.id, name: displayName(a), pack: false })}
            onNextRound={(a) => setNextOf(a.id)}
          />
        )
      }
    </AsyncView>
  );

  return (
    <section className="screen screen--home">
      <div className="screen-head">
        <ScreenTitle sub={t('home.lead')}>{t('home.title')}</ScreenTitle>
        {actions}
      </div>
      {sealed && (
        <PackPassphrasePrompt
          lead={t('packEnc.open', { file: sealed.file })}
          submit={t('packEnc.openSubmit')}
          problem={sealed.problem}
          busy={packBusy}
          onSubmit={(passphrase) => void openSealed(sealed.token, sealed.file, passphrase)}
          onCancel={() => setSealed(null)}
        />
      )}
      <ToastRegion>
        {deleted && (
          <Toast
            message={t('home.deleted', { name: deleted.name })}
            action={{ label: t('home.undo'), onClick: () => void undo() }}
            onClose={() => undoOffer.current?.end()}
          />
        )}
        {notice && <Toast tone="error" message={notice} onClose={() => setNotice(null)} />}
      </ToastRegion>
      {sessions.length > 0 && (
        <PackSessions
          sessions={sessions}
          onDelete={(p) =>
            setConfirming({
              id: p.assessmentId,
              name: t('pack.list.item', { department: p.department, organisation: p.organisation }),
              pack: true,
            })
          }
        />
      )}
      {body}
      {state.status === 'ready' && state.data.length > 0 && <DataCopy className="home__data-copy" />}
      <ConfirmDialog
        open={confirming !== null}
        title={t(confirming?.pack ? 'pack.confirm.title' : 'home.confirm.title')}
        body={
          confirming ? t(confirming.pack ? 'pack.confirm.body' : 'home.confirm.body', { name: confirming.name }) : ''
        }
        confirmLabel={t(confirming?.pack ? 'pack.confirm.ok' : 'home.confirm.ok')}
        onConfirm={() => confirming && void confirmDelete(confirming)}
        onCancel={() => setConfirming(null)}
      />
      <NextRoundDialog
        assessmentId={nextOf}
        onCancel={() => setNextOf(null)}
        onStarted={(started) => {
          rememberStarted(started);
          setNextOf(null);
          navigate({ screen: 'respondents', id: started.assessment.id });
        }}
      />
    </section>
  );
}

/** The consultant's assessments, with open, delete and the next round. */
function AssessmentTable({
  items,
  onDelete,
  onNextRound,
}: {
  items: AssessmentSummary[];
  onDelete: (a: AssessmentSummary) => void;
  onNextRound: (a: AssessmentSummary) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="table table--assessments">
        <caption className="visually-hidden">{t('home.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('home.col.organisation')}</th>
            <th scope="col">{t('home.col.created')}</th>
            <th scope="col" className="num">
              {t('home.col.respondents')}
            </th>
            <th scope="col">{t('home.col.completion')}</th>
            <th scope="col">{t('home.col.level')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('home.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => {
            return (
              <tr key={a.id}>
                <th scope="row">
                  <a className="row-link" href={formatRoute(openRoute(a))}>
                    {a.organisation}
                  </a>
                  {a.anonymous && <span className="badge">{t('privacy.badge')}</span>}
                  <span className="muted block">{a.title}</span>
                  {(a.round.previous !== null || a.round.next !== null || a.round.number > 1) && (
                    <span className="block small home__round">
                      {roundLine(a.round)}
                      {a.round.next && (
                        <>
                          {' · '}
                          {t('round.followedBy', {
                            number: formatInteger(a.round.next.number),
                            title: a.round.next.title,
                          })}
                        </>
                      )}
                    </span>
                  )}
                </th>
                <td className="nowrap">{formatDate(a.createdAt)}</td>
                <td className="num">{formatInteger(a.respondents)}</td>
                <td>
                  {a.completion === null ? (
                    <span className="muted">{t('home.noRespondents')}</span>
                  ) : (
                    <div className="completion">
                      <ProgressBar
                        value={a.answered}
                        max={Math.max(a.expected, 1)}
                        label={t('home.completion', { percent: formatPercent(a.completion) })}
                      />
                      <span>{formatPercent(a.completion)}</span>
                    </div>
                  )}
                </td>
                <td>
                  {a.overallLevel !== null && a.overallLevelName !== null ? (
                    <span className="level-pill">
                      <span className={`level-dot level-${a.overallLevel}`} aria-hidden="true">
                        {a.overallLevel}
                      </span>
                      {t('home.level', { name: a.overallLevelName, score: formatScore(a.overallScore) })}
                    </span>
                  ) : (
                    <span className="muted">{t('home.notScored')}</span>
                  )}
                </td>
                <td className="row-actions">
                  <div className="home__actions">
                    <div className="home__actions-row">
                      <a
                        className="btn btn--secondary btn--small"
                        href={formatRoute(openRoute(a))}
                        aria-label={t('home.openLabel', { name: displayName(a) })}
                      >
                        {t('home.open')}
                      </a>
                      <button
                        type="button"
                        className="btn btn--ghost-danger btn--small"
                        aria-label={t('home.deleteLabel', { name: displayName(a) })}
                        onClick={() => onDelete(a)}
                      >
                        {t('home.delete')}
                      </button>
                    </div>
                    {a.round.next === null && (
                      <button
                        type="button"
                        className="btn btn--secondary btn--small home__next-round"
                        aria-label={t('round.startLabel', { name: displayName(a) })}
                        onClick={() => onNextRound(a)}
                      >
                        {t('round.start')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Something Home can delete (and undo): an assessment or a pack session. */
type Deletable = { id: string; name: string; pack: boolean };

/** The self-assessments opened from packs: "Self-assessment for <department> of <organisation>, from <file>, N of M answered". */
function PackSessions({
  sessions,
  onDelete,
}: {
  sessions: PackSessionSummary[];
  onDelete: (p: PackSessionSummary) => void;
}) {
  return (
    <section className="card pack-list" aria-labelledby="pack-list-h">
      <h2 id="pack-list-h">{t('pack.list')}</h2>
      <p className="muted">{t('pack.list.lead')}</p>
      <ul className="pack-list__items">
        {sessions.map((p) => {
          const progress = t('pack.list.progress', {
            answered: formatInteger(p.answered),
            expected: formatInteger(p.expected),
          });
          return (
            <li key={p.assessmentId} className="pack-list__item">
              <div className="pack-list__text">
                <a className="row-link" href={formatRoute({ screen: 'pack', id: p.assessmentId })}>
                  {t('pack.list.item', { department: p.department, organisation: p.organisation })}
                </a>
                <span className="muted block small">
                  {t('pack.list.from', { file: p.sourceFile })}
                  {' · '}
                  {needsSaving(p) || p.savedAt === null
                    ? t('pack.list.unsaved')
                    : t('pack.list.saved', { date: formatDate(p.savedAt) })}
                </span>
              </div>
              <div className="completion">
                <ProgressBar value={p.answered} max={Math.max(p.expected, 1)} label={progress} />
                <span className="nowrap">{progress}</span>
              </div>
              <a
                className="btn btn--primary btn--small"
                href={formatRoute({ screen: 'pack', id: p.assessmentId })}
                aria-label={t('pack.list.openLabel', { department: p.department, organisation: p.organisation })}
              >
                {t('pack.list.continue')}
              </a>
              <button
                type="button"
                className="btn btn--ghost-danger btn--small"
                aria-label={t('pack.list.deleteLabel', { department: p.department, organisation: p.organisation })}
                onClick={() => onDelete(p)}
              >
                {t('home.delete')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
