-- 0005: workshop votes (scoring.md, "Workshop votes"). A live-workshop
-- participant's first vote on a question, the one standing when the room's
-- votes were revealed, kept beside the final vote. The final vote is the
-- participant's answer in `answers`, so scoring reads nothing here.
-- `revoted_at` is when the participant last voted after the reveal; NULL
-- while they have not re-voted. No row: no vote cast before a reveal.
-- Append-only: once landed this file is never edited.
CREATE TABLE workshop_votes (
    respondent_id TEXT NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    first_value   TEXT NOT NULL CHECK (first_value IN ('1', '2', '3', '4', '5', 'na', 'unknown')),
    first_at      TEXT NOT NULL,
    revoted_at    TEXT,
    PRIMARY KEY (respondent_id, question_id)
) WITHOUT ROWID;
