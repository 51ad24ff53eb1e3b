// Questions named for people: each prompt with its dimension after it. The
// next round's dialog, the note after starting a round and the Progress tab
// list the questions added and removed with it.
import type { QuestionRef } from '../api';

export function QuestionList({ list }: { list: readonly QuestionRef[] }) {
  return (
    <ul className="question-list">
      {list.map((q) => (
        <li key={q.id}>
          {q.prompt}
          {q.dimension && <span className="muted small"> — {q.dimension}</span>}
        </li>
      ))}
    </ul>
  );
}
