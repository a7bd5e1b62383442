package vn.cchc.workbook.domain.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Decides what an evidence file is from its content: the magic numbers of PDF, JPEG and PNG; for OLE2 compound files
 * (DOC, XLS) the streams in their directory; for ZIP-based formats (DOCX, XLSX, ODT, ODS) the entries that make
 * them what they are. Anything else (a program, a shortcut, a script, an archive, a macro-enabled Office file, a
 * damaged file) is not evidence. Nothing in the file is decompressed beyond a few bytes or run.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EXE = {'M', 'Z'};
    private static final byte[] LNK = {0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0};

    /** Bounds for the ZIP-based formats: entries, and what they declare to unpack to. */
    static final int MAX_ZIP_ENTRIES = 10_000;
    static final long MAX_ZIP_DECLARED_BYTES = 512L * 1024 * 1024;
    /** Bounds for the OLE2 directory walk. */
    private static final int MAX_DIRECTORY_ENTRIES = 20_000;

    private ContentSniffer() {
    }

    /**
     * The accepted type of {@code file}'s content, or empty when it is not one of them (or cannot be read as one).
     *
     * @throws IOException when the file cannot be read at all
     */
    public static Optional<EvidenceType> sniff(Path file) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, PDF)) {
            return Optional.of(EvidenceType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(EvidenceType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(EvidenceType.JPEG);
        }
        if (startsWith(head, OLE2)) {
            return ole2(file);
        }
        if (startsWith(head, ZIP)) {
            return zip(file);
        }
        return Optional.empty();
    }

    /**
     * What a refused file seems to be, as a message key ({@code evidence.foreign.*}) for telling the user: a
     * program, a shortcut, an archive or macro file, text (scripts), or unknown.
     */
    public static String describeForeign(Path file) {
        byte[] head;
        try {
            head = head(file);
        } catch (IOException e) {
            return "evidence.foreign.unknown";
        }
        if (head.length == 0) {
            return "evidence.foreign.empty";
        }
        if (startsWith(head, EXE)) {
            return "evidence.foreign.program";
        }
        if (startsWith(head, LNK)) {
            return "evidence.foreign.shortcut";
        }
        if (startsWith(head, ZIP) || startsWith(head, OLE2)) {
            return "evidence.foreign.container";
        }
        if (looksLikeText(head)) {
            return "evidence.foreign.text";
        }
        return "evidence.foreign.unknown";
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x09 || c > 0x0d && c < 0x20 && c != 0x1b) {
                return false;
            }
        }
        return true;
    }

    // ---- ZIP-based formats ----

    private static Optional<EvidenceType> zip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.UTF_8)) {
            Set<String> names = new HashSet<>();
            long declared = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
                String name = entry.getName();
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    return Optional.empty();
                }
                long size = entry.getSize();
                declared += Math.max(size, 0);
                if (declared > MAX_ZIP_DECLARED_BYTES) {
                    return Optional.empty();
                }
                names.add(name);
            }
            if (names.contains("mimetype") && names.contains("content.xml")) {
                String mime = smallEntry(zip, "mimetype");
                return switch (mime) {
                    case "application/vnd.oasis.opendocument.text" -> Optional.of(EvidenceType.ODT);
                    case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(EvidenceType.ODS);
                    default -> Optional.empty();
                };
            }
            if (names.contains("[Content_Types].xml")) {
                boolean word = names.contains("word/document.xml");
                boolean excel = names.contains("xl/workbook.xml");
                if (word && !excel) {
                    return Optional.of(EvidenceType.DOCX);
                }
                if (excel && !word) {
                    return Optional.of(EvidenceType.XLSX);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            // ZipException, or ZipFile's IllegalStateException/ZipError for a damaged central directory.
            return Optional.empty();
        }
    }

    /** An entry of at most 100 bytes as text, "" when longer or unreadable. */
    private static String smallEntry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(101);
            return bytes.length > 100 ? "" : new String(bytes, StandardCharsets.US_ASCII).strip();
        } catch (ZipException damaged) {
            return "";
        }
    }

    // ---- OLE2 compound files (DOC, XLS) ----

    private static Optional<EvidenceType> ole2(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Set<String> names = new CompoundDirectory(channel).names();
            if (names.contains("macros") || names.contains("_vba_project_cur") || names.contains("vba")) {
                return Optional.empty();
            }
            boolean word = names.contains("worddocument");
            boolean excel = names.contains("workbook") || names.contains("book");
            if (word && !excel) {
                return Optional.of(EvidenceType.DOC);
            }
            if (excel && !word) {
                return Optional.of(EvidenceType.XLS);
            }
            return Optional.empty();
        } catch (DamagedFile damaged) {
            return Optional.empty();
        }
    }

    private static final class DamagedFile extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedFile() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads the names in an OLE2 compound file's directory (MS-CFB): the header's FAT sector list (and the DIFAT
     * chain for large files), then the directory's sector chain. Every step is bounded by the file's sector count,
     * so a looping or lying chain ends.
     */
    private static final class CompoundDirectory {
        private static final int END_OF_CHAIN = -2;
        private final FileChannel channel;
        private final int sectorSize;
        private final long sectorCount;
        private final int[] fatSectors;
        private final int firstDirectorySector;

        CompoundDirectory(FileChannel channel) throws IOException, DamagedFile {
            this.channel = channel;
            ByteBuffer header = read(0, 512);
            int shift = header.getShort(30) & 0xffff;
            if (shift != 9 && shift != 12) {
                throw new DamagedFile();
            }
            sectorSize = 1 << shift;
            sectorCount = Math.max(0, channel.size() / sectorSize - 1);
            long fatCount = header.getInt(44) & 0xffffffffL;
            if (fatCount > sectorCount) {
                throw new DamagedFile();
            }
            fatSectors = new int[(int) fatCount];
            int filled = 0;
            for (int i = 0; i < 109 && filled < fatCount; i++) {
                fatSectors[filled++] = header.getInt(76 + 4 * i);
            }
            int difat = header.getInt(68);
            long steps = 0;
            int perDifat = sectorSize / 4 - 1;
            while (filled < fatCount && difat >= 0) {
                if (++steps > sectorCount) {
                    throw new DamagedFile();
                }
                ByteBuffer sector = sector(difat);
                for (int i = 0; i < perDifat && filled < fatCount; i++) {
                    fatSectors[filled++] = sector.getInt(4 * i);
                }
                difat = sector.getInt(4 * perDifat);
            }
            if (filled < fatCount) {
                throw new DamagedFile();
            }
            this.firstDirectorySector = header.getInt(48);
        }

        Set<String> names() throws IOException, DamagedFile {
            Set<String> names = new HashSet<>();
            int current = firstDirectorySector;
            long steps = 0;
            int perSector = sectorSize / 128;
            while (current != END_OF_CHAIN) {
                if (current < 0 || ++steps > sectorCount || names.size() > MAX_DIRECTORY_ENTRIES) {
                    throw new DamagedFile();
                }
                ByteBuffer sector = sector(current);
                for (int i = 0; i < perSector; i++) {
                    int base = i * 128;
                    int nameBytes = sector.getShort(base + 64) & 0xffff;
                    int type = sector.get(base + 66);
                    if (type == 0 || nameBytes < 2 || nameBytes > 64) {
                        continue;
                    }
                    char[] chars = new char[nameBytes / 2 - 1];
                    for (int c = 0; c < chars.length; c++) {
                        chars[c] = sector.getChar(base + 2 * c);
                    }
                    names.add(new String(chars).toLowerCase(Locale.ROOT));
                }
                current = next(current);
            }
            return names;
        }

        private int next(int sectorNumber) throws IOException, DamagedFile {
            int perFat = sectorSize / 4;
            int fatIndex = sectorNumber / perFat;
            if (fatIndex >= fatSectors.length) {
                throw new DamagedFile();
            }
            return sector(fatSectors[fatIndex]).getInt(4 * (sectorNumber % perFat));
        }

        private ByteBuffer sector(int number) throws IOException, DamagedFile {
            if (number < 0 || number >= sectorCount) {
                throw new DamagedFile();
            }
            return read((number + 1L) * sectorSize, sectorSize);
        }

        private ByteBuffer read(long position, int length) throws IOException, DamagedFile {
            ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new DamagedFile();
                }
            }
            return buffer.flip();
        }
    }
}
