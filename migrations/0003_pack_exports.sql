-- 0003: the consultant's record of pack exports, this app's mark in the
-- file header, and the repair of times an older build could store unreadable.
-- Append-only: once landed this file is never edited.

-- Each pack export of a department: when a pack comes back, its export time
-- is checked against this record instead of being taken on the file's word.
CREATE TABLE pack_exports (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    department_id TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    exported_at   TEXT NOT NULL,
    PRIMARY KEY (assessment_id, department_id, exported_at)
) WITHOUT ROWID;

-- "CXM1": marks the file as this app's database, so that a database of
-- another program is recognised and left alone (store/mod.rs).
PRAGMA application_id = 1129860401;

-- Older builds stored a pack's time as given; a time whose UTC year fell
-- outside 0000-9999 (e.g. 0000-01-01T00:00:00+00:01) was written as text
-- that could not be read back, and every read of its assessment failed.
-- Such rows are dated at this migration instead, so the assessment opens.
UPDATE answers SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
 WHERE updated_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*';
UPDATE respondents SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
 WHERE created_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*';
