// A field's error under it, marked with a warning sign that screen readers
// skip (the text says it all). `id` ties it to the field's
// aria-describedby; `alert` announces it at once.
import type { ReactNode } from 'react';

export function FieldError({ id, alert, children }: { id?: string; alert?: boolean; children: ReactNode }) {
  return (
    <p className="field__error" id={id} role={alert ? 'alert' : undefined}>
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}
