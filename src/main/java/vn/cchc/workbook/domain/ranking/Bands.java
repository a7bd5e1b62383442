package vn.cchc.workbook.domain.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * The xếp loại a province applies to the index: by default tốt ≥ 90, khá ≥ 80, trung bình ≥ 65, yếu below. The
 * thresholds change between provinces and years, so they are editable; names follow the four usual bands when three
 * thresholds are given. The index is compared as published, rounded to 2 decimals (89,995 is "Tốt").
 */
public final class Bands {

    private final List<Band> bands;

    private Bands(List<Band> bands) {
        this.bands = List.copyOf(bands);
    }

    /** Tốt ≥ 90, khá ≥ 80, trung bình ≥ 65, yếu below. */
    public static Bands defaults() {
        return of(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("65"));
    }

    /**
     * The four usual bands with the thresholds of tốt, khá and trung bình.
     *
     * @throws InvalidInputException unless exactly three thresholds strictly descending between 0 and 100 are given
     */
    public static Bands of(BigDecimal good, BigDecimal fair, BigDecimal average) {
        List<BigDecimal> thresholds = List.of(good, fair, average);
        for (int i = 0; i < thresholds.size(); i++) {
            BigDecimal t = thresholds.get(i);
            if (t.signum() <= 0 || t.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("ranking.bands.outOfRange", t);
            }
            if (i > 0 && t.compareTo(thresholds.get(i - 1)) >= 0) {
                throw new InvalidInputException("ranking.bands.notDescending");
            }
        }
        return new Bands(List.of(
                new Band(Messages.get("ranking.band.good"), good),
                new Band(Messages.get("ranking.band.fair"), fair),
                new Band(Messages.get("ranking.band.average"), average),
                new Band(Messages.get("ranking.band.weak"), BigDecimal.ZERO)));
    }

    /**
     * Reads thresholds as typed ("90,80,65" or "90;80;65"; decimals with a point or, with ";" between them, a comma).
     *
     * @throws InvalidInputException for anything but three numbers strictly descending
     */
    public static Bands parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        String[] parts = trimmed.contains(";") ? trimmed.split(";") : trimmed.split(",");
        if (parts.length != 3) {
            throw new InvalidInputException("ranking.bands.format", trimmed);
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String part : parts) {
            values.add(Points.parse(part));
        }
        return of(values.get(0), values.get(1), values.get(2));
    }

    /** The bands from the highest down; the last one has minimum 0. */
    public List<Band> bands() {
        return bands;
    }

    /** The band of {@code index} (compared rounded to 2 decimals); null for null. */
    public Band bandFor(BigDecimal index) {
        if (index == null) {
            return null;
        }
        BigDecimal shown = Points.rounded(index);
        for (Band band : bands) {
            if (shown.compareTo(band.minimum()) >= 0) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bands that && bands.equals(that.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    @Override
    public String toString() {
        return "Bands" + bands;
    }
}
