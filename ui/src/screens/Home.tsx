// Home: every assessment with its organisation, date, respondents,
// completion and overall level; create, open, delete (confirmed, then an
// undo window in which the core restores it) and the demo.
import { useState } from 'react';
import { call, errorMessage, type AssessmentSummary } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ScreenTitle } from '../components/Layout';
import { EmptyState, ErrorPanel, Loading, ProgressBar } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { formatDate, formatInteger, formatPercent, formatScore, t } from '../i18n';
import { openRoute } from '../logic/summary';
import { formatRoute, type Route } from '../logic/route';

/** How long the Undo of a delete stays offered. */
export const UNDO_MS = 10000;

function displayName(a: AssessmentSummary): string {
  return a.title ? `${a.organisation} — ${a.title}` : a.organisation;
}

export function Home({ navigate }: { navigate: (r: Route) => void }) {
  const { state, reload } = useAsync(() => call('list_assessments'), []);
  const [confirming, setConfirming] = useState<AssessmentSummary | null>(null);
  const [deleted, setDeleted] = useState<{ item: AssessmentSummary; timer: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [demoBusy, setDemoBusy] = useState(false);

  async function confirmDelete(item: AssessmentSummary) {
    setConfirming(null);
    setNotice(null);
    if (deleted) window.clearTimeout(deleted.timer);
    try {
      await call('delete_assessment', { assessmentId: item.id });
      const timer = window.setTimeout(() => setDeleted(null), UNDO_MS);
      setDeleted({ item, timer });
    } catch (e) {
      setNotice(t('home.deleteFailed', { message: errorMessage(e) || t('common.error') }));
    }
    reload();
  }

  async function undo() {
    if (!deleted) return;
    window.clearTimeout(deleted.timer);
    const { item } = deleted;
    setDeleted(null);
    try {
      await call('restore_assessment', { assessmentId: item.id });
    } catch (e) {
      setNotice(t('home.restoreFailed', { message: errorMessage(e) || t('common.error') }));
    }
    reload();
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

  const actions = (
    <div className="actions">
      <a className="btn btn--primary" href={formatRoute({ screen: 'new' })}>
        <span aria-hidden="true">+</span> {t('home.new')}
      </a>
      <button type="button" className="btn btn--secondary" onClick={() => void openDemo()} disabled={demoBusy}>
        {demoBusy ? t('home.demoBusy') : t('home.demo')}
      </button>
    </div>
  );

  let body: React.ReactNode;
  if (state.status === 'loading') body = <Loading label={t('home.loading')} />;
  else if (state.status === 'error') body = <ErrorPanel title={t('home.error')} error={state.error} onRetry={reload} />;
  else {
    const items = state.data;
    body =
      items.length === 0 ? (
        <EmptyState title={t('home.empty.title')} body={t('home.empty.body')} />
      ) : (
        <div className="table-wrap">
          <table className="table table--assessments">
            <caption className="visually-hidden">{t('home.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('home.col.organisation')}</th>
                <th scope="col">{t('home.col.created')}</th>
                <th scope="col" className="num">{t('home.col.respondents')}</th>
                <th scope="col">{t('home.col.completion')}</th>
                <th scope="col">{t('home.col.level')}</th>
                <th scope="col"><span className="visually-hidden">{t('home.col.actions')}</span></th>
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
                      <span className="muted block">{a.title}</span>
                    </th>
                    <td className="nowrap">{formatDate(a.createdAt)}</td>
                    <td className="num">{formatInteger(a.respondents)}</td>
                    <td>
                      {a.completion === null ? (
                        <span className="muted">{t('home.noRespondents')}</span>
                      ) : (
                        <div className="completion">
                          <ProgressBar value={a.answered} max={Math.max(a.expected, 1)} label={t('home.completion', { percent: formatPercent(a.completion) })} />
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
                        onClick={() => setConfirming(a)}
                      >
                        {t('home.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      );
  }

  return (
    <section className="screen screen--home">
      <div className="screen-head">
        <ScreenTitle sub={t('home.lead')}>{t('home.title')}</ScreenTitle>
        {actions}
      </div>
      <div role="status" aria-live="polite" className="toast-region">
        {deleted && (
          <div className="toast">
            <span>{t('home.deleted', { name: displayName(deleted.item) })}</span>
            <button type="button" className="btn btn--inverse btn--small" onClick={() => void undo()}>
              {t('home.undo')}
            </button>
          </div>
        )}
        {notice && <div className="toast toast--error">{notice}</div>}
      </div>
      {body}
      <ConfirmDialog
        open={confirming !== null}
        title={t('home.confirm.title')}
        body={confirming ? t('home.confirm.body', { name: displayName(confirming) }) : ''}
        confirmLabel={t('home.confirm.ok')}
        onConfirm={() => confirming && void confirmDelete(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
