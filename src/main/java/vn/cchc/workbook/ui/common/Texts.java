package vn.cchc.workbook.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.domain.text.Messages;

/** Short helpers for the UI's Vietnamese texts and date formats. */
public final class Texts {

    private static final DateTimeFormatter DATE_TIME = VietnameseDates.DATE_TIME
            .withZone(ZoneId.systemDefault());

    private Texts() {
    }

    public static String t(String key, Object... args) {
        return Messages.get(key, args);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
