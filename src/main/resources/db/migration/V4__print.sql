-- CCHC Workbook local store, schema version 4: print-ready documents (issue 13).

-- Whether the header block prints the parent authority: 'theo-loai' (by the unit's kind), 'in' or 'khong-in'.
ALTER TABLE assessment ADD COLUMN parent_line VARCHAR(20) DEFAULT 'theo-loai' NOT NULL;

-- The total and index the province announced in its decision (beside the computed ones), and that decision.
ALTER TABLE assessment ADD COLUMN published_total decimal_text;
ALTER TABLE assessment ADD COLUMN published_index decimal_text;
ALTER TABLE assessment ADD COLUMN published_decision VARCHAR(2000) DEFAULT '' NOT NULL;
