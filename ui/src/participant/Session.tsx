// A joined participant's session: follows the room (for a paced session's
// questions, and for every session's end), keeps the answers and their save
// status, and shows the self-paced questions, the paced room, or the end.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiProblem } from './api';
import { t, tn } from './i18n';
import { answerMap, answeredCount, flatten } from './logic';
import { Paced } from './Paced';
import { SelfPaced } from './SelfPaced';
import { useAnswers } from './useAnswers';
import { useRoom } from './useRoom';
import type { ParticipantView, QuestionnaireView, RoomState } from './wire';

export interface Entered {
  token: string;
  me: ParticipantView;
  questionnaire: QuestionnaireView;
  room: RoomState;
}

export function Session({
  entered,
  onLost,
  onEnded,
  onJoinAgain,
}: {
  entered: Entered;
  /** The token no longer opens a participant (removed from the assessment). */
  onLost: () => void;
  /** The session has ended: its token is of no more use. */
  onEnded: () => void;
  onJoinAgain: () => void;
}) {
  const { token, questionnaire } = entered;
  const questions = useMemo(() => flatten(questionnaire), [questionnaire]);
  const initial = useMemo(() => answerMap(questionnaire), [questionnaire]);
  const [endedByRefusal, setEndedByRefusal] = useState(false);
  // A refusal of the token ends the session on this page when the server
  // says the session ended; otherwise the person joins again.
  const refused = useCallback(
    (p: ApiProblem) => (p.kind === 'sessionEnded' ? setEndedByRefusal(true) : onLost()),
    [onLost],
  );
  const answers = useAnswers(token, initial, refused);
  const { room, reconnecting } = useRoom(token, entered.room, refused);
  const ended = room.ended || endedByRefusal;
  useEffect(() => {
    if (ended) onEnded();
  }, [ended, onEnded]);

  let content;
  if (ended) {
    const answered = answeredCount(questions, answers.saved);
    content = (
      <section className="panel ended" aria-labelledby="ended-heading">
        <h1 id="ended-heading">{t('participant.ended.heading')}</h1>
        <p>{tn('participant.ended.answered', answered)}</p>
        <button type="button" className="button button--secondary" onClick={onJoinAgain}>
          {t('participant.ended.again')}
        </button>
      </section>
    );
  } else if (room.paced) {
    content = <Paced room={room} questions={questions} levels={questionnaire.levels} answers={answers} />;
  } else {
    content = <SelfPaced questions={questions} levels={questionnaire.levels} answers={answers} />;
  }

  return (
    <>
      {reconnecting && !ended && (
        <p className="notice notice--warn reconnecting" role="status">
          {t('participant.page.reconnecting')}
        </p>
      )}
      {content}
    </>
  );
}
