-- CCHC Workbook local store, schema version 6: evidence files kept inside the workbook (issue 16).
--
-- The file itself lives once, by its SHA-256, in the data folder's evidence/ folder (EvidenceFolder); a row here
-- describes the copy a tài liệu kiểm chứng refers to. All four columns are null for a document cited without a file
-- (file_path then may hold a path from workbooks made before files were kept inside).
ALTER TABLE evidence ADD COLUMN file_name   VARCHAR(400);
ALTER TABLE evidence ADD COLUMN file_type   VARCHAR(10);
ALTER TABLE evidence ADD COLUMN file_size   BIGINT;
ALTER TABLE evidence ADD COLUMN file_sha256 CHAR(64);
CREATE INDEX evidence_by_sha256 ON evidence (file_sha256);
