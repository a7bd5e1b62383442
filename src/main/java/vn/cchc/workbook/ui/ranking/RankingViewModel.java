package vn.cchc.workbook.ui.ranking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

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
import vn.cchc.workbook.app.RankingService;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.ranking.Band;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.ExcludedUnit;
import vn.cchc.workbook.domain.ranking.FieldColumn;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Xếp hạng nhiều sổ: the files and folders chosen, the ranking of the units in them (STT, đơn vị, per lĩnh vực,
 * tổng, chỉ số, xếp hạng, xếp loại, ghi chú), the files that could not be ranked with their problems, and the band
 * thresholds, which re-band without reading the files again.
 *
 * <p>{@link #rank()} and {@link #export(Path)} read and write files: call them off the JavaFX thread and hand the
 * result of {@code rank()} to {@link #show(RankingService.Result)} on it.
 */
public final class RankingViewModel {

    private final RankingService service;
    private final ObservableList<Path> sources = FXCollections.observableArrayList();
    // One read-only view per list, kept: a wrapper made per call drops its listeners when it is collected.
    private final ObservableList<Path> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<FieldColumn> fields = FXCollections.observableArrayList();
    private final ObservableList<FieldColumn> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<RankingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RankingRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    private final ObservableList<RejectedRow> rejectedView = FXCollections.unmodifiableObservableList(rejected);
    private final StringProperty bandsInput = new SimpleStringProperty(bandsText(Bands.defaults()));
    private final ReadOnlyStringWrapper bandsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exportable = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<ResultBasis> basis = new SimpleObjectProperty<>(ResultBasis.PUBLISHED);
    private final ReadOnlyStringWrapper basisText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final RankingSheetForm sheet = new RankingSheetForm();
    private Bands bands = Bands.defaults();
    private RankingService.Result result;

    public RankingViewModel(RankingService service) {
        this.service = service;
        summary.set(Messages.get("analysis.ranking.nothingYet"));
    }

    /** Adds files or folders to rank (a folder stands for the .cchc files in it); duplicates are ignored. */
    public void addSources(List<Path> paths) {
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!sources.contains(absolute)) {
                sources.add(absolute);
            }
        }
    }

    public void clearSources() {
        sources.clear();
    }

    /** Reads and ranks every source with the current bands. File work: off the JavaFX thread. */
    public RankingService.Result rank() {
        return service.rank(List.copyOf(sources), bands, basis.get());
    }

    /** Shows a ranking computed by {@link #rank()}. */
    public void show(RankingService.Result newResult) {
        this.result = newResult;
        fields.setAll(newResult.ranking().fields());
        List<RankingRow> list = new ArrayList<>();
        for (RankedUnit unit : newResult.ranking().units()) {
            List<String> points = new ArrayList<>();
            for (FieldColumn field : newResult.ranking().fields()) {
                points.add(unit.fieldDashed(field.code()) ? "-" : Points.format(unit.fieldPoints(field.code())));
            }
            list.add(new RankingRow(unit.position(), unit.unit().name(), unit.source(), points,
                    Points.format(unit.total()), Points.format(unit.index()),
                    unit.isRanked() ? String.valueOf(unit.rank()) : "",
                    unit.band() == null ? "" : unit.band().name(), note(newResult.ranking(), unit), unit.tied(),
                    unit.index() == null ? Double.NaN : Points.rounded(unit.index()).doubleValue()));
        }
        rows.setAll(list);
        List<RejectedRow> bad = new ArrayList<>();
        newResult.rejected().forEach(r -> bad.add(new RejectedRow(String.valueOf(r.file().getFileName()),
                r.problem())));
        for (ExcludedUnit excluded : newResult.ranking().excluded()) {
            bad.add(new RejectedRow(excluded.source(), excluded.reason()));
        }
        rejected.setAll(bad);
        exportable.set(newResult.anythingRanked());
        summary.set(summaryText(newResult));
        List<String> authorities = newResult.ranking().units().stream().map(u -> u.unit().parentAuthority())
                .distinct().toList();
        if (authorities.size() == 1) {
            sheet.suggestAuthority(authorities.get(0));
        }
        basisText.set(newResult.anythingRanked() ? newResult.ranking().basisText() : "");
        warning.set(warningText(newResult));
    }

    /**
     * What the user must know before sending the sheet: units of different periods, units scored against another
     * criteria set. The same warnings the command line prints and the sheet carries.
     */
    private static String warningText(RankingService.Result r) {
        StringJoiner lines = new StringJoiner("\n");
        if (!r.periodWarning().isEmpty()) {
            lines.add(r.periodWarning());
        }
        int other = r.ranking().unitsWithDifferences().size();
        if (other > 0) {
            lines.add(Messages.get("comparison.ranking.otherSets", other, r.ranking().referenceSetName()));
        }
        return lines.toString();
    }

    /**
     * Applies the thresholds typed in {@link #bandsInputProperty()} ("90, 80, 65"): on success the ranking is
     * re-banded at once; otherwise {@link #bandsErrorProperty()} says why and nothing changes.
     *
     * @return whether the thresholds were taken
     */
    public boolean applyBands() {
        Bands parsed;
        try {
            parsed = parseBands(bandsInput.get());
        } catch (UserFacingException refused) {
            bandsError.set(refused.getMessage());
            return false;
        }
        bandsError.set("");
        bands = parsed;
        if (result != null) {
            show(RankingService.withBands(result, parsed));
        }
        return true;
    }

    /**
     * The sheet's options as typed in {@link #sheet()}, or null when something typed cannot be used (its message is
     * then in {@link RankingSheetForm#messageProperty()}). Quick: on the JavaFX thread, before choosing the file.
     */
    public vn.cchc.workbook.reports.RankingSheetOptions sheetOptions() {
        return sheet.build();
    }

    /**
     * Writes the ranking sheet with {@code options} (from {@link #sheetOptions()}); the title names the period the
     * units share and the sheet carries the warnings. File work: off the JavaFX thread.
     */
    public void export(vn.cchc.workbook.reports.RankingSheetOptions options, Path target) {
        if (result == null) {
            throw new IllegalStateException("Nothing ranked yet");
        }
        service.export(result, options, target);
    }

    /** What the sheet is headed, dated and signed with. */
    public RankingSheetForm sheet() {
        return sheet;
    }

    /** "Bảng xếp hạng Chỉ số CCHC năm 2023.xlsx". */
    public String suggestedFileName() {
        String period = result == null ? "" : result.periodText();
        String name = Messages.get("analysis.ranking.fileName", period).strip().replaceAll("[\\\\/:*?\"<>|]", "-")
                .replaceAll("\\s+", " ");
        return name + ".xlsx";
    }

    /** "90,80,65", "90; 80; 67,5": a comma between whole numbers separates them, as in the command line. */
    private static Bands parseBands(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.contains(";") && trimmed.split(",").length != 3 && trimmed.split("\\s+").length == 3) {
            trimmed = String.join(";", trimmed.split("\\s+"));
        }
        return Bands.parse(trimmed.replaceAll(";\\s*$", ""));
    }

    private static String bandsText(Bands bands) {
        StringJoiner joiner = new StringJoiner("; ");
        for (Band band : bands.bands()) {
            if (band.minimum().signum() > 0) {
                joiner.add(Points.formatShort(band.minimum()));
            }
        }
        return joiner.toString();
    }

    private static String note(vn.cchc.workbook.domain.ranking.Ranking ranking, RankedUnit unit) {
        List<String> parts = new ArrayList<>(ranking.notes(unit));
        if (!unit.differences().isEmpty()) {
            parts.add(Messages.get("comparison.ranking.otherCriteria",
                    vn.cchc.workbook.domain.ranking.Ranking.differencesListed(unit.differences(), 3)));
        }
        return String.join("; ", parts);
    }

    private String summaryText(RankingService.Result r) {
        StringJoiner counts = new StringJoiner(", ");
        r.ranking().bandCounts().forEach((band, count) -> counts.add(band.name() + " " + count));
        int left = r.rejected().size() + r.ranking().excluded().size();
        if (r.ranking().units().isEmpty()) {
            // No band counted and no common criteria set: the sentence below would end in two empty names.
            return Messages.get("analysis.ranking.summaryNone", left);
        }
        return Messages.get("analysis.ranking.summary", r.ranking().units().size(), r.read(), left,
                counts.toString(), r.ranking().referenceSetName());
    }

    public ObservableList<Path> sources() {
        return sourcesView;
    }

    /** The lĩnh vực columns of the reference criteria set. */
    public ObservableList<FieldColumn> fields() {
        return fieldsView;
    }

    public ObservableList<RankingRow> rows() {
        return rowsView;
    }

    /** Files that could not be read and units left out, each with its problem. */
    public ObservableList<RejectedRow> rejected() {
        return rejectedView;
    }

    /** The thresholds of tốt, khá and trung bình as typed: "90; 80; 65". */
    public StringProperty bandsInputProperty() {
        return bandsInput;
    }

    public ReadOnlyStringProperty bandsErrorProperty() {
        return bandsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether anything was ranked (the sheet can be written). */
    public ReadOnlyBooleanProperty exportableProperty() {
        return exportable.getReadOnlyProperty();
    }

    /** The result units are ranked on; changing it calls for {@link #rank()} again. */
    public ObjectProperty<ResultBasis> basisProperty() {
        return basis;
    }

    /** Which result the shown ranking used ("Tổng điểm và chỉ số theo kết quả công bố …"). */
    public ReadOnlyStringProperty basisTextProperty() {
        return basisText.getReadOnlyProperty();
    }

    /** Units of different periods or criteria sets ranked together; "" when there is nothing to warn about. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public Bands bands() {
        return bands;
    }
}
