package vn.cchc.workbook.ui.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.documents.Block;
import vn.cchc.workbook.domain.assessment.DocumentEdit;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.DocumentRequest;
import vn.cchc.workbook.domain.documents.DraftDocument;
import vn.cchc.workbook.domain.documents.Drafts;
import vn.cchc.workbook.domain.documents.Paragraph;
import vn.cchc.workbook.domain.documents.Section;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.documents.Table;
import vn.cchc.workbook.domain.text.Messages;

/**
 * "Soạn văn bản": the drafted document by sections, the values typed for it, and the user's edits. Every change of
 * a paragraph, of the order or of the dropped sections is kept with the workbook at once (through the edit
 * session), and the draft is made again from the current figures; an edited paragraph whose figures changed since
 * is flagged. No controls here, so the tests need no window.
 */
public final class DocumentsViewModel {

    /** A section as listed: its id, title, and whether it holds a paragraph edited by hand that is now outdated. */
    public record SectionItem(String id, String title, boolean outdated) {
        @Override
        public String toString() {
            return outdated ? "⚠ " + title : title;
        }
    }

    /** A paragraph as edited in the window (a table appears as a read-only line naming its size). */
    public record ParagraphItem(String id, String label, String text, String drafted, boolean edited,
                                boolean outdated, boolean table) {
    }

    private final EditSession session;
    private final Runnable onSessionChange = this::refresh;
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>(DocumentKind.LETTER);
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty basisKind = new SimpleStringProperty(Messages.get("documents.basis.defaultKind"));
    private final StringProperty basisNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> basisDate = new SimpleObjectProperty<>();
    private final StringProperty basisIssuer = new SimpleStringProperty("");
    private final StringProperty signerAuthority = new SimpleStringProperty("");
    private final StringProperty signerTitle = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");
    private final BooleanProperty appendix = new SimpleBooleanProperty(true);
    private final ObservableList<SectionItem> sections = FXCollections.observableArrayList();
    private final ObservableList<SectionItem> dropped = FXCollections.observableArrayList();
    private final ObjectProperty<SectionItem> selected = new SimpleObjectProperty<>();
    private final ObservableList<ParagraphItem> paragraphs = FXCollections.observableArrayList();
    // One read-only view of each list, kept: a fresh wrapper per call would drop its listeners when collected.
    private final ObservableList<SectionItem> sectionsView = FXCollections.unmodifiableObservableList(sections);
    private final ObservableList<SectionItem> droppedView = FXCollections.unmodifiableObservableList(dropped);
    private final ObservableList<ParagraphItem> paragraphsView = FXCollections.unmodifiableObservableList(paragraphs);
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty outdated = new SimpleIntegerProperty();
    private DraftDocument current;

    public DocumentsViewModel(EditSession session) {
        this.session = session;
        place.set(session.assessment().unit().placeName());
        session.addListener(onSessionChange);
        kind.addListener((obs, old, now) -> refresh());
        appendix.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> showParagraphs());
        refresh();
    }

    /**
     * Whether a People's Committee signs ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" when left blank) rather than an agency
     * such as a Sở ("GIÁM ĐỐC" when left blank, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" for a deputy): the fields' examples
     * follow it.
     */
    public boolean signedForACommittee() {
        return vn.cchc.workbook.domain.document.UnitNames.isPeoplesCommittee(session.assessment().unit().level());
    }

    /** Stops following the workbook (the window closed). */
    public void dispose() {
        session.removeListener(onSessionChange);
    }

    /** Drafts the document again from the workbook and its saved edits, keeping the selected section. */
    public void refresh() {
        DocumentRequest request = requestOrDefaults();
        current = Drafts.draft(kind.get(), session.assessment(), request);
        String selectedId = selected.get() == null ? null : selected.get().id();
        sections.setAll(current.sections().stream()
                .map(s -> new SectionItem(s.id(), s.title(), s.hasOutdatedEdits())).toList());
        dropped.setAll(current.dropped().stream().map(s -> new SectionItem(s.id(), s.title(), false)).toList());
        outdated.set(current.outdatedParagraphs().size());
        SectionItem keep = sections.stream().filter(s -> s.id().equals(selectedId)).findFirst()
                .orElse(sections.isEmpty() ? null : sections.get(0));
        if (keep != null && keep.equals(selected.get())) {
            showParagraphs();
        } else {
            selected.set(keep);
        }
    }

    private void showParagraphs() {
        SectionItem item = selected.get();
        List<ParagraphItem> items = new ArrayList<>();
        if (item != null && current != null) {
            current.section(item.id()).ifPresent(section -> {
                for (Block block : section.blocks()) {
                    if (block instanceof Paragraph p) {
                        items.add(new ParagraphItem(p.id(), Messages.get("documentsui.role." + p.role().name()),
                                p.text(), p.drafted(), p.edited(), p.outdated(), false));
                    } else if (block instanceof Table t) {
                        items.add(new ParagraphItem(t.id(), Messages.get("documentsui.table", t.rows().size(),
                                t.columns().size()), "", "", false, false, true));
                    }
                }
            });
        }
        paragraphs.setAll(items);
    }

    /** Keeps {@code text} as paragraph {@code id}'s wording (the drafted text again removes the edit). */
    public void edit(String id, String text) {
        findParagraph(id).ifPresent(p -> {
            if (p.text().equals(text == null ? "" : text.strip())) {
                return;
            }
            try {
                save(edit().withParagraph(id, text, p.drafted()));
                message.set("");
            } catch (InvalidInputException refused) {
                message.set(refused.getMessage());
            }
        });
    }

    /** Goes back to the drafted wording of paragraph {@code id}, with the current figures. */
    public void revert(String id) {
        save(edit().withoutParagraph(id));
    }

    /** Moves section {@code id} one place up (-1) or down (+1) within where it is printed. */
    public void move(String id, int step) {
        Optional<Section> section = current.section(id);
        if (section.isEmpty()) {
            return;
        }
        List<String> order = new ArrayList<>(current.sections().stream().map(Section::id).toList());
        int at = order.indexOf(id);
        int to = at + step;
        if (to < 0 || to >= order.size()
                || current.section(order.get(to)).orElseThrow().placement() != section.get().placement()) {
            return;
        }
        order.remove(at);
        order.add(to, id);
        save(edit().withOrder(order));
    }

    /** Leaves section {@code id} out of the document (true) or puts it back (false). */
    public void drop(String id, boolean drop) {
        save(edit().withDropped(id, drop));
    }

    /**
     * The document to write, as drafted with the values typed; empty with {@link #messageProperty()} set when a
     * typed value is refused.
     */
    public Optional<DraftDocument> document() {
        try {
            DocumentRequest request = request();
            message.set("");
            return Optional.of(Drafts.draft(kind.get(), session.assessment(), request));
        } catch (InvalidInputException refused) {
            message.set(refused.getMessage());
            return Optional.empty();
        }
    }

    DocumentRequest request() {
        return new DocumentRequest(number.get(), subject.get(), date.get(), place.get(),
                new DocumentReference(basisKind.get(), basisNumber.get(), basisDate.get(), basisIssuer.get()),
                new Signer(signerAuthority.get(), signerTitle.get(), signerName.get()), List.of(), appendix.get());
    }

    private DocumentRequest requestOrDefaults() {
        try {
            return request();
        } catch (InvalidInputException refused) {
            return DocumentRequest.defaults().withAppendix(appendix.get());
        }
    }

    private DocumentEdit edit() {
        return session.assessment().documents().of(kind.get());
    }

    private void save(DocumentEdit edit) {
        try {
            session.setDocuments(session.assessment().documents().with(kind.get(), edit));
        } catch (RuntimeException failed) {
            message.set(vn.cchc.workbook.ui.common.ErrorMessages.forUser(failed));
        }
        refresh();
    }

    private Optional<Paragraph> findParagraph(String id) {
        return current.paragraphs().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public EditSession session() {
        return session;
    }

    public ObjectProperty<DocumentKind> kindProperty() {
        return kind;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty basisKindProperty() {
        return basisKind;
    }

    public StringProperty basisNumberProperty() {
        return basisNumber;
    }

    public ObjectProperty<LocalDate> basisDateProperty() {
        return basisDate;
    }

    public StringProperty basisIssuerProperty() {
        return basisIssuer;
    }

    public StringProperty signerAuthorityProperty() {
        return signerAuthority;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public BooleanProperty appendixProperty() {
        return appendix;
    }

    public ObservableList<SectionItem> sections() {
        return sectionsView;
    }

    public ObservableList<SectionItem> droppedSections() {
        return droppedView;
    }

    public ObjectProperty<SectionItem> selectedSectionProperty() {
        return selected;
    }

    public ObservableList<ParagraphItem> paragraphs() {
        return paragraphsView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty outdatedProperty() {
        return outdated;
    }
}
