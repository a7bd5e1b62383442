package vn.cchc.workbook.ui.criteria;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CriteriaSetJson;
import vn.cchc.workbook.app.WorkbookStore;

/**
 * The criteria sets a user can work with: those in the store and the samples shipped with the program, plus the
 * JSON files sets travel in between officers. Every method may be slow (H2, files): call it off the JavaFX thread.
 */
public final class CriteriaLibrary {

    private final WorkbookStore store;

    /** One set offered in the library; {@code bundled} for a sample shipped with the program (not in the store). */
    public record Entry(CriteriaSet set, boolean bundled) {
    }

    public CriteriaLibrary(WorkbookStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public WorkbookStore store() {
        return store;
    }

    /** The sets in the store, then the bundled samples that are not in it. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (CriteriaSet set : store.listCriteriaSets()) {
            entries.add(new Entry(set, false));
            ids.add(set.id());
        }
        for (CriteriaSet sample : BundledData.sampleCriteriaSets()) {
            if (ids.add(sample.id())) {
                entries.add(new Entry(sample, true));
            }
        }
        return entries;
    }

    /** Every id a new set must not take: the stored sets' and the samples'. */
    public Set<String> takenIds() {
        Set<String> ids = new LinkedHashSet<>();
        store.listCriteriaSets().forEach(set -> ids.add(set.id()));
        BundledData.sampleCriteriaSets().forEach(set -> ids.add(set.id()));
        return ids;
    }

    /** Stores a set; a new version always has a new id, so this never replaces a set an assessment uses. */
    public void save(CriteriaSet set) {
        store.saveCriteriaSet(set);
    }

    /** Reads a criteria-set JSON file, refusing it (with every problem named) when it is not a valid set. */
    public CriteriaSet readJson(Path file) {
        return CriteriaSetJson.read(file);
    }

    /** Writes {@code set} to {@code file} through a temporary file, so a failed write never leaves half a file. */
    public void writeJson(CriteriaSet set, Path file) {
        SafeFileWriter.write(file, out -> CriteriaSetJson.write(set, out));
    }
}
