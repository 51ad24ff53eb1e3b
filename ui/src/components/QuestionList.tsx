// Questions named for people: each prompt with its dimension after it, and
// the questions a round added and removed, each list under its own words.
// The next round's dialog, the note after starting a round and the Progress
// tab (overall and per dimension) list them the same way.
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

/**
 * The questions added and removed, each list (when not empty) under its
 * title: a heading where the lists stand in a section of their own, a small
 * line inside a table cell.
 */
export function QuestionChanges({
  added,
  removed,
  addedTitle,
  removedTitle,
  titles = 'heading',
}: {
  added: readonly QuestionRef[];
  removed: readonly QuestionRef[];
  addedTitle: string;
  removedTitle: string;
  titles?: 'heading' | 'line';
}) {
  const title = (text: string) =>
    titles === 'heading' ? <h3 className="subhead">{text}</h3> : <p className="small">{text}</p>;
  return (
    <>
      {added.length > 0 && (
        <>
          {title(addedTitle)}
          <QuestionList list={added} />
        </>
      )}
      {removed.length > 0 && (
        <>
          {title(removedTitle)}
          <QuestionList list={removed} />
        </>
      )}
    </>
  );
}
