-- 0006: rounds of an assessment (scoring.md, "Rounds and progress").
-- Append-only: once landed this file is never edited.

-- The round this assessment follows, if it was started as the next round
-- of an earlier one. Purging the earlier round leaves the later one as the
-- first of what remains of its chain.
ALTER TABLE assessments ADD COLUMN previous_id TEXT
    REFERENCES assessments (id) ON DELETE SET NULL;

-- A round has at most one live next round: a chain never forks. A deleted
-- next round (waiting for its undo to expire) does not hold the place.
CREATE UNIQUE INDEX assessments_next_round ON assessments (previous_id)
    WHERE previous_id IS NOT NULL AND deleted_at IS NULL;

-- 1 while the answer is the previous round's, carried forward and not yet
-- confirmed or changed by its respondent. It counts in every figure
-- like any other answer; `confirmed` shares are computed from it.
ALTER TABLE answers ADD COLUMN carried INTEGER NOT NULL DEFAULT 0 CHECK (carried IN (0, 1));
