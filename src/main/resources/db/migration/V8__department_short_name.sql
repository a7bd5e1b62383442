-- A department's short name for the score table's narrow column ("VP-TK"); only departments that have one get a row.
-- Documents and exports print the full name. The length equals Limits.SHORT_NAME_LENGTH.
-- A table of its own rather than a new column of department: altering department in a store file made by an older
-- release tripped an H2 2.5.252 MVStore assertion (FrozenStoreTest), creating a table does not.
CREATE TABLE department_short_name (
    assessment_id VARCHAR(200) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    department_id VARCHAR(200) NOT NULL,
    short_name    VARCHAR(40)  NOT NULL,
    PRIMARY KEY (assessment_id, department_id)
);
