// The set-up's department list: common departments to tick, another to
// type, and the chosen ones in order, each renamed in place, moved or
// removed. Every name is checked by the core's rule as it is added or
// renamed; nothing is stored until the set-up is saved, in one transaction.
import { useId, useState } from 'react';
import { call, errorMessage, type DepartmentNameCheck } from '../api';
import { formatInteger, t, tn } from '../i18n';
import { moveItem, otherNames, type DepartmentRow } from '../logic/departments';
import { useFieldErrors } from '../hooks/fieldErrors';
import { useRules } from '../hooks/rules';

/** The sentence for a name the core refused, or null when it can be used. */
function refusal(check: DepartmentNameCheck, typed: string): string | null {
  switch (check.kind) {
    case 'ok':
      return null;
    case 'empty':
      return t('setup.dept.empty');
    case 'duplicate':
      return t('setup.dept.duplicate', { name: typed.trim(), existing: check.of });
    case 'tooLong':
      return t('setup.dept.tooLong', { chars: formatInteger(check.chars), max: formatInteger(check.max) });
    case 'notOneLine':
      return t('setup.dept.notOneLine');
  }
}

/** Asks the core whether `name` can stand beside `others`: the name to use, or the reason not. */
async function checkName(others: string[], name: string): Promise<{ name: string } | { error: string }> {
  try {
    const check = await call('check_department_name', { others, name });
    return check.kind === 'ok' ? { name: check.name } : { error: refusal(check, name) ?? '' };
  } catch (e) {
    return { error: errorMessage(e) || t('common.error') };
  }
}

export function DepartmentEditor({
  rows,
  onRows,
  commonNames,
  firstId,
  error,
}: {
  rows: DepartmentRow[];
  onRows: (rows: DepartmentRow[]) => void;
  commonNames: string[];
  /** The id of the first control, for the error summary's link. */
  firstId: string;
  /** The set-up's own error about the list (none chosen), shown below it. */
  error: React.ReactNode;
}) {
  const uid = useId();
  const rules = useRules();
  const [custom, setCustom] = useState('');
  // The typed name and the name being renamed, each refused in place.
  const fields = useFieldErrors(['custom', 'rename'] as const);
  const [editing, setEditing] = useState<{ index: number; text: string } | null>(null);

  async function add(name: string, fromField: boolean) {
    const r = await checkName(otherNames(rows), name);
    if ('error' in r) {
      fields.mark('custom', r.error);
      return;
    }
    onRows([...rows, { id: null, name: r.name, respondents: 0 }]);
    fields.clear('custom');
    if (fromField) setCustom('');
  }

  function stopEditing() {
    setEditing(null);
    fields.clear('rename');
  }

  function toggleCommon(name: string, on: boolean) {
    if (on) void add(name, false);
    else onRows(rows.filter((r) => r.name !== name));
  }

  async function commitRename() {
    if (!editing) return;
    const row = rows[editing.index];
    if (!row) return stopEditing();
    if (editing.text === row.name) return stopEditing();
    const r = await checkName(otherNames(rows, editing.index), editing.text);
    if ('error' in r) {
      fields.mark('rename', r.error);
      return;
    }
    onRows(rows.map((x, i) => (i === editing.index ? { ...x, name: r.name } : x)));
    stopEditing();
  }

  return (
    <div className="dept-grid">
      <div>
        <h3 className="subhead" id={`${uid}-common`}>
          {t('setup.dept.common')}
        </h3>
        <ul className="check-grid" aria-labelledby={`${uid}-common`}>
          {commonNames.map((n, i) => {
            const row = rows.find((r) => r.name === n);
            const locked = (row?.respondents ?? 0) > 0;
            return (
              <li key={n}>
                <label className="check">
                  <input
                    id={i === 0 ? firstId : undefined}
                    type="checkbox"
                    checked={row !== undefined}
                    disabled={locked}
                    onChange={(e) => toggleCommon(n, e.target.checked)}
                  />
                  <span>{n}</span>
                </label>
              </li>
            );
          })}
        </ul>
        <div className="field field--inline">
          <label htmlFor={fields.id('custom')}>{t('setup.dept.custom')}</label>
          <div className="inline-row">
            <input
              {...fields.control('custom')}
              className="input"
              value={custom}
              maxLength={rules.text.name}
              onChange={(e) => {
                setCustom(e.target.value);
                fields.clear('custom');
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void add(custom, true);
                }
              }}
            />
            <button type="button" className="btn btn--secondary" onClick={() => void add(custom, true)}>
              {t('setup.dept.add')}
            </button>
          </div>
          {fields.error('custom')}
        </div>
      </div>
      <div>
        <h3 className="subhead" id={`${uid}-chosen`}>
          {t('setup.dept.chosen')}
        </h3>
        {rows.length === 0 ? (
          <p className="muted">{t('setup.dept.none')}</p>
        ) : (
          <ol className="order-list" aria-labelledby={`${uid}-chosen`}>
            {rows.map((d, i) => (
              <li key={d.id ?? `new:${d.name}`} className="order-list__item">
                <span className="order-list__pos" aria-hidden="true">
                  {formatInteger(i + 1)}
                </span>
                {editing?.index === i ? (
                  <span className="order-list__name order-list__name--editing">
                    <input
                      {...fields.control('rename')}
                      className="input"
                      aria-label={t('setup.dept.renameField', { name: d.name })}
                      value={editing.text}
                      maxLength={rules.text.name}
                      autoFocus
                      onChange={(e) => {
                        setEditing({ index: i, text: e.target.value });
                        fields.clear('rename');
                      }}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          void commitRename();
                        } else if (e.key === 'Escape') {
                          e.preventDefault();
                          e.stopPropagation();
                          stopEditing();
                        }
                      }}
                      onBlur={() => void commitRename()}
                    />
                    {fields.error('rename')}
                  </span>
                ) : (
                  <span className="order-list__name">
                    {d.name}
                    {d.respondents > 0 && (
                      <span className="block small muted">
                        {tn('setup.dept.respondents', d.respondents, { count: formatInteger(d.respondents) })}
                      </span>
                    )}
                  </span>
                )}
                <span className="order-list__actions">
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('setup.dept.rename', { name: d.name })}
                    title={t('setup.dept.rename', { name: d.name })}
                    onClick={() => {
                      fields.clear('rename');
                      setEditing({ index: i, text: d.name });
                    }}
                  >
                    <span aria-hidden="true">✎</span>
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    disabled={i === 0}
                    aria-label={t('setup.dept.up', { name: d.name })}
                    onClick={() => onRows(moveItem(rows, i, -1))}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    disabled={i === rows.length - 1}
                    aria-label={t('setup.dept.down', { name: d.name })}
                    onClick={() => onRows(moveItem(rows, i, 1))}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="icon-btn icon-btn--danger"
                    disabled={d.respondents > 0}
                    aria-label={
                      d.respondents > 0
                        ? t('setup.dept.removeLocked', { name: d.name })
                        : t('setup.dept.remove', { name: d.name })
                    }
                    title={d.respondents > 0 ? t('setup.dept.removeLocked', { name: d.name }) : undefined}
                    onClick={() => onRows(rows.filter((_, k) => k !== i))}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
        {error}
      </div>
    </div>
  );
}
