package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the window opens: maximised the first time on an office screen, later where it was left, always visible. */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 2560, 1400);
    private static final Rectangle2D SECOND = new Rectangle2D(1366, 0, 1920, 1040);

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartIsMaximisedOnAScreenUpTo1920Wide() {
        WindowState first = WindowPlacement.choose(Optional.empty(), List.of(LAPTOP), 900, 600);

        assertThat(first.maximized()).isTrue();
        assertThat(first.width()).isEqualTo(1366);
        assertThat(first.height()).isEqualTo(728);
    }

    @Test
    void onAWiderScreenTheFirstStartIsAWindowCentredInTheVisibleArea() {
        WindowState first = WindowPlacement.choose(Optional.empty(), List.of(WIDE), 900, 600);

        assertThat(first.maximized()).isFalse();
        assertThat(first.x() + first.width() / 2).isEqualTo(1280);
        assertThat(first.y() + first.height() / 2).isEqualTo(700);
    }

    @Test
    void aRememberedPlaceOnAScreenStillThereIsKept() {
        WindowState left = new WindowState(1500, 40, 1200, 800, false);

        WindowState again = WindowPlacement.choose(Optional.of(left), List.of(LAPTOP, SECOND), 900, 600);

        assertThat(again).isEqualTo(left);
    }

    @Test
    void aPlaceOnAnUnpluggedMonitorFallsBackToThePrimaryScreen() {
        WindowState left = new WindowState(1500, 40, 1200, 800, false);

        WindowState again = WindowPlacement.choose(Optional.of(left), List.of(LAPTOP), 900, 600);

        assertThat(again.x()).isBetween(0.0, 1366.0);
        assertThat(again.x() + again.width()).isLessThanOrEqualTo(1366);
        assertThat(again.maximized()).isTrue();
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToFit() {
        WindowState left = new WindowState(10, 10, 3000, 2000, false);

        WindowState again = WindowPlacement.choose(Optional.of(left), List.of(LAPTOP), 900, 600);

        assertThat(again.width()).isEqualTo(1366);
        assertThat(again.height()).isEqualTo(728);
        assertThat(again.x()).isZero();
        assertThat(again.y()).isZero();
    }

    @Test
    void theStateAndTheDividerSurviveARestartAndADamagedFileIsIgnored() throws Exception {
        AppSettings settings = AppSettings.load(dataDir);
        settings.setWindowState(new WindowState(100, 50, 1280, 720, true));
        settings.setDivider("scoring", 0.62);
        settings.save();

        AppSettings reloaded = AppSettings.load(dataDir);
        assertThat(reloaded.windowState()).contains(new WindowState(100, 50, 1280, 720, true));
        assertThat(reloaded.divider("scoring")).contains(0.62);

        Path file;
        try (var files = Files.list(dataDir)) {
            file = files.filter(p -> p.getFileName().toString().endsWith(".properties")).findFirst().orElseThrow();
        }
        Files.writeString(file, Files.readString(file).replaceAll("window\\.width=[^\\n]*", "window.width=1e300"));
        assertThat(AppSettings.load(dataDir).windowState()).isEmpty();
    }

    @Test
    void aSecondaryWindowsPlaceSurvivesARestartAndADamagedOneIsIgnored() throws Exception {
        AppSettings settings = AppSettings.load(dataDir);
        var place = new vn.cchc.workbook.ui.common.WindowMemory.Place(new Rectangle2D(60, 20, 1200, 700), true);
        settings.remember("analysis", place);
        settings.remember("analysis", new vn.cchc.workbook.ui.common.WindowMemory.Place(
                new Rectangle2D(0, 0, 1e9, 700), false));
        settings.remember("../x", place);

        AppSettings reloaded = AppSettings.load(dataDir);
        assertThat(reloaded.place("analysis")).contains(place);
        assertThat(reloaded.place("ranking")).isEmpty();
        assertThat(reloaded.windowState()).as("the main window's place is its own").isEmpty();
    }
}
