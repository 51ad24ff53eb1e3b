// Renders the app's shortcut lists (logic/shortcuts.ts): as the compact hint
// line under a question, and as tables on the Help screen.
import { Fragment } from 'react';
import { t } from '../i18n';
import { keyCap, type Shortcut } from '../logic/shortcuts';

/** The key caps of one shortcut: "1–5", "← →", "N". */
export function KeyCaps({ shortcut }: { shortcut: Shortcut }) {
  const { keys, range } = shortcut;
  const shown = range && keys.length > 1 ? [keys[0]!, keys[keys.length - 1]!] : keys;
  return (
    <>
      {shown.map((k, i) => (
        <Fragment key={k}>
          {i > 0 && (range ? '–' : ' ')}
          <kbd>{keyCap(k, (n) => t(`key.${n}`))}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/** One line of hints, e.g. under the questionnaire's answers. */
export function ShortcutHint({ label, list }: { label: string; list: readonly Shortcut[] }) {
  return (
    <p className="shortcuts" aria-label={label}>
      <span className="shortcuts__label">
        {label}
        {t('common.colon').trimEnd()}
      </span>
      {list.map((s) => (
        <span key={s.does}>
          <KeyCaps shortcut={s} /> {t(s.does)}
        </span>
      ))}
    </p>
  );
}

/** A table of shortcuts with a caption, for the Help screen. */
export function ShortcutTable({ caption, list }: { caption: string; list: readonly Shortcut[] }) {
  return (
    <table className="table table--shortcuts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('help.keys.key')}</th>
          <th scope="col">{t('help.keys.does')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((s) => (
          <tr key={s.does}>
            <th scope="row" className="shortcut-keys">
              <KeyCaps shortcut={s} />
            </th>
            <td>{t(s.does)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
