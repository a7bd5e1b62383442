-- Schema version 3: the store's record of itself, compared with the side file workbook.state at every start
-- (see StoreState). One row; every change of the store counts itself here in its own transaction.
-- Written so that a migration killed half-way can run again.
CREATE TABLE IF NOT EXISTS store_state (
    id                 INT    PRIMARY KEY CHECK (id = 1),
    write_count        BIGINT NOT NULL,
    assessment_count   BIGINT NOT NULL,
    criteria_set_count BIGINT NOT NULL
);
MERGE INTO store_state (id, write_count, assessment_count, criteria_set_count) KEY (id)
    VALUES (1, 0, (SELECT COUNT(*) FROM assessment), (SELECT COUNT(*) FROM criteria_set));
