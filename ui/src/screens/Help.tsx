// Help: where the data lives (with "copy path"), what is kept where and when
// deleted data is gone (the database, its journal, migration backups, the
// user's own files, delete and undo), encryption (with the passphrase
// settings), anonymous assessments, packs coming back from
// department heads, live workshops (joining, isolated Wi-Fi, privacy), rounds
// (what a next round takes over, what starts empty, confirming carried
// answers, what the Progress tab's flags mean — with the core's
// thresholds), the keyboard shortcuts (the
// lists of logic/shortcuts.ts, the same the questionnaire shows), and the
// methodology, sent by the core as sections of paragraphs and lists and
// rendered as elements: its text is never markup.
import { useId, useRef, useState } from 'react';
import { call, type Help as HelpData, type HelpBlock } from '../api';
import { AsyncView } from '../components/AsyncView';
import { DataCopy } from '../components/DataCopy';
import { PassphraseSettings } from '../components/PassphraseSettings';
import { BackLink } from '../components/BackLink';
import { ScreenTitle } from '../components/Layout';
import { ShortcutTable } from '../components/Shortcuts';
import { useAsync } from '../hooks/useAsync';
import { usePreferences } from '../hooks/preferences';
import { useRules } from '../hooks/rules';
import { formatInteger, formatNumber, formatPercent, formatScore, t } from '../i18n';
import { copyText } from '../logic/clipboard';
import { GLOBAL_SHORTCUTS, LIVE_SHORTCUTS, QUESTIONNAIRE_SHORTCUTS } from '../logic/shortcuts';
import { UNDO_MS } from '../logic/undoOffer';

export function Help({ back }: { back: string }) {
  const { state, reload } = useAsync(() => call('get_help'), []);
  return (
    <section className="screen screen--help">
      <BackLink to={back} />
      <ScreenTitle sub={t('help.lead')}>{t('help.title')}</ScreenTitle>
      <AsyncView state={state} loading={t('help.loading')} error={t('help.error')} onRetry={reload}>
        {(help) => <HelpBody help={help} />}
      </AsyncView>
    </section>
  );
}

function HelpBody({ help }: { help: HelpData }) {
  const uid = useId();
  const { zoom } = usePreferences();
  const rounds = useRules().rounds;
  const [notice, setNotice] = useState<string | null>(null);
  const { data } = help;
  const paths = [
    { id: 'database', label: t('help.data.database'), value: data.databasePath },
    { id: 'backups', label: t('help.data.backups'), value: data.backupDir },
    { id: 'appData', label: t('help.data.appData'), value: data.appDataDir },
  ];
  return (
    <div className="help">
      <section className="card help__section" aria-labelledby={`${uid}-data`}>
        <h2 id={`${uid}-data`}>{t('help.data.title')}</h2>
        <p>{t('help.data.body')}</p>
        <p>{t('help.data.copy')}</p>
        <DataCopy />
        {data.databaseError && (
          <p className="field__error" role="alert">
            {t('help.data.error', { message: data.databaseError })}
          </p>
        )}
        <dl className="help__paths">
          {paths.map((p) => (
            <PathRow key={p.id} label={p.label} value={p.value} onCopied={setNotice} />
          ))}
          <div className="help__path">
            <dt>{t('help.data.version')}</dt>
            <dd>
              {help.appName} {help.version}
            </dd>
          </div>
        </dl>
        <p className="help__notice" role="status" aria-live="polite">
          {notice}
        </p>
      </section>

      <section id="help-privacy" className="card help__section" aria-labelledby={`${uid}-privacy`}>
        <h2 id={`${uid}-privacy`}>{t('help.privacy.title')}</h2>
        <p>{t('help.privacy.folders')}</p>
        <p>{t('help.privacy.journal')}</p>
        <p>{t('help.privacy.backups', { count: formatInteger(data.backupsKept) })}</p>
        <p>{t('help.privacy.delete', { seconds: formatInteger(UNDO_MS / 1000) })}</p>
        <p>{t('help.privacy.respondents')}</p>
        <p>{t('help.privacy.yourFiles')}</p>
      </section>

      <section className="card help__section" aria-labelledby={`${uid}-encryption`}>
        <h2 id={`${uid}-encryption`}>{t('help.encryption.title')}</h2>
        <p>{t('help.encryption.body')}</p>
        <p>{t('help.encryption.backups')}</p>
        <p>{t('help.encryption.packs')}</p>
        <PassphraseSettings />
      </section>

      <section id="help-anonymity" className="card help__section" aria-labelledby={`${uid}-anonymity`}>
        <h2 id={`${uid}-anonymity`}>{t('help.anonymity.title')}</h2>
        <p>{t('help.anonymity.names')}</p>
        <p>{t('help.anonymity.threshold')}</p>
        <p>{t('help.anonymity.quote')}</p>
        <p>{t('help.anonymity.off')}</p>
      </section>

      <section className="card help__section" aria-labelledby={`${uid}-packs`}>
        <h2 id={`${uid}-packs`}>{t('help.packs.title')}</h2>
        <p>{t('help.packs.import')}</p>
        <p>{t('help.packs.conflicts')}</p>
      </section>

      <section id="help-live" className="card help__section" aria-labelledby={`${uid}-live`}>
        <h2 id={`${uid}-live`}>{t('help.live.title')}</h2>
        <p>{t('help.live.join')}</p>
        <p>{t('help.live.isolation')}</p>
        <p>{t('help.live.privacy')}</p>
        <p>{t('help.live.rehearse')}</p>
      </section>

      <section id="help-rounds" className="card help__section" aria-labelledby={`${uid}-rounds`}>
        <h2 id={`${uid}-rounds`}>{t('help.rounds.title')}</h2>
        <p>{t('help.rounds.start')}</p>
        <p>{t('help.rounds.carried')}</p>
        <p>{t('help.rounds.empty')}</p>
        <p>{t('help.rounds.confirm')}</p>
        <p>{t('help.rounds.progress', { step: formatScore(rounds.directionStep) })}</p>
        <p>
          {t('help.rounds.flags', {
            coverage: formatPercent(rounds.lowCoverageBelow),
            carried: formatPercent(rounds.mostlyCarriedBelow),
          })}
        </p>
        <p>
          {t('help.rounds.diverging', {
            nps: formatNumber(rounds.divergingNpsDrop, 1),
            csat: formatNumber(rounds.divergingCsatDrop, 1),
          })}
        </p>
      </section>

      <section className="card help__section" aria-labelledby={`${uid}-keys`}>
        <h2 id={`${uid}-keys`}>{t('help.keys.title')}</h2>
        <div className="help__keys">
          <ShortcutTable caption={t('help.keys.questionnaire')} list={QUESTIONNAIRE_SHORTCUTS} />
          <ShortcutTable caption={t('help.keys.live')} list={LIVE_SHORTCUTS} />
          <ShortcutTable caption={t('help.keys.everywhere')} list={GLOBAL_SHORTCUTS} />
        </div>
        <p className="help__zoom">{t('help.zoomNow', { percent: formatPercent(zoom / 100) })}</p>
      </section>

      <section className="card help__section help__method" aria-labelledby={`${uid}-method`}>
        <h2 id={`${uid}-method`}>{t('help.method.title')}</h2>
        <p className="muted">{t('help.method.body')}</p>
        {help.methodology.map((s) => (
          <section key={s.heading} className="help__topic">
            <h3>{s.heading}</h3>
            {s.blocks.map((b, i) => (
              <Block key={i} block={b} />
            ))}
          </section>
        ))}
      </section>
    </div>
  );
}

/** A paragraph or a list; React escapes the text, so it stays text. */
function Block({ block }: { block: HelpBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'orderedList':
      return (
        <ol>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      );
  }
}

function PathRow({ label, value, onCopied }: { label: string; value: string | null; onCopied: (m: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  async function copy() {
    if (value === null) return;
    const ok = await copyText(value, {
      writeText: navigator.clipboard?.writeText ? (s) => navigator.clipboard.writeText(s) : undefined,
      selectAndCopy: () => {
        input.current?.focus();
        input.current?.select();
        return document.execCommand('copy');
      },
    });
    onCopied(ok ? t('help.copied', { what: label }) : t('help.copyFailed'));
  }
  return (
    <div className="help__path">
      <dt>
        <label htmlFor={id}>{label}</label>
      </dt>
      <dd>
        {value === null ? (
          <span className="muted">{t('help.data.unknown')}</span>
        ) : (
          <span className="help__pathRow">
            <input id={id} ref={input} className="input help__pathInput" readOnly value={value} spellCheck={false} />
            <button
              type="button"
              className="btn btn--secondary btn--small"
              onClick={() => void copy()}
              aria-label={t('help.copyLabel', { what: label })}
            >
              {t('help.copy')}
            </button>
          </span>
        )}
      </dd>
    </div>
  );
}
