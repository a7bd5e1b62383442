package vn.cchc.workbook.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import vn.cchc.workbook.domain.text.Messages;

/**
 * The licences the About box lists: the program's own (Apache 2.0) and every library shipped in it, from
 * META-INF/third-party/THIRD-PARTY.txt, which the build writes from the libraries' own descriptions. Each library's
 * LICENSE and NOTICE files are kept beside it in the jar (META-INF/third-party/&lt;library&gt;/).
 */
public final class ThirdPartyNotices {

    static final String LIST = "/META-INF/third-party/THIRD-PARTY.txt";

    private ThirdPartyNotices() {
    }

    /** The text shown under "Giấy phép": the program's licence, then one line per library with its licence. */
    public static String text() {
        StringBuilder text = new StringBuilder(Messages.get("help.about.licence.program")).append("\n\n");
        try (InputStream in = ThirdPartyNotices.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return text.append(Messages.get("help.about.licence.missing")).toString();
            }
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.append(Messages.get("help.about.licence.libraries")).append("\n\n")
                    .append(list.replaceAll("(?m)^\\s+", "")).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
