// The core's rules the screens apply while the user types (text limits,
// file sizes, evidence ranges), loaded once when the window opens. They
// never change while the app runs; the store checks them again on every
// write, so a screen that did not ask still cannot store too much.
import { createContext, useContext, type ReactNode } from 'react';
import { call, type Rules } from '../api';
import { AsyncView } from '../components/AsyncView';
import { t } from '../i18n';
import { useAsync } from './useAsync';

const Context = createContext<Rules | null>(null);

/** Renders `children` once the rules are loaded (a retry if they are not). */
export function RulesProvider({ children }: { children: ReactNode }) {
  const { state, reload } = useAsync(() => call('rules'), []);
  if (state.status !== 'ready')
    return (
      <main className="screen">
        <AsyncView state={state} loading={t('common.loading')} error={t('app.rulesError')} onRetry={reload} />
      </main>
    );
  return <Context.Provider value={state.data}>{children}</Context.Provider>;
}

/** The core's rules; only inside `RulesProvider`. */
export function useRules(): Rules {
  const rules = useContext(Context);
  if (rules === null) throw new Error('useRules outside RulesProvider');
  return rules;
}
