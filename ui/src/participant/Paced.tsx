// A paced session: the page follows the room. Waiting for the facilitator;
// the blind vote on the question shown (the page never shows anyone else's
// vote); the reveal, with the person's own vote, while the room discusses;
// the re-vote with the current answer preselected.
import { useEffect } from 'react';
import { t } from './i18n';
import type { FlatQuestion } from './logic';
import { QuestionCard } from './QuestionCard';
import type { Answers } from './useAnswers';
import type { RoomState, Value } from './wire';

export function Paced({
  room,
  questions,
  levels,
  answers,
}: {
  room: RoomState;
  questions: FlatQuestion[];
  levels: string[];
  answers: Answers;
}) {
  const item = room.question === null ? undefined : questions.find((q) => q.question.id === room.question);
  const id = item?.question.id;
  const { resetState } = answers;

  // Each vote and re-vote starts without the status of the one before.
  useEffect(() => {
    if (id !== undefined && (room.phase === 'voting' || room.phase === 'revote')) resetState(id);
  }, [id, room.phase, resetState]);

  if (room.phase === 'waiting' || room.question === null) {
    return (
      <section className="panel room" aria-labelledby="room-heading">
        <h1 id="room-heading">{t('participant.room.waiting')}</h1>
        <p>{t('participant.room.waitingHint')}</p>
      </section>
    );
  }
  if (item === undefined || id === undefined) {
    return (
      <section className="panel room" aria-labelledby="room-heading">
        <h1 id="room-heading">{t('participant.room.waiting')}</h1>
        <p>{t('participant.room.unknownQuestion')}</p>
      </section>
    );
  }
  if (room.phase === 'revealed') {
    const own = answers.saved.get(id);
    return (
      <section className="panel room room--revealed" aria-labelledby="room-heading">
        <h1 id="room-heading">{t('participant.room.revealed')}</h1>
        <p>{t('participant.room.revealedHint')}</p>
        <p className="room__dimension">{item.dimension.title}</p>
        <p className="room__prompt">{item.question.prompt}</p>
        <div className="own-vote">
          <p className="own-vote__label">{t('participant.room.yourVote')}</p>
          <p className="own-vote__value" data-own-vote={own === undefined ? '' : String(own)}>
            {own === undefined ? t('participant.room.noVote') : valueText(own, levels)}
          </p>
        </div>
      </section>
    );
  }
  const revote = room.phase === 'revote';
  const current = answers.saved.get(id);
  return (
    <QuestionCard
      key={`${id}-${room.phase}`}
      item={item}
      levels={levels}
      chosen={answers.chosen.get(id)}
      state={answers.stateOf(id)}
      onChoose={(v) => answers.choose(id, v)}
      onRetry={() => answers.retry(id)}
      label={
        <span className={revote ? 'tag tag--revote' : 'tag'}>
          {revote ? t('participant.room.revote') : t('participant.room.vote')}
        </span>
      }
      idle={answers.chosen.has(id) ? '' : t('participant.answer.notAnswered')}
    >
      {revote && current !== undefined && (
        <p className="question__current">{t('participant.room.current', { answer: valueText(current, levels) })}</p>
      )}
      <p className="question__note">{revote ? t('participant.room.revoteHint') : t('participant.room.blind')}</p>
    </QuestionCard>
  );
}

/** An answer in words: "Level 3: Defined", "Not applicable", "Don't know". */
export function valueText(value: Value, levels: string[]): string {
  if (value === 'na') return t('participant.answer.na');
  if (value === 'unknown') return t('participant.answer.unknown');
  return t('participant.answer.level', { level: value, name: levels[value - 1] ?? '' });
}
