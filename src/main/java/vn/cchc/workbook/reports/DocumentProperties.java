package vn.cchc.workbook.reports;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The file's document properties: the unit as author and the program as the application, instead of POI's
 * "Apache POI", which Excel shows under File › Info and which would travel with every attachment.
 */
final class DocumentProperties {

    private DocumentProperties() {
    }

    static void set(SXSSFWorkbook workbook, String author, String title) {
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        core.setTitle(DocumentText.upper(title));
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(Messages.get("print.program"));
    }
}
