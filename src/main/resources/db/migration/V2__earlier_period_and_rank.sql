-- CCHC Workbook local store, schema version 2: targets, comparison and ranking (issue 7).

-- The rank the unit published for the period ("xếp thứ 4/18 xã, thị trấn"), as typed.
ALTER TABLE assessment ADD COLUMN rank_text VARCHAR(2000) DEFAULT '' NOT NULL;

-- The earlier period an assessment is compared with: a snapshot of its appraised figures, kept with the later
-- assessment (and in its .cchc file), so the earlier assessment may be gone. At most one per assessment.
CREATE TABLE earlier_period (
    assessment_id         VARCHAR(200)  PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
    earlier_assessment_id VARCHAR(200)  NOT NULL,
    unit_name             VARCHAR(2000) NOT NULL,
    period_kind           VARCHAR(30)   NOT NULL,
    period_text           VARCHAR(2000) NOT NULL,
    period_year           INT           NOT NULL,
    criteria_set_id       VARCHAR(200)  NOT NULL,
    rank_text             VARCHAR(2000) NOT NULL,
    maximum               decimal_text  NOT NULL,
    applicable_maximum    decimal_text  NOT NULL,
    total                 decimal_text  NOT NULL,
    index_value           decimal_text
);

-- Every node of the earlier set in printed order; points and deduction are null where nothing was scored.
CREATE TABLE earlier_node (
    assessment_id  VARCHAR(200)  NOT NULL REFERENCES earlier_period (assessment_id) ON DELETE CASCADE,
    node_index     INT           NOT NULL,
    code           VARCHAR(100)  NOT NULL,
    title          VARCHAR       NOT NULL,
    depth          INT           NOT NULL,
    max_points     decimal_text  NOT NULL,
    points         decimal_text,
    deduction      decimal_text,
    opinion        VARCHAR       NOT NULL,
    not_applicable BOOLEAN       NOT NULL,
    PRIMARY KEY (assessment_id, node_index)
);

-- Each department's figures in the earlier period (matched by name; blank name = unassigned points).
CREATE TABLE earlier_department (
    assessment_id    VARCHAR(200)  NOT NULL REFERENCES earlier_period (assessment_id) ON DELETE CASCADE,
    department_index INT           NOT NULL,
    name             VARCHAR(2000) NOT NULL,
    responsible      decimal_text  NOT NULL,
    achieved         decimal_text  NOT NULL,
    deduction        decimal_text  NOT NULL,
    PRIMARY KEY (assessment_id, department_index)
);
