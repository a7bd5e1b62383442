package vn.cchc.workbook.interchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A ZIP file from elsewhere opened for reading data only, with hard limits. Nothing is ever extracted to disk, so
 * entry names are never used as paths; names that would point outside a folder are refused all the same, because
 * no legitimate .cchc has them and other tools might extract the file. Sizes declared in the ZIP are not trusted:
 * every entry is read through a bounded read, and the total unpacked across entries is capped too.
 */
final class BoundedZip implements Closeable {

    private final ZipFile zip;
    private final String shownName;
    private final long totalCap;
    private final Map<String, ZipEntry> entries;
    private long unpacked;

    private BoundedZip(ZipFile zip, String shownName, long totalCap, Map<String, ZipEntry> entries) {
        this.zip = zip;
        this.shownName = shownName;
        this.totalCap = totalCap;
        this.entries = entries;
    }

    /**
     * Opens {@code file} and checks its table of contents: at most {@code maxEntries} entries, safe names, no name
     * twice.
     *
     * @throws CchcFileException when the ZIP cannot be read or its table of contents is refused
     */
    static BoundedZip open(Path file, String shownName, int maxEntries, long totalCap) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CchcFileException(e, "cchc.zip.corrupt", shownName);
        }
        try {
            Map<String, ZipEntry> byName = new LinkedHashMap<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            int count = 0;
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++count > maxEntries) {
                    throw new CchcFileException("cchc.zip.tooManyEntries", shownName, maxEntries);
                }
                String name = entry.getName();
                if (!isSafeName(name)) {
                    throw new CchcFileException("cchc.zip.badName", shownName, printable(name));
                }
                if (byName.putIfAbsent(name, entry) != null) {
                    throw new CchcFileException("cchc.zip.duplicate", shownName, name);
                }
            }
            return new BoundedZip(zip, shownName, totalCap, Collections.unmodifiableMap(byName));
        } catch (CchcFileException e) {
            closeQuietly(zip);
            throw e;
        } catch (RuntimeException e) {
            // ZipFile reports a damaged central directory as IllegalStateException/ZipError while enumerating.
            closeQuietly(zip);
            throw new CchcFileException(e, "cchc.zip.corrupt", shownName);
        }
    }

    /** Entry names in the order of the ZIP's central directory. */
    List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    /**
     * The bytes of entry {@code name}, refused when it unpacks to more than {@code cap} bytes or pushes the total
     * over the cap given at opening.
     */
    byte[] read(String name, long cap) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("No entry " + name);
        }
        long allowed = Math.min(cap, totalCap - unpacked);
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, allowed + 1));
        } catch (IOException | RuntimeException e) {
            throw new CchcFileException(e, "cchc.zip.corrupt", shownName);
        }
        if (bytes.length > allowed) {
            // Name the cap that was passed: the entry's own, or the whole file's.
            throw new CchcFileException("cchc.zip.bomb", shownName, name, sizeText(bytes.length > cap ? cap : totalCap));
        }
        unpacked += bytes.length;
        // ZipFile does not check the CRC; a damaged entry must not pass as content.
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            throw new CchcFileException("cchc.zip.corrupt", shownName);
        }
        return bytes;
    }

    /**
     * Streams entry {@code name} to {@code out}, refusing it as soon as it unpacks to more than {@code cap} bytes or
     * pushes the total over the cap given at opening; checks the entry's CRC at the end. Nothing is held in memory
     * beyond a buffer.
     *
     * @return the bytes written
     */
    long copy(String name, java.io.OutputStream out, long cap) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("No entry " + name);
        }
        long allowed = Math.min(cap, totalCap - unpacked);
        CRC32 crc = new CRC32();
        long written = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > allowed) {
                    throw new CchcFileException("cchc.zip.bomb", shownName, name,
                            Math.max(1, allowed / (1024 * 1024)));
                }
                crc.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CchcFileException refused) {
                throw refused;
            }
            throw new CchcFileException(e, "cchc.zip.corrupt", shownName);
        }
        unpacked += written;
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            throw new CchcFileException("cchc.zip.corrupt", shownName);
        }
        return written;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    /** A plain relative name: no absolute path, drive letter, backslash, "." or ".." segment or control character. */
    static boolean isSafeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return false;
            }
        }
        Set<String> bad = new HashSet<>(List.of(".", ".."));
        for (String segment : name.split("/", -1)) {
            if (bad.contains(segment)) {
                return false;
            }
        }
        return true;
    }

    /** "64 KB", "20 MB": the cap as the message states it (a cap under 1 MB is not "1 MB"). */
    static String sizeText(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return Math.max(1, bytes / 1024) + " KB";
    }

    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(120).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown.toString();
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Read-only; nothing to lose.
        }
    }
}
