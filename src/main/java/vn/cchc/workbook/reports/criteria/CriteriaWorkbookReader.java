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
    private static final Pattern SECTION_WORDS = Pattern.compile("^\\s*(diem thuong|diem tru)\\b\\s*[;:,.]?\\s*");

    private CriteriaWorkbookReader() {
    }

    /** The visible sheets of the workbook, in order, for the user to choose from. */
    public static List<String> sheetNames(Path xlsx) {
        try (Workbook workbook = open(xlsx)) {
            return visibleSheets(workbook).stream().map(Sheet::getSheetName).toList();
        } catch (IOException failed) {
            throw new CriteriaImportException(failed, "criteriaimport.file.unreadable", xlsx.toString());
        }
    }

    /** Reads the first sheet that holds a criteria table, guessing name, level and year. */
    public static CriteriaImport read(Path xlsx) {
        return read(xlsx, null, ImportMetadata.NONE);
    }

    /**
     * Reads one sheet.
     *
     * @param sheetOrNull the sheet to read; null for the first visible sheet that holds a criteria table
     * @param meta        what the user said about the set; blank fields are guessed from the title rows
     * @throws CriteriaImportException when the file cannot be read, the sheet does not exist or holds no table
     */
    public static CriteriaImport read(Path xlsx, String sheetOrNull, ImportMetadata meta) {
        ImportMetadata given = meta == null ? ImportMetadata.NONE : meta;
        try (Workbook workbook = open(xlsx)) {
            List<Sheet> sheets = visibleSheets(workbook);
            List<String> names = sheets.stream().map(Sheet::getSheetName).toList();
            Sheet sheet = null;
            TableHeader header = null;
            if (sheetOrNull != null) {
                sheet = findSheet(sheets, sheetOrNull, names);
                header = TableHeader.find(new SheetGrid(sheet)).orElseThrow(
                        () -> new CriteriaImportException("criteriaimport.sheet.noTable", sheetOrNull));
            } else {
                for (Sheet candidate : sheets) {
                    var found = TableHeader.find(new SheetGrid(candidate));
                    if (found.isPresent()) {
                        sheet = candidate;
                        header = found.get();
                        break;
                    }
                }
                if (sheet == null) {
                    throw new CriteriaImportException("criteriaimport.file.noTable", xlsx.getFileName().toString());
                }
            }
            return new SheetReading(new SheetGrid(sheet), header, xlsx, given, names).read();
        } catch (IOException failed) {
            throw new CriteriaImportException(failed, "criteriaimport.file.unreadable", xlsx.toString());
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

    /** The reading of one sheet, from its header row down. */
    private static final class SheetReading {

        private final SheetGrid grid;
        private final TableHeader header;
        private final Path file;
        private final ImportMetadata meta;
        private final List<String> sheetNames;
        private final List<SheetProblem> problems = new ArrayList<>();
        private BigDecimal printedTotal;
        private int totalRow;

        SheetReading(SheetGrid grid, TableHeader header, Path file, ImportMetadata meta, List<String> sheetNames) {
            this.grid = grid;
            this.header = header;
            this.file = file;
            this.meta = meta;
            this.sheetNames = sheetNames;
        }

        CriteriaImport read() {
            List<SourceRow> rows = rows();
            TreeBuilder tree = new TreeBuilder(grid.name(), problems);
            tree.build(rows);
            List<ImportedRow> imported = new ArrayList<>();
            List<CriterionNode> roots = new ArrayList<>();
            for (SourceRow root : tree.roots) {
                Section section = sectionOf(root);
                roots.add(node(root, imported).withSection(section));
            }
            TitleBlock title = TitleBlock.read(grid, header.firstRow());
            CriteriaSet set = new CriteriaSet(id(title), name(title), title.decision, level(title), year(title),
                    meta.version() != null ? meta.version() : title.version == null ? "" : title.version, roots);
            checkTotal(set);
            List<Problem> all = problems(set, imported);
            return new CriteriaImport(set, grid.name(), sheetNames, imported, all);
        }

        // --- rows ------------------------------------------------------------------------------------------------

        private List<SourceRow> rows() {
            List<SourceRow> rows = new ArrayList<>();
            int code = header.column(Column.CODE);
            int title = header.column(Column.TITLE);
            int max = header.column(Column.MAX);
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
                    problems.add(SheetProblem.warning(excelRow, "criteriaimport.hiddenRowSkipped"));
                    continue;
                }
                if (isHeaderRepeat(r, codeText, titleText, pointsText) || isColumnNumbers(titleText, pointsText)) {
                    continue;
                }
                String plainTitle = Plain.fold(titleText);
                String plainCode = Plain.fold(codeText);
                String lead = plainCode.isEmpty() || plainCode.length() <= 6 && !plainTitle.isEmpty() ? plainTitle : plainCode;
                if (TOTAL.matcher(lead).matches() || TOTAL.matcher(plainCode).matches()) {
                    if (printedTotal == null) {
                        printedTotal = grid.number(r, max) != null ? grid.number(r, max) : Labels.points(pointsText);
                        totalRow = excelRow;
                    }
                    if (!rows.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (END_OF_TABLE.matcher(lead).find() && !rows.isEmpty()) {
                    break;
                }
                if (FOOTNOTE.matcher(lead).find()) {
                    continue;
                }
                SourceRow row = new SourceRow(excelRow);
                Labels.Label label = Labels.of(codeText);
                String rowTitle = titleText;
                if (label == null && !codeText.isEmpty()) {
                    // A field printed across the code and title cells: "I. CÔNG TÁC CHỈ ĐẠO …" in the code cell.
                    rowTitle = titleText.isEmpty() ? codeText : codeText + " " + titleText;
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
                if (label == null && points == null && pointsText.isEmpty() && !rows.isEmpty()
                        && startsLowerCase(rowTitle)) {
                    // The rest of the row above, carried over to a new row (often at a page break).
                    continueRow(rows.get(rows.size() - 1), rowTitle, guidance, evidence, department);
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
                    problems.add(SheetProblem.error(excelRow, "criteriaimport.titleMissing"));
                }
                rows.add(row);
            }
            return rows;
        }

        private boolean isHeaderRepeat(int r, String codeText, String titleText, String pointsText) {
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
            String ruleText = row.parent == null ? SECTION_WORDS.matcher(new Folded(row.ruleText).text()).lookingAt()
                    ? stripSectionWords(row.ruleText) : row.ruleText : row.ruleText;
            RuleGuess guess = row.children.isEmpty()
                    ? RuleGuesser.guess(ruleText, row.guidance, row.title, row.max)
                    : RuleGuess.sum();
            imported.add(new ImportedRow(row.code, printedLabel(row), grid.name(), row.row, guess));
            List<CriterionNode> children = new ArrayList<>();
            for (SourceRow child : row.children) {
                children.add(node(child, imported));
            }
            return new CriterionNode(row.code, row.title, row.max, guess.rule(), row.guidance, row.evidence,
                    row.department, Section.MAIN, children);
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
            var m = SECTION_WORDS.matcher(folded.text());
            return m.lookingAt() ? folded.quote(m.end(), ruleText.length()) : ruleText;
        }

        /** "Điểm thưởng" / "Điểm trừ" in a top row's rule cell or title makes it a bonus or penalty group. */
        private static Section sectionOf(SourceRow root) {
            String rule = Plain.fold(root.ruleText);
            String title = Plain.fold(root.title);
            if (rule.startsWith("diem thuong") || title.startsWith("diem thuong") || title.contains("(diem thuong)")) {
                return Section.BONUS;
            }
            if (rule.startsWith("diem tru") || title.startsWith("diem tru") || title.contains("(diem tru)")) {
                return Section.PENALTY;
            }
            return Section.MAIN;
        }

        // --- the set ---------------------------------------------------------------------------------------------

        private String name(TitleBlock title) {
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

        private UnitLevel level(TitleBlock title) {
            if (meta.level() != null) {
                return meta.level();
            }
            if (title.level != null) {
                return title.level;
            }
            problems.add(SheetProblem.warning(0, "criteriaimport.levelAssumed",
                    Messages.get(UnitLevel.COMMUNE.messageKey())));
            return UnitLevel.COMMUNE;
        }

        private int year(TitleBlock title) {
            if (meta.year() != null) {
                return meta.year();
            }
            if (title.year != null) {
                return title.year;
            }
            int now = Year.now().getValue();
            problems.add(SheetProblem.warning(0, "criteriaimport.yearAssumed", now));
            return now;
        }

        private String id(TitleBlock title) {
            if (meta.id() != null) {
                return meta.id();
            }
            if (title.id != null) {
                return title.id;
            }
            String slug = Plain.fold(name(title)).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (slug.length() > 50) {
                slug = slug.substring(0, 50).replaceAll("-$", "");
            }
            int year = meta.year() != null ? meta.year() : title.year != null ? title.year : Year.now().getValue();
            return (slug.isEmpty() ? "bo-tieu-chi" : slug) + "-" + year;
        }

        private void checkTotal(CriteriaSet set) {
            if (printedTotal != null && printedTotal.compareTo(set.mainMaximum()) != 0) {
                problems.add(SheetProblem.warning(totalRow, "criteriaimport.totalDiffers", printedTotal,
                        Numbers.normalize(set.mainMaximum())));
            }
        }

        /**
         * The reader's own problems, then the validator's about rules and titles, placed at the row of their node.
         * Sums and duplicate codes the reader has already reported with their row.
         */
        private List<Problem> problems(CriteriaSet set, List<ImportedRow> imported) {
            Set<String> reported = Set.of("domain.criteria.childrenSum", "domain.criteria.codeDuplicate",
                    "domain.criteria.codeOutsideParent", "domain.criteria.titleMissing", "domain.criteria.empty");
            Map<String, Integer> rowOfCode = new HashMap<>();
            for (ImportedRow row : imported) {
                rowOfCode.putIfAbsent(row.code(), row.row());
            }
            List<SheetProblem> all = new ArrayList<>(problems);
            if (set.roots().isEmpty()) {
                all.add(SheetProblem.error(0, "criteriaimport.noCriteria"));
            }
            for (Problem problem : CriteriaValidator.validate(set)) {
                if (reported.contains(problem.messageKey())) {
                    continue;
                }
                int row = rowOfCode.getOrDefault(problem.where(), 0);
                all.add(new SheetProblem(row, problem.severity(), problem.messageKey(), problem.args()));
            }
            all.sort(Comparator.comparingInt(SheetProblem::row));
            return all.stream().map(problem -> problem.toProblem(grid.name())).toList();
        }
    }
}
