// What every screen shows of data it loads, in one place: a spinner while
// it loads, the reason and "Try again" when it failed, the empty state when
// there is nothing to show yet, else the content.
import type { ReactNode } from 'react';
import type { AsyncState } from '../hooks/useAsync';
import { EmptyState, ErrorPanel, Loading } from './Status';

export interface Empty<T> {
  /** Whether the loaded data has nothing to show. */
  when: (data: T) => boolean;
  title: string;
  body: string;
  /** A way on from the empty state (a link to where data comes from). */
  action?: ReactNode;
}

export function AsyncView<T>({
  state,
  loading,
  error,
  onRetry,
  empty,
  children,
}: {
  state: AsyncState<T>;
  /** Said while loading. */
  loading: string;
  /** The error panel's title. */
  error: string;
  onRetry: () => void;
  empty?: Empty<T>;
  /** The content, once loaded; without it only loading and errors show. */
  children?: (data: T) => ReactNode;
}) {
  if (state.status === 'loading') return <Loading label={loading} />;
  if (state.status === 'error') return <ErrorPanel title={error} error={state.error} onRetry={onRetry} />;
  if (empty?.when(state.data))
    return (
      <EmptyState title={empty.title} body={empty.body}>
        {empty.action}
      </EmptyState>
    );
  return <>{children?.(state.data)}</>;
}
