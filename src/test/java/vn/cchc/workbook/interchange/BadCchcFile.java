package vn.cchc.workbook.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Every kind of bad file a user may try to open as a .cchc, with the message key it must be refused with and a
 * fragment of the Vietnamese message that names the problem. Shared by the file, app and command-line tests.
 */
public enum BadCchcFile {

    EMPTY("cchc.file.empty", "rỗng") {
        @Override
        byte[] bytes(Path folder) {
            return new byte[0];
        }
    },
    TRUNCATED("cchc.zip.corrupt", "bị hỏng hoặc không đầy đủ") {
        @Override
        byte[] bytes(Path folder) {
            byte[] valid = CchcFixtures.valid(CchcFixtures.rich());
            return Arrays.copyOf(valid, valid.length * 6 / 10);
        }
    },
    CORRUPT("cchc.zip.corrupt", "bị hỏng hoặc không đầy đủ") {
        @Override
        byte[] bytes(Path folder) {
            byte[] bytes = CchcFixtures.valid(CchcFixtures.rich());
            // The middle of the file is inside assessment.json's compressed data.
            for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
                bytes[i] = (byte) (bytes[i] ^ 0x5A);
            }
            return bytes;
        }
    },
    ZIP_HEADER_ONLY("cchc.zip.corrupt", "bị hỏng hoặc không đầy đủ") {
        @Override
        byte[] bytes(Path folder) {
            byte[] bytes = new byte[300];
            Arrays.fill(bytes, (byte) 0x33);
            System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, bytes, 0, 4);
            return bytes;
        }
    },
    NO_MANIFEST("cchc.manifest.missing", "không có phần mô tả manifest.json") {
        @Override
        byte[] bytes(Path folder) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(CchcFile.CONTENT, AssessmentJson.toBytes(CchcFixtures.rich()));
            return CchcFixtures.zip(entries);
        }
    },
    CHECKSUM_MISMATCH("cchc.content.checksum", "mã kiểm tra SHA-256") {
        @Override
        byte[] bytes(Path folder) {
            Assessment original = CchcFixtures.rich();
            CchcManifest manifest = CchcManifest.describing(original, AssessmentJson.toBytes(original),
                    CchcFixtures.SAVED_AT);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(CchcFile.MANIFEST, manifest.toBytes());
            entries.put(CchcFile.CONTENT, AssessmentJson.toBytes(CchcFixtures.variant(original, "Xã Khác")));
            return CchcFixtures.zip(entries);
        }
    },
    WRONG_TYPE("cchc.content.invalid", "$.year") {
        @Override
        byte[] bytes(Path folder) {
            return content(json -> json.replaceFirst("\"year\" ?: ?2023", "\"year\": \"2023\""));
        }
    },
    MISSING_FIELD("cchc.content.invalid", "unit") {
        @Override
        byte[] bytes(Path folder) {
            return content(json -> json.replaceFirst("\"unit\"", "\"unjt\""));
        }
    },
    NEWER_VERSION("cchc.manifest.newerVersion", "phiên bản mới hơn") {
        @Override
        byte[] bytes(Path folder) {
            return CchcFixtures.withManifest(CchcFixtures.rich(), """
                    {"format": "cchc-workbook", "formatVersion": 3, "programVersion": "3.0.0",
                     "savedAt": "2031-01-01T00:00:00Z", "storage": {"kind": "new"}}
                    """);
        }
    },
    ZIP_BOMB("cchc.zip.bomb", "bom nén") {
        @Override
        byte[] bytes(Path folder) {
            Assessment assessment = CchcFixtures.rich();
            byte[] huge = new byte[21 * 1024 * 1024];
            Arrays.fill(huge, (byte) ' ');
            CchcManifest manifest = CchcManifest.describing(assessment, huge, CchcFixtures.SAVED_AT);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(CchcFile.MANIFEST, manifest.toBytes());
            entries.put(CchcFile.CONTENT, huge);
            return CchcFixtures.zip(entries);
        }
    },
    PATH_TRAVERSAL("cchc.zip.badName", "../x") {
        @Override
        byte[] bytes(Path folder) {
            return withExtraEntry("../x");
        }
    },
    DUPLICATE_ENTRY("cchc.zip.duplicate", "assessment.json") {
        @Override
        byte[] bytes(Path folder) {
            return CchcFixtures.patch(withExtraEntry("assessment.jsoX"), "assessment.jsoX", "assessment.json");
        }
    },
    UNEXPECTED_ENTRY("cchc.zip.unexpected", "macro.js") {
        @Override
        byte[] bytes(Path folder) {
            return withExtraEntry("macro.js");
        }
    },
    TOO_MANY_ENTRIES("cchc.zip.tooManyEntries", "quá nhiều thành phần") {
        @Override
        byte[] bytes(Path folder) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            for (int i = 0; i <= CchcFile.MAX_ENTRIES; i++) {
                entries.put("e" + i, new byte[0]);
            }
            return CchcFixtures.zip(entries);
        }
    },
    DOCX("cchc.file.docx", "tài liệu Word (.docx)") {
        @Override
        byte[] bytes(Path folder) {
            return office("word/document.xml");
        }
    },
    XLSX("cchc.file.xlsx", "bảng tính Excel (.xlsx)") {
        @Override
        byte[] bytes(Path folder) {
            return office("xl/workbook.xml");
        }
    },
    H2_DATABASE("cchc.file.h2", "cơ sở dữ liệu H2") {
        @Override
        byte[] bytes(Path folder) {
            Path base = folder.resolve("h2-source");
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t(id INT PRIMARY KEY, name VARCHAR(100))");
                statement.execute("INSERT INTO t VALUES (1, 'Hiền Thành')");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            try {
                return Files.readAllBytes(folder.resolve("h2-source.mv.db"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    PDF("cchc.file.pdf", "tệp PDF") {
        @Override
        byte[] bytes(Path folder) {
            return "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        }
    },
    PLAIN_TEXT("cchc.file.text", "văn bản thuần") {
        @Override
        byte[] bytes(Path folder) {
            return "Ghi chú: nộp báo cáo CCHC trước ngày 15/6/2023.\n".getBytes(StandardCharsets.UTF_8);
        }
    },
    ASSESSMENT_JSON("cchc.file.json", "import-json") {
        @Override
        byte[] bytes(Path folder) {
            return AssessmentJson.toBytes(CchcFixtures.rich());
        }
    };

    private final String messageKey;
    private final String messageFragment;

    BadCchcFile(String messageKey, String messageFragment) {
        this.messageKey = messageKey;
        this.messageFragment = messageFragment;
    }

    abstract byte[] bytes(Path folder);

    /** Writes the bad file as "Sổ chấm điểm - NAME.cchc" in {@code folder} (a Vietnamese name, as users have). */
    public Path create(Path folder) {
        try {
            Path file = folder.resolve("Sổ chấm điểm - " + name() + ".cchc");
            Files.write(file, bytes(folder));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String messageKey() {
        return messageKey;
    }

    /** A part of the Vietnamese message that names the problem. */
    public String messageFragment() {
        return messageFragment;
    }

    private static byte[] content(java.util.function.UnaryOperator<String> edit) {
        Assessment assessment = CchcFixtures.rich();
        String json = new String(AssessmentJson.toBytes(assessment), StandardCharsets.UTF_8);
        String edited = edit.apply(json);
        if (edited.equals(json)) {
            throw new IllegalStateException("The edit changed nothing");
        }
        return CchcFixtures.withContent(assessment, edited.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withExtraEntry(String name) {
        Assessment assessment = CchcFixtures.rich();
        byte[] content = AssessmentJson.toBytes(assessment);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(CchcFile.MANIFEST, CchcManifest.describing(assessment, content, CchcFixtures.SAVED_AT).toBytes());
        entries.put(CchcFile.CONTENT, content);
        entries.put(name, "alert('x')".getBytes(StandardCharsets.UTF_8));
        return CchcFixtures.zip(entries);
    }

    private static byte[] office(String part) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
        entries.put(part, "<document/>".getBytes(StandardCharsets.UTF_8));
        return CchcFixtures.zip(entries);
    }
}
