package vn.cchc.workbook.domain.assessment;

import java.time.LocalDate;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.TextFolding;

/**
 * The name of the file a "Gửi …" step saves: "Hien Thanh - 6 thang dau nam 2023 - Tu danh gia - gui tham dinh -
 * 2026-12-06.cchc". Plain ASCII (marks folded, anything but letters, digits, spaces and {@code -_.,()} dropped), so
 * that it survives every mail system and the other side's Windows, and says at a glance which step it is.
 */
public final class RoundFileName {

    /** Keeps the whole name well under Windows' 255 characters. */
    static final int MAX_PART = 60;

    private RoundFileName() {
    }

    /** The file name (with the .cchc extension) for the step reaching {@code step}, made on {@code date}. */
    public static String of(Assessment assessment, Stage step, LocalDate date) {
        if (step.actor() == null) {
            throw new IllegalArgumentException("No step reaches " + step);
        }
        String unit = part(assessment.unit().name());
        String period = part(assessment.period().labelWithYear(assessment.year()));
        StringBuilder name = new StringBuilder();
        if (!unit.isEmpty()) {
            name.append(unit).append(" - ");
        }
        if (!period.isEmpty()) {
            name.append(period).append(" - ");
        }
        name.append(part(Messages.get("rounds.file." + step.id()))).append(" - ").append(date).append(".cchc");
        return name.toString();
    }

    private static String part(String text) {
        String ascii = TextFolding.withoutMarks(text).replaceAll("[^A-Za-z0-9 _.,()\\-]+", " ")
                .replaceAll("\\s+", " ").strip().replaceAll("^[. ]+|[. ]+$", "");
        return ascii.length() <= MAX_PART ? ascii : ascii.substring(0, MAX_PART).strip();
    }
}
