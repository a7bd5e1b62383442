package vn.cchc.workbook.ui.comparison;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.PeriodLinks;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.comparison.Comparison;
import vn.cchc.workbook.domain.comparison.DepartmentChange;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.comparison.MergedUnits;
import vn.cchc.workbook.domain.comparison.NodeChange;
import vn.cchc.workbook.domain.comparison.RepeatedDeduction;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.reports.ExcelExporter;
import vn.cchc.workbook.reports.ExportOptions;
import vn.cchc.workbook.reports.ReportKind;

/**
 * So sánh với kỳ trước: links an earlier period of the same unit (from the store or a .cchc file) with its typed
 * rank, and shows the change per node, lĩnh vực and department, which criteria are new or dropped, and which
 * deductions repeat. Also edits the open assessment's own published rank.
 *
 * <p>{@link #readEarlier(Path)} and {@link #loadEarlier(String)} read files or the store and belong off the JavaFX
 * thread; the rest is quick and runs on it.
 */
public final class ComparisonViewModel {

    private final EditSession session;
    private final Runnable listener = this::refresh;
    private final ObservableList<ChangeRow> nodes = FXCollections.observableArrayList();
    // One read-only view per list, kept: a wrapper made per call drops its listeners when it is collected.
    private final ObservableList<ChangeRow> nodesView = FXCollections.unmodifiableObservableList(nodes);
    private final ObservableList<ChangeRow> departments = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> departmentsView = FXCollections.unmodifiableObservableList(departments);
    private final ObservableList<RepeatedRow> repeated = FXCollections.observableArrayList();
    private final ObservableList<RepeatedRow> repeatedView = FXCollections.unmodifiableObservableList(repeated);
    private final ObservableList<PeriodLinks.EarlierChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<PeriodLinks.EarlierChoice> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyBooleanWrapper linked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper earlierText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper laterText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalChangeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper indexChangeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper criteriaText = new ReadOnlyStringWrapper("");
    private final StringProperty earlierRankInput = new SimpleStringProperty("");
    private final StringProperty ownRankInput = new SimpleStringProperty("");
    private final ObjectProperty<ResultBasis> basis = new SimpleObjectProperty<>(ResultBasis.PUBLISHED);
    private final ReadOnlyStringWrapper basisText = new ReadOnlyStringWrapper("");
    private final ObservableList<FieldRank> fieldRanks = FXCollections.observableArrayList();
    private final ObservableList<FieldRank> fieldRanksView = FXCollections.unmodifiableObservableList(fieldRanks);

    /**
     * One lĩnh vực of the linked earlier period and the rank typed for it.
     *
     * @param code  the lĩnh vực's code in the earlier set
     * @param label "1. Công tác chỉ đạo, điều hành CCHC"
     * @param input the rank as typed, kept by {@link #commitFieldRank(FieldRank)}
     */
    public record FieldRank(String code, String label, StringProperty input) {
    }

    public ComparisonViewModel(EditSession session) {
        this.session = session;
        session.addListener(listener);
        basis.addListener((obs, was, now) -> refresh());
        refresh();
    }

    // ---- linking --------------------------------------------------------------------------------------------

    /** The store's other assessments of the same unit, newest first. Store work. */
    public List<PeriodLinks.EarlierChoice> findChoices() {
        return PeriodLinks.choicesInStore(session.store(), session.assessment());
    }

    /** Shows the choices found by {@link #findChoices()}. */
    public void showChoices(List<PeriodLinks.EarlierChoice> found) {
        choices.setAll(found);
    }

    /** Reads an earlier period's .cchc file (strict; a refused file throws its Vietnamese message). File work. */
    public Assessment readEarlier(Path file) {
        return PeriodLinks.readEarlier(file);
    }

    /** Loads an earlier assessment of the store. Store work. */
    public Assessment loadEarlier(String assessmentId) {
        return PeriodLinks.loadEarlier(session.store(), assessmentId);
    }

    /**
     * Links {@code earlier} as this assessment's baseline with the rank typed in {@link #earlierRankInputProperty()}
     * (blank keeps the earlier assessment's own) and stores the link.
     *
     * @throws vn.cchc.workbook.domain.InvalidInputException when it is not an earlier period of the same unit
     */
    public void link(Assessment earlier) {
        Assessment linkedAssessment = EarlierPeriods.link(session.assessment(), earlier, earlierRankInput.get());
        session.setEarlierPeriod(linkedAssessment.earlierPeriod());
    }

    /**
     * Links the results of the former units a merged commune (or province) was made from as its baseline, each
     * criterion combined by {@code method} (one unit: the first chosen), with the typed rank.
     *
     * @throws vn.cchc.workbook.domain.InvalidInputException when they cannot be combined (see {@link MergedUnits})
     */
    public void linkMerged(List<Assessment> formerUnits, MergedUnits.Method method) {
        Assessment linkedAssessment = MergedUnits.link(session.assessment(), formerUnits,
                MergedUnits.Choice.of(method), earlierRankInput.get());
        session.setEarlierPeriod(linkedAssessment.earlierPeriod());
    }

    /** Keeps the typed rank of the linked earlier period. */
    public void commitEarlierRank() {
        session.assessment().earlier().ifPresent(earlier -> {
            String typed = earlierRankInput.get() == null ? "" : earlierRankInput.get().strip();
            if (!typed.equals(earlier.rankText())) {
                session.setEarlierPeriod(earlier.withRankText(typed));
            }
        });
    }

    /**
     * Keeps the rank typed for one lĩnh vực of the linked earlier period ("xếp thứ 7/10"; blank removes it).
     *
     * @throws vn.cchc.workbook.domain.InvalidInputException when the text is too long (nothing changes)
     */
    public void commitFieldRank(FieldRank row) {
        session.assessment().earlier().ifPresent(earlier -> {
            String typed = row.input().get() == null ? "" : row.input().get().strip();
            String kept = earlier.node(row.code()).map(vn.cchc.workbook.domain.assessment.EarlierNode::rankText)
                    .orElse("");
            if (!typed.equals(kept)) {
                session.setEarlierPeriod(earlier.withFieldRank(row.code(), typed));
            }
        });
    }

    /** The comparison sheet's options: that sheet alone, dated today, at the unit's place, no signature block. */
    private ExportOptions comparisonSheet() {
        return ExportOptions.builder().reports(ReportKind.SO_SANH).place(session.assessment().unit().placeName())
                .build();
    }

    /** "SoSanhKyTruoc_CCHC_XaHienThanh_Nam2023.xlsx". */
    public String suggestedExportName() {
        return ExcelExporter.suggestedFileName(session.assessment(), comparisonSheet());
    }

    /**
     * Writes the comparison sheet ("So sánh kết quả với kỳ trước"), the same content as this view. File work: off
     * the JavaFX thread.
     *
     * @throws vn.cchc.workbook.reports.ReportException when nothing is linked or the file cannot be written
     */
    public void exportComparison(Path target) {
        new ExcelExporter().export(session.assessment(), comparisonSheet(), target);
    }

    public void unlink() {
        session.setEarlierPeriod(null);
    }

    /** Keeps the rank published for this assessment ("xếp thứ 4/18"). */
    public void commitOwnRank() {
        session.setRankText(ownRankInput.get());
    }

    // ---- figures ----------------------------------------------------------------------------------------------

    /**
     * " — còn 83 tiêu chí chưa chấm thẩm định" after a computed result with criteria still unscored: a total of 4
     * points from 5 appraised criteria, set against a finished year, otherwise reads as a fall of 48 points.
     */
    private String unscoredNote(ResultBasis.Chosen result, Track track) {
        int unscored = session.scorecard().totals(track).unscoredLeaves();
        return result.published() || unscored == 0 ? ""
                : " — " + Messages.get(track == Track.SELF ? "comparison.view.unscoredSelfNote"
                : "comparison.view.unscoredNote", unscored);
    }

    /**
     * This period's line: its result on the track its work is at, the self scores said to be such, and nothing
     * scored yet said so rather than "0,00 điểm" (decision 40).
     */
    private String laterLine(String period, ResultBasis.Chosen result, Track track, String rankText) {
        if (!result.published() && session.scorecard().totals(track).scoredLeaves() == 0) {
            return Messages.get("comparison.view.nothingScored", period, rankOrDash(rankText));
        }
        String label = track == Track.SELF ? Messages.get("comparison.view.selfLabel") : result.label();
        return Messages.get("comparison.view.periodLine", period, Points.format(result.total()), label,
                rankOrDash(rankText)) + unscoredNote(result, track);
    }

    public void refresh() {
        Assessment assessment = session.assessment();
        ownRankInput.set(assessment.rankText());
        Track track = session.scorecard().workingTrack();
        ResultBasis.Chosen own = Comparison.chooseLater(basis.get(), assessment, session.scorecard().totals(track),
                track);
        laterText.set(laterLine(capitalized((assessment.period().label() + " " + assessment.year()).strip()), own,
                track, assessment.rankText()));
        Optional<Comparison> comparison = Comparison.compare(assessment, basis.get());
        linked.set(comparison.isPresent());
        basisText.set(comparison.map(Comparison::basisText).orElse(own.label()));
        if (comparison.isEmpty()) {
            fieldRanks.clear();
            nodes.clear();
            departments.clear();
            repeated.clear();
            earlierText.set(Messages.get("analysis.compare.notLinked"));
            totalChangeText.set("—");
            indexChangeText.set("—");
            // Not blank: an empty "Bộ tiêu chí" tile beside the others' "—" looked broken.
            criteriaText.set("—");
            return;
        }
        Comparison c = comparison.get();
        EarlierPeriod earlier = c.earlier();
        earlierRankInput.set(earlier.rankText());
        earlierText.set(Messages.get("comparison.view.periodLine", capitalized(earlier.label()),
                Points.format(c.earlierResult().total()), c.earlierResult().label(), rankOrDash(earlier.rankText())));
        laterText.set(laterLine(capitalized(c.laterLabel()), c.laterResult(), c.laterTrack(), c.laterRankText()));
        List<String> codes = earlier.fields().stream().map(vn.cchc.workbook.domain.assessment.EarlierNode::code)
                .toList();
        if (codes.equals(fieldRanks.stream().map(FieldRank::code).toList())) {
            // The same lĩnh vực: the rows (and the fields typed in) stay, only their values follow the store.
            for (int i = 0; i < codes.size(); i++) {
                fieldRanks.get(i).input().set(earlier.fields().get(i).rankText());
            }
        } else {
            List<FieldRank> ranks = new ArrayList<>();
            for (var field : earlier.fields()) {
                ranks.add(new FieldRank(field.code(), field.code() + ". " + field.title(),
                        new SimpleStringProperty(field.rankText())));
            }
            fieldRanks.setAll(ranks);
        }
        boolean nothingScored = !c.laterResult().published()
                && session.scorecard().totals(c.laterTrack()).scoredLeaves() == 0;
        // A part scored is not a fall from the earlier whole: no overall change until every criterion is scored.
        String partial = Messages.get("analysis.compare.partialChange");
        totalChangeText.set(nothingScored ? "—" : c.totalChange() == null ? partial : signed(c.totalChange()));
        indexChangeText.set(nothingScored ? "—" : c.laterPartial() ? partial
                : c.indexChange() == null ? "—" : signed(c.indexChange()));
        criteriaText.set(c.sameCriteria() ? Messages.get("analysis.compare.sameCriteria")
                : Messages.get("analysis.compare.otherCriteria", c.newNodes().size(), c.droppedNodes().size(),
                c.changedNodes().size()));
        List<ChangeRow> nodeRows = new ArrayList<>();
        for (NodeChange n : c.nodes()) {
            ChangeRow.Kind kind = switch (n.status()) {
                case MATCHED -> ChangeRow.Kind.MATCHED;
                case NEW -> ChangeRow.Kind.NEW;
                case DROPPED -> ChangeRow.Kind.DROPPED;
            };
            String status = switch (n.status()) {
                case NEW -> Messages.get("analysis.compare.status.new");
                case DROPPED -> Messages.get("analysis.compare.status.dropped");
                case MATCHED -> n.maximumChanged() ? Messages.get("analysis.compare.status.maximum",
                        Points.formatShort(n.earlierMaximum()), Points.formatShort(n.laterMaximum()))
                        : n.titleChanged() ? Messages.get("analysis.compare.status.title")
                        : n.changeWithheld() ? Messages.get("analysis.compare.status.partial") : "";
            };
            nodeRows.add(new ChangeRow(n.code(), n.shownCode() + ". " + n.title(), n.depth(), Points.format(n.earlierPoints()),
                    Points.format(n.laterPoints()), n.change() == null ? "" : signed(n.change()),
                    direction(n.change()), status, kind, n.depth() == 0
                    ? earlier.node(n.code()).filter(e -> e.depth() == 0).map(e -> e.rankText()).orElse("") : ""));
        }
        nodes.setAll(nodeRows);
        List<ChangeRow> departmentRows = new ArrayList<>();
        for (DepartmentChange d : c.departments()) {
            String name = d.name().isEmpty() ? Messages.get("analysis.department.unassigned") : d.name();
            String status = d.laterUnscored() ? Messages.get("analysis.compare.status.unscoredDepartment")
                    : d.earlierAchieved() == null ? Messages.get("analysis.compare.status.newDepartment")
                    : d.laterAchieved() == null ? Messages.get("analysis.compare.status.droppedDepartment")
                    : d.laterPartial() ? Messages.get("analysis.compare.status.partial") : "";
            departmentRows.add(new ChangeRow("", name, 0, Points.format(d.earlierAchieved()),
                    d.laterUnscored() ? "—" : Points.format(d.laterAchieved()),
                    d.change() == null ? "" : signed(d.change()),
                    direction(d.change()), status, ChangeRow.Kind.DEPARTMENT, ""));
        }
        departments.setAll(departmentRows);
        List<RepeatedRow> repeatedRows = new ArrayList<>();
        for (RepeatedDeduction r : c.repeatedDeductions()) {
            repeatedRows.add(new RepeatedRow(r.shownCode(), r.title(), Points.format(r.earlierDeduction()),
                    Points.format(r.laterDeduction()), r.earlierOpinion(), r.laterOpinion()));
        }
        repeated.setAll(repeatedRows);
    }

    public void dispose() {
        session.removeListener(listener);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private static String rankOrDash(String rank) {
        return rank == null || rank.isBlank() ? Messages.get("analysis.compare.noRank") : rank;
    }

    /** "+1,50", "−2,00", "0,00". */
    static String signed(BigDecimal value) {
        String text = Points.format(value);
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "−" + text.substring(1) : text;
    }

    private static int direction(BigDecimal change) {
        return change == null ? 0 : Points.rounded(change).signum();
    }

    // ---- properties -------------------------------------------------------------------------------------------

    /** Every node (lĩnh vực rows have depth 0) in the later set's order, then the dropped ones. */
    public ObservableList<ChangeRow> nodes() {
        return nodesView;
    }

    public ObservableList<ChangeRow> departments() {
        return departmentsView;
    }

    /** Deductions of the earlier period that repeat ("khắc phục những tồn tại, hạn chế năm trước"). */
    public ObservableList<RepeatedRow> repeatedDeductions() {
        return repeatedView;
    }

    /** The unit's name as the workbook gives it ("Cam Lộ"). */
    public String unitName() {
        return session.assessment().unit().name();
    }

    public ObservableList<PeriodLinks.EarlierChoice> choices() {
        return choicesView;
    }

    public ReadOnlyBooleanProperty linkedProperty() {
        return linked.getReadOnlyProperty();
    }

    /** "6 tháng đầu năm 2023: 79,00 điểm — xếp thứ 4/18". */
    public ReadOnlyStringProperty earlierTextProperty() {
        return earlierText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty laterTextProperty() {
        return laterText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalChangeTextProperty() {
        return totalChangeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty indexChangeTextProperty() {
        return indexChangeText.getReadOnlyProperty();
    }

    /** Whether both periods used the same criteria, or how many are new, dropped and changed. */
    public ReadOnlyStringProperty criteriaTextProperty() {
        return criteriaText.getReadOnlyProperty();
    }

    /** The earlier period's rank as typed ("xếp thứ 4/18"); used when linking and by {@link #commitEarlierRank()}. */
    public StringProperty earlierRankInputProperty() {
        return earlierRankInput;
    }

    /** The result the overall change is taken between: published (the default, where recorded) or computed. */
    public ObjectProperty<ResultBasis> basisProperty() {
        return basis;
    }

    /** Which figures the totals are: "kết quả công bố", "kết quả tính", or each side's when they differ. */
    public ReadOnlyStringProperty basisTextProperty() {
        return basisText.getReadOnlyProperty();
    }

    /** The linked earlier period's lĩnh vực, each with its rank as typed; empty when nothing is linked. */
    public ObservableList<FieldRank> fieldRanks() {
        return fieldRanksView;
    }

    /** This assessment's own published rank; kept by {@link #commitOwnRank()}. */
    public StringProperty ownRankInputProperty() {
        return ownRankInput;
    }
}
