// A self-paced session: one question at a time from the first unanswered,
// progress, previous / next, a jump to the first unanswered, and at the end
// a thank-you with the count answered and a way back to change answers.
import { useState } from 'react';
import { t, tn } from './i18n';
import { answeredCount, firstOpen, type FlatQuestion } from './logic';
import { QuestionCard } from './QuestionCard';
import type { Answers } from './useAnswers';

export function SelfPaced({
  questions,
  levels,
  answers,
}: {
  questions: FlatQuestion[];
  levels: string[];
  answers: Answers;
}) {
  const [position, setPosition] = useState<number | 'done'>(() =>
    questions.length === 0 ? 'done' : (firstOpen(questions, answers.saved) ?? 'done'),
  );
  const total = questions.length;
  const answered = answeredCount(questions, answers.saved);
  const open = firstOpen(questions, answers.saved);

  if (total === 0) return <p className="panel">{t('participant.answer.empty')}</p>;

  if (position === 'done') {
    return (
      <section className="panel done" aria-labelledby="done-heading">
        <h1 id="done-heading" tabIndex={-1}>
          {t('participant.done.heading')}
        </h1>
        <p>{tn('participant.done.count', answered, { total })}</p>
        {open !== null && <p>{tn('participant.done.open', total - answered)}</p>}
        <div className="actions">
          {open !== null && (
            <button type="button" className="button button--primary" onClick={() => setPosition(open)}>
              {t('participant.done.answerOpen')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => setPosition(0)}>
            {t('participant.done.change')}
          </button>
        </div>
      </section>
    );
  }

  const item = questions[position]!;
  const id = item.question.id;
  const last = position === total - 1;
  return (
    <>
      <div className="progress">
        <p className="progress__text">{tn('participant.answer.progress', answered, { total })}</p>
        <progress
          className="progress__bar"
          max={total}
          value={answered}
          aria-label={tn('participant.answer.progress', answered, { total })}
        />
        {open !== null && open !== position && (
          <button type="button" className="button button--link progress__open" onClick={() => setPosition(open)}>
            {t('participant.answer.firstOpen')}
          </button>
        )}
      </div>
      <QuestionCard
        key={id}
        item={item}
        levels={levels}
        chosen={answers.chosen.get(id)}
        state={answers.stateOf(id)}
        onChoose={(v) => answers.choose(id, v)}
        onRetry={() => answers.retry(id)}
        label={t('participant.answer.position', { index: position + 1, total })}
        idle={answers.saved.has(id) ? '' : t('participant.answer.notAnswered')}
      />
      <nav className="steps" aria-label={t('participant.answer.steps')}>
        <button
          type="button"
          className="button button--secondary"
          disabled={position === 0}
          onClick={() => setPosition(position - 1)}
        >
          {t('participant.answer.previous')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => setPosition(last ? 'done' : position + 1)}
        >
          {last ? t('participant.answer.finish') : t('participant.answer.next')}
        </button>
      </nav>
    </>
  );
}
