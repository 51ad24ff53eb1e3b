-- 0004: the roadmap's phase capacities per assessment (scoring.md,
-- "Roadmap" rule 4a). No row, or NULL in a column, means the default
-- (Now 8, Next 12); a database from before opens with the defaults.
-- Append-only: once landed this file is never edited.
CREATE TABLE roadmap_capacity (
    assessment_id TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
    now_capacity  INTEGER CHECK (now_capacity BETWEEN 1 AND 100),
    next_capacity INTEGER CHECK (next_capacity BETWEEN 1 AND 100)
) WITHOUT ROWID;
