-- 0001: the first schema of the assessment store.
-- Append-only: once landed this file is never edited; later changes are new
-- files (0002_…). Times are RFC 3339 text in UTC, dates YYYY-MM-DD text.

CREATE TABLE assessments (
    id                     TEXT PRIMARY KEY NOT NULL,
    organisation           TEXT NOT NULL,
    title                  TEXT NOT NULL,
    status                 TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    starts_on              TEXT,
    ends_on                TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    -- The questionnaire the assessment is taken with, frozen as JSON: later
    -- edits of the questionnaire file never change an old assessment.
    questionnaire_id       TEXT NOT NULL,
    questionnaire_version  TEXT NOT NULL,
    questionnaire_snapshot TEXT NOT NULL,
    -- Questions in the snapshot, so lists can show completion without
    -- parsing every snapshot.
    question_count         INTEGER NOT NULL CHECK (question_count >= 0),
    -- Soft delete: the UI offers an undo window before a purge.
    deleted_at             TEXT
);

CREATE TABLE departments (
    id            TEXT PRIMARY KEY NOT NULL,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    position      INTEGER NOT NULL,
    UNIQUE (assessment_id, name)
);

CREATE TABLE respondents (
    id            TEXT PRIMARY KEY NOT NULL,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    department_id TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    role          TEXT,
    consensus     INTEGER NOT NULL DEFAULT 0 CHECK (consensus IN (0, 1)),
    created_at    TEXT NOT NULL
);
CREATE INDEX respondents_by_assessment ON respondents (assessment_id);
CREATE INDEX respondents_by_department ON respondents (department_id);

CREATE TABLE answers (
    respondent_id TEXT NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    value         TEXT NOT NULL CHECK (value IN ('1', '2', '3', '4', '5', 'na', 'unknown')),
    comment       TEXT,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (respondent_id, question_id)
) WITHOUT ROWID;

CREATE TABLE dimension_settings (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    dimension_id  TEXT NOT NULL,
    target        INTEGER CHECK (target BETWEEN 1 AND 5),
    importance    INTEGER CHECK (importance BETWEEN 1 AND 5),
    PRIMARY KEY (assessment_id, dimension_id)
) WITHOUT ROWID;

CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    metric        TEXT NOT NULL CHECK (metric IN ('nps', 'csat', 'churn')),
    value         REAL NOT NULL,
    date          TEXT,
    source        TEXT,
    recorded_at   TEXT NOT NULL
);
CREATE INDEX evidence_by_assessment ON evidence (assessment_id);

CREATE TABLE action_edits (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    action_id     TEXT NOT NULL,
    owner         TEXT,
    due           TEXT,
    status        TEXT CHECK (status IN ('planned', 'in_progress', 'done', 'blocked')),
    notes         TEXT,
    dropped       INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1)),
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, action_id)
) WITHOUT ROWID;

-- One row: the consultant's branding for every report of this installation.
CREATE TABLE branding (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    consultant_name TEXT,
    logo            BLOB,
    accent_colour   TEXT
);
