// The conflicts of an import preview, each decided by the consultant: both
// answers with their comments and when each was given, which is newer, and
// a radio group per answer ("Keep ours" / "Keep theirs"), preselected by the
// core's rule; "Keep all ours" / "Keep all theirs" for many at once. The
// choices live with the preview (ExportImport.tsx) and go to commit_import.
import { useId } from 'react';
import type { ConflictSideView, Kept } from '../api';
import { formatDateTime, formatInteger, t } from '../i18n';
import { answerLabel, newerSide, type Choices, type ConflictRow } from '../logic/importPreview';

export function ImportConflicts({
  rows,
  choices,
  disabled,
  onChoose,
  onChooseAll,
}: {
  rows: readonly ConflictRow[];
  choices: Choices;
  disabled: boolean;
  onChoose: (key: string, side: Kept) => void;
  onChooseAll: (side: Kept) => void;
}) {
  const uid = useId();
  const chosen = (c: ConflictRow) => choices[c.key] ?? c.ruleKeeps;
  const ours = rows.filter((c) => chosen(c) === 'database').length;
  return (
    <section className="conflicts" aria-labelledby={`${uid}-title`}>
      <h4 id={`${uid}-title`}>{t('import.preview.conflictsTitle')}</h4>
      <p className="muted">{t('import.conflicts.lead')}</p>
      {rows.length > 1 && (
        <div className="actions conflicts__all">
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={disabled}
            onClick={() => onChooseAll('database')}
          >
            {t('import.conflicts.keepAllOurs')}
          </button>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={disabled}
            onClick={() => onChooseAll('pack')}
          >
            {t('import.conflicts.keepAllTheirs')}
          </button>
          <span className="muted">
            {t('import.conflicts.tally', {
              ours: formatInteger(ours),
              theirs: formatInteger(rows.length - ours),
            })}
          </span>
        </div>
      )}
      <ol className="conflicts__list">
        {rows.map((c, i) => (
          <li key={`${c.file}/${c.key}`}>
            <ConflictChoiceGroup
              id={`${uid}-${i}`}
              row={c}
              side={chosen(c)}
              disabled={disabled}
              onChoose={(side) => onChoose(c.key, side)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function ConflictChoiceGroup({
  id,
  row,
  side,
  disabled,
  onChoose,
}: {
  id: string;
  row: ConflictRow;
  side: Kept;
  disabled: boolean;
  onChoose: (side: Kept) => void;
}) {
  const newer = newerSide(row);
  const theirs = row.respondent
    ? t('import.conflicts.keepTheirsFrom', { name: row.respondent })
    : t('import.conflicts.keepTheirs');
  return (
    <fieldset className="conflict" disabled={disabled}>
      <legend className="conflict__legend">
        {t('import.conflicts.legend', { respondent: row.respondent, question: row.question })}
      </legend>
      <div className="conflict__options">
        <Option
          id={`${id}-database`}
          name={id}
          label={t('import.conflicts.keepOurs')}
          answer={row.database}
          newer={newer === 'database'}
          checked={side === 'database'}
          onChange={() => onChoose('database')}
        />
        <Option
          id={`${id}-pack`}
          name={id}
          label={theirs}
          answer={row.pack}
          newer={newer === 'pack'}
          checked={side === 'pack'}
          onChange={() => onChoose('pack')}
        />
      </div>
      {newer !== null && newer !== row.ruleKeeps && (
        <p className="conflict__note muted">{t('import.conflicts.future')}</p>
      )}
    </fieldset>
  );
}

/** One side: the radio named by its choice, described by the answer, its comment and its time. */
function Option({
  id,
  name,
  label,
  answer,
  newer,
  checked,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  answer: ConflictSideView;
  newer: boolean;
  checked: boolean;
  onChange: () => void;
}) {
  return (
    <label className={checked ? 'conflict__option is-chosen' : 'conflict__option'} htmlFor={id}>
      <span className="conflict__choice">
        <input
          type="radio"
          id={id}
          name={name}
          checked={checked}
          onChange={onChange}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-answer`}
        />
        <span id={`${id}-label`}>{label}</span>
      </span>
      <span id={`${id}-answer`} className="conflict__answer">
        <span className="conflict__value">{answerLabel(answer.value)}</span>
        <span className={answer.comment ? 'conflict__comment' : 'conflict__comment muted'}>
          {answer.comment ?? t('import.conflicts.noComment')}
        </span>
        <span className="conflict__when muted">
          {t('import.conflicts.given', { when: formatDateTime(answer.updatedAt) })}
          {newer && <span className="badge">{t('import.conflicts.newer')}</span>}
        </span>
      </span>
    </label>
  );
}
