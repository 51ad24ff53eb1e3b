// A score then and now and the change between them, as the core compared
// two rounds: the change is a sign, the signed figure and the direction in
// words ("▲ +0.5 improved"), never colour alone. The Progress tab's tables
// share the three columns.
import type { ScoreChange } from '../api';
import { formatScore, formatScoreChange, t } from '../i18n';
import { directionMark, directionWord } from '../logic/rounds';

export function ChangeText({ change }: { change: ScoreChange }) {
  if (change.delta === null) return <span className="muted">{t('progress.missing')}</span>;
  return (
    <span className={`change change--${change.direction ?? 'none'}`}>
      <span className="change__mark" aria-hidden="true">
        {directionMark(change.direction)}
      </span>{' '}
      <span className="change__delta">{formatScoreChange(change.delta)}</span>{' '}
      <span className="change__word">{directionWord(change.direction)}</span>
    </span>
  );
}

/** The heads of the then, now and change columns (`numericChange`: the change column holds a bare figure). */
export function ChangeHeads({ numericChange = false }: { numericChange?: boolean }) {
  return (
    <>
      <th scope="col" className="num">
        {t('progress.col.then')}
      </th>
      <th scope="col" className="num">
        {t('progress.col.now')}
      </th>
      <th scope="col" className={numericChange ? 'num' : undefined}>
        {t('progress.col.change')}
      </th>
    </>
  );
}

/** The then, now and change cells of a row. */
export function ChangeCells({ change }: { change: ScoreChange }) {
  return (
    <>
      <td className="num">{formatScore(change.then)}</td>
      <td className="num">{formatScore(change.now)}</td>
      <td className="nowrap">
        <ChangeText change={change} />
      </td>
    </>
  );
}
