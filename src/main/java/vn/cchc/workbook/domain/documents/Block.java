package vn.cchc.workbook.domain.documents;

/** What a section holds, in order: paragraphs and tables. */
public sealed interface Block permits Paragraph, Table {
}
