// One question as a phone shows it: its dimension, the prompt, the help to
// open, the five levels each with its behaviour anchor, "Not applicable" and
// "Don't know", as one radio group with large touch targets; the chosen
// answer carries its save status, and the status line says the reason and
// offers a retry when the server refused it.
import { useEffect, useRef, type ReactNode } from 'react';
import { t } from './i18n';
import type { FlatQuestion } from './logic';
import type { SaveState } from './useAnswers';
import type { Value } from './wire';

export function QuestionCard({
  item,
  levels,
  chosen,
  state,
  onChoose,
  onRetry,
  label,
  idle,
  children,
}: {
  item: FlatQuestion;
  levels: string[];
  chosen: Value | undefined;
  state: SaveState;
  onChoose: (value: Value) => void;
  onRetry: () => void;
  /** Above the dimension: "Question 3 of 45", "Vote", "Re-vote". */
  label: ReactNode;
  /** The status line while nothing was saved on this screen. */
  idle: string;
  children?: ReactNode;
}) {
  const { question, dimension } = item;
  const heading = useRef<HTMLHeadingElement>(null);
  const name = `answer-${question.id}`;

  // A new question takes the focus to its prompt, so a screen reader reads it
  // and the page starts at its top.
  useEffect(() => {
    heading.current?.focus();
  }, [question.id]);

  const choice = (value: Value, title: string, anchor: string | null, className: string) => {
    const checked = chosen === value;
    return (
      <label className={`choice ${className}${checked ? ' choice--checked' : ''}`} key={String(value)}>
        <input
          type="radio"
          className="choice__input"
          name={name}
          value={String(value)}
          checked={checked}
          onChange={() => onChoose(value)}
          onClick={() => {
            // Choosing the chosen answer again sends it again (a re-vote that
            // keeps the answer, or a retry).
            if (checked && state.status !== 'saving') onChoose(value);
          }}
        />
        <span className="choice__body">
          <span className="choice__title">{title}</span>
          {anchor !== null && <span className="choice__anchor">{anchor}</span>}
          {checked && state.status !== 'idle' && (
            <span className={`choice__badge choice__badge--${state.status}`} aria-hidden="true">
              {badge(state)}
            </span>
          )}
        </span>
      </label>
    );
  };

  return (
    <section className="question" aria-labelledby={`prompt-${question.id}`}>
      <p className="question__label">{label}</p>
      <p className="question__dimension">{dimension.title}</p>
      <h1 className="question__prompt" id={`prompt-${question.id}`} tabIndex={-1} ref={heading}>
        {question.prompt}
      </h1>
      {children}
      {question.help && (
        <details className="question__help">
          <summary>{t('participant.answer.help')}</summary>
          <p>{question.help}</p>
        </details>
      )}
      <fieldset className="choices">
        <legend className="choices__legend">{t('participant.answer.choices')}</legend>
        {levels.map((levelName, i) =>
          choice(
            (i + 1) as Value,
            t('participant.answer.level', { level: i + 1, name: levelName }),
            question.anchors[i] ?? '',
            'choice--level',
          ),
        )}
        <div className="choices__other">
          {choice('na', t('participant.answer.na'), null, 'choice--other')}
          {choice('unknown', t('participant.answer.unknown'), null, 'choice--other')}
        </div>
      </fieldset>
      <SaveLine state={state} idle={idle} onRetry={onRetry} />
    </section>
  );
}

function badge(state: SaveState): string {
  switch (state.status) {
    case 'saving':
      return t('participant.answer.saving');
    case 'saved':
      return `✓ ${t('participant.answer.saved')}`;
    case 'failed':
      return `! ${t('participant.answer.notSavedShort')}`;
    default:
      return '';
  }
}

/** The question's save status in a polite live region; `data-save-state` lets tests wait for a state. */
function SaveLine({ state, idle, onRetry }: { state: SaveState; idle: string; onRetry: () => void }) {
  return (
    <div
      className={`save-line save-line--${state.status}`}
      role="status"
      aria-live="polite"
      data-save-state={state.status}
    >
      {state.status === 'idle' && <span>{idle}</span>}
      {state.status === 'saving' && <span>{t('participant.answer.saving')}</span>}
      {state.status === 'saved' && <span>✓ {t('participant.answer.saved')}</span>}
      {state.status === 'failed' && (
        <>
          <span>{t('participant.answer.notSaved', { message: state.message })}</span>
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('participant.answer.retry')}
          </button>
        </>
      )}
    </div>
  );
}
