// "Start the next round…": a modal on the native <dialog> (focus kept
// inside, Escape cancels). It reads what the round would take over
// (`next_round_plan`): the title the core suggests, each respondent with a
// check box (all kept to start with), whether to carry their answers, and —
// when a newer version of the questionnaire is built in or installed — which
// version to take, with the questions that change. It says what the new
// round takes over and what starts empty. The core starts the round in one
// transaction; a refusal shows its words and changes nothing.
import { useEffect, useId, useRef, useState } from 'react';
import { call, errorMessage, type NextRoundPlan, type RoundStartedView } from '../api';
import { useFieldErrors } from '../hooks/fieldErrors';
import { useAsync } from '../hooks/useAsync';
import { useRules } from '../hooks/rules';
import { formatInteger, t, tn } from '../i18n';
import { byKey } from '../logic/fieldErrors';
import { initialChoice, startArgs, type NextRoundChoice } from '../logic/rounds';
import { AsyncView } from './AsyncView';
import { QuestionChanges } from './QuestionList';

export function NextRoundDialog({
  assessmentId,
  onCancel,
  onStarted,
}: {
  /** The round to follow; `null`: the dialog is closed. */
  assessmentId: string | null;
  onCancel: () => void;
  onStarted: (started: RoundStartedView) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const open = assessmentId !== null;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide next-round"
      aria-labelledby="next-round-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {assessmentId !== null && (
        <PlanLoader key={assessmentId} assessmentId={assessmentId} onCancel={onCancel} onStarted={onStarted} />
      )}
    </dialog>
  );
}

function PlanLoader({
  assessmentId,
  onCancel,
  onStarted,
}: {
  assessmentId: string;
  onCancel: () => void;
  onStarted: (started: RoundStartedView) => void;
}) {
  const { state, reload } = useAsync(() => call('next_round_plan', { assessmentId }), [assessmentId]);
  if (state.status !== 'ready')
    return (
      <>
        <h2 id="next-round-title">{t('round.start')}</h2>
        <AsyncView
          state={state}
          loading={t('round.dialog.loading')}
          error={t('round.dialog.loadError')}
          onRetry={reload}
        />
        <div className="actions actions--end">
          <button type="button" className="btn btn--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </>
    );
  return <PlanForm plan={state.data} onCancel={onCancel} onStarted={onStarted} />;
}

function PlanForm({
  plan,
  onCancel,
  onStarted,
}: {
  plan: NextRoundPlan;
  onCancel: () => void;
  onStarted: (started: RoundStartedView) => void;
}) {
  const uid = useId();
  const rules = useRules();
  const [choice, setChoice] = useState<NextRoundChoice>(() => initialChoice(plan));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = useFieldErrors(['title'] as const);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const kept = plan.respondents.filter((r) => choice.kept.has(r.id)).length;
  const change = (c: Partial<NextRoundChoice>) => setChoice((old) => ({ ...old, ...c }));
  const keep = (id: string, on: boolean) => {
    const next = new Set(choice.kept);
    if (on) next.add(id);
    else next.delete(id);
    change({ kept: next });
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      onStarted(await call('start_next_round', startArgs(plan, choice)));
    } catch (err) {
      if (!fields.refused(err, byKey({ title: 'title' }), { focus: true }))
        setFailure(t('round.dialog.failed', { message: errorMessage(err) || t('common.error') }));
      setBusy(false);
    }
  }

  if (plan.next !== null)
    return (
      <>
        <h2 id="next-round-title">{t('round.start')}</h2>
        <p>{t('round.dialog.hasNext', { number: formatInteger(plan.next.number), title: plan.next.title })}</p>
        <div className="actions actions--end">
          <button type="button" className="btn btn--primary" onClick={onCancel}>
            {t('common.close')}
          </button>
        </div>
      </>
    );

  const newer = plan.newer;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="next-round-title">
        {t('round.dialog.title', { number: formatInteger(plan.number), organisation: plan.organisation })}
      </h2>
      <p className="muted">{t('round.dialog.lead', { organisation: plan.organisation, title: plan.title })}</p>

      <div className="field">
        <label htmlFor={fields.id('title')}>{t('round.dialog.titleField')}</label>
        <input
          ref={titleRef}
          className="input"
          value={choice.title}
          maxLength={rules.text.name}
          onChange={(e) => {
            fields.clear('title');
            change({ title: e.target.value });
          }}
          {...fields.control('title')}
        />
        {fields.error('title')}
      </div>

      <fieldset className="next-round__people">
        <legend>{t('round.dialog.people')}</legend>
        {plan.respondents.length === 0 ? (
          <p className="muted">{t('round.dialog.noPeople')}</p>
        ) : (
          <>
            <p className="field__hint" id={`${uid}-people-hint`}>
              {t('round.dialog.peopleHint')}
            </p>
            <div className="next-round__bulk">
              <button
                type="button"
                className="btn btn--secondary btn--small"
                onClick={() => change({ kept: new Set(plan.respondents.map((r) => r.id)) })}
              >
                {t('round.dialog.keepAll')}
              </button>
              <button
                type="button"
                className="btn btn--secondary btn--small"
                onClick={() => change({ kept: new Set() })}
              >
                {t('round.dialog.keepNone')}
              </button>
              <span className="muted" role="status">
                {t('round.dialog.kept', {
                  kept: formatInteger(kept),
                  total: formatInteger(plan.respondents.length),
                })}
              </span>
            </div>
            <ul className="next-round__list" aria-describedby={`${uid}-people-hint`}>
              {plan.respondents.map((r) => (
                <li key={r.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={choice.kept.has(r.id)}
                      onChange={(e) => keep(r.id, e.target.checked)}
                    />
                    <span>
                      {t('round.dialog.person', { name: r.name, department: r.department })}
                      <span className="muted small">
                        {' · '}
                        {r.role ? `${r.role} · ` : ''}
                        {tn('round.dialog.answers', r.answers)}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>

      <div className="field next-round__carry">
        <label className="check check--block">
          <input
            type="checkbox"
            checked={choice.carry && kept > 0}
            disabled={kept === 0}
            onChange={(e) => change({ carry: e.target.checked })}
            aria-describedby={`${uid}-carry-hint`}
          />
          <span>
            {t('round.dialog.carry')}
            <span className="field__hint block" id={`${uid}-carry-hint`}>
              {kept === 0 ? t('round.dialog.carryNeedsPeople') : t('round.dialog.carryHint')}
            </span>
          </span>
        </label>
      </div>

      {newer && (
        <fieldset className="next-round__version">
          <legend>{t('round.dialog.questionnaire')}</legend>
          <div className="choice-list">
            <label className="choice">
              <input
                type="radio"
                name={`${uid}-version`}
                checked={!choice.useNewer}
                onChange={() => change({ useNewer: false })}
              />
              <span>
                {t('round.dialog.keepVersion', {
                  version: plan.questionnaire.version,
                  questions: formatInteger(plan.questionnaire.questions),
                })}
              </span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${uid}-version`}
                checked={choice.useNewer}
                onChange={() => change({ useNewer: true })}
              />
              <span>
                {t('round.dialog.useVersion', {
                  version: newer.questionnaire.version,
                  added: tn('round.dialog.added', newer.questionsAdded.length),
                  removed: tn('round.dialog.removed', newer.questionsRemoved.length),
                })}
              </span>
            </label>
          </div>
          {(newer.questionsAdded.length > 0 || newer.questionsRemoved.length > 0) && (
            <details className="next-round__changes">
              <summary>{t('round.dialog.changes')}</summary>
              <QuestionChanges
                added={newer.questionsAdded}
                removed={newer.questionsRemoved}
                addedTitle={t('round.dialog.addedList')}
                removedTitle={t('round.dialog.removedList')}
              />
            </details>
          )}
        </fieldset>
      )}

      <dl className="next-round__carried">
        <div>
          <dt>{t('round.dialog.carriedTitle')}</dt>
          <dd>{t('round.dialog.carriedBody')}</dd>
        </div>
        <div>
          <dt>{t('round.dialog.emptyTitle')}</dt>
          <dd>{t('round.dialog.emptyBody')}</dd>
        </div>
      </dl>

      <div className="next-round__footer">
        {failure && (
          <p className="field__error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {failure}
          </p>
        )}
        <div className="actions actions--end">
          <button type="button" className="btn btn--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t('round.dialog.starting') : t('round.dialog.submit', { number: formatInteger(plan.number) })}
          </button>
        </div>
      </div>
    </form>
  );
}
