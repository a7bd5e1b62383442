package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;

/**
 * A second launch with a .cchc (a double click on an emailed file while the program is open) runs in a JVM of its
 * own, hands the file to the running window over the loopback port and exits; the window opens the file.
 */
class SecondLaunchTest extends AppWindowTest {

    private Path file;
    private SingleInstance running;

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        super.prepareDataDir(dir);
        file = Files.createDirectories(dir.resolve("thư gửi")).resolve("Hiền Thành gửi lại.cchc");
        CchcFile.write(BundledData.sampleAssessment(), file);
    }

    @AfterEach
    void release() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void aSecondProcessHandsItsFileToTheRunningWindowAndExits(FxRobot robot) throws Exception {
        waitForStore();
        SingleInstance.Claim claim = SingleInstance.claim(dataDir, Optional.empty());
        assertThat(claim).isInstanceOf(SingleInstance.Primary.class);
        running = ((SingleInstance.Primary) claim).instance();
        running.onRequest(request -> Platform.runLater(() -> window.openFromAnotherLaunch(request)));

        Process second = launch(file.toString());
        assertThat(second.waitFor(90, TimeUnit.SECONDS)).as("the second process exits by itself").isTrue();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("Exception");

        waitForWorkbook();
        Assessment sample = BundledData.sampleAssessment();
        assertThat(session().assessment()).isEqualTo(sample);
        assertThat(window.model().fileProperty().get()).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void aStaleClaimFromAKilledCopyIsReplaced() throws Exception {
        Files.writeString(dataDir.resolve(SingleInstance.PORT_FILE), "port=1\ntoken=dead\n");
        SingleInstance.Claim claim = SingleInstance.claim(dataDir, Optional.of(file));
        assertThat(claim).isInstanceOf(SingleInstance.Primary.class);
        running = ((SingleInstance.Primary) claim).instance();
        assertThat(Files.readString(dataDir.resolve(SingleInstance.PORT_FILE))).doesNotContain("token=dead");
    }

    private Process launch(String argument) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dcchc.dataDir=" + dataDir);
        command.add("-Djava.awt.headless=true");
        command.add(vn.cchc.workbook.Main.class.getName());
        command.add(argument);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
