-- 0008: anonymity. Append-only: once landed this file is never edited.

-- An anonymous assessment shows no respondent's name to readers and
-- withholds a department's own figure when fewer than `anonymity_threshold`
-- of its respondents have a numeric answer in it (scoring.md, "Anonymity").
ALTER TABLE assessments ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0
    CHECK (anonymous IN (0, 1));
ALTER TABLE assessments ADD COLUMN anonymity_threshold INTEGER NOT NULL DEFAULT 3
    CHECK (anonymity_threshold BETWEEN 2 AND 50);

-- A comment its author asked not to quote: the consultant sees it in the
-- app; no export carries it.
ALTER TABLE answers ADD COLUMN do_not_quote INTEGER NOT NULL DEFAULT 0
    CHECK (do_not_quote IN (0, 1));
