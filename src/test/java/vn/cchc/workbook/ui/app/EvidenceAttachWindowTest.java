package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.ui.scoring.ScoringRow;

/**
 * Attaching evidence in the real window copies the files into the store off the JavaFX thread: when the attach
 * call returns on the JavaFX thread nothing is cited yet and the progress is showing; the documents are cited (as
 * one undo step) once the copy is done, and a refused file leaves a message and no citation.
 */
class EvidenceAttachWindowTest extends AppWindowTest {

    @TempDir
    Path documents;

    @Test
    void filesAreCopiedInTheBackgroundWithProgressThenCited(FxRobot robot) throws Exception {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        String code = session().assessment().criteria().leaves().get(0).code();
        int before = session().assessment().entry(code).evidence().size();
        select(robot, code);
        @SuppressWarnings("unchecked")
        TableView<EvidenceDocument> table = robot.lookup("#detail-evidence").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        Consumer<List<Path>> attach = (Consumer<List<Path>>) table.getProperties()
                .get("attachEvidenceFiles");
        Path scan = EvidenceSamples.write(documents, "Bản chụp kế hoạch.pdf",
                EvidenceSamples.largePdf("Bản chụp", 30 * 1024 * 1024, 7));
        Path photo = EvidenceSamples.write(documents, "Ảnh hội nghị.jpg", EvidenceSamples.jpeg(3));

        AtomicBoolean citedAtOnce = new AtomicBoolean(true);
        AtomicBoolean progressShown = new AtomicBoolean(false);
        fx(() -> {
            attach.accept(List.of(scan, photo));
            // Still on the JavaFX thread: had the copy run here, the documents would already be cited.
            citedAtOnce.set(session().assessment().entry(code).evidence().size() != before);
            Node busy = robot.lookup("#evidence-attaching").query();
            progressShown.set(busy.isVisible());
        });
        assertThat(citedAtOnce).as("the copy ran on the JavaFX thread").isFalse();
        assertThat(progressShown).isTrue();
        waitUntil(() -> session().assessment().entry(code).evidence().size() == before + 2);
        waitUntil(() -> !robot.lookup("#evidence-attaching").query().isVisible());
        List<EvidenceDocument> cited = session().assessment().entry(code).evidence();
        assertThat(cited.subList(before, before + 2)).extracting(d -> d.file().name())
                .containsExactly("Bản chụp kế hoạch.pdf", "Ảnh hội nghị.jpg");
        assertThat(services.store().evidenceFolder().contains(cited.get(before).file().sha256())).isTrue();
        // One undo step takes both out.
        fx(() -> session().undo());
        assertThat(session().assessment().entry(code).evidence()).hasSize(before);

        // A program renamed .pdf is refused with its name; nothing is cited.
        Path fake = EvidenceSamples.write(documents, "setup.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
        select(robot, code);
        @SuppressWarnings("unchecked")
        TableView<EvidenceDocument> again = robot.lookup("#detail-evidence").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        Consumer<List<Path>> attachAgain = (Consumer<List<Path>>) again.getProperties()
                .get("attachEvidenceFiles");
        fx(() -> attachAgain.accept(List.of(fake)));
        waitUntil(() -> robot.lookup(".label").match((Label l) -> l.getText() != null
                && l.getText().contains("setup.pdf")).tryQuery().isPresent());
        assertThat(session().assessment().entry(code).evidence()).hasSize(before);
    }

    private void select(FxRobot robot, String code) {
        @SuppressWarnings("unchecked")
        TreeTableView<ScoringRow> tree = robot.lookup(".score-table").queryAs(TreeTableView.class);
        fx(() -> {
            tree.getSelectionModel().clearSelection();
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue().code().equals(code)) {
                    tree.getSelectionModel().select(i);
                    tree.scrollTo(Math.max(0, i - 2));
                }
            }
        });
        waitUntil(() -> robot.lookup("#detail-evidence").tryQuery().isPresent());
    }
}
