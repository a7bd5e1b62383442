-- CCHC Workbook local store, schema version 7: the user's edits to the drafted documents (issue 17).
-- Only what the user changed is kept; everything else is drafted again from the figures on each export.

-- Section order and dropped sections of each document (cong-van, bao-cao, ke-hoach).
CREATE TABLE document_section (
    assessment_id VARCHAR(200) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    document      VARCHAR(30)  NOT NULL,
    section_id    VARCHAR(200) NOT NULL,
    position      INT,
    dropped       BOOLEAN      NOT NULL,
    PRIMARY KEY (assessment_id, document, section_id)
);

-- Paragraphs rewritten by hand, with the text the program had drafted when they were edited (to flag a paragraph
-- whose figures have changed since).
CREATE TABLE document_paragraph (
    assessment_id VARCHAR(200) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    document      VARCHAR(30)  NOT NULL,
    paragraph_id  VARCHAR(200) NOT NULL,
    position      INT          NOT NULL,
    text          VARCHAR      NOT NULL,
    drafted       VARCHAR      NOT NULL,
    PRIMARY KEY (assessment_id, document, paragraph_id)
);
