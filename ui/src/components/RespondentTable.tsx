// People and how far each got (and how many answers carried from the last
// round each still has to confirm), with Start / Continue / Review into the
// questionnaire: a department's group on the Respondents screen (with Edit)
// and the "Who answers" list of a pack session.
import type { RespondentView } from '../api';
import { formatInteger, localeName, t, tn } from '../i18n';
import { ProgressBar } from './Status';

export function RespondentTable({
  people,
  answerHref,
  onEdit,
  showConsensus = false,
}: {
  people: readonly RespondentView[];
  /** Where answering as this person happens. */
  answerHref: (r: RespondentView) => string;
  /** Offers Edit on every row (the actions column is then wider, for two buttons). */
  onEdit?: (r: RespondentView) => void;
  /** Marks who stands for a department consensus. */
  showConsensus?: boolean;
}) {
  return (
    <table className="table table--respondents">
      {onEdit && (
        <colgroup>
          <col className="col-name" />
          <col className="col-progress" />
          <col className="col-actions" />
        </colgroup>
      )}
      <thead>
        <tr>
          <th scope="col">{t('resp.col.name')}</th>
          <th scope="col">{t('resp.col.progress')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('resp.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((r) => {
          const finished = r.progress.answered >= r.progress.total && r.progress.carried === 0;
          const action = r.progress.answered === 0 ? t('resp.start') : finished ? t('resp.review') : t('resp.continue');
          const progress = t('resp.progress', {
            answered: formatInteger(r.progress.answered),
            total: formatInteger(r.progress.total),
          });
          return (
            <tr key={r.id}>
              <th scope="row">
                {r.name}
                {showConsensus && r.consensus && <span className="badge">{t('resp.consensusBadge')}</span>}
                {r.role && <span className="muted block small">{r.role}</span>}
                {r.locale && (
                  <span className="muted block small respondent-locale">
                    {t('lang.respondent.shown', { language: localeName(r.locale) })}
                  </span>
                )}
              </th>
              <td>
                <div className="completion">
                  <ProgressBar value={r.progress.answered} max={Math.max(r.progress.total, 1)} label={progress} />
                  <span>{progress}</span>
                </div>
                {r.progress.carried > 0 && (
                  <span className="block small carried-count">
                    <span aria-hidden="true">↻ </span>
                    {tn('resp.carried', r.progress.carried)}
                  </span>
                )}
              </td>
              <td className="row-actions">
                <a
                  className={`btn btn--small ${finished ? 'btn--secondary' : 'btn--primary'}`}
                  href={answerHref(r)}
                  aria-label={t('resp.answerLabel', { action, name: r.name })}
                >
                  {action}
                </a>
                {onEdit && (
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    aria-label={t('resp.editLabel', { name: r.name })}
                    onClick={() => onEdit(r)}
                  >
                    {t('resp.edit')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
