// Export & import: the report (PDF, or Word to edit), the XLSX action register and
// self-assessment packs go out through native save dialogs (opened by the
// desktop side; this screen never names a path to write), and filled packs
// come back with a preview of the merge before anything is committed, in
// which the consultant decides each conflict (components/ImportConflicts).
import { useEffect, useId, useRef, useState } from 'react';
import {
  call,
  errorMessage,
  type AssessmentView,
  type ExportKind,
  type ExportResult,
  type ExportTarget,
  type ImportPreviewView,
  type ImportReportView,
  type Kept,
  type PaperSize,
} from '../api';
import { AsyncView } from '../components/AsyncView';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ImportConflicts } from '../components/ImportConflicts';
import {
  NO_PACK_ENCRYPTION,
  PackEncryption,
  PackPassphrasePrompt,
  packPassphrase,
  type PackEncryptionState,
} from '../components/PackPassphrase';
import { ScreenTitle } from '../components/Layout';
import { useOpenAssessment } from '../hooks/openAssessment';
import { formatInteger, t, tn } from '../i18n';
import {
  allChoices,
  choicesToSend,
  conflictRows,
  doneSummary,
  placeOf,
  previewSummary,
  ruleChoices,
  type Choices,
  type ConflictRow,
} from '../logic/importPreview';
import { formatRoute, type Route } from '../logic/route';

type Card = 'pdf' | 'docx' | 'xlsx' | 'packs';

type ExportState =
  | { phase: 'idle' }
  | { phase: 'choosing'; card: Card; folder: boolean }
  | { phase: 'writing'; card: Card; name: string }
  | { phase: 'saved'; card: Card; result: ExportResult }
  | { phase: 'cancelled'; card: Card }
  | { phase: 'failed'; card: Card; message: string };

function cardOf(kind: ExportKind): Card {
  return kind.kind === 'pdf' || kind.kind === 'docx' || kind.kind === 'xlsx' ? kind.kind : 'packs';
}

export function ExportImport({ id, navigate }: { id: string; navigate: (r: Route) => void }) {
  const { state, reload } = useOpenAssessment();
  return (
    <section className="screen screen--export-import">
      <ScreenTitle sub={t('exportImport.lead')}>{t('exportImport.title')}</ScreenTitle>
      <AsyncView state={state} loading={t('exportImport.loading')} error={t('exportImport.error')} onRetry={reload}>
        {(detail) => (
          <>
            <Exports id={id} detail={detail} />
            <Imports id={id} navigate={navigate} />
          </>
        )}
      </AsyncView>
    </section>
  );
}

function Exports({ id, detail }: { id: string; detail: AssessmentView }) {
  // Each card keeps its own last outcome: a PDF's "Saved / Open" stays when
  // the workbook is exported after it.
  const [states, setStates] = useState<Partial<Record<Card, Exclude<ExportState, { phase: 'idle' }>>>>({});
  const setSt = (s: Exclude<ExportState, { phase: 'idle' }>) => setStates((m) => ({ ...m, [s.card]: s }));
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [department, setDepartment] = useState(detail.departments[0]?.id ?? '');
  const [encryption, setEncryption] = useState<PackEncryptionState>(NO_PACK_ENCRYPTION);
  const [encryptionProblem, setEncryptionProblem] = useState<string | null>(null);
  // Packs about to replace files already in the chosen folder: asked first.
  const [replacing, setReplacing] = useState<{ target: ExportTarget; kind: ExportKind } | null>(null);
  const busy = Object.values(states).some((s) => s.phase === 'choosing' || s.phase === 'writing') || replacing !== null;
  const paperName = useId();
  const deptId = useId();

  async function run(kind: ExportKind) {
    const card = cardOf(kind);
    // The passphrase fields are checked before the dialog opens.
    if (card === 'packs') {
      const chosen = packPassphrase(encryption);
      setEncryptionProblem('problem' in chosen ? chosen.problem : null);
      if ('problem' in chosen) return;
    }
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
      const chosen = card === 'packs' ? packPassphrase(encryption) : null;
      const result = await call('run_export', {
        token: target.token,
        paper: kind.kind === 'pdf' || kind.kind === 'docx' ? paper : null,
        replace,
        packPassphrase: chosen && 'passphrase' in chosen ? chosen.passphrase : null,
      });
      setSt({ phase: 'saved', card, result });
    } catch (e) {
      setSt({ phase: 'failed', card, message: errorMessage(e) });
    }
  }

  const status = (card: Card) => (
    <ExportStatus st={states[card] ?? null} encrypted={card === 'packs' && encryption.on} />
  );
  const hasDepartments = detail.departments.length > 0;

  return (
    <section className="card export-import" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      {detail.anonymity.anonymous && (
        <p className="export-import__anonymous" data-testid="exports-anonymous">
          {t('privacy.exports', { k: detail.anonymity.threshold })}
        </p>
      )}
      <div className="export-import__grid">
        <div className="export-import__item" aria-labelledby="pdf-title" role="group">
          <h3 id="pdf-title">{t('export.pdf.title')}</h3>
          <p className="muted">{t('export.pdf.body')}</p>
          <fieldset className="export-import__paper">
            <legend>{t('export.pdf.paper')}</legend>
            {(['a4', 'letter'] as const).map((p) => (
              <label key={p} className="radio">
                <input
                  type="radio"
                  name={paperName}
                  value={p}
                  checked={paper === p}
                  onChange={() => setPaper(p)}
                  disabled={busy}
                />
                {t(p === 'a4' ? 'export.pdf.a4' : 'export.pdf.letter')}
              </label>
            ))}
          </fieldset>
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void run({ kind: 'pdf' })}>
            {t('export.pdf.button')}
          </button>
          {status('pdf')}
        </div>

        <div className="export-import__item" aria-labelledby="docx-title" role="group">
          <h3 id="docx-title">{t('export.docx.title')}</h3>
          <p className="muted">{t('export.docx.body')}</p>
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void run({ kind: 'docx' })}>
            {t('export.docx.button')}
          </button>
          {status('docx')}
        </div>

        <div className="export-import__item" aria-labelledby="xlsx-title" role="group">
          <h3 id="xlsx-title">{t('export.xlsx.title')}</h3>
          <p className="muted">{t('export.xlsx.body')}</p>
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void run({ kind: 'xlsx' })}>
            {t('export.xlsx.button')}
          </button>
          {status('xlsx')}
        </div>

        <div className="export-import__item" aria-labelledby="packs-title" role="group">
          <h3 id="packs-title">{t('export.packs.title')}</h3>
          <p className="muted">{t('export.packs.body')}</p>
          {hasDepartments ? (
            <>
              <div className="field">
                <label htmlFor={deptId}>{t('export.packs.department')}</label>
                <select
                  id={deptId}
                  className="input"
                  value={department}
                  onChange={(e) => setDepartment(e.target.value)}
                  disabled={busy}
                >
                  {detail.departments.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              </div>
              <PackEncryption
                value={encryption}
                problem={encryptionProblem}
                disabled={busy}
                onChange={(next) => {
                  setEncryption(next);
                  setEncryptionProblem(null);
                }}
              />
              <div className="actions">
                <button
                  type="button"
                  className="btn btn--primary"
                  disabled={busy || !department}
                  onClick={() => void run({ kind: 'pack', departmentId: department })}
                >
                  {t('export.packs.one')}
                </button>
                <button
                  type="button"
                  className="btn btn--secondary"
                  disabled={busy}
                  onClick={() => void run({ kind: 'allPacks' })}
                >
                  {t('export.packs.all')}
                </button>
              </div>
            </>
          ) : (
            <p>{t('export.packs.none')}</p>
          )}
          {status('packs')}
        </div>
      </div>
      <ConfirmDialog
        open={replacing !== null}
        title={t('export.packs.replaceTitle')}
        body={
          replacing
            ? tn('export.packs.replaceBody', replacing.target.replaces.length, {
                folder: replacing.target.name,
                files: replacing.target.replaces.join(', '),
              })
            : ''
        }
        confirmLabel={t('export.packs.replace')}
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
function ExportStatus({ st, encrypted }: { st: Exclude<ExportState, { phase: 'idle' }> | null; encrypted: boolean }) {
  const [openError, setOpenError] = useState<string | null>(null);
  const result = st?.phase === 'saved' ? st.result : null;
  useEffect(() => setOpenError(null), [result]);

  let content: React.ReactNode = null;
  if (st?.phase === 'choosing')
    content = (
      <p className="export-import__progress">
        {t(st.folder ? 'export.status.choosingFolder' : 'export.status.choosing')}
      </p>
    );
  else if (st?.phase === 'writing')
    content = (
      <p className="export-import__progress">
        <span className="spinner" aria-hidden="true" />
        {st.card === 'pdf' || st.card === 'docx'
          ? t('export.status.rendering')
          : t('export.status.writing', { name: st.name })}
      </p>
    );
  else if (st?.phase === 'cancelled') content = <p className="muted">{t('export.status.cancelled')}</p>;
  else if (st?.phase === 'failed') content = null;
  else if (st?.phase === 'saved') {
    const files = st.result.files;
    const first = files[0];
    const sealed = encrypted && <p className="muted">{t('packEnc.sent')}</p>;
    content =
      st.card === 'packs' && files.length !== 1 ? (
        <div className="export-import__saved">
          <p>
            <span className="ok-mark" aria-hidden="true">
              ✓
            </span>{' '}
            {tn('export.status.packs', files.length, { folder: first?.folder ?? '' })}
          </p>
          <ul className="export-import__files">
            {files.map((f) => (
              <li key={f.path}>{t('export.status.packFile', { file: f.fileName, department: f.department ?? '' })}</li>
            ))}
          </ul>
          {sealed}
        </div>
      ) : first ? (
        <div className="export-import__saved">
          <p>
            <span className="ok-mark" aria-hidden="true">
              ✓
            </span>{' '}
            <strong>{t('export.status.saved', { name: first.fileName })}</strong>{' '}
            <span className="muted">{t('export.status.folder', { folder: first.folder })}</span>
          </p>
          {st.card === 'packs' && sealed}
          {st.result.warnings.map((w) => (
            <p key={w} className="muted">
              {t('export.status.warning', { warning: w })}
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
              {t('export.open', { name: first.fileName })}
            </button>
          )}
          {openError && (
            <p className="field__error" role="alert">
              {t('export.openFailed', { message: openError })}
            </p>
          )}
        </div>
      ) : null;
  }
  return (
    <>
      <div className="export-import__status" role="status" aria-live="polite">
        {content}
      </div>
      {st?.phase === 'failed' && (
        <p className="field__error" role="alert">
          {t('export.status.failed', { message: st.message })}
        </p>
      )}
    </>
  );
}

type ImportState =
  | { phase: 'idle' }
  | { phase: 'choosing' }
  | { phase: 'preview'; preview: ImportPreviewView; choices: Choices; committing: boolean; error: string | null }
  | { phase: 'done'; report: ImportReportView }
  | { phase: 'note'; text: string }
  | { phase: 'failed'; message: string };

/** Encrypted packs of a preview, waiting for their passphrase. */
type SealedImport = { token: string; busy: boolean };

function Imports({ id, navigate }: { id: string; navigate: (r: Route) => void }) {
  const [st, setSt] = useState<ImportState>({ phase: 'idle' });
  const [sealed, setSealed] = useState<SealedImport | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const busy = st.phase === 'choosing' || (st.phase === 'preview' && st.committing);

  // Focus the preview when it appears (and after a failed commit is
  // cleared), not on every choice made in it.
  const previewShown = st.phase === 'preview' ? st.preview : null;
  const previewReady = st.phase === 'preview' && !st.committing && st.error === null;
  useEffect(() => {
    if (previewShown && previewReady) headingRef.current?.focus();
  }, [previewShown, previewReady]);

  async function pick() {
    setSt({ phase: 'choosing' });
    setSealed(null);
    try {
      const preview = await call('preview_import', { assessmentId: id });
      if (preview) show(preview);
      else setSt({ phase: 'note', text: t('import.cancelledPick') });
    } catch (e) {
      setSt({ phase: 'failed', message: errorMessage(e) });
    }
  }

  async function readSealed(token: string, passphrase: string) {
    setSealed({ token, busy: true });
    try {
      show(await call('preview_sealed_import', { assessmentId: id, token, passphrase }));
    } catch (e) {
      setSealed(null);
      setSt({ phase: 'failed', message: errorMessage(e) });
    }
  }

  function show(preview: ImportPreviewView) {
    setSealed(preview.passphraseToken ? { token: preview.passphraseToken, busy: false } : null);
    setSt({
      phase: 'preview',
      preview,
      choices: ruleChoices(conflictRows(preview.report)),
      committing: false,
      error: null,
    });
  }

  async function commit(preview: ImportPreviewView, choices: Choices) {
    setSt({ phase: 'preview', preview, choices, committing: true, error: null });
    try {
      const report = await call('commit_import', {
        assessmentId: id,
        token: preview.token,
        choices: choicesToSend(conflictRows(preview.report), choices),
      });
      setSt({ phase: 'done', report });
    } catch (e) {
      setSt({ phase: 'preview', preview, choices, committing: false, error: errorMessage(e) });
    }
  }

  /** Changes the sides chosen on the preview; none while it commits. */
  function choose(next: (current: Choices, rows: ConflictRow[]) => Choices) {
    setSt((s) =>
      s.phase === 'preview' && !s.committing ? { ...s, choices: next(s.choices, conflictRows(s.preview.report)) } : s,
    );
  }

  async function cancel(preview: ImportPreviewView) {
    setSealed(null);
    if (preview.token) await call('cancel_import', { assessmentId: id, token: preview.token }).catch(() => undefined);
    setSt({ phase: 'note', text: t('import.preview.cancelled') });
  }

  return (
    <section className="card export-import" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="muted">{t('import.body')}</p>
      <button
        type="button"
        className="btn btn--primary"
        disabled={busy || st.phase === 'preview'}
        onClick={() => void pick()}
      >
        {t('import.button')}
      </button>
      <div className="export-import__status" role="status" aria-live="polite">
        {st.phase === 'choosing' && <p className="export-import__progress">{t('import.choosing')}</p>}
        {st.phase === 'note' && <p className="muted">{st.text}</p>}
        {st.phase === 'done' && (
          <div className="export-import__saved">
            <p>
              <span className="ok-mark" aria-hidden="true">
                ✓
              </span>{' '}
              <strong>{doneSummary(st.report)}</strong>
            </p>
            <a
              className="btn btn--secondary btn--small"
              href={formatRoute({ screen: 'results', id })}
              onClick={(e) => {
                e.preventDefault();
                navigate({ screen: 'results', id });
              }}
            >
              {t('import.done.results')}
            </a>
          </div>
        )}
      </div>
      {st.phase === 'failed' && (
        <p className="field__error" role="alert">
          {t('import.failed', { message: st.message })}
        </p>
      )}
      {st.phase === 'preview' && sealed && (
        <PackPassphrasePrompt
          lead={t('packEnc.import')}
          submit={t('packEnc.read')}
          problem={st.preview.wrongPassphrase ? t('packEnc.wrong') : null}
          busy={sealed.busy}
          onSubmit={(passphrase) => void readSealed(sealed.token, passphrase)}
          onCancel={() => void cancel(st.preview)}
        />
      )}
      {/* Encrypted packs: the passphrase first, the merge preview once they are read. */}
      {st.phase === 'preview' && !sealed && (
        <Preview
          preview={st.preview}
          choices={st.choices}
          committing={st.committing}
          error={st.error}
          headingRef={headingRef}
          onChoose={(key, side) => choose((current) => ({ ...current, [key]: side }))}
          onChooseAll={(side) => choose((_, rows) => allChoices(rows, side))}
          onCommit={() => void commit(st.preview, st.choices)}
          onCancel={() => void cancel(st.preview)}
        />
      )}
    </section>
  );
}

function Preview({
  preview,
  choices,
  committing,
  error,
  headingRef,
  onChoose,
  onChooseAll,
  onCommit,
  onCancel,
}: {
  preview: ImportPreviewView;
  choices: Choices;
  committing: boolean;
  error: string | null;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onChoose: (key: string, side: Kept) => void;
  onChooseAll: (side: Kept) => void;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const r = preview.report;
  const conflicts = conflictRows(r);
  return (
    <div className="export-import__preview" aria-labelledby="preview-title" role="region">
      <h3 id="preview-title" ref={headingRef} tabIndex={-1}>
        {t('import.preview.title')}
      </h3>
      {r.refused.length > 0 ? (
        <div className="panel panel--error" role="alert">
          <p className="panel__title">
            <span className="icon-badge icon-badge--error" aria-hidden="true">
              !
            </span>{' '}
            {tn('import.preview.refused', r.refused.length)}
          </p>
        </div>
      ) : (
        <>
          <p>{previewSummary(r)}</p>
          <p className="muted">{t('import.preview.checksum')}</p>
          {r.files
            .filter((f) => !f.exportRecorded)
            .map((f) => (
              <p key={f.fileName} className="muted">
                {t('import.preview.notExported', { file: f.fileName })}
              </p>
            ))}
        </>
      )}

      {r.refused.length > 0 && (
        <>
          <h4>{t('import.preview.refusedTitle')}</h4>
          <ul className="export-import__refused">
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
            <caption className="caption export-import__caption">{t('import.preview.files')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.preview.col.file')}</th>
                <th scope="col">{t('import.preview.col.department')}</th>
                <th scope="col" className="num">
                  {t('import.preview.col.added')}
                </th>
                <th scope="col" className="num">
                  {t('import.preview.col.updated')}
                </th>
                <th scope="col" className="num">
                  {t('import.preview.col.unchanged')}
                </th>
                <th scope="col" className="num">
                  {t('import.preview.col.conflicts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.files.map((f) => (
                <tr key={f.fileName}>
                  <th scope="row">
                    {f.fileName}
                    {f.respondentsAdded.length > 0 && (
                      <div className="muted">
                        {t('import.preview.newRespondents', { names: f.respondentsAdded.join(', ') })}
                      </div>
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

      {conflicts.length > 0 && r.refused.length === 0 && (
        <ImportConflicts
          rows={conflicts}
          choices={choices}
          disabled={committing}
          onChoose={onChoose}
          onChooseAll={onChooseAll}
        />
      )}

      {error && (
        <p className="field__error" role="alert">
          {t('import.preview.commitFailed', { message: error })}
        </p>
      )}
      <div className="actions">
        {preview.canCommit && (
          <button type="button" className="btn btn--primary" disabled={committing} onClick={onCommit}>
            {committing ? t('import.preview.committing') : tn('import.preview.commit', r.files.length)}
          </button>
        )}
        <button type="button" className="btn btn--secondary" disabled={committing} onClick={onCancel}>
          {preview.canCommit ? t('import.preview.cancel') : t('import.preview.close')}
        </button>
      </div>
    </div>
  );
}
