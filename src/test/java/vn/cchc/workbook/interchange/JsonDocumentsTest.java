package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.cchc.workbook.domain.Problem;

/**
 * The trees {@link JsonDocuments#parse} builds from the streaming parser are the trees Jackson's own object mapper
 * reads, with every decimal's scale as written, so printing them gives the bytes read.
 */
class JsonDocumentsTest {

    /** Jackson's tree reading, configured as the reading was before the trees were built from the parser. */
    private static final ObjectMapper REFERENCE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"criteria/mau-huyen.json", "criteria/mau-so-2025.json", "criteria/mau-xa-2025.json",
            "criteria/mau-xa.json", "samples/hien-thanh-6t-2023.json", "samples/sap-nhap-6t-2025.json"})
    void everyBundledDocumentReadsAsJacksonReadsItAndPrintsBackToItsOwnBytes(String file) throws IOException {
        byte[] bytes;
        try (InputStream in = JsonDocuments.class.getResourceAsStream("/vn/cchc/workbook/bundled/" + file)) {
            assertThat(in).as(file).isNotNull();
            bytes = in.readAllBytes();
        }
        JsonNode tree = parsed(bytes);

        assertThat(tree).isEqualTo(REFERENCE.readTree(bytes));
        assertThat(new String(JsonDocuments.toBytes(tree), StandardCharsets.UTF_8))
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void numbersKeepTheirKindAndTheirWrittenScale() throws IOException {
        String json = """
                {"int": -7, "long": 12345678901, "big": 123456789012345678901234567890,
                 "half": 0.50, "zero": 0.00, "exponent": 1E+3, "negative": -2.25,
                 "texts": ["Hiền Thành", "\\u0110\\u1ea1t", ""], "flags": [true, false, null],
                 "empty": {}, "none": [], "nested": [[{"a": [1, 2.0]}]]}""";
        JsonNode tree = parsed(json.getBytes(StandardCharsets.UTF_8));

        assertThat(tree).isEqualTo(REFERENCE.readTree(json));
        assertThat(tree.get("int").isInt()).isTrue();
        assertThat(tree.get("long").isLong()).isTrue();
        assertThat(tree.get("big").isBigInteger()).isTrue();
        assertThat(tree.get("half").decimalValue().toPlainString()).isEqualTo("0.50");
        assertThat(tree.get("zero").decimalValue().toPlainString()).isEqualTo("0.00");
        assertThat(tree.get("exponent").decimalValue().toPlainString()).isEqualTo("1000");
        assertThat(tree.get("texts").get(1).textValue()).isEqualTo("Đạt");
        assertThat(tree.get("flags").get(2).isNull()).isTrue();
        assertThat(new String(JsonDocuments.toBytes(tree), StandardCharsets.UTF_8))
                .contains("\"half\": 0.50", "\"zero\": 0.00", "\"big\": 123456789012345678901234567890");
    }

    @Test
    void aSecondValueAfterTheDocumentIsRefusedWhereItStarts() {
        List<Problem> problems = new ArrayList<>();

        assertThat(JsonDocuments.parse("{\"a\": 1}\n  [2]".getBytes(StandardCharsets.UTF_8), problems)).isNull();

        assertThat(problems).extracting(Problem::messageKey).containsExactly("interchange.json.trailing");
        assertThat(problems.get(0).args()).containsExactly(2, 3);
    }

    @Test
    void aDocumentWithoutAnyValueIsEmpty() {
        List<Problem> problems = new ArrayList<>();

        assertThat(JsonDocuments.parse(" \n\t ".getBytes(StandardCharsets.UTF_8), problems)).isNull();

        assertThat(problems).extracting(Problem::messageKey).containsExactly("interchange.json.empty");
    }

    private static JsonNode parsed(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        JsonNode tree = JsonDocuments.parse(bytes, problems);
        assertThat(problems).isEmpty();
        return tree;
    }
}
