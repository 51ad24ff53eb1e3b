// A text field that saves when committed (Enter, leaving the field) while
// the core may return a new stored value at any time.
import { useState } from 'react';

/**
 * The field's draft: follows the stored value until the user types, then
 * keeps what they typed until `done` (committed). Returns the draft, its
 * setter for onChange, and `done`.
 */
export function useDraft(stored: string): [string, (v: string) => void, () => void] {
  const [draft, setDraft] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const [last, setLast] = useState(stored);
  if (stored !== last) {
    // The core returned a new value: show it unless the user is mid-edit.
    setLast(stored);
    if (!dirty) setDraft(stored);
  }
  return [
    draft,
    (v) => {
      setDraft(v);
      setDirty(true);
    },
    () => setDirty(false),
  ];
}
