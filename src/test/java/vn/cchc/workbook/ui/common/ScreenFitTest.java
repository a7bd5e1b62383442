package vn.cchc.workbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

/** Where dialogs and secondary windows go: centred on their owner, never outside the screen's visual bounds. */
class ScreenFitTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 2560, 1400);

    @Test
    void aWindowIsCentredOnItsOwner() {
        Rectangle2D owner = new Rectangle2D(200, 100, 1000, 600);

        Rectangle2D placed = ScreenFit.centred(owner, 400, 300, WIDE);

        assertThat(placed).isEqualTo(new Rectangle2D(500, 250, 400, 300));
    }

    @Test
    void aWindowTallerThanTheScreenIsShrunkAndItsTitleBarStaysOnTheScreen() {
        Rectangle2D placed = ScreenFit.centred(LAPTOP, 800, 2000, LAPTOP);

        assertThat(placed.getMinY()).isZero();
        assertThat(placed.getHeight()).isEqualTo(728);
        assertThat(placed.getMinX()).isEqualTo(283);
    }

    @Test
    void anOwnerNearTheEdgeMovesItsDialogInsideRatherThanOffTheScreen() {
        Rectangle2D owner = new Rectangle2D(-300, -40, 700, 400);

        Rectangle2D placed = ScreenFit.centred(owner, 600, 500, LAPTOP);

        assertThat(placed.getMinX()).isZero();
        assertThat(placed.getMinY()).isZero();
        assertThat(placed.getMaxX()).isLessThanOrEqualTo(LAPTOP.getMaxX());
    }

    @Test
    void theFirstTimeASecondaryWindowTakesItsSizeCentredOnTheMainWindowAtMostTheScreen() {
        WindowMemory.Place first = ScreenFit.choose(Optional.empty(), LAPTOP, LAPTOP, 1240, 760, 900, 560);

        assertThat(first.maximized()).isFalse();
        assertThat(first.bounds()).isEqualTo(new Rectangle2D(63, 0, 1240, 728));
    }

    @Test
    void aRememberedPlaceStillOnTheScreenIsKeptAndOneOffItIsNot() {
        Rectangle2D left = new Rectangle2D(40, 30, 1000, 600);
        WindowMemory.Place kept = ScreenFit.choose(Optional.of(new WindowMemory.Place(left, true)), LAPTOP, LAPTOP,
                1240, 760, 900, 560);
        assertThat(kept).isEqualTo(new WindowMemory.Place(left, true));

        Rectangle2D elsewhere = new Rectangle2D(1500, 30, 1000, 600);
        WindowMemory.Place moved = ScreenFit.choose(Optional.of(new WindowMemory.Place(elsewhere, false)), LAPTOP,
                LAPTOP, 1240, 760, 900, 560);
        assertThat(LAPTOP.contains(moved.bounds())).isTrue();
    }

    @Test
    void aRememberedPlaceBiggerThanTheScreenOrBelowTheMinimumIsFitted() {
        WindowMemory.Place big = ScreenFit.choose(Optional.of(new WindowMemory.Place(
                new Rectangle2D(10, 10, 1900, 1000), false)), LAPTOP, LAPTOP, 1240, 760, 900, 560);
        assertThat(LAPTOP.contains(big.bounds())).isTrue();

        WindowMemory.Place small = ScreenFit.choose(Optional.of(new WindowMemory.Place(
                new Rectangle2D(10, 10, 300, 200), false)), LAPTOP, LAPTOP, 1240, 760, 900, 560);
        assertThat(small.bounds().getWidth()).isEqualTo(900);
        assertThat(small.bounds().getHeight()).isEqualTo(560);
    }

    @Test
    void theScreenSizePropertyOnlyShrinksTheBoundsAndIsIgnoredWhenMalformed() {
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1200);

        assertThat(ScreenFit.limited(big, "1366x768")).isEqualTo(new Rectangle2D(0, 0, 1366, 768));
        assertThat(ScreenFit.limited(LAPTOP, "1920x1200")).isEqualTo(LAPTOP);
        assertThat(ScreenFit.limited(big, "1e9x768")).isEqualTo(big);
        assertThat(ScreenFit.limited(big, null)).isEqualTo(big);
    }
}
