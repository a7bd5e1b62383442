package vn.cchc.workbook.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.cchc.workbook.domain.text.Messages;

/**
 * The tables a unit hands in, one sheet each. The ids are the ones typed on the command line
 * ({@code --reports phu-luc,don-vi}).
 */
public enum ReportKind {
    /** Phụ lục kết quả đánh giá: every criterion (or only those that lost points) with self and appraised scores. */
    PHU_LUC("phu-luc"),
    /** Tổng hợp theo đơn vị phụ trách: each department's points, what it lost and why. */
    DON_VI("don-vi"),
    /** Kết quả theo lĩnh vực và mục tiêu: each field against the previous period and the target. */
    LINH_VUC("linh-vuc"),
    /** Tiến độ thực hiện theo đơn vị: points now and expected by the end of the period, per department. */
    TIEN_DO("tien-do"),
    /** Kế hoạch khắc phục: every lost point with its remedy, deadline and status, grouped by department. */
    KHAC_PHUC("khac-phuc"),
    /**
     * So sánh kết quả với kỳ trước: this period against the linked earlier one, per lĩnh vực, criterion and
     * department, with the deductions that repeat. Only for a workbook with an earlier period linked, so not among
     * the {@link #standard()} reports.
     */
    SO_SANH("so-sanh");

    private final String id;

    ReportKind(String id) {
        this.id = id;
    }

    /** Stable identifier used on the command line and in saved settings. */
    public String id() {
        return id;
    }

    /** The Vietnamese name shown in the export dialog ("Phụ lục kết quả đánh giá"). */
    public String label() {
        return Messages.get("reports.kind." + id);
    }

    /** The sheet's name: Vietnamese, within Excel's rules (at most 31 characters, none of []:*?/\). */
    public String sheetName() {
        return Messages.get("reports.sheet." + id);
    }

    /** The five reports every workbook has (all but {@link #SO_SANH}): the default of an export. */
    public static List<ReportKind> standard() {
        return Arrays.stream(values()).filter(kind -> kind != SO_SANH).toList();
    }

    public static Optional<ReportKind> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip();
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
    }

    /**
     * Reads a comma-separated list of ids as typed on the command line ("phu-luc,don-vi"), keeping the order
     * given and dropping repeats.
     *
     * @throws ReportException naming the first unknown id and the valid ones
     */
    public static Set<ReportKind> parseIds(String commaSeparated) {
        Set<ReportKind> kinds = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : (commaSeparated == null ? "" : commaSeparated).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            fromId(part).ifPresentOrElse(kinds::add, () -> unknown.add(part.strip()));
        }
        if (!unknown.isEmpty()) {
            String valid = Arrays.stream(values()).map(ReportKind::id).collect(Collectors.joining(", "));
            throw new ReportException("reports.error.unknownKind", unknown.get(0), valid);
        }
        if (kinds.isEmpty()) {
            throw new ReportException("reports.error.noReports");
        }
        return kinds;
    }
}
