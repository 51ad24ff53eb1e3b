-- 0002: self-assessment by pack on the department head's side.
-- Append-only: once landed this file is never edited.
--
-- A pack session is an assessment that was opened from a pack file (its
-- assessment, department, respondent ids are the consultant's own) rather
-- than set up here. The row marks it as such and keeps what saving the
-- filled pack needs: the pack's ORIGINAL `exported_at`, so the consultant's
-- merge sees the head's answers (given after it) as changes and reports true
-- conflicts. Deleting the assessment deletes the session with it.

CREATE TABLE pack_sessions (
    assessment_id TEXT PRIMARY KEY NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    department_id TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    -- RFC 3339 UTC: when the consultant exported the first pack opened.
    exported_at   TEXT NOT NULL,
    -- RFC 3339 UTC: the export time of the newest pack opened (a re-sent
    -- pack is newer; one older than this changes nothing).
    newest_pack_at TEXT NOT NULL,
    -- File name (no folder) of the pack last opened into this session.
    source_file   TEXT NOT NULL,
    opened_at     TEXT NOT NULL,
    -- Last "Save filled pack": when, and the file name written.
    saved_at      TEXT,
    saved_file    TEXT
) WITHOUT ROWID;
