// The one way a form marks the fields at fault: each gets aria-invalid,
// aria-describedby pointing at its error text (after its hint), the error
// under it with a warning sign (FieldError: a mark that is not colour
// alone, beside the thicker border), and after a refused save the focus
// moves to the first field at fault in the form's order. Errors come from
// the form's own checks (`show`) or from a refused call (`refused`, the
// core naming the field — see logic/fieldErrors.ts).
import { useEffect, useId, useState, type ReactNode } from 'react';
import { errorIssues } from '../api';
import { FieldError } from '../components/FieldError';
import { fieldErrorsOf, firstAtFault, withoutField, type FieldErrors } from '../logic/fieldErrors';

export interface FieldMarks<K extends string> {
  /** The message per field at fault. */
  readonly errors: FieldErrors<K>;
  /** The id of a field's control (for its label's htmlFor and for links to it). */
  id(field: K): string;
  /** The props that mark a control: id, aria-invalid, aria-describedby (`hint` first). */
  control(
    field: K,
    hint?: string,
  ): { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  /**
   * The field's error under it, or nothing; `alert` announces it at once
   * (for a field that saves on its own, where focus does not move).
   */
  error(field: K, options?: { alert?: boolean }): ReactNode;
  /** Shows exactly these errors (a form's submit); `focus` moves to the first field at fault. */
  show(errors: FieldErrors<K>, options?: { focus?: boolean }): void;
  /** Marks one field beside the others (a field that saves on its own). */
  mark(field: K, message: string): void;
  /**
   * A refused call: marks the fields its error names (`fieldOf` maps the
   * core's paths to this form's fields) beside those already marked,
   * focusing the first at fault when `focus`. True when it named one, so
   * the form need not say it again.
   */
  refused(error: unknown, fieldOf: (path: string) => K | null, options?: { focus?: boolean }): boolean;
  /** The field was changed or saved: its error goes. */
  clear(field: K): void;
}

/** Field marks for a form whose fields, in on-screen order, are `order`. */
export function useFieldErrors<K extends string>(order: readonly K[]): FieldMarks<K> {
  const uid = useId();
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  // Focus moves once the marked fields are on screen (a field may appear
  // only with its error, the questionnaire's file input say).
  const [focusRequest, setFocusRequest] = useState(0);
  const id = (field: K) => `${uid}-${field}`;
  const errorId = (field: K) => `${uid}-${field}-err`;

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = firstAtFault(errors, order);
    if (first !== null) document.getElementById(id(first))?.focus();
    // Only a new request moves the focus, not every change of the errors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const show = (next: FieldErrors<K>, options: { focus?: boolean } = {}) => {
    setErrors(next);
    if (options.focus && firstAtFault(next, order) !== null) setFocusRequest((n) => n + 1);
  };

  return {
    errors,
    id,
    control: (field, hint) => {
      const bad = errors[field] !== undefined;
      return {
        id: id(field),
        'aria-invalid': bad ? true : undefined,
        'aria-describedby': [hint, bad ? errorId(field) : null].filter(Boolean).join(' ') || undefined,
      };
    },
    error: (field, options = {}) => {
      const message = errors[field];
      return message === undefined ? null : (
        <FieldError id={errorId(field)} alert={options.alert}>
          {message}
        </FieldError>
      );
    },
    show,
    mark: (field, message) => setErrors((e) => ({ ...e, [field]: message })),
    refused: (error, fieldOf, options = {}) => {
      const named = fieldErrorsOf(errorIssues(error), fieldOf);
      if (Object.keys(named).length === 0) return false;
      // Added to the fields already at fault: a refused owner leaves the
      // due date's error where it is.
      setErrors((e) => ({ ...e, ...named }));
      if (options.focus) setFocusRequest((n) => n + 1);
      return true;
    },
    clear: (field) => setErrors((e) => withoutField(e, field)),
  };
}
