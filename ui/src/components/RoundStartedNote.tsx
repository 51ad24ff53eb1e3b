// What starting a round did, said once on the new round's Respondents
// screen: its title, the people kept, the answers carried, the questions
// added and removed by a newer questionnaire, and that customer evidence
// starts empty. Focus moves to it, so a screen reader hears it first.
import { useEffect, useRef } from 'react';
import type { RoundStartedView } from '../api';
import { formatInteger, t } from '../i18n';
import { startedMessages } from '../logic/rounds';
import { QuestionChanges } from './QuestionList';

export function RoundStartedNote({ started, onClose }: { started: RoundStartedView; onClose: () => void }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="card round-started" aria-labelledby="round-started-title">
      <h2 id="round-started-title" ref={ref} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {t('round.started.title', {
          number: formatInteger(started.assessment.round.number),
          title: started.assessment.title,
        })}
      </h2>
      <ul className="round-started__lines">
        {startedMessages(started).map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <QuestionChanges
        added={started.questionsAdded}
        removed={started.questionsRemoved}
        addedTitle={t('round.started.added')}
        removedTitle={t('round.started.removed')}
      />
      <div className="actions actions--end">
        <button type="button" className="btn btn--secondary btn--small" onClick={onClose}>
          {t('round.started.close')}
        </button>
      </div>
    </section>
  );
}
