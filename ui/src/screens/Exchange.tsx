// Export & import: the PDF report, the XLSX action register and
// self-assessment packs go out through native save dialogs (opened by the
// desktop side; this screen never names a path to write), and filled packs
// come back with a preview of the merge before anything is committed.
import { useEffect, useId, useRef, useState } from 'react';
import { call, errorMessage, type AssessmentView } from '../api';
import type { ExportKind } from '../bindings/ExportKind';
import type { ExportResult } from '../bindings/ExportResult';
import type { ExportTarget } from '../bindings/ExportTarget';
import type { ImportPreviewView } from '../bindings/ImportPreviewView';
import type { ImportReportView } from '../bindings/ImportReportView';
import type { PaperSize } from '../bindings/PaperSize';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ScreenTitle } from '../components/Layout';
import { ErrorPanel, Loading } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { formatInteger, t, tn } from '../i18n';
import { answerLabel, doneSummary, placeOf, previewSummary } from '../logic/exchange';
import { formatRoute, type Route } from '../logic/route';

type Card = 'pdf' | 'xlsx' | 'packs';

type ExportState =
  | { phase: 'idle' }
  | { phase: 'choosing'; card: Card; folder: boolean }
  | { phase: 'writing'; card: Card; name: string }
  | { phase: 'saved'; card: Card; result: ExportResult }
  | { phase: 'cancelled'; card: Card }
  | { phase: 'failed'; card: Card; message: string };

function cardOf(kind: ExportKind): Card {
  return kind.kind === 'pdf' ? 'pdf' : kind.kind === 'xlsx' ? 'xlsx' : 'packs';
}

export function Exchange({
  id,
  navigate,
  onLoaded,
}: {
  id: string;
  navigate: (r: Route) => void;
  onLoaded: (d: AssessmentView) => void;
}) {
  const { state, reload } = useAsync<AssessmentView>(async () => {
    const detail = await call('get_assessment', { assessmentId: id });
    onLoaded(detail);
    return detail;
  }, [id]);

  let body: React.ReactNode;
  if (state.status === 'loading') body = <Loading label={t('ex.loading')} />;
  else if (state.status === 'error') body = <ErrorPanel title={t('ex.error')} error={state.error} onRetry={reload} />;
  else
    body = (
      <>
        <Exports id={id} detail={state.data} />
        <Imports id={id} navigate={navigate} />
      </>
    );
  return (
    <section className="screen screen--exchange">
      <ScreenTitle sub={t('ex.lead')}>{t('ex.title')}</ScreenTitle>
      {body}
    </section>
  );
}

function Exports({ id, detail }: { id: string; detail: AssessmentView }) {
  const [st, setSt] = useState<ExportState>({ phase: 'idle' });
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [department, setDepartment] = useState(detail.departments[0]?.id ?? '');
  // Packs about to replace files already in the chosen folder: asked first.
  const [replacing, setReplacing] = useState<{ target: ExportTarget; kind: ExportKind } | null>(null);
  const busy = st.phase === 'choosing' || st.phase === 'writing' || replacing !== null;
  const paperName = useId();
  const deptId = useId();

  async function run(kind: ExportKind) {
    const card = cardOf(kind);
    setSt({ phase: 'choosing', card, folder: kind.kind === 'allPacks' });
    try {
      const target = await call('choose_export', { assessmentId: id, export: kind });
      if (!target) {
        setSt({ phase: 'cancelled', card });
        return;
      }
      if (target.replaces.length > 0) {
        setReplacing({ target, kind });
        return;
      }
      await write(kind, target, false);
    } catch (e) {
      setSt({ phase: 'failed', card, message: errorMessage(e) });
    }
  }

  async function write(kind: ExportKind, target: ExportTarget, replace: boolean) {
    const card = cardOf(kind);
    setSt({ phase: 'writing', card, name: target.name });
    try {
      const result = await call('run_export', { token: target.token, paper: kind.kind === 'pdf' ? paper : null, replace });
      setSt({ phase: 'saved', card, result });
    } catch (e) {
      setSt({ phase: 'failed', card, message: errorMessage(e) });
    }
  }

  const status = (card: Card) => <ExportStatus st={st.phase !== 'idle' && st.card === card ? st : null} />;
  const hasDepartments = detail.departments.length > 0;

  return (
    <section className="card exchange" aria-labelledby="export-title">
      <h2 id="export-title">{t('ex.export')}</h2>
      <div className="exchange__grid">
        <div className="exchange__item" aria-labelledby="pdf-title" role="group">
          <h3 id="pdf-title">{t('ex.pdf.title')}</h3>
          <p className="muted">{t('ex.pdf.body')}</p>
          <fieldset className="exchange__paper">
            <legend>{t('ex.pdf.paper')}</legend>
            {(['a4', 'letter'] as const).map((p) => (
              <label key={p} className="radio">
                <input type="radio" name={paperName} value={p} checked={paper === p} onChange={() => setPaper(p)} disabled={busy} />
                {t(p === 'a4' ? 'ex.pdf.a4' : 'ex.pdf.letter')}
              </label>
            ))}
          </fieldset>
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void run({ kind: 'pdf' })}>
            {t('ex.pdf.button')}
          </button>
          {status('pdf')}
        </div>

        <div className="exchange__item" aria-labelledby="xlsx-title" role="group">
          <h3 id="xlsx-title">{t('ex.xlsx.title')}</h3>
          <p className="muted">{t('ex.xlsx.body')}</p>
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void run({ kind: 'xlsx' })}>
            {t('ex.xlsx.button')}
          </button>
          {status('xlsx')}
        </div>

        <div className="exchange__item" aria-labelledby="packs-title" role="group">
          <h3 id="packs-title">{t('ex.packs.title')}</h3>
          <p className="muted">{t('ex.packs.body')}</p>
          {hasDepartments ? (
            <>
              <div className="field">
                <label htmlFor={deptId}>{t('ex.packs.department')}</label>
                <select id={deptId} className="input" value={department} onChange={(e) => setDepartment(e.target.value)} disabled={busy}>
                  {detail.departments.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="btn btn--primary"
                  disabled={busy || !department}
                  onClick={() => void run({ kind: 'pack', departmentId: department })}
                >
                  {t('ex.packs.one')}
                </button>
                <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void run({ kind: 'allPacks' })}>
                  {t('ex.packs.all')}
                </button>
              </div>
            </>
          ) : (
            <p>{t('ex.packs.none')}</p>
          )}
          {status('packs')}
        </div>
      </div>
      <ConfirmDialog
        open={replacing !== null}
        title={t('ex.packs.replaceTitle')}
        body={
          replacing
            ? tn('ex.packs.replaceBody', replacing.target.replaces.length, {
                folder: replacing.target.name,
                files: replacing.target.replaces.join(', '),
              })
            : ''
        }
        confirmLabel={t('ex.packs.replace')}
        onConfirm={() => {
          const r = replacing;
          setReplacing(null);
          if (r) void write(r.kind, r.target, true);
        }}
        onCancel={() => {
          setReplacing(null);
          setSt({ phase: 'cancelled', card: 'packs' });
        }}
      />
    </section>
  );
}

/** The progress and outcome of one export, announced politely. */
function ExportStatus({ st }: { st: Exclude<ExportState, { phase: 'idle' }> | null }) {
  const [openError, setOpenError] = useState<string | null>(null);
  const result = st?.phase === 'saved' ? st.result : null;
  useEffect(() => setOpenError(null), [result]);

  let content: React.ReactNode = null;
  if (st?.phase === 'choosing') content = <p className="exchange__progress">{t(st.folder ? 'ex.status.choosingFolder' : 'ex.status.choosing')}</p>;
  else if (st?.phase === 'writing')
    content = (
      <p className="exchange__progress">
        <span className="spinner" aria-hidden="true" />
        {st.card === 'pdf' ? t('ex.status.rendering') : t('ex.status.writing', { name: st.name })}
      </p>
    );
  else if (st?.phase === 'cancelled') content = <p className="muted">{t('ex.status.cancelled')}</p>;
  else if (st?.phase === 'failed') content = null;
  else if (st?.phase === 'saved') {
    const files = st.result.files;
    const first = files[0];
    content =
      st.card === 'packs' && files.length !== 1 ? (
        <div className="exchange__saved">
          <p>
            <span className="ok-mark" aria-hidden="true">✓</span>{' '}
            {tn('ex.status.packs', files.length, { folder: first?.folder ?? '' })}
          </p>
          <ul className="exchange__files">
            {files.map((f) => (
              <li key={f.path}>{t('ex.status.packFile', { file: f.fileName, department: f.department ?? '' })}</li>
            ))}
          </ul>
        </div>
      ) : first ? (
        <div className="exchange__saved">
          <p>
            <span className="ok-mark" aria-hidden="true">✓</span> <strong>{t('ex.status.saved', { name: first.fileName })}</strong>{' '}
            <span className="muted">{t('ex.status.folder', { folder: first.folder })}</span>
          </p>
          {st.result.warnings.map((w) => (
            <p key={w} className="muted">
              {t('ex.status.warning', { warning: w })}
            </p>
          ))}
          {st.card !== 'packs' && (
            <button
              type="button"
              className="btn btn--secondary btn--small"
              onClick={() => {
                setOpenError(null);
                call('open_export', { path: first.path }).catch((e: unknown) => setOpenError(errorMessage(e)));
              }}
            >
              {t('ex.open', { name: first.fileName })}
            </button>
          )}
          {openError && (
            <p className="field__error" role="alert">
              {t('ex.openFailed', { message: openError })}
            </p>
          )}
        </div>
      ) : null;
  }
  return (
    <>
      <div className="exchange__status" role="status" aria-live="polite">
        {content}
      </div>
      {st?.phase === 'failed' && (
        <p className="field__error" role="alert">
          {t('ex.status.failed', { message: st.message })}
        </p>
      )}
    </>
  );
}

type ImportState =
  | { phase: 'idle' }
  | { phase: 'choosing' }
  | { phase: 'preview'; preview: ImportPreviewView; committing: boolean; error: string | null }
  | { phase: 'done'; report: ImportReportView }
  | { phase: 'note'; text: string }
  | { phase: 'failed'; message: string };

function Imports({ id, navigate }: { id: string; navigate: (r: Route) => void }) {
  const [st, setSt] = useState<ImportState>({ phase: 'idle' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const busy = st.phase === 'choosing' || (st.phase === 'preview' && st.committing);

  useEffect(() => {
    if (st.phase === 'preview' && !st.committing && st.error === null) headingRef.current?.focus();
  }, [st]);

  async function pick() {
    setSt({ phase: 'choosing' });
    try {
      const preview = await call('preview_import', { assessmentId: id });
      setSt(preview ? { phase: 'preview', preview, committing: false, error: null } : { phase: 'note', text: t('ex.import.cancelledPick') });
    } catch (e) {
      setSt({ phase: 'failed', message: errorMessage(e) });
    }
  }

  async function commit(preview: ImportPreviewView) {
    setSt({ phase: 'preview', preview, committing: true, error: null });
    try {
      const report = await call('commit_import', { assessmentId: id, token: preview.token });
      setSt({ phase: 'done', report });
    } catch (e) {
      setSt({ phase: 'preview', preview, committing: false, error: errorMessage(e) });
    }
  }

  async function cancel(preview: ImportPreviewView) {
    if (preview.token) await call('cancel_import', { assessmentId: id, token: preview.token }).catch(() => undefined);
    setSt({ phase: 'note', text: t('ex.preview.cancelled') });
  }

  return (
    <section className="card exchange" aria-labelledby="import-title">
      <h2 id="import-title">{t('ex.import')}</h2>
      <p className="muted">{t('ex.import.body')}</p>
      <button type="button" className="btn btn--primary" disabled={busy || st.phase === 'preview'} onClick={() => void pick()}>
        {t('ex.import.button')}
      </button>
      <div className="exchange__status" role="status" aria-live="polite">
        {st.phase === 'choosing' && <p className="exchange__progress">{t('ex.import.choosing')}</p>}
        {st.phase === 'note' && <p className="muted">{st.text}</p>}
        {st.phase === 'done' && (
          <div className="exchange__saved">
            <p>
              <span className="ok-mark" aria-hidden="true">✓</span> <strong>{doneSummary(st.report)}</strong>
            </p>
            <a
              className="btn btn--secondary btn--small"
              href={formatRoute({ screen: 'results', id })}
              onClick={(e) => {
                e.preventDefault();
                navigate({ screen: 'results', id });
              }}
            >
              {t('ex.done.results')}
            </a>
          </div>
        )}
      </div>
      {st.phase === 'failed' && (
        <p className="field__error" role="alert">
          {t('ex.import.failed', { message: st.message })}
        </p>
      )}
      {st.phase === 'preview' && (
        <Preview
          preview={st.preview}
          committing={st.committing}
          error={st.error}
          headingRef={headingRef}
          onCommit={() => void commit(st.preview)}
          onCancel={() => void cancel(st.preview)}
        />
      )}
    </section>
  );
}

function Preview({
  preview,
  committing,
  error,
  headingRef,
  onCommit,
  onCancel,
}: {
  preview: ImportPreviewView;
  committing: boolean;
  error: string | null;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const r = preview.report;
  const conflicts = r.files.flatMap((f) => f.conflicts.map((c) => ({ ...c, file: f.fileName })));
  return (
    <div className="exchange__preview" aria-labelledby="preview-title" role="region">
      <h3 id="preview-title" ref={headingRef} tabIndex={-1}>
        {t('ex.preview.title')}
      </h3>
      {r.refused.length > 0 ? (
        <div className="panel panel--error" role="alert">
          <p className="panel__title">
            <span className="icon-badge icon-badge--error" aria-hidden="true">!</span> {tn('ex.preview.refused', r.refused.length)}
          </p>
        </div>
      ) : (
        <>
          <p>{previewSummary(r)}</p>
          <p className="muted">{t('ex.preview.checksum')}</p>
          {r.files
            .filter((f) => !f.exportRecorded)
            .map((f) => (
              <p key={f.fileName} className="muted">
                {t('ex.preview.notExported', { file: f.fileName })}
              </p>
            ))}
        </>
      )}

      {r.refused.length > 0 && (
        <>
          <h4>{t('ex.preview.refusedTitle')}</h4>
          <ul className="exchange__refused">
            {r.refused.map((f) => (
              <li key={f.fileName}>
                <strong>{f.fileName}</strong>
                <ul>
                  {f.problems.map((p, i) => (
                    <li key={i}>
                      {p.message}
                      {placeOf(p) && <span className="muted"> ({placeOf(p)})</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}

      {r.files.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="caption exchange__caption">{t('ex.preview.files')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ex.preview.col.file')}</th>
                <th scope="col">{t('ex.preview.col.department')}</th>
                <th scope="col" className="num">{t('ex.preview.col.added')}</th>
                <th scope="col" className="num">{t('ex.preview.col.updated')}</th>
                <th scope="col" className="num">{t('ex.preview.col.unchanged')}</th>
                <th scope="col" className="num">{t('ex.preview.col.conflicts')}</th>
              </tr>
            </thead>
            <tbody>
              {r.files.map((f) => (
                <tr key={f.fileName}>
                  <th scope="row">
                    {f.fileName}
                    {f.respondentsAdded.length > 0 && (
                      <div className="muted">{t('ex.preview.newRespondents', { names: f.respondentsAdded.join(', ') })}</div>
                    )}
                  </th>
                  <td>{f.department}</td>
                  <td className="num">{formatInteger(f.added)}</td>
                  <td className="num">{formatInteger(f.updated)}</td>
                  <td className="num">{formatInteger(f.unchanged)}</td>
                  <td className="num">{formatInteger(f.conflicts.length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {conflicts.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="caption exchange__caption">{t('ex.preview.conflictsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ex.preview.col.respondent')}</th>
                <th scope="col">{t('ex.preview.col.question')}</th>
                <th scope="col">{t('ex.preview.col.database')}</th>
                <th scope="col">{t('ex.preview.col.pack')}</th>
                <th scope="col">{t('ex.preview.col.kept')}</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((c) => (
                <tr key={`${c.file}/${c.respondent}/${c.questionId}`}>
                  <th scope="row">{c.respondent}</th>
                  <td>{c.question}</td>
                  <td className={c.kept === 'database' ? 'exchange__kept' : undefined}>
                    {answerLabel(c.database.value)}
                    {c.database.comment && <div className="muted">{c.database.comment}</div>}
                  </td>
                  <td className={c.kept === 'pack' ? 'exchange__kept' : undefined}>
                    {answerLabel(c.pack.value)}
                    {c.pack.comment && <div className="muted">{c.pack.comment}</div>}
                  </td>
                  <td>{t(c.kept === 'pack' ? 'ex.preview.kept.pack' : 'ex.preview.kept.database')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {error && (
        <p className="field__error" role="alert">
          {t('ex.preview.commitFailed', { message: error })}
        </p>
      )}
      <div className="actions">
        {preview.canCommit && (
          <button type="button" className="btn btn--primary" disabled={committing} onClick={onCommit}>
            {committing ? t('ex.preview.committing') : tn('ex.preview.commit', r.files.length)}
          </button>
        )}
        <button type="button" className="btn btn--secondary" disabled={committing} onClick={onCancel}>
          {preview.canCommit ? t('ex.preview.cancel') : t('ex.preview.close')}
        </button>
      </div>
    </div>
  );
}
