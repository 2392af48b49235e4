package fr.cmq.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.JsonProblems;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each strict rule on a real mapper, and the field error a client receives for it. */
class StrictJsonTest {

    enum Nature { CASH, IN_KIND }

    record Contribution(String funderName, long amountCents, Nature nature, BigDecimal percent, boolean confirmed) {
    }

    record Budget(String holderName, List<Contribution> contributions, Integer year, Double ratio, List<String> tags) {
    }

    private final ObjectMapper mapper = StrictJson.strict(new ObjectMapper());

    @Test
    void aWellFormedBodyIsRead() throws Exception {
        Budget budget = mapper.readValue("""
                {"holderName": "Lycée", "year": 2026, "contributions": [
                 {"funderName": "Région", "amountCents": 1250, "nature": "CASH", "percent": 12.5, "confirmed": true}]}""",
                Budget.class);
        assertEquals(1250, budget.contributions().get(0).amountCents());
        assertEquals(new BigDecimal("12.5"), budget.contributions().get(0).percent());
    }

    @Test
    void anUnknownPropertyIsRefused() {
        assertError("{\"holderName\": \"x\", \"colour\": \"red\"}", "colour", "unknown field");
        assertError("{\"contributions\": [{\"funderName\": \"x\", \"amountCents\": 1, \"confirmed\": true, \"extra\": 1}]}",
                "contributions[0].extra", "unknown field");
    }

    @Test
    void aFractionWhereAnIntegerIsExpectedIsRefused() {
        assertError("{\"contributions\": [{\"amountCents\": 12.5}]}", "contributions[0].amountCents",
                "expected an integer, got 12.5");
        assertError("{\"contributions\": [{\"amountCents\": 12.0}]}", "contributions[0].amountCents",
                "expected an integer, got 12.0");
        assertError("{\"year\": 2026.0}", "year", "expected an integer, got 2026.0");
    }

    @Test
    void aStringWhereANumberIsExpectedIsRefused() {
        assertError("{\"contributions\": [{\"amountCents\": \"1250\"}]}", "contributions[0].amountCents",
                "expected an integer, got '1250'");
        assertError("{\"contributions\": [{\"percent\": \"12.5\"}]}", "contributions[0].percent",
                "expected a number, got '12.5'");
        assertError("{\"year\": \"\"}", "year", "expected an integer, got ''");
    }

    @Test
    void aNumberOrBooleanWhereAStringIsExpectedIsRefused() {
        assertError("{\"holderName\": 42}", "holderName", "expected a string, got 42");
        assertError("{\"contributions\": [{\"funderName\": 4.2}]}", "contributions[0].funderName",
                "expected a string, got 4.2");
        assertError("{\"holderName\": true}", "holderName", "expected a string, got true");
    }

    @Test
    void aNumberOrStringWhereABooleanIsExpectedIsRefused() {
        assertError("{\"contributions\": [{\"confirmed\": 1}]}", "contributions[0].confirmed",
                "expected true or false, got 1");
        assertError("{\"contributions\": [{\"confirmed\": \"true\"}]}", "contributions[0].confirmed",
                "expected true or false, got 'true'");
    }

    @Test
    void nullForAPrimitiveIsRefused() {
        assertError("{\"contributions\": [{\"amountCents\": null, \"confirmed\": true}]}",
                "contributions[0].amountCents", "required: an integer");
        assertError("{\"contributions\": [{\"confirmed\": true}]}", "contributions[0].amountCents",
                "required: an integer");
    }

    @Test
    void anUnknownOrNumericEnumCodeIsRefusedListingTheCodes() {
        assertError("{\"contributions\": [{\"nature\": \"GOLD\"}]}", "contributions[0].nature",
                "unknown code 'GOLD'; expected one of [CASH, IN_KIND]");
        assertEquals("contributions[0].nature", error("{\"contributions\": [{\"nature\": 0}]}").field());
    }

    @Test
    void aDuplicateKeyIsRefused() {
        assertError("{\"holderName\": \"a\", \"holderName\": \"b\"}", "holderName", "duplicate field");
        assertError("{\"contributions\": [{\"amountCents\": 1, \"amountCents\": 2}]}", "contributions[0].amountCents",
                "duplicate field");
        assertThrows(JsonProcessingException.class, () -> mapper.readTree("{\"a\": 1, \"a\": 2}"));
    }

    @Test
    void malformedJsonAndTrailingContentAreRefused() {
        assertEquals("malformed JSON", error("{\"holderName\": ").message());
        assertEquals("body", error("{\"holderName\": \"a\"} {}").field());
        assertEquals("contributions", error("{\"contributions\": 3}").field());
        assertEquals("expected an array", error("{\"contributions\": 3}").message());
    }

    @Test
    void decimalsKeepTheirScaleInAnswersAndTrees() throws Exception {
        assertEquals("{\"percent\":75.0}", mapper.writeValueAsString(new Share(new BigDecimal("75.0"))));
        assertEquals("{\"percent\":100}", mapper.writeValueAsString(new Share(new BigDecimal("1E+2"))));
        ObjectMapper exact = mapper.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        JsonNode tree = exact.valueToTree(new Share(new BigDecimal("75.0")));
        assertEquals("{\"percent\":75.0}", mapper.writeValueAsString(tree));
    }

    record Share(BigDecimal percent) {
    }

    @Test
    void theLenientCopyToleratesAddedFieldsOnly() throws Exception {
        ObjectMapper lenient = StrictJson.lenient(mapper);
        Budget budget = lenient.readValue("{\"holderName\": \"x\", \"addedLater\": {\"a\": 1}}", Budget.class);
        assertEquals("x", budget.holderName());
        Contribution older = lenient.readValue("{\"funderName\": \"x\"}", Contribution.class);
        assertEquals(0, older.amountCents(), "a field an older producer did not send");
        assertThrows(JsonProcessingException.class, () -> lenient.readValue("{\"year\": 12.5}", Budget.class));
        assertThrows(JsonProcessingException.class,
                () -> lenient.readValue("{\"holderName\": \"a\", \"holderName\": \"b\"}", Budget.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"addedLater\": 1}", Budget.class),
                "the strict mapper is unchanged");
    }

    @Test
    void controlCharactersOtherThanTabCrLfAreRefusedInEveryString() {
        assertError("{\"holderName\": \"Lyc\\u0000ée\"}", "holderName",
                "control character U+0000 at position 3 is not allowed");
        assertError("{\"contributions\": [{\"funderName\": \"a\\u001bb\"}]}", "contributions[0].funderName",
                "control character U+001B at position 1 is not allowed");
        assertError("{\"holderName\": \"\\u007f\"}", "holderName", "control character U+007F at position 0 is not allowed");
        assertError("{\"holderName\": \"\\u0085\"}", "holderName", "control character U+0085 at position 0 is not allowed");
        assertError("{\"tags\": [\"ok\", \"\\u0007\"]}", "tags[1]", "control character U+0007 at position 0 is not allowed");
    }

    @Test
    void tabCrLfAndAstralCharactersAreKept() throws Exception {
        Budget budget = mapper.readValue("{\"holderName\": \"a\\tb\\r\\nc \\ud83c\\udf93 é\"}", Budget.class);
        assertEquals("a\tb\r\nc \uD83C\uDF93 é", budget.holderName());
    }

    @Test
    void loneSurrogatesAreRefused() {
        assertError("{\"holderName\": \"\\ud800\"}", "holderName", "lone surrogate U+D800 at position 0 is not a character");
        assertError("{\"holderName\": \"a\\udc00b\"}", "holderName", "lone surrogate U+DC00 at position 1 is not a character");
        assertError("{\"holderName\": \"\\ud800\\ud800\\udc00\"}", "holderName",
                "lone surrogate U+D800 at position 0 is not a character");
    }

    @Test
    void aJsonTreeIsCheckedWithThePathOfTheFault() {
        FieldError nul = treeError("{\"designation\": \"a\\u0000\"}");
        assertEquals(new FieldError("designation", "control character U+0000 at position 1 is not allowed"), nul);
        assertEquals("communicationNames[1]", treeError("{\"communicationNames\": [\"a\", \"\\ud800\"]}").field());
        assertEquals("a\u0001", treeError("{\"a\\u0001\": 1}").field());
        assertEquals(new FieldError("x", "out of range: a finite number is expected"), treeError("{\"x\": 1e309}"));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 'h', 'o', 'l', 'd', 'e', 'r', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(body, Budget.class));
        assertEquals(new FieldError("body", "invalid UTF-8"), JsonProblems.fieldError(e));
        byte[] lone = {'{', '"', 'h', 'o', 'l', 'd', 'e', 'r', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        JsonProcessingException surrogate = assertThrows(JsonProcessingException.class, () -> mapper.readValue(lone, Budget.class));
        assertEquals(new FieldError("body", "invalid UTF-8"), JsonProblems.fieldError(surrogate),
                "a surrogate encoded in UTF-8 bytes");
    }

    @Test
    void numbersBeyondTheirTypeAreRefusedNamingTheField() {
        assertError("{\"contributions\": [{\"amountCents\": 9223372036854775808}]}", "contributions[0].amountCents",
                "out of range: expected an integer from -9223372036854775808 to 9223372036854775807");
        assertError("{\"year\": 2147483648}", "year", "out of range: expected an integer from -2147483648 to 2147483647");
        assertError("{\"year\": -99999999999999999999999}", "year",
                "out of range: expected an integer from -2147483648 to 2147483647");
        assertError("{\"ratio\": 1e309}", "ratio", "out of range: a finite number is expected");
        assertError("{\"ratio\": -1e309}", "ratio", "out of range: a finite number is expected");
        assertEquals("contributions[0].amountCents", error("{\"contributions\": [{\"amountCents\": 1e309}]}").field());
        assertEquals("year", error("{\"year\": 1e309}").field());
    }

    @Test
    void deepNestingIsRefusedBeforeBinding() {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        assertEquals(new FieldError("body", "nested too deeply (at most 64 levels)"), treeError(deep));
        assertEquals(new FieldError("body", "nested too deeply (at most 64 levels)"),
                treeError("{\"a\": " + "{\"a\": ".repeat(70) + "1" + "}".repeat(71)));
        assertEquals("tags[0]", error("{\"tags\": " + deep + "}").field(), "a record's field fails on its type first");
        ObjectMapper shallow = StrictJson.strict(new ObjectMapper(), 3);
        assertThrows(JsonProcessingException.class, () -> shallow.readTree("[[[[1]]]]"));
    }

    record Dated(java.time.LocalDate signedOn) {
    }

    @Test
    void aNumberOrAnEmptyStringIsNoDate() throws Exception {
        ObjectMapper withTime = StrictJson.strict(new ObjectMapper().findAndRegisterModules());
        assertEquals(java.time.LocalDate.of(2026, 11, 27),
                withTime.readValue("{\"signedOn\": \"2026-11-27\"}", Dated.class).signedOn());
        for (String json : List.of("{\"signedOn\": 42}", "{\"signedOn\": \"\"}", "{\"signedOn\": \"x\\u0000\"}")) {
            JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> withTime.readValue(json, Dated.class));
            assertEquals("signedOn", JsonProblems.fieldError(e).field(), json);
        }
    }

    @Test
    void theLenientCopyKeepsTheValueRules() {
        ObjectMapper lenient = StrictJson.lenient(mapper);
        assertThrows(JsonProcessingException.class, () -> lenient.readValue("{\"holderName\": \"\\u0000\"}", Budget.class));
    }

    private FieldError treeError(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readTree(json));
        return JsonProblems.fieldError(e);
    }

    private void assertError(String json, String field, String message) {
        FieldError error = error(json);
        assertEquals(new FieldError(field, message), error, json);
    }

    private FieldError error(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Budget.class));
        return JsonProblems.fieldError(e);
    }
}
