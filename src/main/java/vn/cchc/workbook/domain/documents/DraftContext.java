package vn.cchc.workbook.domain.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.document.HeaderBlock;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.comparison.Comparison;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.planning.Projection;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.document.UnitNames;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * What the three drafters share: the figures computed once, and the phrases every document of a unit uses (the
 * unit as it names itself, the period, the result sentence, the default number, recipients and signer).
 */
final class DraftContext {

    private static final Locale VI = Messages.VIETNAMESE;

    final Assessment assessment;
    final Scorecard scorecard;
    final DocumentRequest request;
    private Projection projection;

    DraftContext(Assessment assessment, DocumentRequest request) {
        this.assessment = assessment;
        this.scorecard = ScoreEngine.score(assessment);
        this.request = request;
    }

    Projection projection() {
        if (projection == null) {
            projection = Projection.of(assessment, scorecard, Track.APPRAISED);
        }
        return projection;
    }

    /** "ỦY BAN NHÂN DÂN\nXÃ HIỀN THÀNH": the issuing unit in capitals, one line of the header block a line. */
    String unitLine() {
        return String.join("\n", HeaderBlock.of(assessment.unit()).unitLines());
    }

    /**
     * The parent line above the issuing unit, by the one header rule of the program ({@link HeaderBlock}, Nghị định
     * 30): a unit that belongs to another agency prints it; a People's Committee prints none; the workbook's own
     * choice wins.
     */
    static String parentLine(vn.cchc.workbook.domain.assessment.AssessedUnit unit) {
        return HeaderBlock.of(unit).parentLine();
    }

    /** "UBND xã Hiền Thành": how the unit names itself in a sentence. */
    String unitShort() {
        if (assessment.unit().level() == UnitLevel.DEPARTMENT) {
            return assessment.unit().name();
        }
        return Messages.get("documents.unitShort", DocumentText.unitInTitle(assessment.unit()));
    }

    /** "xã Hiền Thành". */
    String unitInText() {
        return DocumentText.unitInTitle(assessment.unit());
    }

    /** "6 tháng đầu năm 2023". */
    String period() {
        return DocumentText.periodText(assessment.period(), assessment.year());
    }

    /** The rest of the year after a half year, the next year after a full year: what the remedies aim at. */
    String nextPeriod() {
        return switch (assessment.period().kind()) {
            case FIRST_HALF -> Messages.get("documents.period.secondHalf", Integer.toString(assessment.year()));
            case FULL_YEAR -> Messages.get("reports.period.year", Integer.toString(assessment.year() + 1));
            case OTHER -> Messages.get("documents.period.rest", Integer.toString(assessment.year()));
        };
    }

    /** "Số: 103/UBND", or with room to write the number by hand. */
    String numberLine(String committeeSuffix) {
        if (!request.number().isEmpty()) {
            return Messages.get("documents.number", request.number());
        }
        boolean committee = assessment.unit().level() != UnitLevel.DEPARTMENT;
        return Messages.get("documents.number", "      /" + (committee ? committeeSuffix : ""));
    }

    String placeDate() {
        return DocumentText.placeDateLine(DocumentText.place(assessment.unit(), request.place()),
                request.effectiveDate());
    }

    Letterhead letterhead(String number, String subject, String kindTitle, String title) {
        return new Letterhead(parentLine(assessment.unit()), unitLine(), number, subject, placeDate(), kindTitle,
                title);
    }

    /**
     * The signer typed; one typed without the TM./KT. line and title signs as the unit's head, above the name typed
     * (or room to write it): "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for a committee, "GIÁM ĐỐC" for a Sở, "TRƯỞNG BAN" for
     * a Ban, "THỦ TRƯỞNG CƠ QUAN" for another agency (without it a Sở's letter had no signature block at all).
     */
    Signer signer() {
        Signer typed = request.signer();
        if (!typed.authorityLine().isEmpty() || !typed.title().isEmpty()) {
            return typed;
        }
        if (assessment.unit().level() != UnitLevel.DEPARTMENT) {
            return new Signer(Messages.get("documents.signer.onBehalf"), Messages.get("documents.signer.chair"),
                    typed.name());
        }
        return new Signer("", Messages.get(UnitNames.agencyHeadKey(assessment.unit().name())), typed.name());
    }

    /** The "Nơi nhận" lines typed, else {@code drafted}. */
    List<String> recipients(List<String> drafted) {
        return request.recipients().isEmpty() ? drafted : request.recipients();
    }

    /** The parent authority "(b/c)" line when the unit has one. */
    List<String> reportingRecipient() {
        String parent = assessment.unit().parentAuthority();
        return parent.isEmpty() ? List.of() : List.of(Messages.get("documents.recipient.report", parent));
    }

    /** "Căn cứ Thông báo số 285/TB-HĐTĐ ngày 08/8/2023 của Hội đồng thẩm định …,"; empty when nothing was typed. */
    String basisSentence(String key) {
        DocumentReference basis = request.basis();
        if (basis.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(basis.kind().isEmpty()
                ? Messages.get("documents.basis.defaultKind") : basis.kind());
        if (!basis.number().isEmpty()) {
            text.append(' ').append(Messages.get("reports.doc.number")).append(' ').append(basis.number());
        }
        if (basis.date() != null) {
            text.append(' ').append(Messages.get("reports.doc.date")).append(' ')
                    .append(DocumentText.shortDate(basis.date()));
        }
        if (!basis.issuer().isEmpty()) {
            text.append(' ').append(Messages.get("reports.doc.issuer")).append(' ').append(basis.issuer());
        }
        return Messages.get(key, text.toString(), period(), unitInText(), unitShort());
    }

    /**
     * The published result the documents cite: index and rank. Today the index is the engine's and the rank the one
     * typed for the period; one function, so that a published result kept in the workbook replaces it in one place.
     */
    Result result() {
        Totals totals = scorecard.totals(Track.APPRAISED);
        // A unit's letters cite the province's published figures when they were recorded (seed 003: 69,82 published
        // where the unit's own arithmetic gives 72,73); otherwise the engine's.
        PublishedResult published = assessment.published();
        BigDecimal index = published.index() != null ? published.index() : totals.index();
        BigDecimal total = published.total() != null ? published.total() : totals.total();
        return new Result(index, total, totals.deduction(), rankPhrase(assessment.rankText()));
    }

    /** The result the documents cite: {@code index} may be null when nothing was applicable. */
    record Result(BigDecimal index, BigDecimal total, BigDecimal deduction, String rank) {
    }

    /**
     * "Trong 6 tháng đầu năm 2023, chỉ số cải cách hành chính của xã Hiền Thành đạt 69,82, xếp thứ 4/18 xã, thị
     * trấn. So với cả năm 2022, chỉ số tăng 2,35 điểm. Tổng số điểm bị trừ là 7,82 điểm ở 12 tiêu chí."
     */
    String resultParagraph() {
        Result result = result();
        if (scorecard.totals(Track.APPRAISED).scoredLeaves() == 0 && assessment.published().index() == null
                && assessment.published().total() == null) {
            // Nothing appraised nor published yet: no figure to cite ("đạt 0,00" read as a result).
            return Messages.get("documents.result.notYetAppraised", period(), unitInText());
        }
        StringBuilder text = new StringBuilder();
        String figure = result.index() != null ? Points.format(result.index()) : Points.format(result.total());
        text.append(Messages.get("documents.result.index", period(), unitInText(), figure));
        if (!result.rank().isEmpty()) {
            text.append(", ").append(result.rank());
        }
        text.append('.');
        Optional<Comparison> comparison = Comparison.compare(assessment);
        // No "tăng/giảm" from a part scored: the unscored count below says why.
        comparison.filter(c -> !c.laterPartial()).ifPresent(c -> {
            BigDecimal change = c.indexChange() != null ? c.indexChange() : c.totalChange();
            String earlier = c.earlier().label();
            String key = change.signum() > 0 ? "documents.result.up"
                    : change.signum() < 0 ? "documents.result.down" : "documents.result.same";
            text.append(' ').append(Messages.get(key, earlier, Points.format(change.abs())));
            if (!c.earlier().rankText().isEmpty()) {
                text.append(' ').append(Messages.get("documents.result.earlierRank",
                        rankPhrase(c.earlier().rankText())));
            }
        });
        int unscored = scorecard.totals(Track.APPRAISED).unscoredLeaves();
        if (unscored > 0) {
            text.append(' ').append(Messages.get("documents.result.unscored", unscored));
        }
        long lost = scorecard.nodes().stream().filter(n -> n.node().isLeaf()
                && n.node().section() == vn.cchc.workbook.domain.criteria.Section.MAIN
                && n.appraised().hasDeduction()).count();
        if (lost > 0) {
            text.append(' ').append(Messages.get("documents.result.deduction",
                    Points.format(result.deduction()), (int) lost));
        }
        return text.toString();
    }

    /** "xếp thứ 4/18 xã, thị trấn" from what was typed ("4/18 xã, thị trấn" gets the "xếp thứ"). */
    static String rankPhrase(String typed) {
        String rank = typed == null ? "" : typed.strip();
        if (rank.isEmpty()) {
            return "";
        }
        String lower = rank.toLowerCase(VI);
        if (lower.startsWith("xếp") || lower.startsWith("đứng")) {
            return rank;
        }
        return Messages.get("documents.result.rank", rank);
    }

    /** The remedy of {@code code}: its own, else the nearest ancestor's. */
    Remedy remedyOf(String code) {
        Optional<CriterionNode> node = assessment.criteria().find(code);
        while (node.isPresent()) {
            Remedy remedy = assessment.entry(node.get().code()).remedy();
            if (!remedy.isEmpty()) {
                return remedy;
            }
            node = assessment.criteria().parentOf(node.get().code());
        }
        return Remedy.NONE;
    }

    /** "- Bổ sung quy chế … (hoàn thành trước ngày 31/10/2023)." */
    static String remedyLine(String measure, LocalDate deadline) {
        String text = measure.strip();
        while (text.endsWith(".") || text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (deadline != null) {
            text = text + " (" + Messages.get("reports.deadline", DocumentText.shortDate(deadline)) + ")";
        }
        return text + ".";
    }

    /** "Công an xã; Công chức Tư pháp - Hộ tịch" (with shares when given) for {@code code}'s responsible. */
    String responsibleNames(String code) {
        List<Responsibility> list = assessment.entry(code).responsibilities();
        if (list.isEmpty()) {
            list = projection().responsibilities(code);
        }
        StringJoiner names = new StringJoiner("; ");
        for (Responsibility responsibility : list) {
            String name = assessment.department(responsibility.departmentId()).map(d -> d.name())
                    .orElse(responsibility.departmentId());
            BigDecimal points = responsibility.points();
            names.add(points == null || list.size() == 1 ? name
                    : Messages.get("reports.share", name, Points.formatShort(points)));
        }
        return names.toString();
    }

    /** The latest deadline of the remedies of {@code codes}, or null. */
    LocalDate latestDeadline(List<String> codes) {
        LocalDate latest = null;
        for (String code : codes) {
            LocalDate deadline = remedyOf(code).deadline();
            if (deadline != null && (latest == null || deadline.isAfter(latest))) {
                latest = deadline;
            }
        }
        return latest;
    }

    /** Leaves of the main part that lost points (appraised), in printed order. */
    List<NodeResult> lostLeaves() {
        List<NodeResult> result = new ArrayList<>();
        for (NodeResult node : scorecard.nodes()) {
            if (node.node().isLeaf() && node.node().section() == vn.cchc.workbook.domain.criteria.Section.MAIN
                    && node.appraised().hasDeduction()) {
                result.add(node);
            }
        }
        return result;
    }

    Entry entry(String code) {
        return assessment.entry(code);
    }

    static String points(BigDecimal value) {
        return Points.formatShort(value);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, 4,
                RoundingMode.HALF_UP);
    }

    Period periodValue() {
        return assessment.period();
    }
}
