// Limits on files the window reads before it hands them to the shell.

/** The largest questionnaire file accepted (the core's
 * `questionnaire::read::MAX_FILE_BYTES`; the shell refuses larger text too). */
export const MAX_QUESTIONNAIRE_BYTES = 5 * 1024 * 1024;
