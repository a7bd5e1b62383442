package vn.cchc.workbook.domain.text;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import vn.cchc.workbook.domain.Limits;

/**
 * Every user-visible text comes from here. The program speaks Vietnamese only; each layer keeps its own
 * bundle ({@code i18n/<layer>_vi.properties}) so that layers can grow their texts independently.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Bundle base names, searched in order; a key is expected to live in exactly one of them. */
    static final List<String> BUNDLES = List.of(
            "vn.cchc.workbook.i18n.domain",
            "vn.cchc.workbook.i18n.store",
            "vn.cchc.workbook.i18n.storesafety",
            "vn.cchc.workbook.i18n.files",
            "vn.cchc.workbook.i18n.interchange",
            "vn.cchc.workbook.i18n.cchc",
            "vn.cchc.workbook.i18n.reports",
            "vn.cchc.workbook.i18n.cli",
            "vn.cchc.workbook.i18n.ui",
            "vn.cchc.workbook.i18n.scoring",
            "vn.cchc.workbook.i18n.criteriaimport",
            "vn.cchc.workbook.i18n.criteriaui",
            "vn.cchc.workbook.i18n.ranking",
            "vn.cchc.workbook.i18n.exportcli",
            "vn.cchc.workbook.i18n.analysis",
            "vn.cchc.workbook.i18n.help",
            "vn.cchc.workbook.i18n.limits",
            "vn.cchc.workbook.i18n.print",
            "vn.cchc.workbook.i18n.criteriasets",
            "vn.cchc.workbook.i18n.evidence",
            "vn.cchc.workbook.i18n.documents",
            "vn.cchc.workbook.i18n.documentsui",
            "vn.cchc.workbook.i18n.writer",
            "vn.cchc.workbook.i18n.comparison",
            "vn.cchc.workbook.i18n.rounds",
            "vn.cchc.workbook.i18n.roundsui",
            "vn.cchc.workbook.i18n.exchange",
            "vn.cchc.workbook.i18n.forms",
            "vn.cchc.workbook.i18n.printedcodes");

    /** Every key of every bundle with its text, the first bundle in {@link #BUNDLES} winning; read once. */
    private static volatile Map<String, String> loaded;

    private Messages() {
    }

    /** The Vietnamese text for {@code key}, with {@code {0}}-style arguments filled in Vietnamese number and date format. */
    public static String get(String key, Object... args) {
        String pattern = pattern(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = show(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), VIETNAMESE).format(shown);
    }

    /** Whether {@code key} exists in one of the bundles (used by tests that check every key). */
    public static boolean has(String key) {
        return texts().containsKey(key);
    }

    /**
     * Reads the bundles now. The window's start calls it on a background thread while the toolkit starts, so the
     * first texts it shows do not wait for some thirty files to be read.
     */
    public static void preload() {
        texts();
    }

    private static String pattern(String key) {
        // A missing key is a programming error; show the key rather than fail in front of the user.
        return texts().getOrDefault(key, key);
    }

    private static Object show(Object arg) {
        if (arg instanceof BigDecimal number) {
            // A number beyond every bound is quoted, never expanded (1E+100000000 would print 100 million digits).
            return Limits.isSaneFigure(number) ? Points.format(number) : Limits.shown(number);
        }
        if (arg instanceof LocalDate date) {
            return VietnameseDates.format(date);
        }
        if (arg instanceof Integer || arg instanceof Long) {
            return arg.toString();
        }
        return arg == null ? "" : arg;
    }

    private static Map<String, String> texts() {
        Map<String, String> result = loaded;
        if (result != null) {
            return result;
        }
        // One reader: a thread that needs a text while another reads the bundles waits for it instead of reading too.
        synchronized (Messages.class) {
            result = loaded;
            if (result != null) {
                return result;
            }
            Map<String, String> found = new HashMap<>();
            for (String base : BUNDLES) {
                try {
                    ResourceBundle bundle = ResourceBundle.getBundle(base, VIETNAMESE,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                    for (String key : bundle.keySet()) {
                        found.putIfAbsent(key, bundle.getString(key));
                    }
                } catch (MissingResourceException absent) {
                    // A layer without texts yet.
                }
            }
            result = Map.copyOf(found);
            loaded = result;
            return result;
        }
    }
}
