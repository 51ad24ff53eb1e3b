// Copying a path for the user. The web view's async clipboard API may be
// missing or refused (WebKitGTK outside a secure context); then the text is
// selected in its field and copied the old way; failing that, the caller
// tells the user to press Ctrl+C on the selected text.

export interface ClipboardEnv {
  writeText?: (text: string) => Promise<void>;
  /** Selects the text in its field and runs the copy command. */
  selectAndCopy?: () => boolean;
}

/** Copies `text`; true when one of the ways worked. */
export async function copyText(text: string, env: ClipboardEnv): Promise<boolean> {
  if (env.writeText) {
    try {
      await env.writeText(text);
      return true;
    } catch {
      // Refused: fall through to the selection.
    }
  }
  try {
    return env.selectAndCopy?.() ?? false;
  } catch {
    return false;
  }
}
