// Roadmap: Now / Next / Later as the core's `roadmap::plan` returns them,
// each action with its dimension, step, effort and required actions, and the
// consultant's owner, due date, status and notes. Each field is saved on its
// own the moment it is committed (change, Enter or leaving the field), in
// order, and shows "Saved" only once the core returned. "Clear edits" (after
// a confirmation) takes an action back to the roadmap as computed. Dropped
// actions are listed apart and can be restored. The phase capacities are
// saved the same way, one at a time, with "Use defaults" beside them; an
// action a full phase moved says so. The table view lists every action in
// one compact table, filtered by phase, dimension, owner and status.
import { useEffect, useId, useRef, useState } from 'react';
import {
  call,
  errorKind,
  errorMessage,
  type ActionFieldValue,
  type ActionStatusName,
  type ActionView,
  type CapacityView,
  type MovedView,
  type PhaseName,
  type RoadmapView,
} from '../api';
import { AsyncView } from '../components/AsyncView';
import { ScreenTitle } from '../components/Layout';
import { SaveStatus, type SaveState } from '../components/SaveStatus';
import { useAsync } from '../hooks/useAsync';
import { useDraft } from '../hooks/useDraft';
import { useFieldErrors } from '../hooks/fieldErrors';
import { useRules } from '../hooks/rules';
import { t, tn, type MessageKey } from '../i18n';
import {
  NO_FILTER,
  droppedActions,
  filterChoices,
  filterRows,
  parseCapacity,
  roadmapRows,
  statusOf as statusOfRow,
  type RoadmapFilter,
  type StatusFilter,
} from '../logic/roadmap';
import { byKey } from '../logic/fieldErrors';
import { SerialQueue } from '../logic/saveQueue';
import { formatRoute } from '../logic/route';

const STATUSES: ActionStatusName[] = ['planned', 'in_progress', 'done', 'blocked'];
const STATUS_FILTERS: StatusFilter[] = ['none', ...STATUSES, 'dropped'];
const PHASES: PhaseName[] = ['now', 'next', 'later'];
/** The save state's key of the capacities (action ids never start with a space). */
const CAPACITY = ' capacity';

const phaseTitle = (p: PhaseName) => t(`rm.phase.${p}` as MessageKey);
const statusName = (s: ActionStatusName) => t(`rm.status.${s}` as MessageKey);

/** Why a full phase moved the action, in words ("Moved to Next: Now is full"). */
function movedText(m: MovedView, phase: PhaseName): string {
  if (m.reason === 'capacity' && m.full)
    return t('rm.moved.capacity', { phase: phaseTitle(phase), full: phaseTitle(m.full) });
  return t('rm.moved.requires', { phase: phaseTitle(phase), title: m.required?.title ?? '' });
}

/** The same, beside the phase in the table ("Now was full"). */
function movedShort(m: MovedView): string {
  if (m.reason === 'capacity' && m.full) return t('rm.moved.short.capacity', { full: phaseTitle(m.full) });
  return t('rm.moved.short.requires', { title: m.required?.title ?? '' });
}

type Field = ActionFieldValue['field'];
/** A card's text fields in on-screen order, and the core's keys for them. */
const CARD_FIELDS = ['owner', 'due', 'notes'] as const;
const CARD_CORE_FIELDS = byKey<(typeof CARD_FIELDS)[number]>({
  actionOwner: 'owner',
  actionDue: 'due',
  actionNotes: 'notes',
});
/** Says whether a refused save was shown at the field it names. */
type RefusedAtField = (error: unknown) => boolean;
const fieldName = (f: Exclude<Field, 'dropped'>) =>
  ({ owner: t('rm.owner'), due: t('rm.due'), status: t('rm.status'), notes: t('rm.notes') })[f];

export function Roadmap({ id }: { id: string }) {
  const { state, reload, set } = useAsync(() => call('get_roadmap', { assessmentId: id }), [id]);
  return (
    <section className="screen screen--roadmap">
      <ScreenTitle sub={t('rm.lead')}>{t('rm.title')}</ScreenTitle>
      <AsyncView
        state={state}
        loading={t('rm.loading')}
        error={t('rm.error')}
        onRetry={reload}
        empty={{
          when: (roadmap) => roadmap.phases.every((p) => p.actions.length === 0),
          title: t('rm.empty.title'),
          body: t('rm.empty.body'),
          action: (
            <a className="btn btn--primary" href={formatRoute({ screen: 'targets', id })}>
              {t('rm.empty.action')}
            </a>
          ),
        }}
      >
        {(roadmap) => <Editor id={id} roadmap={roadmap} onRoadmap={set} />}
      </AsyncView>
    </section>
  );
}

function Editor({ id, roadmap, onRoadmap }: { id: string; roadmap: RoadmapView; onRoadmap: (r: RoadmapView) => void }) {
  const queue = useRef(new SerialQueue()).current;
  const [saves, setSaves] = useState<Map<string, SaveState>>(new Map());
  const [announce, setAnnounce] = useState('');
  const [view, setView] = useState<'cards' | 'table'>('cards');
  // After a drop or restore the card moves: focus follows to a stable place.
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  // The change to send again when a save failed.
  const retries = useRef(new Map<string, () => void>()).current;

  useEffect(() => {
    if (!focusAfter) return;
    document.getElementById(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter, roadmap]);

  /** Sends one change (in order with the others) and shows its state
   * under `key` (an action's id, or the capacities); resolves true once
   * the core committed it, and shows `what` as saved. A refusal that
   * `atField` shows at its field is not said again in the save status. */
  function send(
    key: string,
    request: () => Promise<RoadmapView>,
    what: string,
    atField?: RefusedAtField,
  ): Promise<boolean> {
    setSaves((m) => new Map(m).set(key, { status: 'saving' }));
    return queue.run(request).then(
      (r) => {
        onRoadmap(r);
        setSaves((m) => new Map(m).set(key, { status: 'saved', what }));
        return true;
      },
      (e: unknown) => {
        if (atField?.(e)) {
          retries.delete(key);
          setSaves((m) => new Map(m).set(key, { status: 'idle' }));
          return false;
        }
        // Bad input is corrected in the field; anything else can be retried.
        if (errorKind(e) === 'invalidInput') retries.delete(key);
        else retries.set(key, () => void send(key, request, what));
        setSaves((m) => new Map(m).set(key, { status: 'failed', message: errorMessage(e) || t('common.error') }));
        return false;
      },
    );
  }

  /** Sets one phase's capacity (`null`: its default). */
  function setCapacity(phase: PhaseName, capacity: number | null) {
    void send(
      CAPACITY,
      () => call('set_roadmap_capacity', { assessmentId: id, phase, capacity }),
      t('rm.capacity.saved', { phase: phaseTitle(phase) }),
    );
  }

  /** Both capacities back to their defaults. */
  function resetCapacity() {
    void send(CAPACITY, () => call('reset_roadmap_capacity', { assessmentId: id }), t('rm.capacity.resetSaved'));
  }

  /** Saves one field. */
  function save(action: ActionView, change: ActionFieldValue, atField?: RefusedAtField): Promise<boolean> {
    const what =
      change.field === 'dropped'
        ? t(change.value ? 'rm.droppedSaved' : 'rm.restoredSaved')
        : t('rm.fieldSaved', { field: fieldName(change.field) });
    return send(
      action.id,
      () => call('set_action_field', { assessmentId: id, actionId: action.id, change }),
      what,
      atField,
    );
  }

  /** Takes the action back to the roadmap as computed: every edit removed. */
  function clearEdits(action: ActionView): Promise<boolean> {
    return send(action.id, () => call('reset_action', { assessmentId: id, actionId: action.id }), t('rm.clearedSaved'));
  }

  async function drop(action: ActionView, phase: PhaseName, next: string | null) {
    if (await save(action, { field: 'dropped', value: true })) {
      setAnnounce(t('rm.droppedFrom', { phase: phaseTitle(phase) }) + ': ' + action.title);
      setFocusAfter(next ?? `phase-${phase}`);
    }
  }

  async function restore(action: ActionView) {
    if (await save(action, { field: 'dropped', value: false })) {
      setAnnounce(t('rm.restore') + ': ' + action.title);
      setFocusAfter(`action-${action.id}`);
    }
  }

  const dropped = droppedActions(roadmap);
  const capacityPanel = (
    <CapacityPanel
      capacity={roadmap.capacity}
      saveState={saves.get(CAPACITY) ?? { status: 'idle' }}
      onRetry={retries.has(CAPACITY) ? () => retries.get(CAPACITY)?.() : undefined}
      onSet={setCapacity}
      onReset={resetCapacity}
    />
  );
  const toggle = (
    <div className="rm-view" role="group" aria-label={t('rm.view')}>
      {(['cards', 'table'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className={`btn btn--small ${view === v ? 'btn--primary' : 'btn--secondary'}`}
          aria-pressed={view === v}
          onClick={() => setView(v)}
        >
          {t(`rm.view.${v}`)}
        </button>
      ))}
    </div>
  );
  if (view === 'table')
    return (
      <div className="roadmap">
        {capacityPanel}
        {toggle}
        <RoadmapTable roadmap={roadmap} />
      </div>
    );
  return (
    <div className="roadmap">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      {capacityPanel}
      {toggle}
      <nav className="roadmap__jump" aria-label={t('rm.title')}>
        <ul>
          {roadmap.phases.map((p) => (
            <li key={p.phase}>
              <a
                href={`#phase-${p.phase}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(`phase-${p.phase}`)?.focus();
                }}
              >
                {phaseTitle(p.phase)}{' '}
                <span className="muted">({tn('rm.count', p.actions.filter((a) => !a.dropped).length)})</span>
              </a>
            </li>
          ))}
          <li>
            <a
              href="#phase-dropped"
              onClick={(e) => {
                e.preventDefault();
                document.getElementById('phase-dropped')?.focus();
              }}
            >
              {t('rm.dropped')} <span className="muted">({dropped.length})</span>
            </a>
          </li>
        </ul>
      </nav>
      {roadmap.phases.map((p) => {
        const live = p.actions.filter((a) => !a.dropped);
        return (
          <section key={p.phase} className={`phase phase--${p.phase}`} aria-labelledby={`phase-${p.phase}`}>
            <h2 id={`phase-${p.phase}`} tabIndex={-1} className="phase__title">
              {/* Spaces between the parts, or the heading reads "Now0–3 months30 actions". */}
              <span className={`phase__badge phase__badge--${p.phase}`}>{phaseTitle(p.phase)}</span>{' '}
              <span>{t(`rm.months.${p.phase}`)}</span>{' '}
              <span className="phase__count">{tn('rm.count', live.length)}</span>
            </h2>
            {live.length === 0 ? (
              <p className="muted">{t('rm.noneInPhase')}</p>
            ) : (
              <ol className="rm-list">
                {live.map((a, i) => (
                  <ActionCard
                    key={a.id}
                    action={a}
                    phase={p.phase}
                    saveState={saves.get(a.id) ?? { status: 'idle' }}
                    onRetry={retries.has(a.id) ? () => retries.get(a.id)?.() : undefined}
                    onSave={(change, atField) => void save(a, change, atField)}
                    onClear={() => void clearEdits(a)}
                    onDrop={() =>
                      void drop(
                        a,
                        p.phase,
                        live[i + 1] ? `action-${live[i + 1]!.id}` : live[i - 1] ? `action-${live[i - 1]!.id}` : null,
                      )
                    }
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
      <section className="phase phase--dropped" aria-labelledby="phase-dropped">
        <h2 id="phase-dropped" tabIndex={-1} className="phase__title">
          {t('rm.dropped')}
          <span className="phase__count">{tn('rm.count', dropped.length)}</span>
        </h2>
        <p className="muted small">{t('rm.droppedLead')}</p>
        {dropped.length === 0 ? (
          <p>{t('rm.droppedNone')}</p>
        ) : (
          <ul className="dropped-list">
            {dropped.map(({ phase, action }) => (
              <li key={action.id} className="dropped-list__item">
                <div>
                  <p className="dropped-list__title">{action.title}</p>
                  <p className="small muted">
                    {t('rm.step', { dimension: action.dimensionTitle, from: action.fromLevel, to: action.toLevel })} ·{' '}
                    {t('rm.droppedFrom', { phase: phaseTitle(phase) })}
                  </p>
                </div>
                <SaveStatus
                  state={saves.get(action.id) ?? { status: 'idle' }}
                  onRetry={retries.has(action.id) ? () => retries.get(action.id)?.() : undefined}
                />
                <button
                  type="button"
                  id={`restore-${action.id}`}
                  className="btn btn--secondary"
                  aria-label={t('rm.restoreLabel', { title: action.title })}
                  onClick={() => void restore(action)}
                >
                  {t('rm.restore')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ActionCard({
  action: a,
  phase,
  saveState,
  onRetry,
  onSave,
  onClear,
  onDrop,
}: {
  action: ActionView;
  phase: PhaseName;
  saveState: SaveState;
  onRetry?: () => void;
  onSave: (change: ActionFieldValue, atField?: RefusedAtField) => void;
  onClear: () => void;
  onDrop: () => void;
}) {
  const uid = useId();
  const rules = useRules();
  const fields = useFieldErrors(CARD_FIELDS);
  const dueInput = useRef<HTMLInputElement>(null);
  // A refusal of one of this card's fields is shown at the field.
  const atField: RefusedAtField = (e) => fields.refused(e, CARD_CORE_FIELDS);
  const edited = a.ownerEdited || a.due !== null || a.status !== null || a.notes !== null;
  const [confirming, setConfirming] = useState(false);
  const [owner, setOwner, ownerDone] = useDraft(a.owner);
  const [due, setDue, dueDone] = useDraft(a.due ?? '');
  const [notes, setNotes, notesDone] = useDraft(a.notes ?? '');

  function commitOwner() {
    ownerDone();
    const v = owner.trim();
    if (v === a.owner) return;
    fields.clear('owner');
    // Clearing the field, or typing the suggested owner, goes back to it.
    onSave({ field: 'owner', value: v === '' || v === a.defaultOwner ? null : v }, atField);
  }
  function commitDue() {
    dueDone();
    // A date typed in part reads as an empty field: never clear the stored one for it.
    if (dueInput.current?.validity.badInput) {
      fields.mark('due', t('date.incomplete'));
      return;
    }
    const v = due.trim();
    if (v === (a.due ?? '')) return;
    fields.clear('due');
    onSave({ field: 'due', value: v === '' ? null : v }, atField);
  }
  function commitNotes() {
    notesDone();
    if (notes.trim() === (a.notes ?? '')) return;
    fields.clear('notes');
    onSave({ field: 'notes', value: notes.trim() === '' ? null : notes }, atField);
  }
  const enter = (commit: () => void) => (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    }
  };

  return (
    <li className="rm-action card" data-action={a.id}>
      <div className="rm-action__head">
        <h3 id={`action-${a.id}`} tabIndex={-1} className="rm-action__title">
          {a.title}
        </h3>
        <p className="rm-action__meta">
          <span
            className="rm-step"
            title={t('rm.stepLong', { fromLevel: a.fromLevel, from: a.fromName, toLevel: a.toLevel, to: a.toName })}
          >
            {a.dimensionTitle}
            {t('common.colon')}
            {a.fromLevel} {a.fromName} → {a.toLevel} {a.toName}
          </span>
          <span className={`badge badge--effort badge--effort-${a.effort}`}>
            {t('rm.effort', { effort: a.effort })}{' '}
            <span className="visually-hidden">({t(`rm.effort.${a.effort}` as MessageKey)})</span>
          </span>
        </p>
      </div>
      {a.moved && <p className="small rm-moved">{movedText(a.moved, phase)}</p>}
      <p className="rm-action__desc">{a.description}</p>
      {a.requires.length > 0 && (
        <p className="small rm-action__requires">
          <strong>{t('rm.requires')}</strong>
          {a.requires
            .map((r) =>
              r.phase
                ? t('rm.requiresPhase', { title: r.title, phase: phaseTitle(r.phase) })
                : t('rm.requiresDone', { title: r.title }),
            )
            .join('; ')}
        </p>
      )}
      <div className="rm-fields">
        <div className="field">
          <label htmlFor={fields.id('owner')}>{t('rm.owner')}</label>
          <input
            {...fields.control('owner', `${uid}-owner-hint`)}
            className="input"
            value={owner}
            maxLength={rules.text.owner}
            onChange={(e) => setOwner(e.target.value)}
            onBlur={commitOwner}
            onKeyDown={enter(commitOwner)}
          />
          <p className="field__hint" id={`${uid}-owner-hint`}>
            {a.ownerEdited ? t('rm.owner.edited', { owner: a.defaultOwner }) : t('rm.owner.fromQuestionnaire')}
          </p>
          {fields.error('owner', { alert: true })}
        </div>
        <div className="field">
          <label htmlFor={fields.id('due')}>{t('rm.due')}</label>
          <input
            {...fields.control('due', `${uid}-due-hint`)}
            ref={dueInput}
            className="input"
            type="date"
            min={rules.dates.min}
            max={rules.dates.max}
            value={due}
            onChange={(e) => {
              setDue(e.target.value);
              fields.clear('due');
            }}
            onBlur={commitDue}
            onKeyDown={enter(commitDue)}
          />
          <p className="field__hint" id={`${uid}-due-hint`}>
            {t('rm.due.hint')}
          </p>
          {fields.error('due', { alert: true })}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-status`}>{t('rm.status')}</label>
          <select
            id={`${uid}-status`}
            className="input"
            value={a.status ?? ''}
            onChange={(e) =>
              onSave({ field: 'status', value: e.target.value === '' ? null : (e.target.value as ActionStatusName) })
            }
          >
            <option value="">{t('rm.status.none')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusName(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field field--wide">
        <label htmlFor={fields.id('notes')}>{t('rm.notes')}</label>
        <textarea
          {...fields.control('notes')}
          className="input textarea"
          rows={2}
          value={notes}
          maxLength={rules.text.notes}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={commitNotes}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              commitNotes();
            }
          }}
        />
        {fields.error('notes', { alert: true })}
      </div>
      {confirming && edited && (
        <div className="rm-action__confirm" role="group" aria-labelledby={`${uid}-confirm`}>
          <p id={`${uid}-confirm`}>{t('rm.clearConfirm')}</p>
          <button
            type="button"
            className="btn btn--danger btn--small"
            autoFocus
            onClick={() => {
              setConfirming(false);
              onClear();
            }}
          >
            {t('rm.clearYes')}
          </button>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setConfirming(false)}>
            {t('rm.clearNo')}
          </button>
        </div>
      )}
      <div className="rm-action__foot">
        <SaveStatus state={saveState} onRetry={onRetry} />
        <div className="rm-action__buttons">
          {edited && !confirming && (
            <button
              type="button"
              className="btn btn--secondary"
              aria-label={t('rm.clearLabel', { title: a.title })}
              onClick={() => setConfirming(true)}
            >
              {t('rm.clear')}
            </button>
          )}
          <button
            type="button"
            className="btn btn--secondary"
            aria-label={t('rm.dropLabel', { title: a.title })}
            onClick={onDrop}
          >
            {t('rm.drop')}
          </button>
        </div>
      </div>
    </li>
  );
}

/** Now's and Next's capacities, each saved when committed, and "Use defaults". */
function CapacityPanel({
  capacity,
  saveState,
  onRetry,
  onSet,
  onReset,
}: {
  capacity: CapacityView;
  saveState: SaveState;
  onRetry?: () => void;
  onSet: (phase: PhaseName, capacity: number | null) => void;
  onReset: () => void;
}) {
  const uid = useId();
  return (
    <section className="rm-capacity card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} className="rm-capacity__title">
        {t('rm.capacity.title')}
      </h2>
      <p className="small muted">{t('rm.capacity.lead')}</p>
      <div className="rm-capacity__row">
        <CapacityField
          phase="now"
          value={capacity.now}
          fallback={capacity.defaultNow}
          capacity={capacity}
          onSet={onSet}
        />
        <CapacityField
          phase="next"
          value={capacity.next}
          fallback={capacity.defaultNext}
          capacity={capacity}
          onSet={onSet}
        />
        <button type="button" className="btn btn--secondary" disabled={capacity.isDefault} onClick={onReset}>
          {t('rm.capacity.reset')}
        </button>
        <SaveStatus state={saveState} onRetry={onRetry} />
      </div>
    </section>
  );
}

function CapacityField({
  phase,
  value,
  fallback,
  capacity,
  onSet,
}: {
  phase: 'now' | 'next';
  value: number;
  fallback: number;
  capacity: CapacityView;
  onSet: (phase: PhaseName, capacity: number | null) => void;
}) {
  const uid = useId();
  const fields = useFieldErrors(['capacity'] as const);
  const [draft, setDraft, done] = useDraft(String(value));
  function commit() {
    done();
    const parsed = parseCapacity(draft);
    if (!parsed.ok) {
      fields.mark('capacity', t('rm.capacity.notNumber', { min: capacity.min, max: capacity.max }));
      return;
    }
    fields.clear('capacity');
    if (parsed.value === value) return;
    onSet(phase, parsed.value);
  }
  return (
    <div className="field rm-capacity__field">
      <label htmlFor={fields.id('capacity')}>{t(`rm.capacity.${phase}`)}</label>
      <span className="rm-capacity__input">
        <input
          {...fields.control('capacity', `${uid}-hint`)}
          className="input"
          value={draft}
          inputMode="numeric"
          autoComplete="off"
          size={4}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
        />{' '}
        {t('rm.capacity.unit')}
      </span>
      <p className="field__hint" id={`${uid}-hint`}>
        {t('rm.capacity.hint', { count: fallback })}
      </p>
      {fields.error('capacity', { alert: true })}
    </div>
  );
}

/** Every action in one compact table, with filters; numbers stay those of
 * the whole plan whatever is filtered. */
function RoadmapTable({ roadmap }: { roadmap: RoadmapView }) {
  const uid = useId();
  const [filter, setFilter] = useState<RoadmapFilter>(NO_FILTER);
  const rows = roadmapRows(roadmap);
  const shown = filterRows(rows, filter);
  const choices = filterChoices(roadmap);
  const select = <K extends keyof RoadmapFilter>(key: K, label: string, options: [string, string][]) => (
    <div className="field rm-filter">
      <label htmlFor={`${uid}-${key}`}>{label}</label>
      <select
        id={`${uid}-${key}`}
        className="input"
        value={filter[key] ?? ''}
        onChange={(e) =>
          setFilter((f) => ({ ...f, [key]: e.target.value === '' ? null : (e.target.value as RoadmapFilter[K]) }))
        }
      >
        <option value="">{t('rm.filter.all')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const statusText = (s: StatusFilter) => (s === 'none' ? t('rm.status.none') : t(`rm.status.${s}` as MessageKey));
  return (
    <section className="rm-table-view">
      <fieldset className="rm-filters">
        <legend>{t('rm.filter.title')}</legend>
        {select(
          'phase',
          t('rm.filter.phase'),
          PHASES.map((p) => [p, phaseTitle(p)]),
        )}
        {select(
          'dimension',
          t('rm.filter.dimension'),
          choices.dimensions.map((d) => [d.id, d.title]),
        )}
        {select(
          'owner',
          t('rm.filter.owner'),
          choices.owners.map((o) => [o, o]),
        )}
        {select(
          'status',
          t('rm.filter.status'),
          STATUS_FILTERS.map((s) => [s, statusText(s)]),
        )}
        <button
          type="button"
          className="btn btn--secondary btn--small"
          disabled={Object.values(filter).every((v) => v === null)}
          onClick={() => setFilter(NO_FILTER)}
        >
          {t('rm.filter.clear')}
        </button>
      </fieldset>
      <table className="table rm-table">
        <caption className="rm-table__caption" aria-live="polite">
          {t('rm.table.caption', { shown: shown.length, total: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="rm-table__n">
              {t('rm.col.n')}
            </th>
            <th scope="col" className="rm-table__action">
              {t('rm.col.action')}
            </th>
            <th scope="col" className="rm-table__dimension">
              {t('rm.col.dimension')}
            </th>
            <th scope="col" className="rm-table__step">
              {t('rm.col.transition')}
            </th>
            <th scope="col" className="rm-table__phase">
              {t('rm.col.phase')}
            </th>
            <th scope="col" className="rm-table__effort">
              {t('rm.col.effort')}
            </th>
            <th scope="col">{t('rm.col.owner')}</th>
            <th scope="col" className="rm-table__due">
              {t('rm.col.due')}
            </th>
            <th scope="col" className="rm-table__status">
              {t('rm.col.status')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && (
            <tr>
              <td colSpan={9} className="muted">
                {t('rm.filter.none')}
              </td>
            </tr>
          )}
          {shown.map(({ n, phase, action: a }) => (
            <tr key={a.id} data-row={a.id} className={a.dropped ? 'rm-table__dropped' : undefined}>
              <td className="rm-table__n">{n}</td>
              <td className="rm-table__action">{a.title}</td>
              <td>{a.dimensionTitle}</td>
              <td className="rm-table__step">
                {a.fromLevel} → {a.toLevel}
              </td>
              <td>
                {phaseTitle(phase)}
                {a.moved && <span className="rm-table__moved">{movedShort(a.moved)}</span>}
              </td>
              <td className="rm-table__effort">{a.effort}</td>
              <td>{a.owner}</td>
              <td className="rm-table__due">{a.due ?? ''}</td>
              <td>{statusText(statusOfRow(a))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
