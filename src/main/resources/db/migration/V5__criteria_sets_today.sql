-- CCHC Workbook local store, schema version 5: criteria sets as provinces publish them today (issue 15).

-- What kind of unit is scored within its level (xa, phuong, dac-khu; huyen and thi-tran before 7/2025).
-- Null for rows stored before kinds existed: they are read as the usual kind of their level.
ALTER TABLE assessment ADD COLUMN unit_kind VARCHAR(20);

-- A set kept as the province published it, although its maxima do not add up (each difference is a warning).
ALTER TABLE criteria_tree ADD COLUMN as_published BOOLEAN DEFAULT FALSE NOT NULL;

-- The per-item rule ("mỗi nội quy … đạt: 0,5 điểm") and the province's words a rule was read from on import.
ALTER TABLE criterion_node ADD COLUMN per_item decimal_text;
ALTER TABLE criterion_node ADD COLUMN rule_wording VARCHAR DEFAULT '' NOT NULL;

-- V1 created the rule-kind check without a name; H2 2.3 named it CONSTRAINT_622 (the same in every store made by
-- V1). It is replaced by a named check that admits the new kind.
ALTER TABLE criterion_node DROP CONSTRAINT IF EXISTS CONSTRAINT_622;
ALTER TABLE criterion_node ADD CONSTRAINT criterion_node_rule_kind
    CHECK (rule_kind IN ('manual', 'given', 'levels', 'ratio', 'deductions', 'per-item', 'sum'));
