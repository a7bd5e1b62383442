-- CCHC Workbook local store, schema version 10: the rounds between a unit and its appraiser (issue 16 item 5).
-- Whose copy a workbook is (null: not in the rounds yet), each step made with its day and who, and the deadlines of
-- the province's plan. A workbook stored before this version has no rows: its stage is implied by its fields.

ALTER TABLE assessment ADD COLUMN copy_side VARCHAR(20);

CREATE TABLE round_step (
    assessment_id VARCHAR(200) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    stage         VARCHAR(30)  NOT NULL,
    step_date     DATE         NOT NULL,
    person_name   VARCHAR(200) NOT NULL,
    organisation  VARCHAR(300) NOT NULL,
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE round_deadline (
    assessment_id VARCHAR(200) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    stage         VARCHAR(30)  NOT NULL,
    deadline      DATE         NOT NULL,
    PRIMARY KEY (assessment_id, stage)
);
