package vn.cchc.workbook.reports.criteria;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Reads a province's criteria appendix (biểu phụ lục hướng dẫn chấm điểm) or the program's own template from an
 * Excel workbook into a {@link CriteriaSet}, listing every problem by sheet and row for the preview. Nothing is
 * saved here; the caller saves the set once the user accepts it.
 *
 * <p>The table is found by its header words, wherever it starts; rows above it are read for the set's name, level,
 * year and decision. Blank rows, repeated header rows, a row of column numbers ("(1) (2) (3)"), footnotes ("Ghi
 * chú", "(*)"), totals rows ("Tổng cộng", "Tổng điểm") and hidden rows are not criteria: hidden rows are skipped
 * with a warning (a hidden row is usually a criterion the province dropped, and a user who wants it can unhide it
 * in Excel); the table ends at a totals row that follows criteria or at the signature block.
 */
public final class CriteriaWorkbookReader {

    private static final Pattern TOTAL = Pattern.compile(
            "^(tong cong|tong diem|tong so diem|tong|cong)(\\s*[:(].*|\\s+\\(?\\d.*|\\s+(cac|toan|diem).*)?$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(ghi chu|chu thich|luu y|\\(\\*+\\)|\\*)");
    private static final Pattern END_OF_TABLE = Pattern.compile(
            "^(noi nhan|tm\\.|kt\\.|tm |kt |nguoi lap|chu tich|pho chu tich|thu truong)");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?|\\([a-z]\\)");

    private CriteriaWorkbookReader() {
    }

    /** What kind of file a path names, by its extension. */
    private enum Kind { EXCEL, WORD }

    private static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "docx", "docm" -> Kind.WORD;
            case "doc", "pdf", "odt", "rtf", "wps" -> {
                if (!Files.isRegularFile(file)) {
                    throw new CriteriaImportException("criteriaimport.file.notFound", file.toString());
                }
                throw new CriteriaImportException("criteriasets.file.saveAsDocx", file.getFileName().toString(),
                        "." + extension);
            }
            default -> Kind.EXCEL;
        };
    }

    /**
     * The tables the user can choose between: the visible sheets of a workbook, or "Bảng 1", "Bảng 2" … of a Word
     * document.
     */
    public static List<String> sheetNames(Path file) {
        if (kindOf(file) == Kind.WORD) {
            requireFile(file);
            return WordTables.read(file).stream().map(table -> table.grid().name()).toList();
        }
        try (Workbook workbook = open(file)) {
            return visibleSheets(workbook).stream().map(Sheet::getSheetName).toList();
        } catch (IOException failed) {
            throw new CriteriaImportException(failed, "criteriaimport.file.unreadable", file.toString());
        }
    }

    /** Reads every sheet (or Word table) that holds the criteria table, guessing name, level and year. */
    public static CriteriaImport read(Path file) {
        return read(file, null, ImportMetadata.NONE, false);
    }

    /** {@link #read(Path, String, ImportMetadata, boolean)} refusing sums that do not add up. */
    public static CriteriaImport read(Path file, String sheetOrNull, ImportMetadata meta) {
        return read(file, sheetOrNull, meta, false);
    }

    /**
     * Reads a criteria set from an Excel workbook (.xlsx, .xls) or a Word document (.docx).
     *
     * @param sheetOrNull the one sheet (or "Bảng n") to read; null for every sheet or table holding the criteria
     *                    table, read in order as one set (sheets or tables without it are named as skipped)
     * @param meta        what the user said about the set; blank fields are guessed from the title rows
     * @param asPublished keep the printed maxima where the sums do not add up (each difference a warning) instead
     *                    of refusing the set
     * @throws CriteriaImportException when the file cannot be read, the sheet does not exist or holds no table
     */
    public static CriteriaImport read(Path file, String sheetOrNull, ImportMetadata meta, boolean asPublished) {
        ImportMetadata given = meta == null ? ImportMetadata.NONE : meta;
        if (kindOf(file) == Kind.WORD) {
            requireFile(file);
            return readWord(file, sheetOrNull, given, asPublished);
        }
        try (Workbook workbook = open(file)) {
            List<Sheet> sheets = visibleSheets(workbook);
            List<String> names = sheets.stream().map(Sheet::getSheetName).toList();
            List<Part> parts = new ArrayList<>();
            List<TableGrid> skipped = new ArrayList<>();
            if (sheetOrNull != null) {
                SheetGrid grid = new SheetGrid(findSheet(sheets, sheetOrNull, names));
                TableHeader header = TableHeader.find(grid).orElseThrow(() -> new CriteriaImportException(
                        "criteriasets.sheet.noTableColumns", sheetOrNull, ColumnsFound.describe(grid)));
                parts.add(new Part(grid, header, false));
            } else {
                for (Sheet sheet : sheets) {
                    SheetGrid grid = new SheetGrid(sheet);
                    var found = TableHeader.find(grid);
                    if (found.isPresent()) {
                        parts.add(new Part(grid, found.get(), false));
                    } else {
                        skipped.add(grid);
                    }
                }
                if (parts.isEmpty()) {
                    throw new CriteriaImportException("criteriasets.file.noTableColumns",
                            file.getFileName().toString(), ColumnsFound.describe(skipped));
                }
            }
            TitleBlock title = TitleBlock.read(parts.get(0).grid(), parts.get(0).header().firstRow());
            return new Reading(parts, skipped, title, file, given, names, asPublished).read();
        } catch (IOException failed) {
            throw new CriteriaImportException(failed, "criteriaimport.file.unreadable", file.toString());
        }
    }

    private static CriteriaImport readWord(Path file, String tableOrNull, ImportMetadata meta, boolean asPublished) {
        List<WordTables.Table> tables = WordTables.read(file);
        List<String> names = tables.stream().map(table -> table.grid().name()).toList();
        List<Part> parts = new ArrayList<>();
        List<TableGrid> skipped = new ArrayList<>();
        List<String> titleLines = new ArrayList<>();
        for (WordTables.Table table : tables) {
            WordGrid grid = table.grid();
            if (tableOrNull != null && !grid.name().equals(tableOrNull)
                    && !Plain.fold(grid.name()).equals(Plain.fold(tableOrNull))) {
                continue;
            }
            var found = TableHeader.find(grid);
            Part previous = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (found.isPresent()) {
                if (parts.isEmpty()) {
                    titleLines.addAll(table.linesAbove());
                }
                parts.add(new Part(grid, found.get(), false));
            } else if (previous != null && table.linesAbove().size() <= 2 && continues(previous, grid)) {
                // A table continued on the next page without its header row: it keeps the columns of the one
                // above, and its first row may be the rest of the row split by the page break.
                parts.add(new Part(grid, TableHeader.continuing(previous.header()), true));
            } else {
                skipped.add(grid);
                if (parts.isEmpty()) {
                    // The header block of the decision is often a borderless table above the title.
                    for (int r = 0; r <= grid.lastRow(); r++) {
                        for (int c = 0; c <= grid.lastColumn(r); c++) {
                            String text = grid.text(r, c);
                            if (!text.isEmpty()) {
                                titleLines.add(Plain.oneLine(text));
                            }
                        }
                    }
                    titleLines.addAll(table.linesAbove());
                }
            }
        }
        if (tableOrNull != null && parts.isEmpty()) {
            if (skipped.isEmpty()) {
                throw new CriteriaImportException("criteriaimport.sheet.notFound", tableOrNull, String.join(", ", names));
            }
            throw new CriteriaImportException("criteriasets.sheet.noTableColumns", tableOrNull,
                    ColumnsFound.describe(skipped));
        }
        if (parts.isEmpty()) {
            throw new CriteriaImportException("criteriasets.file.noTableColumns", file.getFileName().toString(),
                    ColumnsFound.describe(skipped));
        }
        return new Reading(parts, skipped, TitleBlock.read(titleLines), file, meta, names, asPublished).read();
    }

    /** Whether a table without a header row can carry on {@code previous}: as many columns as it reads. */
    private static boolean continues(Part previous, WordGrid grid) {
        int needed = 0;
        for (Column column : Column.values()) {
            needed = Math.max(needed, previous.header().column(column) + 1);
        }
        return grid.rowCount() > 0 && grid.columnCount() >= needed && grid.columnCount() >= 2;
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CriteriaImportException("criteriaimport.file.notFound", file.toString());
        }
    }

    private static Workbook open(Path xlsx) throws IOException {
        if (!Files.isRegularFile(xlsx)) {
            throw new CriteriaImportException("criteriaimport.file.notFound", xlsx.toString());
        }
        // Before the spreadsheet library builds the whole workbook in memory.
        SpreadsheetBounds.check(xlsx);
        try {
            return WorkbookFactory.create(xlsx.toFile(), null, true);
        } catch (EncryptedDocumentException locked) {
            throw new CriteriaImportException(locked, "criteriaimport.file.encrypted", xlsx.getFileName().toString());
        } catch (IOException | RuntimeException notExcel) {
            // POI reports a file that is not a workbook with assorted runtime exceptions.
            throw new CriteriaImportException(notExcel, "criteriaimport.file.notExcel", xlsx.getFileName().toString());
        }
    }

    private static List<Sheet> visibleSheets(Workbook workbook) {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                sheets.add(workbook.getSheetAt(i));
            }
        }
        return sheets;
    }

    private static Sheet findSheet(List<Sheet> sheets, String wanted, List<String> names) {
        for (Sheet sheet : sheets) {
            if (sheet.getSheetName().equals(wanted)) {
                return sheet;
            }
        }
        for (Sheet sheet : sheets) {
            if (Plain.fold(sheet.getSheetName()).equals(Plain.fold(wanted))) {
                return sheet;
            }
        }
        throw new CriteriaImportException("criteriaimport.sheet.notFound", wanted, String.join(", ", names));
    }

    /** One table read as part of the set: a sheet, or a Word table (possibly continuing the one before). */
    private record Part(TableGrid grid, TableHeader header, boolean continuation) {
    }

    /** A totals row ("Tổng cộng 100") and the table it was printed in. */
    private record PrintedTotal(TableGrid grid, int row, BigDecimal value) {
    }

    /** The reading of the parts in order, each from its header row down, into one set. */
    private static final class Reading {

        private final List<Part> parts;
        private final List<TableGrid> skipped;
        private final TitleBlock title;
        private final Path file;
        private final ImportMetadata meta;
        private final List<String> sheetNames;
        private final boolean asPublished;
        private final List<SheetProblem> problems = new ArrayList<>();
        private final List<PrintedTotal> totals = new ArrayList<>();
        private final List<TableGrid> read = new ArrayList<>();

        Reading(List<Part> parts, List<TableGrid> skipped, TitleBlock title, Path file, ImportMetadata meta,
                List<String> sheetNames, boolean asPublished) {
            this.parts = parts;
            this.skipped = new ArrayList<>(skipped);
            this.title = title;
            this.file = file;
            this.meta = meta;
            this.sheetNames = sheetNames;
            this.asPublished = asPublished;
        }

        CriteriaImport read() {
            List<SourceRow> rows = new ArrayList<>();
            java.util.Set<String> labelsSoFar = new java.util.HashSet<>();
            for (Part part : parts) {
                List<SheetProblem> before = new ArrayList<>(problems);
                int totalsBefore = totals.size();
                List<SourceRow> partRows = rows(part, rows);
                java.util.Set<String> labels = topLabels(partRows);
                if (!part.continuation() && !rows.isEmpty()
                        && (startsAgain(partRows) || labels.stream().anyMatch(labelsSoFar::contains))) {
                    // Its numbering starts again: another set (another level, say), not the next fields.
                    problems.clear();
                    problems.addAll(before);
                    while (totals.size() > totalsBefore) {
                        totals.remove(totals.size() - 1);
                    }
                    problems.add(SheetProblem.warning(part.grid(), 0, "criteriasets.import.separateSet",
                            part.grid().name()));
                    continue;
                }
                labelsSoFar.addAll(labels);
                if (!partRows.isEmpty() && !read.contains(part.grid())) {
                    read.add(part.grid());
                }
                rows.addAll(partRows);
            }
            for (TableGrid grid : skipped) {
                problems.add(SheetProblem.warning(grid, 0, grid instanceof WordGrid
                        ? "criteriasets.import.tableSkipped" : "criteriasets.import.sheetSkipped", grid.name()));
            }
            TableGrid first = parts.get(0).grid();
            TreeBuilder tree = new TreeBuilder(problems, asPublished);
            tree.build(rows);
            List<ImportedRow> imported = new ArrayList<>();
            List<CriterionNode> roots = new ArrayList<>();
            for (SourceRow root : tree.roots) {
                roots.add(node(root, imported).withSection(root.section));
            }
            CriteriaSet set = new CriteriaSet(id(), name(), title.decision, level(first), year(first),
                    meta.version() != null ? meta.version() : title.version == null ? "" : title.version, roots,
                    asPublished);
            checkTotals(set, tree.roots);
            List<Problem> all = problems(set, imported, first);
            String readNames = String.join(", ", (read.isEmpty() ? List.of(first) : read).stream()
                    .map(TableGrid::name).toList());
            return new CriteriaImport(set, readNames, sheetNames, skipped.stream().map(TableGrid::name).toList(),
                    imported, all);
        }

        /** Whether a part's numbering starts at "I" or "1": the first field of another set, not the next one. */
        private static boolean startsAgain(List<SourceRow> rows) {
            for (SourceRow row : rows) {
                if (row.kind == SourceRow.Kind.ROMAN || row.kind == SourceRow.Kind.NUMBER) {
                    return row.printed.equals("I") || row.printed.equals("1");
                }
            }
            return false;
        }

        /** The printed labels that number fields: Roman numerals, or top numbers when there are none. */
        private static java.util.Set<String> topLabels(List<SourceRow> rows) {
            java.util.Set<String> roman = new java.util.HashSet<>();
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (SourceRow row : rows) {
                if (row.kind == SourceRow.Kind.ROMAN) {
                    roman.add(row.printed);
                } else if (row.kind == SourceRow.Kind.NUMBER) {
                    numbers.add(row.printed);
                }
            }
            return roman.isEmpty() ? numbers : roman;
        }

        // --- rows ------------------------------------------------------------------------------------------------

        private List<SourceRow> rows(Part part, List<SourceRow> earlier) {
            TableGrid grid = part.grid();
            TableHeader header = part.header();
            List<SourceRow> rows = new ArrayList<>();
            int code = header.column(Column.CODE);
            int title = header.column(Column.TITLE);
            int max = header.column(Column.MAX);
            boolean afterTotal = false;
            boolean firstRow = true;
            for (int r = header.dataStart(); r <= grid.lastRow(); r++) {
                String codeText = grid.text(r, code);
                String titleText = grid.text(r, title);
                String pointsText = grid.text(r, max);
                String ruleText = grid.text(r, header.column(Column.RULE));
                String guidance = grid.text(r, header.column(Column.GUIDANCE));
                String evidence = grid.text(r, header.column(Column.EVIDENCE));
                String department = grid.text(r, header.column(Column.DEPARTMENT));
                if ((codeText + titleText + pointsText + ruleText + guidance + evidence + department).isBlank()) {
                    continue;
                }
                int excelRow = r + 1;
                if (grid.isHidden(r)) {
                    problems.add(SheetProblem.warning(grid, excelRow, "criteriaimport.hiddenRowSkipped"));
                    continue;
                }
                if (isHeaderRepeat(grid, header, r, codeText, titleText, pointsText)
                        || isColumnNumbers(titleText, pointsText)) {
                    continue;
                }
                boolean continuesSplitRow = part.continuation() && firstRow;
                firstRow = false;
                String plainTitle = Plain.fold(titleText);
                String plainCode = Plain.fold(codeText);
                String lead = plainCode.isEmpty() || plainCode.length() <= 6 && !plainTitle.isEmpty() ? plainTitle : plainCode;
                if (TOTAL.matcher(lead).matches() || TOTAL.matcher(plainCode).matches()) {
                    BigDecimal value = grid.number(r, max) != null ? grid.number(r, max) : Labels.points(pointsText);
                    if (value != null) {
                        totals.add(new PrintedTotal(grid, excelRow, value));
                    }
                    if (!rows.isEmpty() || !earlier.isEmpty()) {
                        // The table ends here, unless a bonus or penalty group follows ("IV. ĐIỂM CỘNG").
                        afterTotal = true;
                    }
                    continue;
                }
                if (END_OF_TABLE.matcher(lead).find() && !(rows.isEmpty() && earlier.isEmpty())) {
                    break;
                }
                if (FOOTNOTE.matcher(lead).find()) {
                    continue;
                }
                SourceRow row = new SourceRow(grid, excelRow);
                Labels.Label label = Labels.of(codeText);
                String rowTitle = titleText;
                if (label == null && !codeText.isEmpty()) {
                    // A field printed across the code and title cells: "I. CÔNG TÁC CHỈ ĐẠO …" in the code cell.
                    rowTitle = titleText.isEmpty() ? codeText : codeText + " " + titleText;
                }
                if (afterTotal) {
                    if (!Sections.startsSection(rowTitle)) {
                        break;
                    }
                    afterTotal = false;
                }
                if (label == null) {
                    Labels.Split split = Labels.fromTitle(rowTitle);
                    if (split != null) {
                        label = split.label();
                        rowTitle = split.rest();
                    }
                }
                BigDecimal points = grid.number(r, max);
                if (points == null && !pointsText.isEmpty()) {
                    points = Labels.points(pointsText);
                }
                SourceRow last = !rows.isEmpty() ? rows.get(rows.size() - 1)
                        : earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
                if (label == null && points == null && pointsText.isEmpty() && last != null
                        && (startsLowerCase(rowTitle) || continuesSplitRow)) {
                    // The rest of the row above, carried over to a new row (often at a page break).
                    continueRow(last, rowTitle, guidance, evidence, department);
                    continue;
                }
                row.kind = label == null ? SourceRow.Kind.NONE : label.kind();
                row.printed = label == null ? "" : label.printed();
                row.title = Plain.oneLine(rowTitle);
                row.max = points;
                row.pointsText = points == null ? pointsText : "";
                row.ruleText = ruleText;
                row.guidance = Plain.lines(guidance);
                row.evidence = Plain.lines(evidence);
                row.department = Plain.oneLine(department);
                row.bold = grid.isBold(r, title);
                row.indent = grid.indent(r, title);
                if (row.title.isEmpty()) {
                    problems.add(SheetProblem.error(row, "criteriaimport.titleMissing"));
                }
                rows.add(row);
            }
            return rows;
        }

        private static boolean isHeaderRepeat(TableGrid grid, TableHeader header, int r, String codeText,
                                              String titleText, String pointsText) {
            Map<Column, Integer> named = TableHeader.columnsOf(grid, r, false);
            if (named.size() >= 2 && !named.containsKey(Column.TITLE) || named.size() >= 3) {
                return true;
            }
            if (named.size() == 2 && named.containsKey(Column.TITLE) && named.containsKey(Column.CODE)) {
                return true;
            }
            return codeText.isEmpty() && titleText.isEmpty() && grid.number(r, header.column(Column.MAX)) == null
                    && Column.of(Plain.fold(pointsText)) == Column.MAX;
        }

        private static boolean isColumnNumbers(String titleText, String pointsText) {
            return COLUMN_NUMBER.matcher(titleText).matches()
                    && (pointsText.isEmpty() || COLUMN_NUMBER.matcher(pointsText).matches());
        }

        private static boolean startsLowerCase(String text) {
            String stripped = text.strip();
            return !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
        }

        private static void continueRow(SourceRow previous, String title, String guidance, String evidence,
                                        String department) {
            if (!title.isBlank()) {
                previous.title = Plain.oneLine(previous.title + " " + title);
            }
            if (!guidance.isBlank()) {
                previous.guidance = Plain.lines(previous.guidance + "\n" + guidance);
            }
            if (!evidence.isBlank()) {
                previous.evidence = Plain.lines(previous.evidence + "\n" + evidence);
            }
            if (!department.isBlank()) {
                previous.department = Plain.oneLine(previous.department + " " + department);
            }
        }

        // --- nodes -----------------------------------------------------------------------------------------------

        private CriterionNode node(SourceRow row, List<ImportedRow> imported) {
            String ruleText = row.parent == null ? Sections.WORDS.matcher(new Folded(row.ruleText).text()).lookingAt()
                    ? stripSectionWords(row.ruleText) : row.ruleText : row.ruleText;
            RuleGuess guess = row.children.isEmpty()
                    ? RuleGuesser.guess(ruleText, row.guidance, row.title, row.max)
                    : RuleGuess.sum();
            imported.add(new ImportedRow(row.code, printedLabel(row), row.grid.name(), row.row, guess,
                    row.grid.where(row.row)));
            List<CriterionNode> children = new ArrayList<>();
            for (SourceRow child : row.children) {
                children.add(node(child, imported));
            }
            return new CriterionNode(row.code, row.title, row.max, guess.rule(), row.guidance, row.evidence,
                    row.department, Section.MAIN, children, wordingOf(guess), row.printedCode);
        }

        /**
         * The province's words a rule was guessed from, kept beside the rule; none when the "Cách chấm" column holds
         * the template's own words (then the words are the rule) or the rule was assumed.
         */
        private static String wordingOf(RuleGuess guess) {
            return switch (guess.source()) {
                case GUIDANCE -> guess.quote();
                case RULE_COLUMN -> RuleText.parse(guess.quote()).isPresent() ? "" : guess.quote();
                case DEFAULT -> "";
            };
        }

        private static String printedLabel(SourceRow row) {
            return switch (row.kind) {
                case LETTER -> row.printed + ")";
                case NONE -> "";
                default -> row.printed;
            };
        }

        private static String stripSectionWords(String ruleText) {
            Folded folded = new Folded(ruleText);
            var m = Sections.WORDS.matcher(folded.text());
            return m.lookingAt() ? folded.quote(m.end(), ruleText.length()) : ruleText;
        }

        // --- the set ---------------------------------------------------------------------------------------------

        private String name() {
            if (meta.name() != null) {
                return meta.name();
            }
            if (title.name != null) {
                return title.name;
            }
            String file = this.file.getFileName().toString();
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }

        private UnitLevel level(TableGrid first) {
            if (meta.level() != null) {
                return meta.level();
            }
            if (title.level != null) {
                return title.level;
            }
            problems.add(SheetProblem.warning(first, 0, "criteriaimport.levelAssumed",
                    Messages.get(UnitLevel.COMMUNE.messageKey())));
            return UnitLevel.COMMUNE;
        }

        private int year(TableGrid first) {
            if (meta.year() != null) {
                return meta.year();
            }
            if (title.year != null) {
                return title.year;
            }
            int now = Year.now().getValue();
            problems.add(SheetProblem.warning(first, 0, "criteriaimport.yearAssumed", now));
            return now;
        }

        private String id() {
            if (meta.id() != null) {
                return meta.id();
            }
            if (title.id != null) {
                return title.id;
            }
            String slug = Plain.fold(name()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (slug.length() > 50) {
                slug = slug.substring(0, 50).replaceAll("-$", "");
            }
            int year = meta.year() != null ? meta.year() : title.year != null ? title.year : Year.now().getValue();
            return (slug.isEmpty() ? "bo-tieu-chi" : slug) + "-" + year;
        }

        /**
         * Each totals row must match the set's main maximum, or (in a set spread over several sheets) the fields
         * read from its own sheet.
         */
        private void checkTotals(CriteriaSet set, List<SourceRow> roots) {
            for (PrintedTotal total : totals) {
                BigDecimal ownSum = BigDecimal.ZERO;
                for (SourceRow root : roots) {
                    if (root.grid == total.grid() && root.section == Section.MAIN && root.max != null) {
                        ownSum = ownSum.add(root.max);
                    }
                }
                if (total.value().compareTo(set.mainMaximum()) != 0 && total.value().compareTo(ownSum) != 0) {
                    problems.add(SheetProblem.warning(total.grid(), total.row(), "criteriaimport.totalDiffers",
                            total.value(), Numbers.normalize(set.mainMaximum())));
                }
            }
        }

        /**
         * The reader's own problems, then the validator's about rules and titles, placed at the row of their node.
         * Sums and duplicate codes the reader has already reported with their row.
         */
        private List<Problem> problems(CriteriaSet set, List<ImportedRow> imported, TableGrid first) {
            Set<String> reported = Set.of("domain.criteria.childrenSum", "criteriasets.publishedSumDiffers",
                    "domain.criteria.codeDuplicate",
                    "domain.criteria.codeOutsideParent", "domain.criteria.titleMissing", "domain.criteria.empty");
            Map<String, SourceRowPlace> rowOfCode = new HashMap<>();
            for (ImportedRow row : imported) {
                rowOfCode.putIfAbsent(row.code(), new SourceRowPlace(gridNamed(row.sheet(), first), row.row()));
            }
            List<SheetProblem> all = new ArrayList<>(problems);
            if (set.roots().isEmpty()) {
                all.add(SheetProblem.error(first, 0, "criteriaimport.noCriteria"));
            }
            for (Problem problem : CriteriaValidator.validate(set)) {
                if (reported.contains(problem.messageKey())) {
                    continue;
                }
                SourceRowPlace place = rowOfCode.getOrDefault(problem.where(), new SourceRowPlace(first, 0));
                all.add(new SheetProblem(place.grid(), place.row(), problem.severity(), problem.messageKey(),
                        problem.args()));
            }
            all.sort(Comparator.comparingLong(SheetProblem::order));
            return all.stream().map(SheetProblem::toProblem).toList();
        }

        private record SourceRowPlace(TableGrid grid, int row) {
        }

        private TableGrid gridNamed(String name, TableGrid fallback) {
            for (Part part : parts) {
                if (part.grid().name().equals(name)) {
                    return part.grid();
                }
            }
            return fallback;
        }
    }
}
