package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;

/** A .cchc given on the command line (a double-click on the file) opens directly. */
class OpenFileArgumentTest extends AppWindowTest {

    private Path file;

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        super.prepareDataDir(dir);
        file = Files.createDirectories(dir.resolve("documents")).resolve("Hiền Thành 6 tháng 2023.cchc");
        CchcFile.write(BundledData.sampleAssessment(), file);
    }

    @Override
    protected Optional<Path> startupFile() {
        return Optional.of(file);
    }

    @Test
    void opensTheFileFromTheCommandLine(FxRobot robot) {
        waitForWorkbook();
        Assessment sample = BundledData.sampleAssessment();
        assertThat(session().assessment()).isEqualTo(sample);
        assertThat(window.model().fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(stage.getTitle()).isEqualTo("Hiền Thành 6 tháng 2023.cchc — Sổ chấm điểm CCHC");
        assertThat(CchcApp.fileArgument(List.of(file.toString()))).contains(file);
        assertThat(CchcApp.fileArgument(List.of("summary"))).isEmpty();
    }
}
